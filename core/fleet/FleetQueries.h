// The PromQL the fleet view sends, built from the site's label names, and the step rule that keeps
// every range query under Prometheus' point limit.
//
// Metrics (node_exporter 1.5, kube-state-metrics, kubelet's cAdvisor endpoint):
//   node_vmstat_oom_kill                      /proc/vmstat oom_kill (kernel >= 4.13), a counter
//   node_pressure_memory_waiting_seconds_total  PSI "some" total, /proc/pressure/memory
//   node_memory_MemAvailable_bytes
//   node_zoneinfo_{nr_free,min,low,high,managed}_pages{node,zone}   --collector.zoneinfo (off by default)
//   node_buddyinfo_blocks{node,zone,size}                           --collector.buddyinfo (off by default)
//   container_oom_events_total                (k8s >= 1.24, cAdvisor)
//   kube_pod_container_status_last_terminated_reason{reason="OOMKilled"}, ..._restarts_total
#pragma once

#include <QMap>
#include <QString>

#include <optional>

namespace oomlens::fleet {

// Sites relabel differently: which label names a host, a namespace, a pod and a container.
struct FleetLabels {
    QString host = QStringLiteral("instance");
    QString k8sNamespace = QStringLiteral("namespace");
    QString pod = QStringLiteral("pod");
    QString container = QStringLiteral("container");
};

// query_range refuses more than 11,000 points per series ("exceeded maximum resolution of 11,000
// points per timeseries", prometheus/web/api/v1/api.go queryRange): (end - start) / step > 11000.
inline constexpr qint64 PrometheusPointLimit = 11000;

// The smallest "nice" step (1 s ... 1 d) that is >= minStepSecs, gives about `buckets` points over
// the range, and keeps range/step within `pointLimit`.
qint64 chooseStepSecs(qint64 rangeSecs, qint64 minStepSecs, int buckets,
                      qint64 pointLimit = PrometheusPointLimit);

// "7d", "1h30m", "90s", "2w": Prometheus' duration syntax (s m h d w y); nullopt when malformed or 0.
std::optional<qint64> parseDurationSecs(const QString &text);

// PromQL label matchers `a="x",b="y"` (values escaped), empty for no filter.
QString matchers(const QMap<QString, QString> &filter);

struct FleetQueries {
    FleetLabels labels;
    QMap<QString, QString> filter; // equality matchers on any label: job, cluster, namespace, ...

    // The raw counter series, sampled at each step; kills are their step-to-step increases, summed
    // per host on our side: summing the counters in PromQL first would turn one host's reboot
    // into a drop of the whole sum.
    QString killCounter() const;
    // Highest PSI "some" stall share (0..1) per host over the range, from a subquery at `step`.
    QString peakPressure(qint64 rangeSecs, qint64 stepSecs) const;
    // Lowest MemAvailable per host over the range.
    QString lowestAvailable(qint64 rangeSecs) const;
    // Kubernetes: kills counted by cAdvisor per container, and restarts of containers whose last
    // termination was OOMKilled (kube-state-metrics keeps only the last reason, so the restarts
    // bound the OOMs it hides).
    QString containerOomEvents(qint64 rangeSecs) const;
    QString oomKilledRestarts(qint64 rangeSecs) const;

    // Drill-down on one host.
    QString hostKillCounter(const QString &host) const;
    QString hostZoneWatermarks(const QString &host) const;
    QString hostBuddyBlocks(const QString &host) const;

private:
    QString selector(const QString &extra = {}) const;
};

} // namespace oomlens::fleet
