// The pure parts of the fleet client: the API answer parser on the documented shapes the test
// server does not produce (warnings of a partial answer, NaN/Inf, scalars, a proxy's 502 page,
// truncated JSON), the step rule, durations, and kill counting across a counter reset.
#include "fleet/FleetModel.h"
#include "fleet/FleetQueries.h"
#include "fleet/PromResponse.h"

#include <QTest>

#include <cmath>

using namespace oomlens::fleet;

class TestFleetParse : public QObject {
    Q_OBJECT
private slots:
    void warningsMarkAPartialAnswer() {
        // The shape Thanos Query returns with partial_response enabled and a store down
        // (docs: https://prometheus.io/docs/prometheus/latest/querying/api/#format-overview).
        const QByteArray body =
            "{\"status\":\"success\",\"warnings\":[\"store 10.0.0.7:10901 unavailable\"],"
            "\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{\"instance\":\"a\"},"
            "\"value\":[1700000000.5,\"NaN\"]},{\"metric\":{\"instance\":\"b\"},"
            "\"value\":[1700000000.5,\"+Inf\"]}]}}";
        const PromResult r = parsePromResponse(body, 200);
        QVERIFY(r.ok());
        QCOMPARE(r.warnings, QStringList{QStringLiteral("store 10.0.0.7:10901 unavailable")});
        QCOMPARE(r.series.size(), 2);
        QCOMPARE(r.series[0].points[0].timeMs, 1700000000500);
        QVERIFY(std::isnan(r.series[0].points[0].value));
        QVERIFY(std::isinf(r.series[1].points[0].value));
    }

    void scalarAndMatrix() {
        const PromResult s = parsePromResponse(
            "{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\",\"result\":[1,\"2\"]}}", 200);
        QVERIFY(s.ok());
        QCOMPARE(s.series[0].points[0].value, 2.0);
        const PromResult m =
            parsePromResponse("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{"
                              "\"metric\":{},\"values\":[[1,\"1\"],[2,\"x\"]]}]}}",
                              200);
        QVERIFY(m.error);
        QCOMPARE(m.error->kind, PromError::BadJson);
    }

    void errorsKeepTheServersWords() {
        const PromResult q =
            parsePromResponse("{\"status\":\"error\",\"errorType\":\"execution\",\"error\":\"query "
                              "processing would load too many samples into memory\"}",
                              422);
        QCOMPARE(q.error->kind, PromError::Query);
        QCOMPARE(q.error->httpStatus, 422);
        QVERIFY(q.error->text().contains(QLatin1String("too many samples")));
        const PromResult proxy = parsePromResponse("<html><body>502 Bad Gateway</body></html>", 502);
        QCOMPARE(proxy.error->kind, PromError::Http);
        QVERIFY(proxy.error->text().contains(QLatin1String("502 Bad Gateway")));
        const PromResult cut =
            parsePromResponse("{\"status\":\"success\",\"data\":{\"resultType\":\"ma", 200);
        QCOMPARE(cut.error->kind, PromError::BadJson);
        const PromResult auth = parsePromResponse("Unauthorized\n", 401);
        QCOMPARE(auth.error->kind, PromError::Auth);
    }

    void stepStaysUnderThePointLimit() {
        for (qint64 range :
             {qint64(3600), qint64(86400), qint64(7 * 86400), qint64(30 * 86400), qint64(400 * 86400)}) {
            for (qint64 minStep : {1, 15, 60}) {
                for (int buckets : {100, 336, 1000000}) {
                    const qint64 step = chooseStepSecs(range, minStep, buckets);
                    QVERIFY(step >= minStep);
                    QVERIFY2(range / step <= PrometheusPointLimit, qPrintable(QString::number(step)));
                }
            }
        }
        QCOMPARE(chooseStepSecs(7 * 86400, 60, 336), qint64(1800));
    }

    void durations() {
        QCOMPARE(parseDurationSecs(QStringLiteral("7d")), std::optional<qint64>(7 * 86400));
        QCOMPARE(parseDurationSecs(QStringLiteral("1h30m")), std::optional<qint64>(5400));
        QCOMPARE(parseDurationSecs(QStringLiteral("2w")), std::optional<qint64>(14 * 86400));
        QVERIFY(!parseDurationSecs(QStringLiteral("7")));
        QVERIFY(!parseDurationSecs(QStringLiteral("d")));
        QVERIFY(!parseDurationSecs(QStringLiteral("7x")));
        QVERIFY(!parseDurationSecs(QStringLiteral("0s")));
    }

    void matchersAreEscaped() {
        QCOMPARE(matchers({{QStringLiteral("job"), QStringLiteral("a\"b\\c")}}),
                 QStringLiteral("job=\"a\\\"b\\\\c\""));
    }

    void killsAcrossAReboot() {
        // Counter 5, 5, 7 (2 kills), reboot -> 0, 1 (1 kill), 1; step 60 s from t=0.
        PromSeries s;
        const double v[] = {5, 5, 7, 0, 1, 1};
        for (int i = 0; i < 6; ++i)
            s.points.append({i * 60000LL, v[i]});
        const HostKills k = killsFromCounter(QStringLiteral("h"), s, 0, 300000, 60);
        QCOMPARE(k.kills, qint64(3));
        QCOMPARE(k.buckets, (QList<qint64>{0, 2, 0, 1, 0}));
        QCOMPARE(k.firstKillMs, std::optional<qint64>(120000));
        QCOMPARE(k.lastKillMs, std::optional<qint64>(240000));
        QVERIFY(k.counterReset);
    }
};

QTEST_GUILESS_MAIN(TestFleetParse)
#include "tst_fleet_parse.moc"
