// Live, as root: create a v1 memory cgroup with a limit and a process in it, run
// `oomlens-cli capture`, reopen the result with `oomlens-cli snapshot --source --json`, and find
// both with the right limit.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

namespace {

const QString memoryRoot = QStringLiteral("/sys/fs/cgroup/memory");

bool writeFile(const QString &path, const QByteArray &value) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(value) == value.size();
}

QJsonObject runSnapshot(const QString &source) {
    QProcess cli;
    cli.start(QStringLiteral(OOMLENS_CLI_PATH),
              {QStringLiteral("snapshot"), QStringLiteral("--json"), QStringLiteral("--source"), source});
    if (!cli.waitForFinished(60000) || cli.exitCode() != 0) return {};
    return QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
}

QJsonObject findByKey(const QJsonArray &array, const QString &key, const QJsonValue &value) {
    for (const QJsonValue &v : array) {
        if (v.toObject().value(key) == value) return v.toObject();
    }
    return {};
}

} // namespace

class TestCaptureLive : public QObject {
    Q_OBJECT
    QString m_cgroup; // relative path in the memory hierarchy
    QProcess m_sleep;
    QTemporaryDir m_tmp;

private slots:
    void initTestCase() {
        if (geteuid() != 0) QSKIP("needs root: creates a memory cgroup under /sys/fs/cgroup/memory");
        if (!QFile::exists(memoryRoot + QStringLiteral("/memory.limit_in_bytes")))
            QSKIP("no cgroup v1 memory controller at /sys/fs/cgroup/memory");
        m_cgroup = QStringLiteral("/oomlens-test-%1-capture").arg(QCoreApplication::applicationPid());
        QVERIFY(QDir().mkpath(memoryRoot + m_cgroup + QStringLiteral("/inner")));
        QVERIFY(writeFile(memoryRoot + m_cgroup + QStringLiteral("/memory.limit_in_bytes"), "50331648"));
        m_sleep.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(m_sleep.waitForStarted());
        QVERIFY(writeFile(memoryRoot + m_cgroup + QStringLiteral("/inner/cgroup.procs"),
                          QByteArray::number(m_sleep.processId())));
    }

    void captureAndReopen_data() {
        QTest::addColumn<QString>("output");
        QTest::newRow("tar.zst") << "cap.tar.zst";
        QTest::newRow("tar.gz") << "cap.tar.gz";
        QTest::newRow("directory") << "capdir";
    }
    void captureAndReopen() {
        QFETCH(QString, output);
        const QString path = m_tmp.filePath(output);
        QProcess cli;
        cli.start(QStringLiteral(OOMLENS_CLI_PATH), {QStringLiteral("capture"), QStringLiteral("-o"), path});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

        const QJsonObject s = runSnapshot(path);
        QVERIFY(!s.isEmpty());
        const QString mode = s.value(QLatin1String("cgroup_mode")).toString();
        QVERIFY2(mode == QLatin1String("v1") || mode == QLatin1String("hybrid"), qPrintable(mode));
        const QJsonArray cgroups = s.value(QLatin1String("cgroups")).toArray();
        const QJsonObject parent = findByKey(cgroups, QStringLiteral("path"), m_cgroup);
        QCOMPARE(parent.value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(parent.value(QLatin1String("limit_bytes")).toInteger(), qint64(50331648));
        const QJsonObject inner =
            findByKey(cgroups, QStringLiteral("path"), m_cgroup + QStringLiteral("/inner"));
        QVERIFY(inner.value(QLatin1String("limit_bytes")).isNull()); // unlimited itself...
        QCOMPARE(inner.value(QLatin1String("effective_limit_bytes")).toInteger(),
                 qint64(50331648)); // ...bound by the parent
        QCOMPARE(inner.value(QLatin1String("pids")).toArray(), QJsonArray{qint64(m_sleep.processId())});

        const QJsonObject proc = findByKey(s.value(QLatin1String("processes")).toArray(),
                                           QStringLiteral("pid"), qint64(m_sleep.processId()));
        QCOMPARE(proc.value(QLatin1String("comm")).toString(), QStringLiteral("sleep"));
        QCOMPARE(proc.value(QLatin1String("cgroup")).toString(), m_cgroup + QStringLiteral("/inner"));
        QVERIFY(proc.value(QLatin1String("kill_rank")).toInt() > 0);
        QCOMPARE(proc.value(QLatin1String("oom_score")), proc.value(QLatin1String("estimated_oom_score")));

        // The manifest says who and when.
        QFile release(QStringLiteral("/proc/sys/kernel/osrelease"));
        QVERIFY(release.open(QIODevice::ReadOnly));
        QCOMPARE(s.value(QLatin1String("kernel")).toString(), QString::fromUtf8(release.readAll()).trimmed());
        QVERIFY(!s.value(QLatin1String("time")).isNull());
        QCOMPARE(s.value(QLatin1String("page_size")).toInteger(), qint64(sysconf(_SC_PAGESIZE)));
    }

    void badOutputIsAnError() {
        QProcess cli;
        cli.start(QStringLiteral(OOMLENS_CLI_PATH), {QStringLiteral("capture"), QStringLiteral("-o"),
                                                     QStringLiteral("/proc/oomlens-nope.tar.zst")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1);
        QCOMPARE(cli.readAllStandardError().count('\n'), 1);
    }

    void cleanupTestCase() {
        if (m_sleep.state() != QProcess::NotRunning) {
            m_sleep.kill();
            m_sleep.waitForFinished();
        }
        if (!m_cgroup.isEmpty()) {
            QDir().rmdir(memoryRoot + m_cgroup + QStringLiteral("/inner"));
            QDir().rmdir(memoryRoot + m_cgroup);
        }
    }
};

QTEST_GUILESS_MAIN(TestCaptureLive)
#include "tst_capture_live.moc"
