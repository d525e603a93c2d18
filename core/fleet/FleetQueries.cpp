#include "FleetQueries.h"

#include <QStringList>

#include <algorithm>

namespace oomlens::fleet {

qint64 chooseStepSecs(qint64 rangeSecs, qint64 minStepSecs, int buckets, qint64 pointLimit) {
    static constexpr qint64 nice[] = {1,   5,    10,   15,   30,    60,    120,   300,  600,
                                      900, 1800, 3600, 7200, 10800, 21600, 43200, 86400};
    const qint64 range = std::max<qint64>(rangeSecs, 1);
    // ceil(range / limit) is the smallest step Prometheus accepts.
    const qint64 floorStep = std::max({minStepSecs, qint64(1), (range + pointLimit - 1) / pointLimit});
    const qint64 wanted = std::max(floorStep, range / std::max(buckets, 1));
    for (qint64 s : nice) {
        if (s >= wanted) return s;
    }
    return ((wanted + 86399) / 86400) * 86400;
}

std::optional<qint64> parseDurationSecs(const QString &text) {
    qint64 total = 0;
    qint64 number = -1;
    for (QChar c : text.trimmed()) {
        if (c.isDigit()) {
            number = (number < 0 ? 0 : number) * 10 + c.digitValue();
            if (number > 1000000000) return std::nullopt;
            continue;
        }
        if (number < 0) return std::nullopt;
        qint64 unit = 0;
        switch (c.toLatin1()) {
        case 's':
            unit = 1;
            break;
        case 'm':
            unit = 60;
            break;
        case 'h':
            unit = 3600;
            break;
        case 'd':
            unit = 86400;
            break;
        case 'w':
            unit = 7 * 86400;
            break;
        case 'y':
            unit = 365 * 86400;
            break;
        default:
            return std::nullopt;
        }
        total += number * unit;
        number = -1;
    }
    if (number >= 0 || total <= 0) return std::nullopt; // a bare number has no unit
    return total;
}

static QString quoted(const QString &v) {
    QString e = v;
    e.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    e.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QLatin1Char('"') + e + QLatin1Char('"');
}

QString matchers(const QMap<QString, QString> &filter) {
    QStringList parts;
    for (auto it = filter.begin(); it != filter.end(); ++it)
        parts << it.key() + QLatin1Char('=') + quoted(it.value());
    return parts.join(QLatin1Char(','));
}

QString FleetQueries::selector(const QString &extra) const {
    QStringList parts;
    if (!extra.isEmpty()) parts << extra;
    const QString f = matchers(filter);
    if (!f.isEmpty()) parts << f;
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString FleetQueries::killCounter() const {
    return QStringLiteral("node_vmstat_oom_kill%1").arg(selector());
}

QString FleetQueries::peakPressure(qint64 rangeSecs, qint64 stepSecs) const {
    return QStringLiteral("max by (%1) "
                          "(max_over_time(rate(node_pressure_memory_waiting_seconds_total%2[%3s])[%4s:%3s]))")
        .arg(labels.host, selector())
        .arg(std::max<qint64>(stepSecs, 60))
        .arg(rangeSecs);
}

QString FleetQueries::lowestAvailable(qint64 rangeSecs) const {
    return QStringLiteral("min by (%1) (min_over_time(node_memory_MemAvailable_bytes%2[%3s]))")
        .arg(labels.host, selector())
        .arg(rangeSecs);
}

QString FleetQueries::containerOomEvents(qint64 rangeSecs) const {
    const QString by = QStringList{labels.host, labels.k8sNamespace, labels.pod, labels.container}.join(u',');
    return QStringLiteral("sum by (%1) (increase(container_oom_events_total%2[%3s])) > 0")
        .arg(by, selector(labels.container + QStringLiteral("!=\"\"")))
        .arg(rangeSecs);
}

QString FleetQueries::oomKilledRestarts(qint64 rangeSecs) const {
    const QString on = QStringList{labels.k8sNamespace, labels.pod, labels.container}.join(u',');
    return QStringLiteral("increase(kube_pod_container_status_restarts_total%1[%2s]) > 0 and on (%3) "
                          "(kube_pod_container_status_last_terminated_reason%4 == 1)")
        .arg(selector())
        .arg(rangeSecs)
        .arg(on, selector(QStringLiteral("reason=\"OOMKilled\"")));
}

QString FleetQueries::hostKillCounter(const QString &host) const {
    return QStringLiteral("node_vmstat_oom_kill%1")
        .arg(selector(labels.host + QLatin1Char('=') + quoted(host)));
}

QString FleetQueries::hostZoneWatermarks(const QString &host) const {
    return QStringLiteral("{__name__=~\"node_zoneinfo_(nr_free|min|low|high|managed)_pages\",%1=%2}")
        .arg(labels.host, quoted(host));
}

QString FleetQueries::hostBuddyBlocks(const QString &host) const {
    return QStringLiteral("node_buddyinfo_blocks%1")
        .arg(selector(labels.host + QLatin1Char('=') + quoted(host)));
}

} // namespace oomlens::fleet
