// SPDX-License-Identifier: GPL-2.0-or-later
// The built helper run DIRECTLY (never through pkexec: no system bus here) as root against
// child processes this test starts. Every refusal must leave the target's oom_score_adj as it was.
// What the kernel lets us lower is measured (OomFloor.h), not assumed: a CI root may hold
// CAP_SYS_RESOURCE, and the floor is inherited from whoever started the test.
#include "OomFloor.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <unistd.h>

namespace {

QString helperPath() {
#ifdef OOMLENS_HELPER_PATH
    return QStringLiteral(OOMLENS_HELPER_PATH);
#else
    return {};
#endif
}

QByteArray readProc(qint64 pid, const char *file) {
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(file)));
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll();
}

// Field 22 of /proc/<pid>/stat, parsed independently of the helper's parser (after the last ')').
QByteArray startTimeOf(qint64 pid) {
    const QByteArray stat = readProc(pid, "stat");
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 19 ? fields.at(19) : QByteArray();
}

int adjOf(qint64 pid) {
    bool ok = false;
    const int v = readProc(pid, "oom_score_adj").trimmed().toInt(&ok);
    return ok ? v : INT_MIN;
}

struct HelperRun {
    int exitCode = -1;
    QByteArray out;
};

HelperRun runHelper(const QList<QByteArray> &args, const QString &prefixProgram = {},
                    const QStringList &prefixArgs = {}, const QProcessEnvironment &env = {}) {
    QStringList list = prefixArgs;
    if (!prefixProgram.isEmpty()) list << helperPath();
    for (const QByteArray &a : args)
        list << QString::fromUtf8(a);
    QProcess p;
    if (!env.isEmpty()) p.setProcessEnvironment(env);
    p.start(prefixProgram.isEmpty() ? helperPath() : prefixProgram, list);
    if (!p.waitForFinished(10000) || p.exitStatus() != QProcess::NormalExit) return {};
    return {p.exitCode(), p.readAllStandardOutput()};
}

// One line, "result=<word>" then key=value pairs of safe characters: machine-readable.
bool isResultLine(const QByteArray &out) {
    static const QRegularExpression re(QStringLiteral("^result=[a-z_]+( [a-z_]+=[A-Za-z0-9_-]+)*\n$"));
    return re.match(QString::fromLatin1(out)).hasMatch();
}

} // namespace

class TestHelperExec : public QObject {
    Q_OBJECT
    QProcess m_child;
    qint64 m_pid = 0;
    QByteArray m_start;
    oomlens::test::OomFloor m_floor;

    QList<QByteArray> expand(QList<QByteArray> args) const {
        for (QByteArray &a : args)
            a.replace("$PID", QByteArray::number(m_pid)).replace("$START", m_start);
        return args;
    }

private slots:
    void initTestCase() {
        if (helperPath().isEmpty()) QSKIP("oomlens-helper was not built");
        if (geteuid() != 0) QSKIP("needs root: the helper refuses to run unprivileged (not_authorised)");
        // The helper we start as root has our capabilities, so the floor we measure holds for it.
        m_floor = oomlens::test::probeOomFloor();
        QVERIFY(m_floor.valid);
        // The rows below move the child between 300 and 800: they need a floor at or below 300.
        if (m_floor.lowest > 300)
            QSKIP(qPrintable(QStringLiteral("the inherited oom_score_adj_min %1 leaves no room below 300")
                                 .arg(m_floor.lowest)));
        m_child.start(QStringLiteral("sleep"), {QStringLiteral("600")});
        QVERIFY(m_child.waitForStarted());
        m_pid = m_child.processId();
        m_start = startTimeOf(m_pid);
        QVERIFY(!m_start.isEmpty());
    }
    void cleanupTestCase() {
        if (m_child.state() != QProcess::NotRunning) {
            m_child.kill();
            m_child.waitForFinished();
        }
    }

    void raisedValuesTakeEffect() {
        QCOMPARE(runHelper(expand({"$PID", "$START", "300"})).exitCode, 0); // at or above the floor
        int previous = 300;
        for (int value : {301, 500, 500, 999, 1000}) {
            const HelperRun r = runHelper(expand({"$PID", "$START", QByteArray::number(value)}));
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.out, QStringLiteral("result=ok pid=%1 old=%2 new=%3\n")
                                .arg(m_pid)
                                .arg(previous)
                                .arg(value)
                                .toLatin1());
            QCOMPARE(adjOf(m_pid), value); // read back from /proc by the test itself
            previous = value;
        }
    }

    void loweringBelowTheFloorIsKernelRefused() {
        // Down to the inherited floor (oom_score_adj_min) is allowed without CAP_SYS_RESOURCE
        // (fs/proc/base.c __set_oom_adj()); below it is EACCES.
        const int floor = m_floor.lowest;
        QCOMPARE(runHelper(expand({"$PID", "$START", QByteArray::number(floor)})).exitCode, 0);
        QCOMPARE(adjOf(m_pid), floor);
        if (!m_floor.canProvokeRefusal()) QSKIP(qPrintable(m_floor.whyNoRefusal()));
        for (int value : {floor - 1, (floor - 1000) / 2, -1000}) {
            const HelperRun r = runHelper(expand({"$PID", "$START", QByteArray::number(value)}));
            QCOMPARE(r.exitCode, 6);
            QCOMPARE(r.out, QStringLiteral("result=kernel_refused pid=%1 errno=EACCES old=%2 requested=%3\n")
                                .arg(m_pid)
                                .arg(floor)
                                .arg(value)
                                .toLatin1());
            QCOMPARE(adjOf(m_pid), floor);
        }
    }

    void hostileInputs_data() {
        QTest::addColumn<QList<QByteArray>>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("result");
        using L = QList<QByteArray>;
        const QByteArray bad = "bad_request";
        QTest::newRow("value 1001") << L{"$PID", "$START", "1001"} << 2 << bad;
        QTest::newRow("value -1001") << L{"$PID", "$START", "-1001"} << 2 << bad;
        QTest::newRow("value overflow") << L{"$PID", "$START", "18446744073709552116"} << 2 << bad;
        QTest::newRow("value int wrap 2^32+500") << L{"$PID", "$START", "4294967796"} << 2 << bad;
        QTest::newRow("value hex") << L{"$PID", "$START", "0x1f4"} << 2 << bad;
        QTest::newRow("value +700") << L{"$PID", "$START", "+700"} << 2 << bad;
        QTest::newRow("value -0") << L{"$PID", "$START", "-0"} << 2 << bad;
        QTest::newRow("value leading zero 0700") << L{"$PID", "$START", "0700"} << 2 << bad;
        QTest::newRow("value leading space") << L{"$PID", "$START", " 700"} << 2 << bad;
        QTest::newRow("value trailing newline") << L{"$PID", "$START", "700\n"} << 2 << bad;
        QTest::newRow("value exponent") << L{"$PID", "$START", "7e2"} << 2 << bad;
        QTest::newRow("value Arabic-Indic 700")
            << L{"$PID", "$START", "\xd9\xa7\xd9\xa0\xd9\xa0"} << 2 << bad;
        QTest::newRow("value full-width 700")
            << L{"$PID", "$START", "\xef\xbc\x97\xef\xbc\x90\xef\xbc\x90"} << 2 << bad;
        QTest::newRow("value injects a result") << L{"$PID", "$START", "700 result=ok"} << 2 << bad;
        QTest::newRow("value very long") << L{"$PID", "$START", QByteArray(100000, '7')} << 2 << bad;
        QTest::newRow("empty value") << L{"$PID", "$START", ""} << 2 << bad;
        QTest::newRow("empty pid") << L{"", "$START", "700"} << 2 << bad;
        QTest::newRow("empty start time") << L{"$PID", "", "700"} << 2 << bad;
        QTest::newRow("no arguments") << L{} << 2 << bad;
        QTest::newRow("missing value") << L{"$PID", "$START"} << 2 << bad;
        QTest::newRow("extra argument") << L{"$PID", "$START", "700", "700"} << 2 << bad;
        QTest::newRow("option-like extra") << L{"--", "$PID", "$START", "700"} << 2 << bad;
        QTest::newRow("pid 0") << L{"0", "$START", "700"} << 2 << bad;
        QTest::newRow("negative pid") << L{"-$PID", "$START", "700"} << 2 << bad;
        QTest::newRow("pid leading zero") << L{"0$PID", "$START", "700"} << 2 << bad;
        QTest::newRow("pid above pid_max") << L{"4194305", "$START", "700"} << 2 << bad;
        QTest::newRow("pid very long") << L{QByteArray(100000, '9'), "$START", "700"} << 2 << bad;
        QTest::newRow("pid self") << L{"self", "$START", "700"} << 2 << bad;
        QTest::newRow("pid as path 1/../PID") << L{"1/../$PID", "$START", "700"} << 2 << bad;
        QTest::newRow("pid as absolute path") << L{"/proc/$PID", "$START", "700"} << 2 << bad;
        QTest::newRow("pid trailing space") << L{"$PID ", "$START", "700"} << 2 << bad;
        QTest::newRow("pid full-width digits") << L{"\xef\xbc\x91", "$START", "700"} << 2 << bad;
        QTest::newRow("start time with tab") << L{"$PID", "\t$START", "700"} << 2 << bad;
        QTest::newRow("pid Arabic-Indic digits") << L{"\xd9\xa1", "$START", "700"} << 2 << bad;
        QTest::newRow("start time overflow") << L{"$PID", "18446744073709551616", "700"} << 2 << bad;
        QTest::newRow("start time negative") << L{"$PID", "-$START", "700"} << 2 << bad;
        QTest::newRow("stale start time") << L{"$PID", "1", "700"} << 4 << QByteArray("pid_reused");
        QTest::newRow("start time 0") << L{"$PID", "0", "700"} << 4 << QByteArray("pid_reused");
    }
    void hostileInputs() {
        QFETCH(QList<QByteArray>, args);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, result);
        QCOMPARE(runHelper(expand({"$PID", "$START", "300"})).exitCode, 0);
        const HelperRun r = runHelper(expand(args));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(isResultLine(r.out), r.out.constData());
        QVERIFY2(r.out.startsWith("result=" + result + ' '), r.out.constData());
        QCOMPARE(adjOf(m_pid), 300);
    }

    void exitedProcessIsNoSuchProcess() {
        QProcess gone;
        gone.start(QStringLiteral("sleep"), {QStringLiteral("5")});
        QVERIFY(gone.waitForStarted());
        const qint64 pid = gone.processId();
        const QByteArray start = startTimeOf(pid);
        gone.kill();
        QVERIFY(gone.waitForFinished()); // reaped: /proc/<pid> is gone
        const HelperRun r = runHelper({QByteArray::number(pid), start, "700"});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out, QStringLiteral("result=no_such_process pid=%1\n").arg(pid).toLatin1());
    }

    void kernelThreadIsRefused() {
        // Any kernel thread (PF_KTHREAD in stat field 9), with its true start time: the only reason
        // left to refuse it is PF_KTHREAD. Not "pid 2": in a container's pid namespace that is an
        // ordinary process, and kernel threads are not visible at all.
        qint64 kthread = 0;
        const QStringList pids = QDir(u"/proc"_qs).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &name : pids) {
            const QByteArray stat = readProc(name.toLongLong(), "stat");
            const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
            if (name.toLongLong() > 1 && fields.size() > 19 && (fields.at(6).toULongLong() & 0x00200000)) {
                kthread = name.toLongLong();
                break;
            }
        }
        if (kthread == 0) QSKIP("no kernel thread is visible in this pid namespace");
        const QByteArray start = startTimeOf(kthread);
        QVERIFY(!start.isEmpty());
        const int before = adjOf(kthread);
        const HelperRun r = runHelper({QByteArray::number(kthread), start, "700"});
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(
            r.out,
            QStringLiteral("result=not_user_process pid=%1 reason=kernel_thread\n").arg(kthread).toLatin1());
        QCOMPARE(adjOf(kthread), before);
    }

    void zombieIsRefused() {
        // sh starts a short child, then execs a sleep that never waits for it: a zombie (state Z).
        // It has exited already and has no memory left to protect.
        QProcess parent;
        parent.start(u"/bin/sh"_qs, {u"-c"_qs, u"sleep 0 & echo $!; exec sleep 60"_qs});
        QVERIFY(parent.waitForReadyRead(60000));
        const qint64 zombie = parent.readLine().trimmed().toLongLong();
        QVERIFY(zombie > 0);
        // A bound for a loaded machine, not a speed check.
        QTRY_VERIFY_WITH_TIMEOUT(readProc(zombie, "stat").contains(") Z "), 60000);
        const HelperRun r = runHelper({QByteArray::number(zombie), startTimeOf(zombie), "700"});
        parent.kill();
        parent.waitForFinished();
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out,
                 QStringLiteral("result=no_such_process pid=%1 reason=zombie\n").arg(zombie).toLatin1());
    }

    void reusedPidIsRefused() {
        // A real pid reuse: let a child die, then steer the next fork onto its pid with
        // ns_last_pid (root only). Other processes on the machine may fork in between: retry.
        QProcess first;
        first.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(first.waitForStarted());
        const qint64 pid = first.processId();
        const QByteArray staleStart = startTimeOf(pid);
        first.kill();
        QVERIFY(first.waitForFinished());
        QTest::qWait(50); // start times count clock ticks (10 ms): make the two differ

        QProcess second;
        for (int attempt = 0; attempt < 30; ++attempt) {
            QFile last(QStringLiteral("/proc/sys/kernel/ns_last_pid"));
            if (!last.open(QIODevice::WriteOnly) || last.write(QByteArray::number(pid - 1)) < 0) break;
            last.close();
            second.start(QStringLiteral("sleep"), {QStringLiteral("60")});
            QVERIFY(second.waitForStarted());
            if (second.processId() == pid) break;
            second.kill();
            second.waitForFinished();
        }
        if (second.state() != QProcess::Running || second.processId() != pid)
            QSKIP("could not make the kernel reuse the pid (ns_last_pid raced or unavailable)");
        QVERIFY(startTimeOf(pid) != staleStart);
        const int before = adjOf(pid);
        const HelperRun r = runHelper({QByteArray::number(pid), staleStart, "700"});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.out.startsWith("result=pid_reused pid=" + QByteArray::number(pid) +
                                  " expected_start=" + staleStart),
                 r.out.constData());
        QCOMPARE(adjOf(pid), before);
        second.kill();
        second.waitForFinished();
    }

    void unprivilegedCallerIsNotAuthorised() {
        if (!QFile::exists(QStringLiteral("/usr/bin/setpriv"))) QSKIP("setpriv (util-linux) not installed");
        QCOMPARE(runHelper(expand({"$PID", "$START", "300"})).exitCode, 0);
        const HelperRun r = runHelper(expand({"$PID", "$START", "800"}), QStringLiteral("/usr/bin/setpriv"),
                                      {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                       QStringLiteral("--clear-groups")});
        QCOMPARE(r.exitCode, 7);
        QCOMPARE(r.out, QByteArray("result=not_authorised reason=not_root\n"));
        QCOMPARE(adjOf(m_pid), 300);
    }

    void pkexecUidIsValidated() {
        QCOMPARE(runHelper(expand({"$PID", "$START", "300"})).exitCode, 0);
        QProcessEnvironment env;
        env.insert(QStringLiteral("PKEXEC_UID"), QStringLiteral("1000; rm -rf /"));
        HelperRun r = runHelper(expand({"$PID", "$START", "800"}), {}, {}, env);
        QCOMPARE(r.exitCode, 7);
        QCOMPARE(r.out, QByteArray("result=not_authorised reason=malformed_pkexec_uid\n"));
        QCOMPARE(adjOf(m_pid), 300);

        env.insert(QStringLiteral("PKEXEC_UID"), QStringLiteral("1000"));
        r = runHelper(expand({"$PID", "$START", "800"}), {}, {}, env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(adjOf(m_pid), 800);
    }
};

QTEST_GUILESS_MAIN(TestHelperExec)
#include "tst_helper_exec.moc"
