// One fleet question asked of Prometheus: the kill counter per host over a range (one range query
// at a step under the point limit), then peak pressure, lowest available memory and the Kubernetes
// kills (instant queries). Progress per answered query; cancel aborts what is in flight.
// Lives in the thread that runs it: the GUI moves it to a worker thread, the CLI runs it in main.
#pragma once

#include "FleetModel.h"
#include "FleetQueries.h"
#include "PromClient.h"

#include <QObject>

namespace oomlens::fleet {

struct FleetRequest {
    PromConnection connection;
    FleetQueries queries;
    qint64 endMs = 0; // 0 = now
    qint64 rangeSecs = 7 * 86400;
    int buckets = 336; // heat strip columns wanted (7 d -> 30 min)
};

class FleetJob : public QObject {
    Q_OBJECT
public:
    // `client`, when given, is shared and must live in the thread that runs the job: a long-lived
    // view keeps one (one QNetworkAccessManager, its connections reused) instead of one per job.
    explicit FleetJob(FleetRequest request, PromClient *client = nullptr, QObject *parent = nullptr);

public slots:
    void start();
    void cancel();

signals:
    void progress(int done, int total);
    void finished(const oomlens::fleet::FleetResult &result);

private:
    void answered();
    void secondary(const QString &what, const PromResult &r);

    FleetRequest m_request;
    PromClient *m_client = nullptr;
    FleetResult m_result;
    PromResult m_pressure, m_available, m_events, m_restarts;
    int m_done = 0;
    bool m_over = false;
};

// Blocking helper for the CLI and tests: runs the job in a local event loop.
FleetResult runFleet(const FleetRequest &request);

} // namespace oomlens::fleet

Q_DECLARE_METATYPE(oomlens::fleet::FleetResult)
