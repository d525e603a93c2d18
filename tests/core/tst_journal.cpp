// Journal files (core/journal): real files written by systemd-journal-remote from export streams
// of real OOM reports (tests/data/oom-logs), several hosts and boots; the events must be exactly
// those the dmesg text of the same lines gives, with host, boot id and wall clock from the
// journal; skipped files are named with their reason; dmesg + journal of one boot is one event.
#include "JournalTestUtil.h"

#include "journal/JournalAnalysis.h"
#include "journal/JournalHeader.h"
#include "journal/JournalInputs.h"
#include "kernlog/LogAnalysis.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace oomlens;
using namespace journaltest;

namespace {

struct Boot {
    const char *log;
    QByteArray host, bootId;
    quint64 realtimeAtBootUs;
    QString dmesgPath; // the same kernel lines as dmesg text
};

// What must not differ between two readings of one report.
QString signature(const OomEvent &e) {
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
        .arg(kindName(e.kind))
        .arg(e.time.uptimeSeconds ? qRound64(*e.time.uptimeSeconds * 1e6) : -1)
        .arg(e.victim && e.victim->pid ? *e.victim->pid : -1)
        .arg(e.invoker ? e.invoker->comm : QString())
        .arg(e.complete)
        .arg(e.missing.join(QLatin1Char(',')))
        .arg(e.rawLines.size());
}

QStringList signatures(const QList<OomEvent> &events) {
    QStringList out;
    for (const OomEvent &e : events)
        out << signature(e);
    return out;
}

} // namespace

class TestJournal : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_journalDir, m_exportDir;
    QList<Boot> m_boots = {
        {"k5.4-arm64-64k-pages-cma-vendor-hook-panic-on-oom-2-kdb.log",
         "web-1",
         "0b3f5c2a9d8e4f6a8b7c6d5e4f3a2b1c",
         1700000000000000ull,
         {}},
        {"k3.10-euler-kvm-memcg-path-panic-on-oom-2-hugepages-1024.log",
         "web-1",
         "1c4a6d3b0e9f4a7b9c8d7e6f5a4b3c2d",
         1700100000000000ull,
         {}},
        {"k4.19-kdump-capture-kernel-boot-oom-no-killable-slab-info.log",
         "db-2",
         "2d5b7e4c1f0a4b8c0d9e8f7a6b5c4d3e",
         1700050000000000ull,
         {}},
        {"k3.7-memcg-v1-parent-limit-annotated-two-runs.log",
         "db-2",
         "3e6c8f5d2a1b4c9d1e0f9a8b7c6d5e4f",
         1700200000000000ull,
         {}},
    };

    // All events the dmesg texts give for one host, in boot order.
    QList<OomEvent> dmesgEvents(const QByteArray &host) {
        QList<OomEvent> out;
        for (const Boot &b : std::as_const(m_boots))
            if (b.host == host) out += analyzeFile(b.dmesgPath).events;
        return out;
    }

    static QList<OomEvent> ofHost(const QList<OomEvent> &events, const QString &host) {
        QList<OomEvent> out;
        for (const OomEvent &e : events)
            if (e.host == host) out << e;
        return out;
    }

private slots:
    void initTestCase() {
        if (!QFileInfo(JournalRemote).isExecutable())
            QSKIP("systemd-journal-remote is not installed (scripts/deps.sh installs it)");
        QVERIFY(m_tmp.isValid());
        m_journalDir = m_tmp.filePath(QStringLiteral("journal"));
        m_exportDir = m_tmp.filePath(QStringLiteral("export"));
        QVERIFY(QDir().mkpath(m_journalDir) && QDir().mkpath(m_exportDir));
        QMap<QByteArray, QList<Entry>> perHost;
        for (Boot &b : m_boots) {
            const QByteArray text =
                readFile(QStringLiteral(OOMLENS_TEST_DATA "/oom-logs/") + QLatin1String(b.log));
            QVERIFY2(!text.isEmpty(), b.log);
            QByteArray dmesg;
            perHost[b.host] += kernelEntries(text, b.host, b.bootId, b.realtimeAtBootUs, &dmesg);
            b.dmesgPath = m_tmp.filePath(QString::fromLatin1(b.host + '-' + b.bootId + ".dmesg"));
            QVERIFY(writeFile(b.dmesgPath, dmesg));
        }
        // One journal file per host, as systemd-journal-remote --split-mode=host keeps them.
        for (auto it = perHost.cbegin(); it != perHost.cend(); ++it) {
            const QString exportFile =
                m_exportDir + QStringLiteral("/%1.export").arg(QString::fromLatin1(it.key()));
            QVERIFY(writeFile(exportFile, exportStream(it.value())));
            const QString err = makeJournal(
                exportFile,
                m_journalDir + QStringLiteral("/remote-%1.journal").arg(QString::fromLatin1(it.key())));
            QVERIFY2(err.isEmpty(), qPrintable(err));
        }
    }

    void directoryGivesWhatTheDmesgTextGives() {
        QVERIFY(journal::isJournalInput(m_journalDir));
        const LogAnalysis a = analyzeFile(m_journalDir);
        QVERIFY2(a.errors.isEmpty(), qPrintable(a.errors.value(0).reason));
        for (const QByteArray &host : {QByteArray("web-1"), QByteArray("db-2")}) {
            const QList<OomEvent> expected = dmesgEvents(host);
            QVERIFY(!expected.isEmpty());
            QCOMPARE(signatures(ofHost(a.events, QString::fromLatin1(host))), signatures(expected));
        }
        QCOMPARE(a.events.size(), dmesgEvents("web-1").size() + dmesgEvents("db-2").size());
        // Wall clocks come from the journal: the realtime of one of that host's boots + the printk time.
        for (const OomEvent &e : a.events) {
            QVERIFY(e.time.wallClock && e.time.uptimeSeconds);
            bool found = false;
            for (const Boot &b : std::as_const(m_boots)) {
                const qint64 expectMs = qint64(
                    (b.realtimeAtBootUs + quint64(qRound64(*e.time.uptimeSeconds * 1e6)) + 150) / 1000);
                found |= QString::fromLatin1(b.host) == e.host &&
                         e.time.wallClock->toMSecsSinceEpoch() == expectMs;
            }
            QVERIFY2(found, qPrintable(e.time.wallClock->toString(Qt::ISODateWithMs)));
        }
    }

    void exportTextIsOneMoreForm() {
        for (const QString &host : {QStringLiteral("web-1"), QStringLiteral("db-2")}) {
            const LogAnalysis a = analyzeFile(m_exportDir + QStringLiteral("/%1.export").arg(host));
            QVERIFY(a.errors.isEmpty());
            QCOMPARE(signatures(a.events), signatures(dmesgEvents(host.toLatin1())));
            for (const OomEvent &e : a.events) {
                QCOMPARE(e.host, host);
                QVERIFY(e.time.wallClock.has_value());
                // Line numbers are the export text's lines of MESSAGE=.
                QVERIFY(readFile(m_exportDir + QStringLiteral("/%1.export").arg(host))
                            .split('\n')
                            .value(int(e.firstLine) - 1)
                            .startsWith("MESSAGE="));
            }
        }
    }

    void singleFileAndOsRoot() {
        const QString file = m_journalDir + QStringLiteral("/remote-db-2.journal");
        QVERIFY(journal::isJournalInput(file));
        const LogAnalysis one = analyzeFile(file);
        QCOMPARE(signatures(one.events), signatures(dmesgEvents("db-2")));
        // An unpacked sosreport or disk image: ROOT/var/log/journal/<machine-id>/*.journal.
        const QString root = m_tmp.filePath(QStringLiteral("root"));
        const QString machineDir = root + QStringLiteral("/var/log/journal/4f1c0e3b2a5d4c6e8f7a9b0c1d2e3f4a");
        QVERIFY(QDir().mkpath(machineDir));
        QVERIFY(QFile::copy(
            file, machineDir + QStringLiteral("/system@abc-0000000000000001-0005f0a1b2c3d4e5.journal")));
        QVERIFY(writeFile(root + QStringLiteral("/var/log/messages"), "not a journal\n"));
        QVERIFY(journal::findJournalFiles(root).osRoot);
        const LogAnalysis r = analyzeFile(root);
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(signatures(r.events), signatures(dmesgEvents("db-2")));
    }

    void everySkippedFileIsNamed() {
        const QString dir = m_tmp.filePath(QStringLiteral("mixed"));
        QVERIFY(QDir().mkpath(dir));
        const QByteArray good = readFile(m_journalDir + QStringLiteral("/remote-web-1.journal"));
        QVERIFY(good.size() > 1024);
        QVERIFY(writeFile(dir + QStringLiteral("/good.journal"), good));
        // A newer systemd's file: an incompatible flag this libsystemd does not know (bit 5).
        QByteArray newer = good;
        newer[12] = char(quint8(newer[12]) | 0x20);
        QVERIFY(writeFile(dir + QStringLiteral("/newer.journal"), newer));
        // A file copied while journald wrote it: cut in the middle.
        QVERIFY(writeFile(dir + QStringLiteral("/cut.journal~"), good.left(good.size() / 2)));
        QVERIFY(writeFile(dir + QStringLiteral("/empty.journal"), QByteArray()));
        const LogAnalysis a = analyzeFile(dir);
        QCOMPARE(signatures(a.events), signatures(dmesgEvents("web-1")));
        QMap<QString, QString> reasons;
        for (const LogError &e : a.errors)
            reasons.insert(QFileInfo(e.file).fileName(), e.reason);
        QCOMPARE(reasons.size(), 3);
        QVERIFY2(
            reasons.value(QStringLiteral("newer.journal")).contains(QLatin1String("unsupported feature")),
            qPrintable(reasons.value(QStringLiteral("newer.journal"))));
        QVERIFY(reasons.value(QStringLiteral("newer.journal")).contains(QLatin1String("0x20")));
        QVERIFY2(reasons.value(QStringLiteral("cut.journal~")).contains(QLatin1String("truncated")),
                 qPrintable(reasons.value(QStringLiteral("cut.journal~"))));
        QVERIFY(
            reasons.value(QStringLiteral("empty.journal")).contains(QLatin1String("not a systemd journal")));
        // Given alone, the newer file is an error, never a silent empty result.
        const LogAnalysis alone = analyzeFile(dir + QStringLiteral("/newer.journal"));
        QVERIFY(alone.events.isEmpty());
        QCOMPARE(alone.errors.size(), 1);
    }

    void dmesgAndJournalOfOneBootAreOneEvent() {
        const Boot &b = m_boots.at(2);
        const LogAnalysis dmesg = analyzeFile(b.dmesgPath);
        QVERIFY(!dmesg.events.isEmpty());
        const LogAnalysis both = analyzeFiles({b.dmesgPath, m_journalDir});
        const LogAnalysis journalOnly = analyzeFile(m_journalDir);
        QCOMPARE(both.events.size(), journalOnly.events.size());
        QVERIFY(both.duplicatesDropped >= dmesg.events.size());
    }

    void windowAndHostQuery() {
        // The fleet's call: one host, one time window.
        journal::JournalQuery q;
        q.path = m_journalDir;
        q.host = QStringLiteral("web-1");
        q.since = QDateTime::fromMSecsSinceEpoch(1700100000000, QTimeZone(0));
        const LogAnalysis a = journal::analyzeJournal(q).analysis;
        QVERIFY(a.errors.isEmpty());
        const Boot &second = m_boots.at(1);
        QCOMPARE(signatures(a.events), signatures(analyzeFile(second.dmesgPath).events));
        q.host = QStringLiteral("no-such-host");
        QVERIFY(journal::analyzeJournal(q).analysis.events.isEmpty());
    }

    void cliReadsTheJournal() {
        QProcess p;
        p.start(QStringLiteral(OOMLENS_CLI_PATH),
                {QStringLiteral("analyze"), QStringLiteral("--json"), m_journalDir});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject doc = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const QJsonArray events = doc.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), dmesgEvents("web-1").size() + dmesgEvents("db-2").size());
        for (const QJsonValue &v : events) {
            QVERIFY(!v[QStringLiteral("host")].toString().isEmpty());
            QVERIFY(v[QStringLiteral("uptime_s")].isDouble());
        }
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
