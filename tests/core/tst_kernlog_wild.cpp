// Real OOM reports as people paste them (tests/data/oom-logs-wild/, issue 10): events split or
// merged, victims, group kills, localised stamps, wrapped and decorated lines, and the diagnosis,
// each against the hand-read MANIFEST.tsv of that folder.
#include "KernlogTestUtil.h"

#include "analysis/Diagnosis.h"

#include <QtTest>

using namespace kernlogtest;

namespace {

QString wildDir() {
    return QStringLiteral(OOMLENS_TEST_DATA "/oom-logs-wild");
}

struct WildRow {
    QString file;
    QStringList kinds, victims, extraKills, skipped, constraints, orders, times, missing, anonRss, causes;
};

QList<WildRow> readWildManifest() {
    QList<WildRow> rows;
    QFile f(wildDir() + QStringLiteral("/MANIFEST.tsv"));
    if (!f.open(QIODevice::ReadOnly)) return rows;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList header = splitTsvLine(lines.value(0));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = splitTsvLine(lines[i]);
        auto col = [&](const char *name) {
            return fields.value(header.indexOf(QLatin1String(name))).split(QLatin1Char(';'));
        };
        WildRow r;
        r.file = fields.value(header.indexOf(QLatin1String("file")));
        r.kinds = col("kinds");
        r.victims = col("victims");
        r.extraKills = col("extra_kills");
        r.skipped = col("skipped");
        r.constraints = col("constraint");
        r.orders = col("invoker_order");
        r.times = col("time");
        r.missing = col("missing");
        r.anonRss = col("anon_rss_kb");
        r.causes = col("expected_cause");
        rows << r;
    }
    return rows;
}

// "2025-11-28T07:26:44", or "11-28T07:26:44" when the log prints no year (the year then comes from
// the file's modification time).
QString timeOf(const oomlens::OomEvent &e) {
    if (!e.time.wallClock) return QStringLiteral("-");
    const QString iso = e.time.wallClock->toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    return e.time.wallClockYearGuessed ? iso.mid(5) : iso;
}

} // namespace

class TestKernlogWild : public QObject {
    Q_OBJECT
private slots:
    void manifestCoversEveryLog() {
        const QList<WildRow> rows = readWildManifest();
        QVERIFY2(rows.size() >= 9, "tests/data/oom-logs-wild/MANIFEST.tsv missing or short");
        QStringList files = QDir(wildDir()).entryList({QStringLiteral("*.log")}, QDir::Files);
        for (const auto &r : rows)
            files.removeAll(r.file);
        QVERIFY2(files.isEmpty(),
                 qPrintable(QStringLiteral("logs without a manifest row: ") + files.join(u',')));
    }

    void everyLog_data() {
        QTest::addColumn<int>("row");
        const QList<WildRow> rows = readWildManifest();
        for (qsizetype i = 0; i < rows.size(); ++i)
            QTest::newRow(qPrintable(rows[i].file)) << int(i);
    }

    void everyLog() {
        QFETCH(int, row);
        const WildRow want = readWildManifest().at(row);
        const oomlens::LogAnalysis a = oomlens::analyzeFile(wildDir() + u'/' + want.file);
        QVERIFY2(a.errors.isEmpty(), qPrintable(a.errors.value(0).reason));
        const QList<oomlens::Diagnosis> diagnoses = oomlens::diagnose(a.events);
        QStringList kinds, victims, extra, skipped, constraints, orders, times, missing, anon, causes;
        for (qsizetype i = 0; i < a.events.size(); ++i) {
            const oomlens::OomEvent &e = a.events[i];
            kinds << oomlens::kindName(e.kind);
            victims << victimOf(e);
            extra << QString::number(e.extraKills.size());
            skipped << QString::number(e.skippedVictims.size());
            constraints << constraintOf(e);
            orders << orderOf(e);
            times << timeOf(e);
            missing << (e.missing.isEmpty() ? QStringLiteral("-") : e.missing.join(QLatin1Char(',')));
            anon << (e.victim && e.victim->anonRss ? QString::number(*e.victim->anonRss / 1024)
                                                   : QStringLiteral("-"));
            causes << oomlens::causeId(diagnoses[i].cause);
            // Every decision names the lines it rests on.
            if (diagnoses[i].cause != oomlens::Cause::Undetermined) QVERIFY(!diagnoses[i].evidence.isEmpty());
            QVERIFY(!diagnoses[i].summary.isEmpty());
        }
        QCOMPARE(kinds, want.kinds);
        QCOMPARE(victims, want.victims);
        QCOMPARE(extra, want.extraKills);
        QCOMPARE(skipped, want.skipped);
        QCOMPARE(constraints, want.constraints);
        QCOMPARE(orders, want.orders);
        QCOMPARE(times, want.times);
        QCOMPARE(missing, want.missing);
        QCOMPARE(anon, want.anonRss);
        QCOMPARE(causes, want.causes);
    }
};

QTEST_GUILESS_MAIN(TestKernlogWild)
#include "tst_kernlog_wild.moc"
