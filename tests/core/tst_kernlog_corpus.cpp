// Every real log of the corpus against its hand-read MANIFEST.tsv: number of OOM events, and per
// event the victim (pid:comm), the oom-kill: constraint and the invoker's order.
#include "KernlogTestUtil.h"

#include <QtTest>

using namespace kernlogtest;

namespace {

// Where we believe the manifest is wrong, the code is not bent to it: the disagreement is listed
// here with the log line that shows it, and the comparison is an expected failure.
struct Disagreement {
    const char *file;
    const char *field; // "events", "victims", "constraints", "orders"
    const char *why;
};
const Disagreement disagreements[] = {
    {nullptr, nullptr, nullptr},
};

const char *disagreement(const QString &file, const char *field) {
    for (const auto &d : disagreements)
        if (d.file && file == QLatin1String(d.file) && qstrcmp(field, d.field) == 0) return d.why;
    return nullptr;
}

} // namespace

class TestKernlogCorpus : public QObject {
    Q_OBJECT
private slots:
    void manifestIsComplete() {
        const QList<ManifestRow> rows = readManifest();
        QVERIFY2(rows.size() >= 30, "MANIFEST.tsv missing or short");
        QStringList files = QDir(corpusDir()).entryList({QStringLiteral("*.log")}, QDir::Files);
        for (const auto &r : rows)
            files.removeAll(r.file);
        QVERIFY2(files.isEmpty(),
                 qPrintable(QStringLiteral("logs without a manifest row: ") + files.join(u',')));
    }

    void everyLog_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("events");
        QTest::addColumn<QStringList>("victims");
        QTest::addColumn<QStringList>("constraints");
        QTest::addColumn<QStringList>("orders");
        for (const ManifestRow &r : readManifest())
            QTest::newRow(qPrintable(r.file)) << r.file << r.events << r.victims << r.constraints << r.orders;
    }

    void everyLog() {
        QFETCH(QString, file);
        QFETCH(int, events);
        QFETCH(QStringList, victims);
        QFETCH(QStringList, constraints);
        QFETCH(QStringList, orders);

        const oomlens::LogAnalysis a = oomlens::analyzeFile(corpusDir() + u'/' + file);
        QVERIFY2(a.errors.isEmpty(), qPrintable(a.errors.value(0).reason));
        const QList<oomlens::OomEvent> evs = oomEvents(a);

        QStringList gotVictims, gotConstraints, gotOrders;
        for (const auto &e : evs) {
            gotVictims << victimOf(e);
            gotConstraints << constraintOf(e);
            gotOrders << orderOf(e);
        }
        auto check = [&](const char *field, const QStringList &got, const QStringList &want) {
            if (const char *why = disagreement(file, field)) QEXPECT_FAIL("", why, Continue);
            QCOMPARE(got, want);
        };
        if (const char *why = disagreement(file, "events")) QEXPECT_FAIL("", why, Continue);
        QCOMPARE(evs.size(), events);
        if (events == 0) return;
        check("victims", gotVictims, victims);
        check("constraints", gotConstraints, constraints);
        check("orders", gotOrders, orders);
        for (const auto &e : evs) {
            QVERIFY(e.firstLine > 0);
            QVERIFY(e.lastLine >= e.firstLine);
            QVERIFY(!e.rawLines.isEmpty());
            QCOMPARE(e.complete, e.missing.isEmpty() && !e.elided);
        }
    }
};

QTEST_GUILESS_MAIN(TestKernlogCorpus)
#include "tst_kernlog_corpus.moc"
