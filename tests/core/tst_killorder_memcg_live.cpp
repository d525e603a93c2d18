// A REAL memcg OOM kill (root, v1 memory controller) against the kill-order estimate.
//
// In a cgroup limited to 256 MiB: a "hog" holding 160 MiB (oom_score_adj 0) and an idle copy of
// this test with oom_score_adj 500. Host-wide, adj 500 weighs 500 x totalpages/1000 (millions of
// pages), so the idle one ranks first; inside the cgroup totalpages is the limit, 65536 pages, so
// adj 500 adds only 500 x 65 = 32500 pages (127 MiB) and the hog (40960 pages of anonymous memory
// more than the idle copy) ranks first. A third copy then takes 100 MiB, more than fits; the
// kernel must kill the process our per-cgroup ranking put first, not the host-wide first. The
// margins (~8,500 pages either way) leave room for ASan's larger footprint.
#include "analysis/KillOrder.h"
#include "procfs/SnapshotReader.h"
#include "source/LiveSource.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

using namespace oomlens;

namespace {

const QString memoryRoot = QStringLiteral("/sys/fs/cgroup/memory");

bool writeFile(const QString &path, const QByteArray &value) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(value) == value.size();
}

// Child mode of this binary: wait for "go" on stdin (so the parent can move us into the cgroup
// before we touch memory: memory is charged to the cgroup of the task that faults it in), then
// allocate and touch OOMLENS_TEST_ALLOC_MB MiB, say "ready" and sleep until killed.
[[noreturn]] void childMain(int megabytes) {
    char line[16];
    if (!std::fgets(line, sizeof line, stdin)) std::_Exit(3);
    for (int i = 0; i < megabytes; ++i) {
        char *chunk = static_cast<char *>(std::malloc(1 << 20));
        if (!chunk) std::_Exit(4);
        std::memset(chunk, 0x5a, 1 << 20);
    }
    std::puts("ready");
    std::fflush(stdout);
    for (;;)
        ::pause();
}

} // namespace

class TestKillOrderMemcgLive : public QObject {
    Q_OBJECT
    QString m_cgroup;
    QList<QProcess *> m_children;

    QProcess *startChild(int megabytes) {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OOMLENS_TEST_ALLOC_MB"), QString::number(megabytes));
        p->setProcessEnvironment(env);
        p->start(QCoreApplication::applicationFilePath(), {});
        m_children << p;
        return p->waitForStarted() ? p : nullptr;
    }
    bool enter(qint64 pid) {
        return writeFile(memoryRoot + m_cgroup + QStringLiteral("/cgroup.procs"), QByteArray::number(pid));
    }

public:
    static void initMain() {
        if (const QByteArray mb = qgetenv("OOMLENS_TEST_ALLOC_MB"); !mb.isEmpty()) childMain(mb.toInt());
    }

private slots:
    void initTestCase() {
        if (geteuid() != 0) QSKIP("needs root: creates a memory cgroup and triggers an OOM kill inside it");
        if (!QFile::exists(memoryRoot + QStringLiteral("/memory.limit_in_bytes")))
            QSKIP("no cgroup v1 memory controller at /sys/fs/cgroup/memory");
        m_cgroup = QStringLiteral("/oomlens-test-%1-memcg").arg(QCoreApplication::applicationPid());
        QVERIFY(QDir().mkpath(memoryRoot + m_cgroup));
        QVERIFY(writeFile(memoryRoot + m_cgroup + QStringLiteral("/memory.limit_in_bytes"), "268435456"));
    }

    void realOomKillsOurFirstCandidate() {
        // The hog: 160 MiB of anonymous memory, adj 0.
        QProcess *hog = startChild(160);
        QVERIFY(hog);
        QVERIFY(enter(hog->processId()));
        hog->write("go\n");
        QVERIFY(hog->waitForReadyRead(30000));
        QCOMPARE(hog->readLine().trimmed(), QByteArray("ready"));
        // The sleeper: tiny, adj 500 (raising needs no privilege).
        QProcess *sleeper = startChild(0);
        QVERIFY(sleeper);
        QVERIFY(enter(sleeper->processId()));
        QVERIFY(writeFile(QStringLiteral("/proc/%1/oom_score_adj").arg(sleeper->processId()), "500"));
        sleeper->write("go\n");
        QVERIFY(sleeper->waitForReadyRead(30000));

        // The prediction, from a live snapshot.
        LiveSource live;
        SnapshotReadOptions options;
        options.cmdlines = false;
        options.pagetypeinfo = false;
        const Snapshot s = SnapshotReader(live, options).read();
        const KillOrder k = estimateKillOrder(s);
        const auto cg = std::find_if(k.cgroups.cbegin(), k.cgroups.cend(),
                                     [&](const CgroupKillOrder &c) { return c.cgroupPath == m_cgroup; });
        QVERIFY(cg != k.cgroups.cend());
        // The limit in pages, plus the swap the cgroup may use (none on a host without swap).
        const quint64 limitPages = quint64(268435456) / *s.pageSize;
        QVERIFY(cg->totalPages >= limitPages);
        if (s.meminfoValue(QStringLiteral("SwapTotal")).value_or(0) == 0)
            QCOMPARE(cg->totalPages, limitPages);
        QCOMPARE(cg->candidates.size(), 2);
        const int predicted = cg->candidates.first().pid;
        QCOMPARE(predicted, int(hog->processId()));
        // Host-wide the order is the other way round: the test tells the two apart.
        QVERIFY(k.forPid(int(sleeper->processId()))->rank < k.forPid(int(hog->processId()))->rank);

        // The trigger: 100 MiB, more than fits next to the hog.
        QProcess *trigger = startChild(100);
        QVERIFY(trigger);
        QVERIFY(enter(trigger->processId()));
        trigger->write("go\n");
        QVERIFY(trigger->waitForBytesWritten(5000)); // no event loop runs here to flush it
        QVERIFY(hog->waitForFinished(30000));
        QCOMPARE(hog->exitStatus(), QProcess::CrashExit); // SIGKILL from the OOM killer
        QVERIFY(trigger->waitForReadyRead(30000));        // it got its memory once the hog was gone
        QCOMPARE(sleeper->state(), QProcess::Running);
        QFile oom(memoryRoot + m_cgroup + QStringLiteral("/memory.oom_control"));
        QVERIFY(oom.open(QIODevice::ReadOnly));
        QVERIFY2(oom.readAll().contains("oom_kill 1"), "exactly one OOM kill in the cgroup");
    }

    void cleanupTestCase() {
        for (QProcess *p : std::as_const(m_children)) {
            if (p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished();
            }
        }
        if (!m_cgroup.isEmpty()) {
            for (int i = 0; i < 50 && !QDir().rmdir(memoryRoot + m_cgroup); ++i)
                QThread::msleep(20); // the killed tasks leave the cgroup asynchronously
        }
    }
};

QTEST_GUILESS_MAIN(TestKillOrderMemcgLive)
#include "tst_killorder_memcg_live.moc"
