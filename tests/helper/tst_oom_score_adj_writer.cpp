// SPDX-License-Identifier: GPL-2.0-or-later
// OomScoreAdjWriter against real child processes: direct writes, and the helper fallback with
// the launch boundary (HelperLauncher) replaced by doubles, one of which runs the real helper.
#include "process/OomScoreAdjWriter.h"

#include <QProcess>
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

} // namespace

Q_DECLARE_METATYPE(oomlens::HelperLaunch)

class TestOomScoreAdjWriter : public QObject {
    Q_OBJECT
    QProcess m_child;
    qint64 m_pid = 0;
    quint64 m_start = 0;
    const OomScoreAdjWriter m_reader{nullptr};

private slots:
    void init() {
        m_child.start(QStringLiteral("sleep"), {QStringLiteral("600")});
        QVERIFY(m_child.waitForStarted());
        m_pid = m_child.processId();
        const auto start = m_reader.readStartTime(m_pid);
        QVERIFY(start.has_value());
        m_start = *start;
        QCOMPARE(m_reader.readValue(m_pid), std::optional<int>(0));
    }
    void cleanup() {
        m_child.kill();
        m_child.waitForFinished();
    }

    void raisingWritesDirectly() {
        auto fake = std::make_shared<FakeLauncher>(finished(127, "unused"));
        const OomScoreAdjWriter writer(fake);
        for (int value : {250, 1000, 0}) { // back down to the floor (0) needs no privilege either
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
        // Root without CAP_SYS_RESOURCE (this sandbox) and any unprivileged user get EACCES for
        // values below the floor (0 for our child); with the capability the write would succeed.
        auto fake = std::make_shared<FakeLauncher>(answer);
        const OomScoreAdjOutcome out = OomScoreAdjWriter(fake).write({m_pid, m_start, -500});
        if (fake->calls.isEmpty())
            QSKIP("the direct write of -500 succeeded: this process has CAP_SYS_RESOURCE");
        QCOMPARE(fake->calls.size(), 1);
        QCOMPARE(fake->calls.first(),
                 (QStringList{QString::number(m_pid), QString::number(m_start), u"-500"_qs}));
        QCOMPARE(int(out.status), status);
        QCOMPARE(int(out.refusal), refusal);
        QCOMPARE(out.errnoName, errnoName);
        QVERIFY(out.viaHelper);
        QCOMPARE(out.oldValue, std::optional<int>(0));
        QCOMPARE(out.currentValue, std::optional<int>(0)); // re-read from the kernel, not the helper's word
        QCOMPARE(out.done(), out.reason().isEmpty());
    }

    void realHelperReportsTheKernelRefusal() {
        if (geteuid() != 0) QSKIP("needs root: the helper refuses to run unprivileged");
        const OomScoreAdjOutcome out =
            OomScoreAdjWriter(std::make_shared<DirectHelperLauncher>()).write({m_pid, m_start, -500});
        if (out.done()) QSKIP("this root has CAP_SYS_RESOURCE: lowering succeeded");
        QCOMPARE(int(out.refusal), int(Refusal::KernelRefused));
        QCOMPARE(out.errnoName, u"EACCES"_qs);
        QVERIFY(out.viaHelper);
        QVERIFY(out.reason().contains(u"CAP_SYS_RESOURCE"_qs));
        QCOMPARE(m_reader.readValue(m_pid), std::optional<int>(0));
    }

    void noLauncherMeansHelperUnavailable() {
        const OomScoreAdjOutcome out = OomScoreAdjWriter(nullptr).write({m_pid, m_start, -500});
        if (out.done()) QSKIP("this process has CAP_SYS_RESOURCE");
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
        const auto kthreadStart = m_reader.readStartTime(2);
        QVERIFY(kthreadStart.has_value());
        const OomScoreAdjOutcome kthread = writer.write({2, *kthreadStart, 500});
        QCOMPARE(int(kthread.refusal), int(Refusal::NotUserProcess));
        QVERIFY(kthread.reason().contains(u"kernel thread"_qs));
        QCOMPARE(m_reader.readValue(m_pid), std::optional<int>(0));
        QVERIFY(fake->calls.isEmpty());

        m_child.kill();
        m_child.waitForFinished();
        const OomScoreAdjOutcome gone = writer.write({m_pid, m_start, 500});
        QCOMPARE(int(gone.refusal), int(Refusal::NoSuchProcess));
        QVERIFY(!gone.currentValue.has_value());
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
