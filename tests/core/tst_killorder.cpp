// The kill-order estimate: the kernel's arithmetic on hand-computed cases, the 6.18 capture (whose
// oom_score files the kernel wrote), and the live host, where every readable process's estimate
// must agree with /proc/<pid>/oom_score.
#include "ProcFixtures.h"
#include "analysis/KillOrder.h"
#include "procfs/PidStatus.h"
#include "procfs/SnapshotReader.h"
#include "source/LiveSource.h"

#include <QProcess>

#include <cstring>
#include <vector>

using namespace oomlens;

namespace {

Process tiny(int pid, int adj, Bytes rssKb = 1748, Bytes pteKb = 52) {
    Process p;
    p.pid = pid;
    p.ppid = 1;
    p.state = 'S';
    p.cmdline = QStringLiteral("x");
    p.rssAnon = 104 * KiB;
    p.rssFile = (rssKb - 104) * KiB;
    p.rssShmem = 0;
    p.rss = rssKb * KiB;
    p.swap = 0;
    p.pageTables = pteKb * KiB;
    p.oomScoreAdj = adj;
    return p;
}

// A process whose memory moves while other helpers build (a compiler, a linker) can change
// between our status read and the kernel's oom_score read. Re-read both back to back, up to
// three times; a real arithmetic disagreement persists, a race does not.
bool agreesOnReread(LiveSource &live, Process p, quint64 pageSize, quint64 totalPages) {
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QByteArray status =
            live.readAll(QByteArrayLiteral("/proc/") + QByteArray::number(p.pid) + "/status");
        const QByteArray score =
            live.readAll(QByteArrayLiteral("/proc/") + QByteArray::number(p.pid) + "/oom_score");
        const auto st = parsePidStatus(status);
        if (!st.ok()) return true; // exited: nothing left to compare
        p.rss = st->vmRss;
        p.rssAnon = st->rssAnon;
        p.rssFile = st->rssFile;
        p.rssShmem = st->rssShmem;
        p.swap = st->vmSwap;
        p.pageTables = st->vmPte;
        const int kernel = score.trimmed().toInt();
        if (std::abs(oomScoreFor(oomBadness(p, pageSize, totalPages), totalPages) - kernel) <= 1) return true;
    }
    return false;
}

} // namespace

class TestKillOrder : public QObject {
    Q_OBJECT
private slots:
    void kernelArithmetic() {
        // totalpages of the 6.18 VM: MemTotal 24683656 kB / 4 = 6170914 pages, no swap.
        const quint64 total = 6170914;
        // pid 21949 of the capture: 1748 kB rss + 52 kB page tables = 437 + 13 pages; adj 500 adds
        // 500 * (6170914 / 1000) = 500 * 6170 = 3085000 (integer division first, as the kernel does).
        const std::optional<qint64> b = oomBadness(tiny(21949, 500), 4096, total);
        QCOMPARE(b, qint64(3085450));
        // (1000 + 3085450 * 1000 / 6170914) * 2 / 3 = (1000 + 499) * 2 / 3 = 999, as the kernel printed.
        QCOMPARE(oomScoreFor(b, total), 999);
        QCOMPARE(oomScoreFor(oomBadness(tiny(100, 0), 4096, total), total), 666);
        // adj 1000: 450 + 1000 * 6170 = 6170450; * 1000 / 6170914 = 999; (1000 + 999) * 2 / 3 = 1332
        // (not 1333: the integer division of totalpages by 1000 loses the last 914 pages).
        QCOMPARE(oomScoreFor(oomBadness(tiny(101, 1000), 4096, total), total), 1332);
        // A 1 GiB process measured on this VM: VmRSS 1062056 kB, VmPTE 2116 kB -> kernel said 695.
        QCOMPARE(oomScoreFor(oomBadness(tiny(5, 0, 1062056, 2116), 4096, total), total), 695);
        // Never picked: adj -1000, kernel threads, zombies -> no badness, oom_score 0.
        QVERIFY(!oomBadness(tiny(7, -1000), 4096, total));
        Process kthread;
        kthread.pid = 10;
        kthread.ppid = 2;
        QVERIFY(!oomBadness(kthread, 4096, total));
        Process zombie = tiny(8, 0);
        zombie.state = 'Z';
        QVERIFY(!oomBadness(zombie, 4096, total));
        QCOMPARE(oomScoreFor(std::nullopt, total), 0);
        // Unknown counters (status unreadable): no estimate rather than a made-up 0.
        Process unknown;
        unknown.pid = 9;
        unknown.ppid = 1;
        unknown.cmdline = QStringLiteral("x");
        QVERIFY(!oomBadness(unknown, 4096, total));
    }

    void captureMatchesKernel() {
        SourceError e;
        const std::optional<Snapshot> s =
            readSnapshot(oomlens::test::procDataPath(QStringLiteral("vm-6.18-capture")), &e);
        QVERIFY(s);
        const KillOrder k = estimateKillOrder(*s);
        QCOMPARE(k.totalPages, quint64(6170914));
        for (const Process &p : s->processes) {
            const KillCandidate *c = k.forPid(p.pid);
            QVERIFY(c);
            QCOMPARE(c->estimatedOomScore, p.oomScore); // exact: same instant, same arithmetic
        }
        // Host-wide: the adj-500 sleeper first, then bash (4264 kB), then 21947 (1736 kB);
        // init and kernel threads never.
        QCOMPARE(k.host[0].pid, 21949);
        QCOMPARE(k.host[1].pid, 1168);
        QCOMPARE(k.host[2].pid, 21947);
        QCOMPARE(k.host[2].rank, 3);
        QCOMPARE(k.forPid(1)->rank, 0);
        QCOMPARE(k.forPid(2)->rank, 0);
        // Within /oomlens-fixture-4033 (limit 64 MiB = 16384 pages): 21949 has 450 + 500 * 16.
        const auto cg = std::find_if(k.cgroups.cbegin(), k.cgroups.cend(), [](const CgroupKillOrder &c) {
            return c.cgroupPath == QLatin1String("/oomlens-fixture-4033");
        });
        QVERIFY(cg != k.cgroups.cend());
        QCOMPARE(cg->totalPages, quint64(16384));
        QCOMPARE(cg->candidates.size(), 2);
        QCOMPARE(cg->candidates[0].pid, 21949);
        QCOMPARE(cg->candidates[0].badness, qint64(8450));
        QCOMPARE(cg->candidates[1].badness, qint64(445)); // 1736/4 + 44/4
    }

    // Tolerance ±1: the kernel computes oom_score from the mm counters at the instant of the
    // read, we from /proc/<pid>/status read a moment before. Since 6.2 the rss counters are
    // per-CPU (percpu_counter): status and oom_badness() may see sums that differ by a few pages,
    // and one unit of oom_score is totalpages * 3/2000 pages (~9000 pages here), so a few pages
    // only matter when the exact value sits on a rounding boundary of the integer division, where
    // it moves the result by one. Anything beyond ±1 is a real disagreement.
    void liveMatchesKernel() {
        // Make it non-trivial: a 256 MiB resident process (this test) and children with raised adj.
        std::vector<char> ballast(256 * MiB);
        std::memset(ballast.data(), 1, ballast.size());
        QList<QProcess *> children;
        for (int adj : {0, 1, 300, 500, 999, 1000}) {
            auto *c = new QProcess(this);
            c->start(QStringLiteral("sleep"), {QStringLiteral("30")});
            QVERIFY(c->waitForStarted());
            QFile f(QStringLiteral("/proc/%1/oom_score_adj").arg(c->processId()));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.write(QByteArray::number(adj)) > 0);
            children << c;
        }
        LiveSource live;
        SnapshotReadOptions options;
        options.cgroups = false;
        const Snapshot s = SnapshotReader(live, options).read();
        const KillOrder k = estimateKillOrder(s);
        int compared = 0, exact = 0;
        QStringList mismatches;
        for (const Process &p : s.processes) {
            const KillCandidate *c = k.forPid(p.pid);
            if (!p.oomScore || !c || !c->estimatedOomScore) continue;
            ++compared;
            if (*c->estimatedOomScore == *p.oomScore)
                ++exact;
            else if (std::abs(*c->estimatedOomScore - *p.oomScore) > 1 &&
                     !agreesOnReread(live, p, *s.pageSize, *k.totalPages))
                mismatches << QStringLiteral("pid %1 (%2): kernel %3, estimate %4")
                                  .arg(p.pid)
                                  .arg(p.comm)
                                  .arg(*p.oomScore)
                                  .arg(*c->estimatedOomScore);
        }
        for (QProcess *c : children) {
            c->kill();
            c->waitForFinished();
        }
        qInfo("compared %d processes, %d exact, %lld beyond +-1", compared, exact,
              static_cast<long long>(mismatches.size()));
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QStringLiteral("; "))));
        QVERIFY(compared >= 7);
        const KillCandidate *self = k.forPid(int(QCoreApplication::applicationPid()));
        QVERIFY(self && self->estimatedOomScore);
        QVERIFY(*self->estimatedOomScore > 666); // the ballast counts
        QCOMPARE(ballast[12345], char(1));
    }
};

QTEST_GUILESS_MAIN(TestKillOrder)
#include "tst_killorder.moc"
