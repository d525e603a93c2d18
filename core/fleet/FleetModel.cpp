#include "FleetModel.h"

#include "FleetQueries.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace oomlens::fleet {

qint64 FleetResult::totalKills() const {
    qint64 n = 0;
    for (const HostKills &h : hosts)
        n += h.kills;
    return n;
}

HostKills killsFromCounter(const QString &host, const PromSeries &counter, qint64 startMs, qint64 endMs,
                           qint64 stepSecs) {
    HostKills h;
    h.host = host;
    const qint64 stepMs = stepSecs * 1000;
    const qint64 n = stepMs > 0 ? std::max<qint64>((endMs - startMs) / stepMs, 0) : 0;
    h.buckets.fill(0, n);
    std::optional<double> previous;
    for (const PromPoint &p : counter.points) {
        if (std::isnan(p.value)) continue;
        if (previous) {
            double rise = p.value - *previous;
            if (rise < 0) {
                h.counterReset = true;
                rise = p.value;
            }
            // Bucket i covers (start + i*step, start + (i+1)*step]; the point at its end closes it.
            const qint64 i = (p.timeMs - startMs + stepMs - 1) / stepMs - 1;
            const qint64 kills = qint64(std::llround(rise));
            if (kills > 0 && i >= 0 && i < n) {
                h.buckets[i] += kills;
                h.kills += kills;
                if (!h.firstKillMs) h.firstKillMs = p.timeMs;
                h.lastKillMs = p.timeMs;
            }
        }
        previous = p.value;
    }
    return h;
}

void sortHosts(QList<HostKills> &hosts) {
    std::sort(hosts.begin(), hosts.end(), [](const HostKills &a, const HostKills &b) {
        return a.kills != b.kills ? a.kills > b.kills : a.host < b.host;
    });
}

void mergeKills(HostKills &into, const HostKills &more) {
    into.kills += more.kills;
    if (into.buckets.size() < more.buckets.size()) into.buckets.resize(more.buckets.size());
    for (qsizetype i = 0; i < more.buckets.size(); ++i)
        into.buckets[i] += more.buckets[i];
    if (more.firstKillMs && (!into.firstKillMs || *more.firstKillMs < *into.firstKillMs))
        into.firstKillMs = more.firstKillMs;
    if (more.lastKillMs && (!into.lastKillMs || *more.lastKillMs > *into.lastKillMs))
        into.lastKillMs = more.lastKillMs;
    into.counterReset = into.counterReset || more.counterReset;
}

void addKillSeries(FleetResult &result, const PromResult &counters, const QString &hostLabel) {
    result.warnings << counters.warnings;
    QHash<QString, qsizetype> index;
    for (const PromSeries &s : counters.series) {
        const QString host = s.labels.value(hostLabel);
        const HostKills k = killsFromCounter(host, s, result.startMs, result.endMs, result.stepSecs);
        const auto it = index.constFind(host);
        if (it == index.constEnd()) {
            index.insert(host, result.hosts.size());
            result.hosts.append(k);
        } else {
            mergeKills(result.hosts[*it], k);
        }
    }
    sortHosts(result.hosts);
}

template <typename Set>
static void addPerHost(FleetResult &result, const PromResult &r, const QString &hostLabel, Set set) {
    result.warnings << r.warnings;
    for (const PromSeries &s : r.series) {
        if (s.points.isEmpty() || std::isnan(s.points.first().value)) continue;
        const QString host = s.labels.value(hostLabel);
        for (HostKills &h : result.hosts) {
            if (h.host == host) set(h, s.points.first().value);
        }
    }
}

void addPressure(FleetResult &result, const PromResult &pressure, const QString &hostLabel) {
    addPerHost(result, pressure, hostLabel, [](HostKills &h, double v) { h.peakPressure = v; });
}

void addAvailable(FleetResult &result, const PromResult &available, const QString &hostLabel) {
    addPerHost(result, available, hostLabel, [](HostKills &h, double v) { h.lowestAvailable = v; });
}

void addContainers(FleetResult &result, const PromResult &events, const PromResult &restarts,
                   const FleetLabels &labels) {
    result.warnings << events.warnings << restarts.warnings;
    const auto find = [&](const PromSeries &s) -> ContainerKills & {
        const QString ns = s.labels.value(labels.k8sNamespace), pod = s.labels.value(labels.pod),
                      c = s.labels.value(labels.container);
        for (ContainerKills &k : result.containers) {
            if (k.k8sNamespace == ns && k.pod == pod && k.container == c) return k;
        }
        result.containers.append(ContainerKills{s.labels.value(labels.host), ns, pod, c, {}, {}});
        return result.containers.last();
    };
    for (const PromSeries &s : events.series) {
        if (!s.points.isEmpty()) find(s).oomEvents = qint64(std::llround(s.points.first().value));
    }
    for (const PromSeries &s : restarts.series) {
        if (!s.points.isEmpty()) find(s).oomRestarts = qint64(std::llround(s.points.first().value));
    }
    const auto most = [](const ContainerKills &k) {
        return std::max(k.oomEvents.value_or(0), k.oomRestarts.value_or(0));
    };
    std::sort(result.containers.begin(), result.containers.end(),
              [&](const ContainerKills &a, const ContainerKills &b) {
                  return most(a) != most(b) ? most(a) > most(b)
                                            : std::tie(a.k8sNamespace, a.pod, a.container) <
                                                  std::tie(b.k8sNamespace, b.pod, b.container);
              });
}

} // namespace oomlens::fleet
