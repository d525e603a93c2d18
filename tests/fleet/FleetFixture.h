// The synthetic fleet the fleet tests and bench/fleet_bench.sh backfill into a real Prometheus:
// which host had which kills when, and what it reported around them. Deterministic (seeded), so
// the expected answers are computed from the same description the samples come from, never typed.
//
// Shape (hosts "host-NNN:9100", job "node", cluster "eu" for even and "us" for odd numbers):
//   - every host: node_vmstat_oom_kill starting at a random count (kills before the range, which
//     must not be counted), node_memory_MemAvailable_bytes, node_pressure_memory_waiting_seconds_total
//   - every 10th host: a burst of kills; every 17th (from 3): one kill; host-020 reboots hours after
//     its burst (counter back to 0) and is killed once more after the reboot
//   - burst hosts below 100: node_zoneinfo_* and node_buddyinfo_blocks for 6 h around the burst
//     (as if --collector.zoneinfo --collector.buddyinfo were on), the others never
//   - three pods: container_oom_events_total and kube-state-metrics restarts / last reason
#pragma once

#include <QList>
#include <QString>

#include <cstdint>

namespace oomlens::fleetfixture {

struct Kill {
    qint64 timeSecs;
};

struct Host {
    QString instance;
    QString cluster;
    int number = 0;
    qint64 counterStart = 0;
    QList<qint64> killTimes;    // seconds since the epoch
    qint64 rebootSecs = 0;      // 0 = no reboot
    qint64 lowestAvailable = 0; // bytes, over the whole range
    bool zoneinfo = false;      // zone and buddy series around the burst
    qint64 zoneFromSecs = 0, zoneToSecs = 0;
};

struct Fleet {
    qint64 startSecs = 0, endSecs = 0, scrapeSecs = 300;
    QList<Host> hosts;
};

// The fleet's fixed end (2026-11-29T00:00:00Z): the data are the same on every run, so the
// backfilled blocks can be cached in the build tree (Prometheus' retention is measured between
// blocks, not against the clock).
inline constexpr qint64 FixedEndSecs = 1795910400;

Fleet describeFleet(qint64 endSecs, int hosts = 200, int days = 7, qint64 scrapeSecs = 300);

// The zone figures the fixture reports for a burst host at a time (pages): watermarks are fixed
// per zone, free pages fall under min at a kill.
struct ZonePoint {
    qint64 free, min, low, high, managed;
};
// The raw counter and MemAvailable the fixture reports for a host at a sample time.
qint64 counterAt(const Host &h, qint64 timeSecs);
qint64 availableAt(const Host &h, qint64 timeSecs);

ZonePoint zoneAt(const Host &h, const QString &zone, qint64 timeSecs);
qint64 buddyAt(const Host &h, const QString &zone, int order, qint64 timeSecs);

// Writes the OpenMetrics text promtool backfills from. Returns false when the file cannot be written.
bool writeOpenMetrics(const Fleet &fleet, const QString &path);

} // namespace oomlens::fleetfixture
