// SPDX-License-Identifier: GPL-2.0-or-later
// OomScoreAdjWriter against real child processes: direct writes, and the helper fallback with
// the launch boundary (HelperLauncher) replaced by doubles, one of which runs the real helper.
#include "OomFloor.h"
#include "process/OomScoreAdjWriter.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace oomlens;
using Status = OomScoreAdjOutcome::Status;
using Refusal = OomScoreAdjOutcome::Refusal;

namespace {

// Answers every run with a canned launch result and records what it was asked.
class FakeLauncher : public HelperLauncher {
public:
    explicit FakeLauncher(HelperLaunch answer)
        : m_answer(std::move(answer)) {}
    HelperLaunch run(const QStringList &requestArguments) override {
        calls << requestArguments;
        return m_answer;
    }
    QList<QStringList> calls;

private:
    HelperLaunch m_answer;
};

HelperLaunch finished(int code, const QByteArray &line) {
    HelperLaunch l;
    l.state = HelperLaunch::State::Finished;
    l.exitCode = code;
    l.standardOutput = line + '\n';
    return l;
}

// Runs the built helper directly, as pkexec would after polkit said yes (we are root here).
class DirectHelperLauncher : public HelperLauncher {
public:
    HelperLaunch run(const QStringList &requestArguments) override {
        QProcess p;
        p.start(QStringLiteral(OOMLENS_HELPER_PATH), requestArguments);
        p.waitForFinished();
        return finished(p.exitCode(), p.readAllStandardOutput().trimmed());
    }
};

// A stand-in /proc/<pid> directory built from a real stat capture (tests/data/helper/README.md):
// the writer reads stat and cmdline and writes oom_score_adj through the same directory fd, so
// a plain directory shows which of its checks decide.
bool makeProcDir(const QString &root, qint64 pid, const QString &statCapture, const QByteArray &cmdline) {
    const QString dir = QStringLiteral("%1/%2").arg(root).arg(pid);
    QFile capture(QStringLiteral(OOMLENS_TEST_DATA "/helper/stat/") + statCapture);
    QFile stat(dir + u"/stat"_qs), cmd(dir + u"/cmdline"_qs), adj(dir + u"/oom_score_adj"_qs);
    return QDir().mkpath(dir) && capture.open(QIODevice::ReadOnly) && stat.open(QIODevice::WriteOnly) &&
           stat.write(capture.readAll()) > 0 && cmd.open(QIODevice::WriteOnly) && cmd.write(cmdline) >= 0 &&
           adj.open(QIODevice::WriteOnly) && adj.write("0\n") == 2;
}

} // namespace

Q_DECLARE_METATYPE(oomlens::HelperLaunch)

class TestOomScoreAdjWriter : public QObject {
    Q_OBJECT
    QProcess m_child;
    qint64 m_pid = 0;
    quint64 m_start = 0;
    int m_initial = 0; // the child's value at start: inherited from this process, not assumed 0
    test::OomFloor m_floor;
    const OomScoreAdjWriter m_reader{nullptr};

private slots:
    void initTestCase() {
        m_floor = test::probeOomFloor();
        QVERIFY(m_floor.valid);
    }
    void init() {
        m_child.start(QStringLiteral("sleep"), {QStringLiteral("600")});
        QVERIFY(m_child.waitForStarted());
        m_pid = m_child.processId();
        const auto start = m_reader.readStartTime(m_pid);
        QVERIFY(start.has_value());
        m_start = *start;
        const auto initial = m_reader.readValue(m_pid);
        QVERIFY(initial.has_value());
        m_initial = *initial;
    }
    void cleanup() {
        m_child.kill();
        m_child.waitForFinished();
    }

    void raisingWritesDirectly() {
        auto fake = std::make_shared<FakeLauncher>(finished(127, "unused"));
        const OomScoreAdjWriter writer(fake);
        // Raising needs no privilege, and neither does going back down to the floor.
        for (int value : {1000, (1000 + m_floor.lowest) / 2, m_floor.lowest}) {
            const OomScoreAdjOutcome out = writer.write({m_pid, m_start, value});
            QVERIFY2(out.done(), qPrintable(out.reason()));
            QVERIFY(!out.viaHelper);
            QCOMPARE(out.currentValue, std::optional<int>(value));
            QCOMPARE(m_reader.readValue(m_pid), std::optional<int>(value));
        }
        QVERIFY(fake->calls.isEmpty());
    }

    void eaccesFallsBackToTheHelper_data() {
        QTest::addColumn<HelperLaunch>("answer");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("refusal");
        QTest::addColumn<QString>("errnoName");
        auto row = [](const char *name, HelperLaunch a, Status s, Refusal r, const char *err = "") {
            QTest::newRow(name) << a << int(s) << int(r) << QString::fromLatin1(err);
        };
        row("pkexec dismissed (126)", finished(126, ""), Status::Cancelled, Refusal::None);
        row("pkexec not authorised (127)", finished(127, ""), Status::NotAuthorised, Refusal::None);
        row("helper not_authorised", finished(7, "result=not_authorised reason=not_root"),
            Status::NotAuthorised, Refusal::None);
        row("helper kernel_refused",
            finished(6, "result=kernel_refused pid=1 errno=EACCES old=0 requested=-500"), Status::Refused,
            Refusal::KernelRefused, "EACCES");
        row("helper no_such_process", finished(3, "result=no_such_process pid=1"), Status::Refused,
            Refusal::NoSuchProcess);
        row("helper pid_reused", finished(4, "result=pid_reused pid=1 expected_start=1 actual_start=2"),
            Status::Refused, Refusal::PidReused);
        row("helper bad_request", finished(2, "result=bad_request reason=value_syntax"), Status::Refused,
            Refusal::InvalidRequest);
        row("helper unknown code", finished(42, "garbage"), Status::Refused, Refusal::HelperFailed);
        HelperLaunch failed;
        failed.errorString = QStringLiteral("cannot start /usr/bin/pkexec: No such file or directory");
        // errnoName keeps the direct write's EACCES: why the helper was needed at all.
        row("pkexec missing", failed, Status::Refused, Refusal::HelperUnavailable, "EACCES");
        HelperLaunch crashed;
        crashed.state = HelperLaunch::State::Crashed;
        row("helper crashed", crashed, Status::Refused, Refusal::HelperFailed);
        // The helper claims success; the writer must still show what the kernel holds.
        row("helper ok", finished(0, "result=ok pid=1 old=0 new=-500"), Status::Done, Refusal::None);
    }
    void eaccesFallsBackToTheHelper() {
        QFETCH(HelperLaunch, answer);
        QFETCH(int, status);
        QFETCH(int, refusal);
        QFETCH(QString, errnoName);
        // Below the child's floor the direct write gets EACCES unless we hold CAP_SYS_RESOURCE.
        if (!m_floor.canProvokeRefusal()) QSKIP(qPrintable(m_floor.whyNoRefusal()));
        auto fake = std::make_shared<FakeLauncher>(answer);
        const OomScoreAdjOutcome out = OomScoreAdjWriter(fake).write({m_pid, m_start, -1000});
        QCOMPARE(fake->calls.size(), 1);
        QCOMPARE(fake->calls.first(),
                 (QStringList{QString::number(m_pid), QString::number(m_start), u"-1000"_qs}));
        QCOMPARE(int(out.status), status);
        QCOMPARE(int(out.refusal), refusal);
        QCOMPARE(out.errnoName, errnoName);
        QVERIFY(out.viaHelper);
        QCOMPARE(out.oldValue, std::optional<int>(m_initial));
        QCOMPARE(out.currentValue, std::optional<int>(m_initial)); // re-read, not the helper's word
        QCOMPARE(out.done(), out.reason().isEmpty());
    }

    void realHelperReportsTheKernelRefusal() {
        if (geteuid() != 0) QSKIP("needs root: the helper refuses to run unprivileged");
        // The helper we start as root has our capabilities, so our probe holds for it too.
        if (!m_floor.canProvokeRefusal()) QSKIP(qPrintable(m_floor.whyNoRefusal()));
        const OomScoreAdjOutcome out =
            OomScoreAdjWriter(std::make_shared<DirectHelperLauncher>()).write({m_pid, m_start, -1000});
        QVERIFY2(!out.done(), "lowering below the measured floor succeeded through the helper");
        QCOMPARE(int(out.refusal), int(Refusal::KernelRefused));
        QCOMPARE(out.errnoName, u"EACCES"_qs);
        QVERIFY(out.viaHelper);
        QVERIFY(out.reason().contains(u"CAP_SYS_RESOURCE"_qs));
        QCOMPARE(m_reader.readValue(m_pid), std::optional<int>(m_initial));
    }

    void noLauncherMeansHelperUnavailable() {
        if (!m_floor.canProvokeRefusal()) QSKIP(qPrintable(m_floor.whyNoRefusal()));
        const OomScoreAdjOutcome out = OomScoreAdjWriter(nullptr).write({m_pid, m_start, -1000});
        QVERIFY2(!out.done(), "lowering below the measured floor succeeded");
        QCOMPARE(int(out.refusal), int(Refusal::HelperUnavailable));
        QCOMPARE(out.errnoName, u"EACCES"_qs);
    }

    void refusalsBeforeAnyWrite() {
        auto fake = std::make_shared<FakeLauncher>(finished(0, "result=ok"));
        const OomScoreAdjWriter writer(fake);
        QCOMPARE(int(writer.write({m_pid, m_start + 1, 500}).refusal), int(Refusal::PidReused));
        QCOMPARE(int(writer.write({m_pid, m_start, 1001}).refusal), int(Refusal::InvalidRequest));
        QCOMPARE(int(writer.write({m_pid, m_start, -1001}).refusal), int(Refusal::InvalidRequest));
        QCOMPARE(int(writer.write({0, m_start, 5}).refusal), int(Refusal::InvalidRequest));
        QCOMPARE(m_reader.readValue(m_pid), std::optional<int>(m_initial));
        QVERIFY(fake->calls.isEmpty());

        m_child.kill();
        m_child.waitForFinished();
        const OomScoreAdjOutcome gone = writer.write({m_pid, m_start, 500});
        QCOMPARE(int(gone.refusal), int(Refusal::NoSuchProcess));
        QVERIFY(!gone.currentValue.has_value());
    }

    void kernelThreadsAreToldApartByPfKthread() {
        // Not pid 2 of this machine: in a container's pid namespace pid 2 is an ordinary process.
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QVERIFY(makeProcDir(root.path(), 26232, u"procfs-kthread-ata_sff.stat"_qs, {}));
        // The capture's start time is field 22; a wrong one would be PidReused, not this refusal.
        const OomScoreAdjWriter writer(nullptr, root.path());
        const auto start = writer.readStartTime(26232);
        QVERIFY(start.has_value());
        const OomScoreAdjOutcome kthread = writer.write({26232, *start, 500});
        QCOMPARE(int(kthread.refusal), int(Refusal::NotUserProcess));
        QVERIFY(kthread.reason().contains(u"kernel thread"_qs));
        QCOMPARE(writer.readValue(26232), std::optional<int>(0));
    }

    void emptyCommandLineIsNoKernelThread() {
        // A process inside execve() shows an empty cmdline for a moment (fs/binfmt_elf.c sets
        // mm->arg_start after exec_mmap()); that alone must not make it a kernel thread.
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QVERIFY(makeProcDir(root.path(), 291591, u"pcp-bash-291591.stat"_qs, {}));
        const OomScoreAdjWriter writer(nullptr, root.path());
        const OomScoreAdjOutcome out = writer.write({291591, 31743970, 500});
        QVERIFY2(out.done(), qPrintable(out.reason()));
        QCOMPARE(out.currentValue, std::optional<int>(500));
    }

    void zombieIsAnExitedProcess() {
        // sh starts a short child, then execs a sleep that never waits for it: a zombie (state Z).
        QProcess parent;
        parent.start(u"/bin/sh"_qs, {u"-c"_qs, u"sleep 0 & echo $!; exec sleep 600"_qs});
        QVERIFY(parent.waitForReadyRead(60000));
        const qint64 zombie = parent.readLine().trimmed().toLongLong();
        QVERIFY(zombie > 0);
        QFile stat(QStringLiteral("/proc/%1/stat").arg(zombie));
        auto isZombie = [&stat] {
            stat.close();
            return stat.open(QIODevice::ReadOnly) && stat.readAll().contains(") Z ");
        };
        QTRY_VERIFY_WITH_TIMEOUT(isZombie(), 60000); // a bound for a loaded machine, not a speed check
        const auto start = m_reader.readStartTime(zombie);
        QVERIFY(start.has_value());
        const OomScoreAdjOutcome out = OomScoreAdjWriter(nullptr).write({zombie, *start, 500});
        parent.kill();
        parent.waitForFinished();
        QCOMPARE(int(out.refusal), int(Refusal::NoSuchProcess));
    }

    void pkexecRefusalKeepsItsReason() {
        // Verbatim stderr of `pkexec /bin/true` in a container without a system bus (rc 127),
        // from shared/docs/qt-toolchain.md section 4.
        HelperLaunch l = finished(127, "");
        l.standardError =
            "Error getting authority: Error initializing authority: Could not connect: No such file or "
            "directory\n";
        const OomScoreAdjOutcome out = outcomeFromHelper(l);
        QCOMPARE(int(out.status), int(Status::NotAuthorised));
        QVERIFY2(out.reason().contains(u"(pkexec: Error getting authority: Error initializing authority"_qs),
                 qPrintable(out.reason()));
        QCOMPARE(int(outcomeFromHelper(finished(126, "")).status), int(Status::Cancelled));
    }

    void pkexecCommandLine() {
        const QStringList req{u"42"_qs, u"7"_qs, u"-1000"_qs};
        QCOMPARE(PkexecHelperLauncher::commandLine(u"/usr/libexec/oomlens/oomlens-helper"_qs, req, false),
                 (QStringList{u"/usr/bin/pkexec"_qs, u"/usr/libexec/oomlens/oomlens-helper"_qs} + req));
        QCOMPARE(PkexecHelperLauncher::commandLine(u"/h"_qs, req, true), (QStringList{u"/h"_qs} + req));
    }
};

QTEST_GUILESS_MAIN(TestOomScoreAdjWriter)
#include "tst_oom_score_adj_writer.moc"
