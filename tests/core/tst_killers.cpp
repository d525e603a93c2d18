// Userspace OOM killers as events (core/journal/KillerLines.cpp): every published excerpt in
// tests/data/killers (MANIFEST.tsv: tool, version, expected events, victim, figure, provenance) is
// turned into journal entries and read twice, as `journalctl -o export` text and as a journal file
// written by systemd-journal-remote; both must give the manifest's events. Plus: MESSAGE_ID
// matching, and a unit OOM linked to the kernel's real report of the same kill (counted once).
#include "JournalTestUtil.h"

#include "journal/KillerEventJson.h"
#include "kernlog/KillerAnalysis.h"
#include "kernlog/OomEventJson.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace oomlens;
using namespace journaltest;

namespace {

const QString DataDir = QStringLiteral(OOMLENS_TEST_DATA "/killers/");

QStringList manifestRows() {
    QStringList rows =
        QString::fromUtf8(readFile(DataDir + QStringLiteral("MANIFEST.tsv"))).split(QLatin1Char('\n'));
    rows.removeFirst(); // header
    rows.removeAll(QString());
    return rows;
}

// What must be the same whichever form the journal came in (line numbers differ by form).
QString shape(const KillerEvent &k) {
    QStringList figures;
    for (const auto &f : k.figures)
        figures << f.first + QLatin1Char('=') + f.second;
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
        .arg(killerKindName(k.kind), k.pid ? QString::number(*k.pid) : QStringLiteral("-"), k.comm, k.unit,
             k.cgroup, k.pod, k.signal, figures.join(QLatin1Char(',')))
        .arg(k.evidence.size());
}

} // namespace

class TestKillers : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;

    struct Read {
        LogAnalysis a;
        QList<KillerEvent> killerEvents;
        QList<OomEvent> &events = a.events;
        QList<LogError> &errors = a.errors;
    };
    static void read(const QString &path, Read &r) { r.a = analyzeFilesWithKillers({path}, &r.killerEvents); }

    void throughJournalFile(const QString &exportFile, const QString &name, Read &r) {
        const QString journal = m_tmp.filePath(name + QStringLiteral(".journal"));
        const QString err = makeJournal(exportFile, journal);
        if (!err.isEmpty()) qFatal("%s", qPrintable(err));
        read(journal, r);
    }

private slots:
    void initTestCase() {
        if (!QFileInfo(JournalRemote).isExecutable())
            QSKIP("systemd-journal-remote is not installed (scripts/deps.sh installs it)");
        QVERIFY(m_tmp.isValid());
    }

    void fixtures_data() {
        QTest::addColumn<QStringList>("row");
        for (const QString &r : manifestRows()) {
            const QStringList row = r.split(QLatin1Char('\t'));
            QTest::newRow(qPrintable(row.value(0))) << row;
        }
    }

    void fixtures() {
        QFETCH(QStringList, row);
        QCOMPARE(row.size(), 14);
        const QString file = row[0], ident = row[3], kind = row[4];
        const int events = row[5].toInt(), linked = row[6].toInt();
        auto want = [&](int i) { return row[i] == QLatin1String("-") ? QString() : row[i]; };
        QVERIFY2(row[2] != QLatin1String("-") && !row[13].isEmpty(),
                 "every fixture names its version and source");
        const QByteArray text = readFile(DataDir + file);
        QVERIFY(!text.isEmpty());
        const QString exportFile = m_tmp.filePath(file + QStringLiteral(".export"));
        QVERIFY(writeFile(exportFile, exportStream(entriesFromExcerpt(text, ident.toUtf8()))));
        Read a, b;
        read(exportFile, a);
        QVERIFY2(a.errors.isEmpty(), qPrintable(a.errors.value(0).reason));
        QCOMPARE(a.killerEvents.size(), events);
        throughJournalFile(exportFile, file, b);
        QVERIFY(b.errors.isEmpty());
        QStringList shapesA, shapesB;
        for (const KillerEvent &k : a.killerEvents)
            shapesA << shape(k);
        for (const KillerEvent &k : b.killerEvents)
            shapesB << shape(k);
        QCOMPARE(shapesB, shapesA);
        int linkedSeen = 0;
        for (const KillerEvent &k : a.killerEvents) {
            QCOMPARE(killerKindName(k.kind), kind);
            QVERIFY(!k.evidence.isEmpty());
            QVERIFY(!k.diagnosis.isEmpty());
            QVERIFY(!k.time.has_value() || k.time->isValid());
            if (k.linkedKernelEvent) {
                ++linkedSeen;
                QVERIFY(*k.linkedKernelEvent < a.events.size());
            }
        }
        QCOMPARE(linkedSeen, linked);
        if (events == 0) return;
        const KillerEvent &first = a.killerEvents.constFirst();
        QCOMPARE(first.pid ? QString::number(*first.pid) : QString(), want(7));
        QCOMPARE(first.comm, want(8));
        QCOMPARE(first.unit, want(9));
        QCOMPARE(first.pod, want(10));
        QCOMPARE(first.signal, want(11));
        if (!want(12).isEmpty()) {
            const QString key = want(12).section(QLatin1Char('='), 0, 0),
                          value = want(12).section(QLatin1Char('='), 1);
            QCOMPARE(first.figure(key), value);
        }
        // The plain-words diagnosis names the victim.
        const QString victim = !first.comm.isEmpty()   ? first.comm
                               : !first.unit.isEmpty() ? first.unit
                                                       : first.pod;
        if (!victim.isEmpty()) QVERIFY2(first.diagnosis.contains(victim), qPrintable(first.diagnosis));
    }

    void atLeastTwentyFourFixturesWithProvenance() {
        const QStringList rows = manifestRows();
        QVERIFY(rows.size() >= 24);
        QStringList files = QDir(DataDir).entryList({QStringLiteral("*.log")});
        QCOMPARE(files.size(), rows.size()); // every fixture is in the manifest
    }

    void messageIdDecidesNotTheWording() {
        // PID 1's catalog id and UNIT field name the unit OOM even where the text is not the one
        // we know (a different systemd wording).
        Entry e;
        e.add("__REALTIME_TIMESTAMP", "1704067200000000");
        e.add("_HOSTNAME", "h");
        e.add("_TRANSPORT", "journal");
        e.add("SYSLOG_IDENTIFIER", "systemd");
        e.add("MESSAGE_ID", "fe6faa94e7774663a0da52717891d8ef");
        e.add("UNIT", "postgresql@15-main.service");
        e.add("MESSAGE", "postgresql@15-main.service: some wording of a later systemd");
        Entry other = e;
        other.fields.replace("fe6faa94e7774663a0da52717891d8ef", "7ad2d189f7e94e70a38c781354912448");
        const QString path = m_tmp.filePath(QStringLiteral("msgid.export"));
        QVERIFY(writeFile(path, exportStream({e, other})));
        Read a;
        read(path, a);
        QCOMPARE(a.killerEvents.size(), 1);
        QCOMPARE(a.killerEvents[0].kind, KillerKind::UnitOom);
        QCOMPARE(a.killerEvents[0].unit, QStringLiteral("postgresql@15-main.service"));
        QCOMPARE(a.killerEvents[0].messageId, QStringLiteral("fe6faa94e7774663a0da52717891d8ef"));
    }

    void unitOomLinkedToTheKernelReportCountedOnce() {
        // A real report (task_memcg=/system.slice/dbus-broker.service), as the journal would hold
        // its lines, then PID 1's note about that unit and one about an unrelated unit.
        const LogAnalysis text = analyzeFile(
            QStringLiteral(OOMLENS_TEST_DATA
                           "/oom-logs/k5.4-arm64-global-kmemleak-slab-no-killable-panic-mail-wrapped.log"));
        QVERIFY(!text.events.isEmpty());
        const OomEvent &report = text.events.constFirst();
        QVERIFY(report.constraint &&
                report.constraint->taskMemcg == QStringLiteral("/system.slice/dbus-broker.service"));
        QList<Entry> entries;
        const quint64 bootUs = 1704067200000000ull, at = quint64(*report.time.uptimeSeconds * 1e6);
        for (int i = 0; i < report.rawLines.size(); ++i) {
            Entry e;
            e.add("__REALTIME_TIMESTAMP", QByteArray::number(bootUs + at + quint64(i)));
            e.add("_BOOT_ID", "6c7c6013a26343b29e964691ff25d04c");
            e.add("_HOSTNAME", "pi");
            e.add("_TRANSPORT", "kernel");
            e.add("_SOURCE_MONOTONIC_TIMESTAMP", QByteArray::number(at + quint64(i)));
            e.add("MESSAGE", report.rawLines[i].text.toUtf8());
            entries << e;
        }
        for (const char *unit : {"dbus-broker.service", "cron.service"}) {
            Entry e;
            e.add("__REALTIME_TIMESTAMP", QByteArray::number(bootUs + at + 800000));
            e.add("_BOOT_ID", "6c7c6013a26343b29e964691ff25d04c");
            e.add("_HOSTNAME", "pi");
            e.add("_TRANSPORT", "journal");
            e.add("SYSLOG_IDENTIFIER", "systemd");
            e.add("MESSAGE_ID", "fe6faa94e7774663a0da52717891d8ef");
            e.add("UNIT", unit);
            e.add("MESSAGE",
                  QByteArray(unit) + ": A process of this unit has been killed by the OOM killer.");
            entries << e;
        }
        const QString path = m_tmp.filePath(QStringLiteral("linked.export"));
        QVERIFY(writeFile(path, exportStream(entries)));
        Read a;
        throughJournalFile(path, QStringLiteral("linked"), a);
        QVERIFY(a.errors.isEmpty());
        QVERIFY(!a.events.isEmpty());
        QCOMPARE(a.killerEvents.size(), 2);
        QCOMPARE(a.killerEvents[0].unit, QStringLiteral("dbus-broker.service"));
        QVERIFY(a.killerEvents[0].linkedKernelEvent.has_value());
        const OomEvent &kernel = a.events.at(*a.killerEvents[0].linkedKernelEvent);
        QVERIFY(kernel.victim && kernel.victim->pid == 541);
        QVERIFY(!a.killerEvents[1].linkedKernelEvent); // cron.service: no kernel kill in it
        // JSON: both kinds in `events`, the link by index, the kill counted once.
        QProcess p;
        p.start(QStringLiteral(OOMLENS_CLI_PATH),
                {QStringLiteral("analyze"), QStringLiteral("--json"), path});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject doc = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const QJsonArray events = doc[QStringLiteral("events")].toArray();
        int unitOoms = 0;
        for (const QJsonValue &v : events) {
            if (v[QStringLiteral("kind")].toString() != QLatin1String("unit_oom")) continue;
            ++unitOoms;
            const QJsonValue link = v[QStringLiteral("linked_kernel_event")];
            if (v[QStringLiteral("victim")][QStringLiteral("unit")].toString() ==
                QLatin1String("dbus-broker.service")) {
                QVERIFY(link.isDouble());
                QCOMPARE(events.at(link.toInt())[QStringLiteral("victim")][QStringLiteral("pid")].toInt(),
                         541);
            } else {
                QVERIFY(link.isNull());
            }
        }
        QCOMPARE(unitOoms, 2);
        const QJsonObject summary = doc[QStringLiteral("summary")].toObject();
        QCOMPARE(summary[QStringLiteral("userspace_kills")].toInt(), 2);
        QCOMPARE(summary[QStringLiteral("kills")].toInt(), int(events.size()) - 1);
    }
};

QTEST_GUILESS_MAIN(TestKillers)
#include "tst_killers.moc"
