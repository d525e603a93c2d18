#include "FleetJob.h"

#include <QDateTime>
#include <QEventLoop>

namespace oomlens::fleet {

static constexpr int QueryCount = 5;

FleetJob::FleetJob(FleetRequest request, PromClient *client, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_client(client) {
    qRegisterMetaType<oomlens::fleet::FleetResult>();
}

void FleetJob::start() {
    if (!m_client) m_client = new PromClient(m_request.connection, this);
    m_client->setConnection(m_request.connection);
    const qint64 range = std::max<qint64>(m_request.rangeSecs, 60);
    const qint64 step = chooseStepSecs(range, m_request.connection.minStepSecs, m_request.buckets);
    // Align the end to the step so the buckets fall on the same instants on every run.
    const qint64 end = (m_request.endMs > 0 ? m_request.endMs : QDateTime::currentMSecsSinceEpoch());
    const qint64 alignedEnd = end / (step * 1000) * (step * 1000);
    const qint64 buckets = (range + step - 1) / step;
    m_result = FleetResult{};
    m_result.stepSecs = step;
    m_result.endMs = alignedEnd;
    m_result.startMs = alignedEnd - buckets * step * 1000;
    m_done = 0;
    m_over = false;
    emit progress(0, QueryCount);

    const FleetQueries &q = m_request.queries;
    const qint64 span = (m_result.endMs - m_result.startMs) / 1000;
    m_client->queryRange(q.killCounter(), m_result.startMs, m_result.endMs, step,
                         [this](const PromResult &r) {
                             if (r.error) {
                                 m_result.error = r.error;
                             } else {
                                 addKillSeries(m_result, r, m_request.queries.labels.host);
                             }
                             answered();
                         });
    m_client->query(q.peakPressure(span, step), m_result.endMs, [this](const PromResult &r) {
        m_pressure = r;
        secondary(QStringLiteral("memory pressure"), r);
    });
    m_client->query(q.lowestAvailable(span), m_result.endMs, [this](const PromResult &r) {
        m_available = r;
        secondary(QStringLiteral("available memory"), r);
    });
    m_client->query(q.containerOomEvents(span), m_result.endMs, [this](const PromResult &r) {
        m_events = r;
        secondary(QStringLiteral("container OOM events"), r);
    });
    m_client->query(q.oomKilledRestarts(span), m_result.endMs, [this](const PromResult &r) {
        m_restarts = r;
        secondary(QStringLiteral("OOMKilled restarts"), r);
    });
}

void FleetJob::secondary(const QString &what, const PromResult &r) {
    if (r.error && r.error->kind != PromError::Cancelled)
        m_result.partialErrors << QStringLiteral("%1: %2").arg(what, r.error->text());
    answered();
}

void FleetJob::answered() {
    if (m_over) return;
    ++m_done;
    emit progress(m_done, QueryCount);
    if (m_result.error && m_result.error->kind != PromError::Cancelled && m_done < QueryCount) {
        // The main query failed: the rest cannot make a list. Stop now with its error.
        m_over = true;
        m_client->cancelAll();
        emit finished(m_result);
        return;
    }
    if (m_done < QueryCount) return;
    m_over = true;
    if (!m_result.error) {
        const QString &host = m_request.queries.labels.host;
        addPressure(m_result, m_pressure, host);
        addAvailable(m_result, m_available, host);
        addContainers(m_result, m_events, m_restarts, m_request.queries.labels);
        m_result.warnings.removeDuplicates();
    }
    emit finished(m_result);
}

void FleetJob::cancel() {
    if (m_over || !m_client) return;
    m_over = true;
    m_client->cancelAll();
    m_result.hosts.clear();
    m_result.error = PromError{PromError::Cancelled, 0, {}, {}};
    emit finished(m_result);
}

FleetResult runFleet(const FleetRequest &request) {
    FleetJob job(request);
    FleetResult out;
    QEventLoop loop;
    QObject::connect(&job, &FleetJob::finished, &loop, [&](const FleetResult &r) {
        out = r;
        loop.quit();
    });
    job.start();
    loop.exec();
    return out;
}

} // namespace oomlens::fleet
