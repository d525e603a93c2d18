// A small client for the Prometheus query API on Qt Network: GET /api/v1/query and
// /api/v1/query_range with basic or bearer authentication, a custom CA, a transfer timeout,
// and every failure turned into a PromError value. Asynchronous: calls return at once and the
// callback runs in the client's thread when the answer is parsed. No Prometheus query client
// library exists for C++ (prometheus-cpp only exposes metrics).
#pragma once

#include "PromConnection.h"
#include "PromResponse.h"

#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace oomlens::fleet {

class PromClient : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const PromResult &)>;

    explicit PromClient(PromConnection connection, QObject *parent = nullptr);
    ~PromClient() override;

    const PromConnection &connection() const { return m_connection; }
    void setConnection(const PromConnection &c) { m_connection = c; }

    // Instant query at `atMs` (milliseconds since the epoch).
    void query(const QString &promql, qint64 atMs, Callback done);
    // Range query; times in milliseconds, step in seconds. The step is sent as given: callers pick
    // it with chooseStepSecs() so the server's point limit is never hit.
    void queryRange(const QString &promql, qint64 startMs, qint64 endMs, qint64 stepSecs, Callback done);
    // GET /api/v1/status/buildinfo: a cheap probe of URL, TLS and credentials.
    void probe(Callback done);

    // Aborts every request in flight; their callbacks get a Cancelled error.
    void cancelAll();
    int inFlight() const { return m_replies.size(); }

private:
    void get(const QString &path, const QUrlQuery &params, Callback done);
    void finish(QNetworkReply *reply, const Callback &done);

    PromConnection m_connection;
    QNetworkAccessManager *m_nam;
    QList<QPointer<QNetworkReply>> m_replies;
    bool m_cancelling = false;
};

} // namespace oomlens::fleet
