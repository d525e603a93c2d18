// A host at a time: its kills at the scrape step around that time, and the zone watermarks and
// buddy counts node_exporter recorded over the window, when its zoneinfo/buddyinfo collectors are
// on (both are off by default in node_exporter 1.5; `--collector.zoneinfo --collector.buddyinfo`).
#pragma once

#include "FleetQueries.h"
#include "PromClient.h"

#include <QObject>

namespace oomlens::fleet {

// One zone's figures over the window, in pages (node_exporter exports pages, not bytes).
struct ZoneSeries {
    QString node, zone;
    QList<PromPoint> freePages, minPages, lowPages, highPages, managedPages;
};

struct BuddySeries {
    QString node, zone;
    int order = 0;
    QList<PromPoint> blocks;
};

struct DrillDownResult {
    QString host;
    qint64 startMs = 0, endMs = 0, stepSecs = 0;
    QList<PromPoint> killTimes; // end of each step in which the counter rose, value = kills
    QList<ZoneSeries> zones;
    QList<BuddySeries> buddy;
    bool zoneinfoCollected = false; // false: no node_zoneinfo_* series for this host in the window
    bool buddyinfoCollected = false;
    QStringList warnings;
    std::optional<PromError> error;
};

// How to turn on what is missing, in node_exporter's own flag names (checked against 1.5.0's --help).
QString collectorHint(const DrillDownResult &r);

struct DrillDownRequest {
    PromConnection connection;
    FleetQueries queries;
    QString host;
    qint64 centerMs = 0;
    qint64 halfWindowSecs = 3600;
    int buckets = 240;
};

class DrillDownJob : public QObject {
    Q_OBJECT
public:
    // `client`, when given, is shared and must live in the thread that runs the job: a long-lived
    // view keeps one (one QNetworkAccessManager, its connections reused) instead of one per job.
    explicit DrillDownJob(DrillDownRequest request, PromClient *client = nullptr, QObject *parent = nullptr);

public slots:
    void start();
    void cancel();

signals:
    void progress(int done, int total);
    void finished(const oomlens::fleet::DrillDownResult &result);

private:
    void answered(const PromResult &r);

    DrillDownRequest m_request;
    PromClient *m_client = nullptr;
    DrillDownResult m_result;
    int m_done = 0;
    bool m_over = false;
};

DrillDownResult runDrillDown(const DrillDownRequest &request);

} // namespace oomlens::fleet

Q_DECLARE_METATYPE(oomlens::fleet::DrillDownResult)
