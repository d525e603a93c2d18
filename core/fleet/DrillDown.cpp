#include "DrillDown.h"

#include "FleetModel.h"

#include <QEventLoop>

namespace oomlens::fleet {

static constexpr int QueryCount = 3;

QString collectorHint(const DrillDownResult &r) {
    QStringList off;
    if (!r.zoneinfoCollected) off << QStringLiteral("--collector.zoneinfo");
    if (!r.buddyinfoCollected) off << QStringLiteral("--collector.buddyinfo");
    if (off.isEmpty()) return {};
    return QStringLiteral("node_exporter on %1 does not export %2 (off by default); start it with %3")
        .arg(r.host,
             off.size() == 2 ? QStringLiteral("zoneinfo and buddyinfo")
                             : QString(off.first()).remove(QStringLiteral("--collector.")),
             off.join(QLatin1Char(' ')));
}

DrillDownJob::DrillDownJob(DrillDownRequest request, PromClient *client, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_client(client) {
    qRegisterMetaType<oomlens::fleet::DrillDownResult>();
}

void DrillDownJob::start() {
    if (!m_client) m_client = new PromClient(m_request.connection, this);
    m_client->setConnection(m_request.connection);
    const qint64 range = 2 * std::max<qint64>(m_request.halfWindowSecs, 60);
    const qint64 step = chooseStepSecs(range, m_request.connection.minStepSecs, m_request.buckets);
    m_result = DrillDownResult{};
    m_result.host = m_request.host;
    m_result.stepSecs = step;
    const qint64 center = m_request.centerMs / (step * 1000) * (step * 1000);
    m_result.startMs = center - m_request.halfWindowSecs * 1000;
    m_result.endMs = center + m_request.halfWindowSecs * 1000;
    m_done = 0;
    m_over = false;
    emit progress(0, QueryCount);

    const FleetQueries &q = m_request.queries;
    const QString &host = m_request.host;
    m_client->queryRange(
        q.hostKillCounter(host), m_result.startMs, m_result.endMs, step, [this](const PromResult &r) {
            if (r.ok() && !r.series.isEmpty()) {
                HostKills k;
                for (const PromSeries &s : r.series)
                    mergeKills(k, killsFromCounter(m_result.host, s, m_result.startMs, m_result.endMs,
                                                   m_result.stepSecs));
                for (qsizetype i = 0; i < k.buckets.size(); ++i) {
                    if (k.buckets[i] > 0)
                        m_result.killTimes.append(
                            {m_result.startMs + (i + 1) * m_result.stepSecs * 1000, double(k.buckets[i])});
                }
            }
            answered(r);
        });
    m_client->queryRange(q.hostZoneWatermarks(host), m_result.startMs, m_result.endMs, step,
                         [this](const PromResult &r) {
                             for (const PromSeries &s : r.series) {
                                 const QString node = s.labels.value(QStringLiteral("node"));
                                 const QString zone = s.labels.value(QStringLiteral("zone"));
                                 ZoneSeries *z = nullptr;
                                 for (ZoneSeries &e : m_result.zones) {
                                     if (e.node == node && e.zone == zone) z = &e;
                                 }
                                 if (!z) {
                                     m_result.zones.append(ZoneSeries{node, zone, {}, {}, {}, {}, {}});
                                     z = &m_result.zones.last();
                                 }
                                 const QString name = s.labels.value(QStringLiteral("__name__"));
                                 if (name == u"node_zoneinfo_nr_free_pages")
                                     z->freePages = s.points;
                                 else if (name == u"node_zoneinfo_min_pages")
                                     z->minPages = s.points;
                                 else if (name == u"node_zoneinfo_low_pages")
                                     z->lowPages = s.points;
                                 else if (name == u"node_zoneinfo_high_pages")
                                     z->highPages = s.points;
                                 else if (name == u"node_zoneinfo_managed_pages")
                                     z->managedPages = s.points;
                             }
                             m_result.zoneinfoCollected = !m_result.zones.isEmpty();
                             answered(r);
                         });
    m_client->queryRange(
        q.hostBuddyBlocks(host), m_result.startMs, m_result.endMs, step, [this](const PromResult &r) {
            for (const PromSeries &s : r.series) {
                m_result.buddy.append(BuddySeries{s.labels.value(QStringLiteral("node")),
                                                  s.labels.value(QStringLiteral("zone")),
                                                  s.labels.value(QStringLiteral("size")).toInt(), s.points});
            }
            std::sort(m_result.buddy.begin(), m_result.buddy.end(),
                      [](const BuddySeries &a, const BuddySeries &b) {
                          return std::tie(a.node, a.zone, a.order) < std::tie(b.node, b.zone, b.order);
                      });
            m_result.buddyinfoCollected = !m_result.buddy.isEmpty();
            answered(r);
        });
}

void DrillDownJob::answered(const PromResult &r) {
    if (m_over) return;
    m_result.warnings << r.warnings;
    if (r.error && !m_result.error) m_result.error = r.error;
    ++m_done;
    emit progress(m_done, QueryCount);
    if (m_done < QueryCount && !m_result.error) return;
    m_over = true;
    if (m_done < QueryCount) m_client->cancelAll();
    std::sort(m_result.zones.begin(), m_result.zones.end(), [](const ZoneSeries &a, const ZoneSeries &b) {
        return std::tie(a.node, a.zone) < std::tie(b.node, b.zone);
    });
    m_result.warnings.removeDuplicates();
    emit finished(m_result);
}

void DrillDownJob::cancel() {
    if (m_over || !m_client) return;
    m_over = true;
    m_client->cancelAll();
    m_result.error = PromError{PromError::Cancelled, 0, {}, {}};
    emit finished(m_result);
}

DrillDownResult runDrillDown(const DrillDownRequest &request) {
    DrillDownJob job(request);
    DrillDownResult out;
    QEventLoop loop;
    QObject::connect(&job, &DrillDownJob::finished, &loop, [&](const DrillDownResult &r) {
        out = r;
        loop.quit();
    });
    job.start();
    loop.exec();
    return out;
}

} // namespace oomlens::fleet
