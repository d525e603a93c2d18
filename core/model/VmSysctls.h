// The OOM and watermark sysctls under /proc/sys/vm/ (Documentation/admin-guide/sysctl/vm.rst).
// Each is absent when the file was missing or unreadable.
#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

namespace oomlens {

struct VmSysctls {
    std::optional<int> overcommitMemory;             // 0 heuristic, 1 always, 2 strict
    std::optional<int> overcommitRatio;              // percent (mode 2 only)
    std::optional<int> panicOnOom;                   // 0 kill, 1 panic unless constrained, 2 always panic
    std::optional<int> oomKillAllocatingTask;        // non-zero: kill the allocating task (global OOMs)
    std::optional<int> oomDumpTasks;                 // non-zero: OOM report lists the tasks
    std::optional<quint64> minFreeKbytes;            // KiB, sum of the lowmem zones' min watermarks
    std::optional<int> watermarkScaleFactor;         // 1/10000 of managed pages (min-low-high gap)
    std::optional<int> watermarkBoostFactor;         // 1/10000 of the high watermark (5.0+)
    std::optional<QList<qint64>> lowmemReserveRatio; // one divisor per zone type
    std::optional<int> swappiness;                   // context only

    friend bool operator==(const VmSysctls &, const VmSysctls &) = default;
};

} // namespace oomlens
