// Shared by the fleet test suites: the fixture fleet backfilled (once, cached in the build tree),
// a real Prometheus with basic auth serving it, and a real node_exporter on this host scraped by
// that Prometheus every second with the zoneinfo and buddyinfo collectors on.
#pragma once

#include "FleetFixture.h"
#include "PrometheusServer.h"
#include "fleet/PromConnection.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace oomlens::fleetfixture {

struct FleetTestEnv {
    Fleet fleet;
    std::unique_ptr<PrometheusServer> server;
    QProcess nodeExporter;
    int nodeExporterPort = 0;
    QString error;

    static constexpr const char *User = "oomlens";
    static constexpr const char *Password = "fleet-test-secret";

    bool setUp() {
        fleet = describeFleet(FixedEndSecs);
        const QString blocks = QCoreApplication::applicationDirPath() + QStringLiteral("/fleet-blocks-v1");
        QTemporaryDir scratch;
        const QString om = scratch.filePath(QStringLiteral("fleet.om"));
        server = std::make_unique<PrometheusServer>();
        if (!QFile::exists(blocks + QStringLiteral("/.complete")) && !writeOpenMetrics(fleet, om)) {
            error = QStringLiteral("cannot write %1").arg(om);
            return false;
        }
        if (!server->ensureBlocks(om, blocks) || !server->useBlocks(blocks)) {
            error = server->error();
            return false;
        }
        nodeExporterPort = PrometheusServer::freePort();
        nodeExporter.setProcessChannelMode(QProcess::MergedChannels);
        nodeExporter.start(QStringLiteral("prometheus-node-exporter"),
                           {QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(nodeExporterPort),
                            QStringLiteral("--collector.zoneinfo"), QStringLiteral("--collector.buddyinfo")});
        if (!nodeExporter.waitForStarted()) {
            error = QStringLiteral("prometheus-node-exporter did not start");
            return false;
        }
        const QString scrape = QStringLiteral("  - job_name: thishost\n    static_configs:\n"
                                              "      - targets: ['127.0.0.1:%1']\n")
                                   .arg(nodeExporterPort);
        if (!server->start(QString::fromLatin1(User), QString::fromLatin1(Password), scrape)) {
            error = server->error();
            return false;
        }
        return true;
    }

    void tearDown() {
        if (server) server->stop();
        if (nodeExporter.state() != QProcess::NotRunning) {
            nodeExporter.terminate();
            nodeExporter.waitForFinished(10000);
        }
    }

    fleet::PromConnection connection() const {
        fleet::PromConnection c;
        c.url = server->url();
        c.auth = fleet::PromConnection::Auth::Basic;
        c.user = QString::fromLatin1(User);
        c.secret = QString::fromLatin1(Password);
        c.minStepSecs = fleet.scrapeSecs;
        return c;
    }

    static QString missing() {
        QString m = PrometheusServer::missingPrograms();
        if (QStandardPaths::findExecutable(QStringLiteral("prometheus-node-exporter")).isEmpty())
            m += QStringLiteral(" prometheus-node-exporter");
        return m.trimmed();
    }
};

} // namespace oomlens::fleetfixture
