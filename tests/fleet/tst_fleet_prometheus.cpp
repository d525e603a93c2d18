// The fleet client against a real Prometheus 2.42 (Debian's) serving 200 hosts x 7 days backfilled
// with promtool, plus the real node_exporter of this host: the fleet list, label filters and names,
// Kubernetes kills, drill-down values, and the error paths (wrong credentials through Prometheus'
// own basic auth, server down, timeout, point limit, a non-API answer). The expected values come
// from the fixture's description (FleetFixture.h), never typed in.
#include "FleetTestEnv.h"
#include "fleet/DrillDown.h"
#include "fleet/FleetJob.h"
#include "procfs/Zoneinfo.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <csignal>

using namespace oomlens;
using namespace oomlens::fleet;
using namespace oomlens::fleetfixture;

class TestFleetPrometheus : public QObject {
    Q_OBJECT

    FleetTestEnv env;

    FleetRequest request() const {
        FleetRequest r;
        r.connection = env.connection();
        r.endMs = FixedEndSecs * 1000;
        r.rangeSecs = 7 * 86400;
        return r;
    }

    // Runs one client call to its answer (the client's own timeout bounds the wait).
    static PromResult wait(PromClient &, const std::function<void(PromClient::Callback)> &send) {
        PromResult out;
        QEventLoop loop;
        send([&](const PromResult &r) {
            out = r;
            loop.quit();
        });
        loop.exec();
        return out;
    }

private slots:
    void initTestCase() {
        const QString missing = FleetTestEnv::missing();
        if (!missing.isEmpty()) QSKIP(qPrintable(QStringLiteral("not installed: ") + missing));
        QVERIFY2(env.setUp(), qPrintable(env.error));
    }
    void cleanupTestCase() { env.tearDown(); }

    void fleetListMatchesTheFixture() {
        const FleetResult r = runFleet(request());
        QVERIFY2(!r.error, qPrintable(r.error ? r.error->text() : QString()));
        const qint64 step = r.stepSecs;
        QVERIFY(step >= env.fleet.scrapeSecs);
        QVERIFY((r.endMs - r.startMs) / 1000 / step <= PrometheusPointLimit);
        QCOMPARE(r.hosts.size(), env.fleet.hosts.size());
        const qint64 start = r.startMs / 1000, end = r.endMs / 1000;
        int withKills = 0;
        for (const Host &h : env.fleet.hosts) {
            qint64 kills = 0, first = 0, last = 0;
            for (qint64 k : h.killTimes) {
                if (k <= start || k > end) continue;
                ++kills;
                const qint64 bucketEnd = start + (k - start + step - 1) / step * step;
                if (!first) first = bucketEnd;
                last = bucketEnd;
            }
            auto it = std::find_if(r.hosts.begin(), r.hosts.end(),
                                   [&](const HostKills &k) { return k.host == h.instance; });
            QVERIFY2(it != r.hosts.end(), qPrintable(h.instance));
            QCOMPARE(it->kills, kills);
            QCOMPARE(it->firstKillMs.value_or(0), first * 1000);
            QCOMPARE(it->lastKillMs.value_or(0), last * 1000);
            QCOMPARE(it->counterReset, h.rebootSecs != 0);
            qint64 lowest = std::numeric_limits<qint64>::max();
            for (qint64 t = start + env.fleet.scrapeSecs; t <= end; t += env.fleet.scrapeSecs)
                lowest = std::min(lowest, availableAt(h, t));
            QCOMPARE(it->lowestAvailable.value_or(-1), double(lowest));
            QVERIFY(it->peakPressure.has_value());
            if (kills > 0) {
                ++withKills;
                QVERIFY2(*it->peakPressure > 0.1, qPrintable(h.instance));
            } else {
                QVERIFY2(*it->peakPressure < 0.01, qPrintable(h.instance));
            }
        }
        QVERIFY(withKills >= 20);
        for (qsizetype i = 1; i < r.hosts.size(); ++i)
            QVERIFY(r.hosts[i - 1].kills >= r.hosts[i].kills);
        QVERIFY(r.partialErrors.isEmpty());
    }

    void kubernetesKillsJoinRestarts() {
        const FleetResult r = runFleet(request());
        QVERIFY(!r.error);
        QCOMPARE(r.containers.size(), 2); // "worker" restarted for another reason: not listed
        QCOMPARE(r.containers[0].pod, QStringLiteral("api-7d9f"));
        QCOMPARE(r.containers[0].oomEvents, std::optional<qint64>(4));
        QCOMPARE(r.containers[0].oomRestarts, std::optional<qint64>(4));
        QCOMPARE(r.containers[1].pod, QStringLiteral("cache-0"));
        QCOMPARE(r.containers[1].oomEvents, std::optional<qint64>(1));
        QCOMPARE(r.containers[0].host, QStringLiteral("host-001:9100"));
    }

    void labelFilterAndHostLabelName() {
        FleetRequest req = request();
        req.queries.filter.insert(QStringLiteral("cluster"), QStringLiteral("eu"));
        const FleetResult eu = runFleet(req);
        QVERIFY(!eu.error);
        QCOMPARE(eu.hosts.size(), env.fleet.hosts.size() / 2);
        for (const HostKills &h : eu.hosts)
            QVERIFY(h.host.mid(5, 3).toInt() % 2 == 0);

        // A site that names hosts by another label: here "cluster" plays the host.
        req = request();
        req.queries.labels.host = QStringLiteral("cluster");
        const FleetResult byCluster = runFleet(req);
        QVERIFY(!byCluster.error);
        QCOMPARE(byCluster.hosts.size(), 2);
        const FleetResult all = runFleet(request());
        QCOMPARE(byCluster.totalKills(), all.totalKills());
    }

    void drillDownShowsZonesAndBuddyAtTheKill() {
        const Host &h = env.fleet.hosts.at(10);
        QVERIFY(h.zoneinfo && !h.killTimes.isEmpty());
        DrillDownRequest req;
        req.connection = env.connection();
        req.host = h.instance;
        req.centerMs = h.killTimes.first() * 1000;
        req.halfWindowSecs = 2 * 3600;
        const DrillDownResult d = runDrillDown(req);
        QVERIFY2(!d.error, qPrintable(d.error ? d.error->text() : QString()));
        QCOMPARE(d.stepSecs, env.fleet.scrapeSecs);
        QVERIFY(d.zoneinfoCollected && d.buddyinfoCollected);
        QVERIFY(collectorHint(d).isEmpty());
        QCOMPARE(d.killTimes.size(), h.killTimes.size());
        for (qsizetype i = 0; i < h.killTimes.size(); ++i)
            QCOMPARE(d.killTimes[i].timeMs, h.killTimes[i] * 1000);
        QCOMPARE(d.zones.size(), 2);
        for (const ZoneSeries &z : d.zones) {
            QVERIFY(!z.freePages.isEmpty());
            for (const PromPoint &p : z.freePages) {
                const ZonePoint want = zoneAt(h, z.zone, p.timeMs / 1000);
                QCOMPARE(qint64(p.value), want.free);
            }
            const ZonePoint atKill = zoneAt(h, z.zone, h.killTimes.first());
            QCOMPARE(qint64(z.minPages.last().value), atKill.min);
            QCOMPARE(qint64(z.lowPages.last().value), atKill.low);
            QCOMPARE(qint64(z.highPages.last().value), atKill.high);
            QVERIFY(atKill.free < atKill.min); // the fixture's kill happens under min
        }
        QCOMPARE(d.buddy.size(), 2 * 11);
        for (const BuddySeries &b : d.buddy) {
            for (const PromPoint &p : b.blocks)
                QCOMPARE(qint64(p.value), buddyAt(h, b.zone, b.order, p.timeMs / 1000));
        }
    }

    void drillDownSaysHowToTurnCollectorsOn() {
        const Host &h = env.fleet.hosts.at(3);
        QVERIFY(!h.zoneinfo && !h.killTimes.isEmpty());
        DrillDownRequest req;
        req.connection = env.connection();
        req.host = h.instance;
        req.centerMs = h.killTimes.first() * 1000;
        const DrillDownResult d = runDrillDown(req);
        QVERIFY(!d.error);
        QVERIFY(!d.zoneinfoCollected && !d.buddyinfoCollected);
        QCOMPARE(d.killTimes.size(), 1);
        QVERIFY(collectorHint(d).contains(QLatin1String("--collector.zoneinfo --collector.buddyinfo")));
    }

    void drillDownOnThisHostMatchesProcZoneinfo() {
        // The real node_exporter scraped every second: wait for the first samples (a guard, not a timing
        // assertion).
        const QString host = QStringLiteral("127.0.0.1:%1").arg(env.nodeExporterPort);
        DrillDownRequest req;
        req.connection = env.connection();
        req.connection.minStepSecs = 1;
        req.host = host;
        req.halfWindowSecs = 60;
        DrillDownResult d;
        const QDeadlineTimer deadline(120000);
        QByteArray before;
        while (!deadline.hasExpired()) {
            QFile f(QStringLiteral("/proc/zoneinfo"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            before = f.readAll();
            req.centerMs = QDateTime::currentMSecsSinceEpoch();
            d = runDrillDown(req);
            QVERIFY2(!d.error, qPrintable(d.error ? d.error->text() : QString()));
            if (d.zoneinfoCollected && d.buddyinfoCollected) break;
            QTest::qWait(500);
        }
        QVERIFY2(d.zoneinfoCollected, "no node_zoneinfo_* from this host's node_exporter");
        QVERIFY(collectorHint(d).isEmpty());
        const auto nodes = parseZoneinfo(before);
        QVERIFY(nodes.ok());
        int compared = 0;
        for (const MemoryNode &n : *nodes) {
            for (const Zone &z : n.zones) {
                if (!z.managedPages || !*z.managedPages) continue;
                for (const ZoneSeries &s : d.zones) {
                    if (s.node != QString::number(n.id) || s.zone != z.name || s.managedPages.isEmpty())
                        continue;
                    QCOMPARE(quint64(s.managedPages.last().value), *z.managedPages);
                    ++compared;
                }
            }
        }
        QVERIFY(compared > 0);
    }

    void wrongPasswordIsAnAuthError() {
        FleetRequest req = request();
        req.connection.secret = QStringLiteral("not-the-password");
        const FleetResult r = runFleet(req);
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, PromError::Auth);
        QCOMPARE(r.error->httpStatus, 401);
        QVERIFY(r.hosts.isEmpty());
    }

    void serverDownIsUnreachable() {
        FleetRequest req = request();
        req.connection.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(PrometheusServer::freePort()));
        const FleetResult r = runFleet(req);
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, PromError::Unreachable);
        QVERIFY(!r.error->message.isEmpty());
    }

    void notTheApiIsBadJsonAndSilentServerTimesOut() {
        // A real node_exporter, stopped with SIGSTOP: it accepts the connection and never answers.
        QProcess ne;
        const int port = PrometheusServer::freePort();
        ne.start(QStringLiteral("prometheus-node-exporter"),
                 {QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port)});
        QVERIFY(ne.waitForStarted());
        PromConnection c;
        c.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        c.timeoutMs = 1500;
        PromClient probeClient(c);
        // Wait until it listens. It answers the API path with its HTML landing page: not the API's JSON.
        PromResult first;
        const QDeadlineTimer deadline(60000);
        do {
            first = wait(probeClient, [&](auto cb) { probeClient.query(QStringLiteral("up"), 0, cb); });
        } while (first.error && first.error->kind == PromError::Unreachable && !deadline.hasExpired());
        QVERIFY(first.error);
        QCOMPARE(first.error->kind, PromError::BadJson);
        QCOMPARE(first.error->httpStatus, 200);
        ::kill(pid_t(ne.processId()), SIGSTOP);
        const PromResult r =
            wait(probeClient, [&](auto cb) { probeClient.query(QStringLiteral("up"), 0, cb); });
        ::kill(pid_t(ne.processId()), SIGCONT);
        ne.terminate();
        ne.waitForFinished();
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, PromError::Timeout);
    }

    void queryOverThePointLimitIsRefusedAndTheStepRuleAvoidsIt() {
        PromClient client(env.connection());
        const qint64 end = FixedEndSecs * 1000, start = end - 7 * 86400 * 1000LL;
        const PromResult over = wait(client, [&](auto cb) {
            client.queryRange(QStringLiteral("node_vmstat_oom_kill{instance=\"host-000:9100\"}"), start, end,
                              30, cb);
        });
        QVERIFY(over.error);
        QCOMPARE(over.error->kind, PromError::Query);
        QCOMPARE(over.error->httpStatus, 400);
        QVERIFY2(over.error->message.contains(QLatin1String("11,000")), qPrintable(over.error->message));
        // The step rule asked for the finest grid still accepts.
        const qint64 step = chooseStepSecs(7 * 86400, 1, 1000000);
        QVERIFY(7 * 86400 / step <= PrometheusPointLimit);
        const PromResult ok = wait(client, [&](auto cb) {
            client.queryRange(QStringLiteral("node_vmstat_oom_kill{instance=\"host-000:9100\"}"), start, end,
                              step, cb);
        });
        QVERIFY2(ok.ok(), qPrintable(ok.error ? ok.error->text() : QString()));
        QCOMPARE(ok.series.size(), 1);
    }

    void badPromqlKeepsTheServersMessage() {
        PromClient client(env.connection());
        const PromResult r = wait(client, [&](auto cb) { client.query(QStringLiteral("sum by (("), 0, cb); });
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, PromError::Query);
        QCOMPARE(r.error->errorType, QStringLiteral("bad_data"));
        QVERIFY(r.error->message.contains(QLatin1String("parse error")));
    }

    void cancelStopsAJob() {
        FleetJob job(request());
        std::optional<FleetResult> got;
        connect(&job, &FleetJob::finished, this, [&](const FleetResult &r) { got = r; });
        job.start();
        job.cancel();
        QVERIFY(got.has_value());
        QVERIFY(got->error);
        QCOMPARE(got->error->kind, PromError::Cancelled);
    }

    void cliPrintsTheSameList() {
        QTemporaryDir dir;
        const QString pw = dir.filePath(QStringLiteral("pw"));
        QFile f(pw);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(FleetTestEnv::Password);
        f.close();
        const QStringList common{QStringLiteral("fleet"),
                                 QStringLiteral("--prometheus"),
                                 env.server->url().toString(),
                                 QStringLiteral("--since"),
                                 QStringLiteral("7d"),
                                 QStringLiteral("--until"),
                                 QDateTime::fromSecsSinceEpoch(FixedEndSecs, Qt::UTC).toString(Qt::ISODate),
                                 QStringLiteral("--min-step"),
                                 QStringLiteral("5m"),
                                 QStringLiteral("--user"),
                                 QString::fromLatin1(FleetTestEnv::User)};
        QProcess cli;
        cli.start(QStringLiteral(OOMLENS_CLI_PATH),
                  common + QStringList{QStringLiteral("--password-file"), pw, QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject root = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        const FleetResult r = runFleet(request());
        const QJsonArray hosts = root.value(QLatin1String("hosts")).toArray();
        QCOMPARE(hosts.size(), r.hosts.size());
        for (qsizetype i = 0; i < hosts.size(); ++i) {
            const QJsonObject h = hosts.at(i).toObject();
            QCOMPARE(h.value(QLatin1String("host")).toString(), r.hosts[i].host);
            QCOMPARE(qint64(h.value(QLatin1String("kills")).toDouble()), r.hosts[i].kills);
            QCOMPARE(h.value(QLatin1String("first_kill")).isNull(), !r.hosts[i].firstKillMs);
        }
        QCOMPARE(qint64(root.value(QLatin1String("total_kills")).toDouble()), r.totalKills());

        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write("wrong");
        f.close();
        cli.start(QStringLiteral(OOMLENS_CLI_PATH),
                  common + QStringList{QStringLiteral("--password-file"), pw});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 1);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("HTTP 401")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestFleetPrometheus)
#include "tst_fleet_prometheus.moc"
