// SPDX-License-Identifier: GPL-2.0-or-later
// `oomlens-cli set-oom-score-adj PID VALUE` against a real child: exit 0 ok, 1 error with a
// one-line reason, 2 usage. As root it reaches the build-tree helper directly (no pkexec).
#include "OomFloor.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QtTest>

#include <unistd.h>

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out, err;
};

CliRun cli(const QStringList &args) {
    QProcess p;
    p.start(QStringLiteral(OOMLENS_CLI_PATH), QStringList{u"set-oom-score-adj"_qs} + args);
    if (!p.waitForFinished(20000)) return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

int adjOf(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/oom_score_adj").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) return INT_MIN;
    return f.readAll().trimmed().toInt();
}

} // namespace

class TestCliSetOomScoreAdj : public QObject {
    Q_OBJECT
    QProcess m_child;
    qint64 m_pid = 0;
    int m_initial = 0; // inherited from this process: not assumed to be 0
    oomlens::test::OomFloor m_floor;
    QString pid() const { return QString::number(m_pid); }

private slots:
    void initTestCase() {
        m_floor = oomlens::test::probeOomFloor();
        QVERIFY(m_floor.valid);
        if (m_floor.lowest > 700)
            QSKIP(qPrintable(QStringLiteral("the inherited oom_score_adj_min %1 leaves no room below 700")
                                 .arg(m_floor.lowest)));
    }
    void init() {
        m_child.start(QStringLiteral("sleep"), {QStringLiteral("600")});
        QVERIFY(m_child.waitForStarted());
        m_pid = m_child.processId();
        m_initial = adjOf(m_pid);
    }
    void cleanup() {
        m_child.kill();
        m_child.waitForFinished();
    }

    void raiseIsWrittenAndReRead() {
        // Raising one's own child needs no privilege, so this runs as any user.
        CliRun r = cli({pid(), u"700"_qs});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
                 QStringLiteral("pid %1: oom_score_adj %2 -> 700\n").arg(m_pid).arg(m_initial).toLatin1());
        QCOMPARE(adjOf(m_pid), 700);
        r = cli({pid(), QString::number(m_floor.lowest)}); // down to the floor is allowed too
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(adjOf(m_pid), m_floor.lowest);
    }

    void loweringBelowTheFloorIsOneLineError() {
        if (geteuid() != 0) QSKIP("needs root: unprivileged, the fallback goes through pkexec");
        if (!m_floor.canProvokeRefusal()) QSKIP(qPrintable(m_floor.whyNoRefusal()));
        const CliRun r = cli({pid(), u"-1000"_qs});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.startsWith("oomlens-cli: /proc/" + pid().toLatin1() +
                                  "/oom_score_adj: kernel refused (EACCES)"),
                 r.err.constData());
        QVERIFY2(r.err.contains("[oomlens-helper]"), r.err.constData()); // the fallback was taken
        QCOMPARE(adjOf(m_pid), m_initial);
    }

    void unprivilegedLoweringGoesThroughPkexec() {
        // As nobody: raising one's own process works directly; lowering falls back to pkexec,
        // which cannot authorise here (no polkit agent for nobody, no system bus in containers).
        if (geteuid() != 0 || !QFile::exists(u"/usr/bin/setpriv"_qs) || !QFile::exists(u"/usr/bin/pkexec"_qs))
            QSKIP("needs root, setpriv and pkexec to run the CLI as an unprivileged user");
        // nobody's child inherits our floor; -5 must lie below it for pkexec to be asked at all.
        if (m_floor.lowest <= -5)
            QSKIP(qPrintable(
                QStringLiteral("the inherited oom_score_adj_min %1 allows -5 directly").arg(m_floor.lowest)));
        QProcess p;
        const QString script =
            QStringLiteral("sleep 60 & P=$!; \"$1\" set-oom-score-adj $P 300 || exit 90; "
                           "\"$1\" set-oom-score-adj $P -5; rc=$?; "
                           "echo adj=$(cat /proc/$P/oom_score_adj) >&2; kill $P; exit $rc");
        p.start(u"/usr/bin/setpriv"_qs,
                {u"--reuid=65534"_qs, u"--regid=65534"_qs, u"--clear-groups"_qs, u"/bin/sh"_qs, u"-c"_qs,
                 script, u"sh"_qs, QStringLiteral(OOMLENS_CLI_PATH)});
        QVERIFY(p.waitForFinished(30000));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains("not authorised") && err.contains("[oomlens-helper]"), err.constData());
        QVERIFY2(err.contains("adj=300"), err.constData()); // unchanged by the refused request
    }

    void exitedProcessIsError() {
        m_child.kill();
        m_child.waitForFinished();
        const CliRun r = cli({pid(), u"700"_qs});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, "oomlens-cli: /proc/" + pid().toLatin1() + "/oom_score_adj: no such process\n");
    }

    void kernelThreadIsError() {
        // Any kernel thread (PF_KTHREAD); pid 2 is an ordinary process in a container's pid namespace.
        QString kthread;
        const QStringList pids = QDir(u"/proc"_qs).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &name : pids) {
            QFile f(u"/proc/"_qs + name + u"/stat"_qs);
            if (name.toLongLong() <= 1 || !f.open(QIODevice::ReadOnly)) continue;
            const QByteArray stat = f.readAll();
            const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 6 && (fields.at(6).toULongLong() & 0x00200000)) {
                kthread = name;
                break;
            }
        }
        if (kthread.isEmpty()) QSKIP("no kernel thread is visible in this pid namespace");
        const CliRun r = cli({kthread, u"700"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not a user process (kernel thread)"), r.err.constData());
    }

    void usage_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("pid only") << QStringList{u"1"_qs};
        QTest::newRow("three") << QStringList{u"1"_qs, u"2"_qs, u"3"_qs};
        QTest::newRow("plus") << QStringList{u"$PID"_qs, u"+5"_qs};
        QTest::newRow("minus zero") << QStringList{u"$PID"_qs, u"-0"_qs};
        QTest::newRow("leading zero") << QStringList{u"$PID"_qs, u"05"_qs};
        QTest::newRow("out of range") << QStringList{u"$PID"_qs, u"1001"_qs};
        QTest::newRow("hex") << QStringList{u"$PID"_qs, u"0x10"_qs};
        QTest::newRow("word") << QStringList{u"$PID"_qs, u"high"_qs};
        QTest::newRow("pid self") << QStringList{u"self"_qs, u"5"_qs};
        QTest::newRow("pid 0") << QStringList{u"0"_qs, u"5"_qs};
        QTest::newRow("unknown option") << QStringList{u"--force"_qs, u"$PID"_qs, u"5"_qs};
    }
    void usage() {
        QFETCH(QStringList, args);
        args.replaceInStrings(u"$PID"_qs, pid());
        const CliRun r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(adjOf(m_pid), m_initial);
    }
};

QTEST_GUILESS_MAIN(TestCliSetOomScoreAdj)
#include "tst_cli_set_oom_score_adj.moc"
