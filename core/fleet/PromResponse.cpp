#include "PromResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace oomlens::fleet {

QString PromError::text() const {
    QString head;
    switch (kind) {
    case Unreachable:
        head = QStringLiteral("Prometheus unreachable");
        break;
    case Timeout:
        head = QStringLiteral("Prometheus did not answer in time");
        break;
    case Auth:
        head = QStringLiteral("Prometheus refused the credentials (HTTP %1)").arg(httpStatus);
        break;
    case Http:
        head = QStringLiteral("Prometheus answered HTTP %1").arg(httpStatus);
        break;
    case Query:
        head = QStringLiteral("Prometheus rejected the query");
        break;
    case BadJson:
        head = QStringLiteral("Prometheus' answer is not the query API's JSON");
        break;
    case Cancelled:
        head = QStringLiteral("cancelled");
        break;
    }
    if (!errorType.isEmpty()) head += QStringLiteral(" [%1]").arg(errorType);
    return message.isEmpty() ? head : head + QStringLiteral(": ") + message;
}

namespace {

// "NaN", "+Inf", "-Inf" are how Prometheus spells the specials; QString::toDouble reads "inf"/"nan".
std::optional<double> sampleValue(const QJsonValue &v) {
    const QString s = v.toString();
    if (s == QLatin1String("NaN")) return std::numeric_limits<double>::quiet_NaN();
    if (s == QLatin1String("+Inf")) return std::numeric_limits<double>::infinity();
    if (s == QLatin1String("-Inf")) return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double d = s.toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

// [1700000000.123, "42"]: seconds with millisecond precision, value as a string.
std::optional<PromPoint> point(const QJsonValue &v) {
    const QJsonArray a = v.toArray();
    if (a.size() != 2 || !a.at(0).isDouble()) return std::nullopt;
    const auto value = sampleValue(a.at(1));
    if (!value) return std::nullopt;
    return PromPoint{qint64(std::llround(a.at(0).toDouble() * 1000.0)), *value};
}

PromResult failure(PromError::Kind kind, int status, QString message, QString errorType = {}) {
    PromResult r;
    r.error = PromError{kind, status, std::move(errorType), std::move(message)};
    return r;
}

QString snippet(const QByteArray &body) {
    return QString::fromUtf8(body.left(200)).simplified();
}

} // namespace

PromResult parsePromResponse(const QByteArray &body, int httpStatus) {
    const bool httpOk = httpStatus == 0 || (httpStatus >= 200 && httpStatus < 300);
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    const QJsonObject root = doc.object();
    const bool apiShape = perr.error == QJsonParseError::NoError && root.contains(QLatin1String("status"));

    // 401/403 come from Prometheus' web config or a proxy in front of it, with a plain-text body.
    if (httpStatus == 401 || httpStatus == 403) return failure(PromError::Auth, httpStatus, snippet(body));
    if (!apiShape) {
        if (!httpOk) return failure(PromError::Http, httpStatus, snippet(body));
        const QString why = perr.error != QJsonParseError::NoError
                                ? QStringLiteral("%1 at byte %2").arg(perr.errorString()).arg(perr.offset)
                                : QStringLiteral("no \"status\" field");
        return failure(PromError::BadJson, httpStatus, why);
    }
    // The API answers 400 (bad_data), 422 (execution), 503 (timeout/canceled) with an error body.
    if (root.value(QLatin1String("status")).toString() != QLatin1String("success")) {
        return failure(PromError::Query, httpStatus, root.value(QLatin1String("error")).toString(),
                       root.value(QLatin1String("errorType")).toString());
    }

    PromResult r;
    for (const QJsonValue &w : root.value(QLatin1String("warnings")).toArray())
        r.warnings << w.toString();
    const QJsonObject data = root.value(QLatin1String("data")).toObject();
    r.resultType = data.value(QLatin1String("resultType")).toString();
    const QJsonValue result = data.value(QLatin1String("result"));
    if (r.resultType == QLatin1String("scalar")) {
        const auto p = point(result);
        if (!p) return failure(PromError::BadJson, httpStatus, QStringLiteral("malformed scalar"));
        r.series.append(PromSeries{{}, {*p}});
        return r;
    }
    if (r.resultType != QLatin1String("matrix") && r.resultType != QLatin1String("vector"))
        return failure(PromError::BadJson, httpStatus,
                       QStringLiteral("unexpected resultType \"%1\"").arg(r.resultType));
    const bool matrix = r.resultType == QLatin1String("matrix");
    const QJsonArray items = result.toArray();
    r.series.reserve(items.size());
    for (const QJsonValue &item : items) {
        const QJsonObject o = item.toObject();
        PromSeries s;
        const QJsonObject metric = o.value(QLatin1String("metric")).toObject();
        for (auto it = metric.begin(); it != metric.end(); ++it)
            s.labels.insert(it.key(), it.value().toString());
        if (matrix) {
            const QJsonArray values = o.value(QLatin1String("values")).toArray();
            s.points.reserve(values.size());
            for (const QJsonValue &v : values) {
                const auto p = point(v);
                if (!p) return failure(PromError::BadJson, httpStatus, QStringLiteral("malformed sample"));
                s.points.append(*p);
            }
        } else {
            const auto p = point(o.value(QLatin1String("value")));
            if (!p) return failure(PromError::BadJson, httpStatus, QStringLiteral("malformed sample"));
            s.points.append(*p);
        }
        r.series.append(std::move(s));
    }
    return r;
}

} // namespace oomlens::fleet
