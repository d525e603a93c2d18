// The Prometheus HTTP API's answer, parsed: series of (time, value) points, the server's warnings,
// or a structured error. A pure function of the bytes and the HTTP status; it opens nothing.
//
// Shape (https://prometheus.io/docs/prometheus/latest/querying/api/#format-overview):
//   {"status":"success","data":{"resultType":"matrix","result":[{"metric":{...},"values":[[t,"v"],...]}]},
//    "warnings":[...]}
//   {"status":"error","errorType":"bad_data","error":"exceeded maximum resolution of 11,000 points ..."}
// Sample values are strings because they may be "NaN", "+Inf" or "-Inf".
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace oomlens::fleet {

// Why a query gave no usable answer. Every kind keeps the server's own words in `message`.
struct PromError {
    enum Kind {
        Unreachable, // connection refused, host not found, TLS handshake failed
        Timeout,     // no complete answer within the connection's timeout
        Auth,        // HTTP 401 or 403
        Http,        // any other non-2xx status without a Prometheus error body
        Query,       // {"status":"error"}: bad PromQL, too many points, execution errors
        BadJson,     // a 2xx answer that is not the API's JSON
        Cancelled,
    };
    Kind kind = Unreachable;
    int httpStatus = 0; // 0 when no HTTP answer came
    QString errorType;  // Prometheus' errorType ("bad_data", "execution", "timeout", ...)
    QString message;    // the server's message, or Qt's network error text

    QString text() const; // one line for people, English (the UI translates by kind)
};

struct PromPoint {
    qint64 timeMs = 0;
    double value = 0;
};

struct PromSeries {
    QMap<QString, QString> labels;
    QList<PromPoint> points; // one point for vector and scalar results
};

struct PromResult {
    std::optional<PromError> error;
    QStringList warnings; // partial answers: a Prometheus or Thanos/Mimir store left something out
    QString resultType;
    QList<PromSeries> series;

    bool ok() const { return !error.has_value(); }
};

// `httpStatus` 0 means the status is unknown (treated like 200).
PromResult parsePromResponse(const QByteArray &body, int httpStatus);

} // namespace oomlens::fleet
