// One memory cgroup (v1 or v2) as read from its directory.
//
// Kernel: mm/memcontrol.c (v2 memory_*_show(), v1 mem_cgroup_read_u64(), memcg_stat_show(),
// mem_cgroup_oom_control_read()); include/linux/page_counter.h (PAGE_COUNTER_MAX).
// Docs: Documentation/admin-guide/cgroup-v2.rst, cgroup-v1/memory.rst.
#pragma once

#include "Pressure.h"
#include "Units.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace oomlens {

// A memory limit: std::nullopt means unlimited (v2 "max", v1 PAGE_COUNTER_MAX x page size or
// the older LLONG_MAX / ULLONG_MAX encodings).
using LimitBytes = std::optional<Bytes>;

enum class CgroupVersion { V1, V2 };

struct Cgroup {
    // Path relative to the hierarchy's root, "/" for the root itself, byte-exact (systemd escapes
    // like "\x2d" are kept). Matches the path in /proc/<pid>/cgroup for that hierarchy.
    QString path;
    CgroupVersion version = CgroupVersion::V2;
    int parent = -1; // index into Snapshot::cgroups, -1 for a root

    // Usage: v2 memory.current, v1 memory.usage_in_bytes. Absent on the v2 root (no such file).
    std::optional<Bytes> usage;
    std::optional<Bytes> peak; // v2 memory.peak (~5.19), v1 memory.max_usage_in_bytes
    // Own hard limit: v2 memory.max, v1 memory.limit_in_bytes. nullopt = unlimited (also the
    // v2 root, which has no memory.max).
    LimitBytes limit;
    // The limit that actually binds: the tightest of this cgroup's and all its ancestors' limits
    // (v1 also reports it as memory.stat hierarchical_memory_limit). nullopt = unlimited.
    LimitBytes effectiveLimit;
    // false when the limit file is there but unreadable or not understood (a v1
    // memory.limit_in_bytes of "-1", "max" or 23 digits): the limit is n/a, NOT unlimited, and
    // the snapshot lists the problem. The effective limit is then n/a for it and its descendants.
    bool limitKnown = true;
    bool effectiveLimitKnown = true;
    std::optional<LimitBytes> high;       // v2 memory.high (throttle); absent on v1 and the v2 root
    std::optional<LimitBytes> low;        // v2 memory.low (best-effort protection)
    std::optional<LimitBytes> min;        // v2 memory.min (hard protection)
    std::optional<Bytes> swapUsage;       // v2 memory.swap.current
    std::optional<LimitBytes> swapMax;    // v2 memory.swap.max
    std::optional<Bytes> memswUsage;      // v1 memory.memsw.usage_in_bytes (memory + swap)
    std::optional<LimitBytes> memswLimit; // v1 memory.memsw.limit_in_bytes (memory + swap)
    std::optional<quint64> failcnt;       // v1 memory.failcnt

    // v2 memory.events (HIERARCHICAL: includes descendants) and memory.events.local (5.2+, this
    // cgroup only): low, high, max, oom, oom_kill, oom_group_kill... Empty when absent.
    QMap<QString, quint64> events;
    QMap<QString, quint64> eventsLocal;
    // v1 memory.oom_control: oom_kill_disable, under_oom, oom_kill (4.13+). Empty on v2.
    QMap<QString, quint64> oomControl;
    std::optional<bool> oomGroup;     // v2 memory.oom.group (4.19+)
    std::optional<bool> useHierarchy; // v1 memory.use_hierarchy
    QMap<QString, quint64> stat;      // memory.stat as printed (sizes in bytes, events as counts)
    std::optional<Pressure> pressure; // v2 memory.pressure
    QList<int> pids;                  // cgroup.procs, sorted

    // Number of OOM kills charged to this cgroup and its descendants, when the kernel says so
    // (v2 memory.events oom_kill, v1 memory.oom_control oom_kill).
    std::optional<quint64> oomKills() const {
        const QMap<QString, quint64> &m = version == CgroupVersion::V2 ? events : oomControl;
        const auto it = m.constFind(QStringLiteral("oom_kill"));
        return it == m.constEnd() ? std::nullopt : std::optional<quint64>(*it);
    }
    QString name() const { return path == QLatin1String("/") ? path : path.section(QLatin1Char('/'), -1); }

    friend bool operator==(const Cgroup &, const Cgroup &) = default;
};

} // namespace oomlens
