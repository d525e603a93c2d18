// NUMA nodes and their zones: watermarks (zoneinfo), free blocks per order (buddyinfo) and per
// migrate type (pagetypeinfo), and the node's sysfs view (meminfo, cpulist, distance).
//
// All page counts are in pages of the machine that wrote the files (Snapshot::pageSize).
// Kernel sources: mm/vmstat.c zoneinfo_show_print(), frag_show_print(), pagetypeinfo_show*();
// drivers/base/node.c node_read_meminfo(), node_read_distance().
#pragma once

#include "Units.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace oomlens {

// Free blocks of one migrate type in one zone, per order (pagetypeinfo's first table).
struct MigrateTypeFreeBlocks {
    QString type;          // "Unmovable", "Movable", "Reclaimable", "HighAtomic", "CMA", "Isolate", ...
    QList<quint64> blocks; // index = order; one block of order o is 2^o pages
    QList<bool> atLeast;   // same size: true where the kernel printed ">100000" (5.4+, a lower bound)

    friend bool operator==(const MigrateTypeFreeBlocks &, const MigrateTypeFreeBlocks &) = default;
};

struct Zone {
    QString name;  // "DMA", "DMA32", "Normal", "HighMem", "Movable", "Device", ... (open set)
    int index = 0; // printing order within the node = the kernel's zone index (zoneinfo, 4.12+)

    // zoneinfo watermarks and sizes. The printed min/low/high/promo INCLUDE `boost` (5.0+).
    std::optional<quint64> freePages;    // "pages free"
    std::optional<quint64> boostPages;   // "boost" (5.0+)
    std::optional<quint64> minPages;     // "min"
    std::optional<quint64> lowPages;     // "low"
    std::optional<quint64> highPages;    // "high" (the watermark, not the pageset field)
    std::optional<quint64> promoPages;   // "promo" (6.x)
    std::optional<quint64> spannedPages; // "spanned"
    std::optional<quint64> presentPages; // "present"
    std::optional<quint64> managedPages; // "managed" (~3.8+)
    std::optional<quint64> cmaPages;     // "cma" (~5.x)
    // One entry per zone TYPE of the kernel (MAX_NR_ZONES), not per printed zone: entry j is the
    // number of pages this zone keeps back from allocations whose highest usable zone is j.
    QList<quint64> protection;
    QMap<QString, quint64> counters;       // the zone's own counters (nr_free_pages, nr_zone_*, numa_*)
    std::optional<quint64> startPfn;       // "start_pfn:"
    std::optional<bool> nodeUnreclaimable; // "node_unreclaimable:" (4.8+) / "all_unreclaimable:"

    // /proc/buddyinfo: free blocks per order, order 0 first. Absent when the zone has no line
    // there (buddyinfo lists populated zones only) or the file was not captured.
    std::optional<QList<quint64>> buddy;
    // /proc/pagetypeinfo: per migrate type, empty when unavailable (root-only since 5.4).
    QList<MigrateTypeFreeBlocks> migrateTypes;
    // pagetypeinfo's second table: number of pageblocks per migrate type.
    QMap<QString, quint64> pageblocksPerType;

    bool isPopulated() const { return presentPages.value_or(0) > 0 || managedPages.value_or(0) > 0; }

    friend bool operator==(const Zone &, const Zone &) = default;
};

struct MemoryNode {
    int id = 0;
    QList<Zone> zones; // in zone index order, as zoneinfo printed them
    // zoneinfo's "per-node stats" block (4.8+): node-level LRU and reclaim counters. It sits
    // inside the node's first POPULATED zone in the file but belongs to the node.
    QMap<QString, quint64> stats;

    // /sys/devices/system/node/nodeN/meminfo with the "Node N " prefix removed; kB converted to
    // bytes, HugePages_* kept as counts. Empty when not captured.
    QMap<QString, quint64> meminfo;
    // nodeN/cpulist expanded; an EMPTY list is a CPU-less node, nullopt = file not available.
    std::optional<QList<int>> cpus;
    // nodeN/distance: one entry per online node in node order (10 = local).
    QList<int> distances;

    friend bool operator==(const MemoryNode &, const MemoryNode &) = default;
};

} // namespace oomlens
