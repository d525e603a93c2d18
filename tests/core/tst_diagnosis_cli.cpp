// `oomlens-cli analyze` carries the diagnosis: a `diagnosis` object per event in --json
// (docs/diagnosis.md) and a "Cause:" block per event in the text output.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

namespace {

QByteArray runCli(const QStringList &args) {
    QProcess p;
    p.start(QStringLiteral(OOMLENS_CLI_PATH), args);
    if (!p.waitForFinished(60000)) return {};
    return p.readAllStandardOutput();
}

QString log(const char *name) {
    return QStringLiteral(OOMLENS_TEST_DATA "/oom-logs/") + QLatin1String(name);
}

} // namespace

class TestDiagnosisCli : public QObject {
    Q_OBJECT
private slots:
    void jsonHasDiagnosisPerEvent() {
        const QByteArray out =
            runCli({QStringLiteral("analyze"), QStringLiteral("--json"),
                    log("k3.19-global-syslog-sacrifice-child-R-migratetype-cut-at-table.log")});
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray events = doc.object().value(u"events").toArray();
        QCOMPARE(events.size(), 2);
        const QJsonObject first = events.at(0).toObject().value(u"diagnosis").toObject();
        QCOMPARE(first.value(u"cause").toString(), QStringLiteral("undetermined"));
        QVERIFY(first.value(u"decided_by").isNull());
        const QJsonObject second = events.at(1).toObject().value(u"diagnosis").toObject();
        QCOMPARE(second.value(u"cause").toString(), QStringLiteral("global_shortage"));
        QVERIFY(!second.value(u"summary").toString().isEmpty());
        QVERIFY(!second.value(u"remedy").toString().isEmpty());
        const QJsonArray evidence = second.value(u"evidence_lines").toArray();
        QVERIFY(!evidence.isEmpty());
        // The invoker line of the second report is line 3 of the file.
        QCOMPARE(evidence.at(0).toObject().value(u"line").toInt(), 3);
        QVERIFY(evidence.at(0).toObject().value(u"text").toString().contains(
            QLatin1String("invoked oom-killer")));
        QStringList findings;
        for (const auto &f : second.value(u"findings").toArray())
            findings.append(f.toObject().value(u"id").toString());
        QCOMPARE(findings, QStringList{QStringLiteral("swap_exhausted")});
    }
    void textHasCauseBlock() {
        const QString out = QString::fromUtf8(
            runCli({QStringLiteral("analyze"), log("k5.8-memcg-v1-ltp-subgroup-elided-nots.log")}));
        QVERIFY(out.contains(QLatin1String("Cause: memcg_limit")));
        QVERIFY(out.contains(QLatin1String("/ltp_19257")));
        QVERIFY(out.contains(QLatin1String("Remedy:")));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisCli)
#include "tst_diagnosis_cli.moc"
