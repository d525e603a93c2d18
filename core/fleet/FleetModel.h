// What the fleet view shows: per host the OOM kills over a range (total, per step, first and last),
// its peak memory pressure and lowest available memory; on Kubernetes the containers with kills.
// Plain values, no I/O.
#pragma once

#include "PromResponse.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace oomlens::fleet {

struct HostKills {
    QString host;
    qint64 kills = 0;
    // Kills per step bucket over the range (index 0 = the step ending at range start + step).
    QList<qint64> buckets;
    std::optional<qint64> firstKillMs; // end of the first bucket with a kill (step resolution)
    std::optional<qint64> lastKillMs;
    std::optional<double> peakPressure;    // PSI "some" share of time stalled, 0..1; absent = not collected
    std::optional<double> lowestAvailable; // bytes
    bool counterReset = false;             // the counter went down (reboot) in the range
};

struct ContainerKills {
    QString host, k8sNamespace, pod, container;
    std::optional<qint64> oomEvents;   // container_oom_events_total increase (cAdvisor)
    std::optional<qint64> oomRestarts; // restarts while the last reason is OOMKilled (kube-state-metrics)
};

struct FleetResult {
    qint64 startMs = 0, endMs = 0, stepSecs = 0;
    QList<HostKills> hosts; // sorted by kills, most first, then by name
    QList<ContainerKills> containers;
    QStringList warnings; // partial answers, as the server worded them
    std::optional<PromError> error;
    // The secondary queries may fail on their own (a missing recording rule, a proxy rule):
    // their errors are listed here and the list still shows.
    QStringList partialErrors;

    qint64 totalKills() const;
};

// Kills per step from the counter sampled at each step, starting one step before the range.
// A drop is a reset (the host rebooted, often right after the OOM): the new value counts whole.
// Exact at step resolution, unlike increase(), which extrapolates to the window edges (1 kill
// reads 1.02) and, with windows tiled at the step, misses the rise between two windows.
HostKills killsFromCounter(const QString &host, const PromSeries &counter, qint64 startMs, qint64 endMs,
                           qint64 stepSecs);

// Adds `more` (another series of the same host, e.g. a second job) into `into`.
void mergeKills(HostKills &into, const HostKills &more);
// Fills `result.hosts` from the kill counter's range query (one entry per value of the host
// label, whatever the number of series behind it) and sorts them.
void addKillSeries(FleetResult &result, const PromResult &counters, const QString &hostLabel);
void addPressure(FleetResult &result, const PromResult &pressure, const QString &hostLabel);
void addAvailable(FleetResult &result, const PromResult &available, const QString &hostLabel);
void addContainers(FleetResult &result, const PromResult &events, const PromResult &restarts,
                   const struct FleetLabels &labels);
void sortHosts(QList<HostKills> &hosts);

} // namespace oomlens::fleet
