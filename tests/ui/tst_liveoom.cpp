// SPDX-License-Identifier: GPL-2.0-or-later
// A REAL OOM kill, confined to a v1 memory cgroup with a 32 MiB limit, while the live widget's
// sampler and OOM watcher run: the notice must name the victim's pid and cgroup. Root only
// (creating cgroups and reading /dev/kmsg); skipped with the reason otherwise. The machine as a
// whole never comes near an OOM: only the cgroup's limit is hit.
#include "live/LiveHostWidget.h"
#include "record/OomWatcher.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

#include <unistd.h>

using namespace oomlens;
using namespace oomlens::ui;

namespace {
const QString kMemoryRoot = QStringLiteral("/sys/fs/cgroup/memory");

bool writeFile(const QString &path, const QByteArray &value) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(value) == value.size();
}
} // namespace

class TestLiveOom : public QObject {
    Q_OBJECT
public:
    static void initMain() {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    }

private:
    QStringList m_created;

    // Creates /sys/fs/cgroup/memory/oomlens-test-<pid>-<tag> with a 32 MiB limit; returns its
    // path relative to the hierarchy ("/oomlens-test-...").
    QString makeCgroup(const QString &tag) {
        const QString name = QStringLiteral("oomlens-test-%1-%2").arg(::getpid()).arg(tag);
        const QString dir = kMemoryRoot + QLatin1Char('/') + name;
        if (!QDir().exists(dir) && !QDir().mkdir(dir)) return {};
        m_created << dir;
        if (!writeFile(dir + QStringLiteral("/memory.limit_in_bytes"), QByteArray::number(32 * 1024 * 1024)))
            return {};
        return QLatin1Char('/') + name;
    }

    // `tail /dev/zero` reads one endless line into memory: it grows until the cgroup's limit
    // makes the kernel kill it (mm/memcontrol.c mem_cgroup_out_of_memory()).
    qint64 startHog(QProcess &p, const QString &cgroup) {
        const QString procs = kMemoryRoot + cgroup + QStringLiteral("/cgroup.procs");
        p.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"), QStringLiteral("echo $$ > %1 && exec tail /dev/zero").arg(procs)});
        return p.waitForStarted() ? p.processId() : -1;
    }

private slots:
    void initTestCase() {
        if (::geteuid() != 0) QSKIP("needs root: creates a memory cgroup and reads /dev/kmsg");
        if (!QFile::exists(kMemoryRoot + QStringLiteral("/memory.limit_in_bytes")))
            QSKIP("needs the cgroup v1 memory controller at /sys/fs/cgroup/memory");
        // Leftovers of earlier runs whose test process is gone.
        const QStringList old = QDir(kMemoryRoot).entryList({QStringLiteral("oomlens-test-*")}, QDir::Dirs);
        for (const QString &d : old) {
            const QString pid = d.section(QLatin1Char('-'), 2, 2);
            if (!QFile::exists(QStringLiteral("/proc/") + pid)) QDir(kMemoryRoot).rmdir(d);
        }
    }

    void cleanupTestCase() {
        for (const QString &dir : std::as_const(m_created))
            for (int i = 0; i < 50 && QDir(dir).exists() && !QDir().rmdir(dir); ++i)
                QTest::qWait(100); // the killed task may take a moment to leave
    }

    void killSeenInTheKernelLog() {
        LiveHostWidget::Options options;
        options.desktopNotifications = false;
        LiveHostWidget w(Sampler::liveReader(), options);
        if (!w.watcher()->kernelLogAvailable())
            QSKIP(
                qPrintable(QStringLiteral("/dev/kmsg not readable: %1").arg(w.watcher()->kernelLogStatus())));
        w.sampler()->setInterval(250);
        QSignalSpy spy(&w, &LiveHostWidget::oomKillNoticed);
        QTRY_VERIFY(w.history().size() >= 2);

        const QString cgroup = makeCgroup(QStringLiteral("kmsg"));
        QVERIFY(!cgroup.isEmpty());
        QProcess hog;
        const qint64 pid = startHog(hog, cgroup);
        QVERIFY(pid > 0);
        QVERIFY(hog.waitForFinished(30000));
        QCOMPARE(hog.exitStatus(), QProcess::CrashExit); // SIGKILL from the OOM killer

        // Other tests on this machine may cause OOM kills meanwhile: look at the ones in our cgroup.
        auto ours = [&] {
            QList<OomNotice> found;
            for (const QList<QVariant> &args : std::as_const(spy)) {
                const auto n = args.at(0).value<OomNotice>();
                if (n.victimCgroup == cgroup || n.cgroupsWithNewKills.contains(cgroup)) found << n;
            }
            return found;
        };
        QTRY_VERIFY_WITH_TIMEOUT(!ours().isEmpty(), 15000);
        const OomNotice n = ours().first();
        QCOMPARE(n.origin, OomNotice::Origin::KernelLog);
        QVERIFY(n.pid);
        QCOMPARE(*n.pid, pid);
        QCOMPARE(n.comm, QStringLiteral("tail"));
        QCOMPARE(n.victimCgroup, cgroup);
        QCOMPARE(n.constraintCgroup, cgroup);
        QVERIFY2(!n.cause.isEmpty(), "the diagnosis gave no cause");
        QVERIFY(w.bannerVisible());
        QCOMPARE(w.bannerText(), LiveHostWidget::noticeText(spy.last().at(0).value<OomNotice>()));
        QVERIFY(LiveHostWidget::noticeText(n).contains(QString::number(pid)));
        QVERIFY(LiveHostWidget::noticeText(n).contains(cgroup));
        qInfo("banner: %s", qPrintable(LiveHostWidget::noticeText(n)));
        // The counters saw the same kill; it is not announced twice.
        QTest::qWait(1500);
        QCOMPARE(ours().size(), 1);
    }

    void killSeenFromCountersOnly() {
        LiveHostWidget::Options options;
        options.desktopNotifications = false;
        options.watchKernelLog = false; // as a user without access to /dev/kmsg
        LiveHostWidget w(Sampler::liveReader(), options);
        w.sampler()->setInterval(250);
        QSignalSpy spy(&w, &LiveHostWidget::oomKillNoticed);
        QTRY_VERIFY(w.history().size() >= 2);

        const QString cgroup = makeCgroup(QStringLiteral("counters"));
        QVERIFY(!cgroup.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(w.latest() && w.latest()->cgroupIndex(cgroup) >= 0,
                                 5000); // baseline holds it
        QProcess hog;
        QVERIFY(startHog(hog, cgroup) > 0);
        QVERIFY(hog.waitForFinished(30000));

        // Other tests on this machine may cause OOM kills meanwhile: find the notice naming ours.
        auto ours = [&]() -> std::optional<OomNotice> {
            for (const QList<QVariant> &args : std::as_const(spy)) {
                const auto n = args.at(0).value<OomNotice>();
                if (n.cgroupsWithNewKills.contains(cgroup)) return n;
            }
            return std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(ours().has_value(), 10000);
        const OomNotice n = *ours();
        QCOMPARE(n.origin, OomNotice::Origin::Counters);
        QVERIFY(!n.pid);
        QVERIFY(n.kills >= 1);
        QVERIFY(LiveHostWidget::noticeText(n).contains(cgroup));
        QCOMPARE(w.bannerText(), LiveHostWidget::noticeText(spy.last().at(0).value<OomNotice>()));
        qInfo("banner: %s", qPrintable(LiveHostWidget::noticeText(n)));
    }
};

QTEST_MAIN(TestLiveOom)
#include "tst_liveoom.moc"
