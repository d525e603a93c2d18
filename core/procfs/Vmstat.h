// /proc/vmstat and /sys/devices/system/node/nodeN/vmstat (also /sys/.../nodeN/numastat).
//
// Kernel: mm/vmstat.c vmstat_show() prints "%s %lu\n" per counter (vmstat_text[] names).
// Sample:
//     nr_free_pages 1203024
//     nr_zone_inactive_anon 2006
//     pgfault 33514720
//     oom_kill 0
// nr_* are pages (a few THP counters in huge pages), the rest event counts since boot.
#pragma once

#include "ParseResult.h"

#include <QByteArrayView>
#include <QMap>

namespace oomlens {

using CounterMap = QMap<QString, quint64>;

// "name value" lines into a map; unknown names kept, malformed lines skipped with an issue.
ParseResult<CounterMap> parseVmstat(QByteArrayView text);

// The same shape with any separator of whitespace: memory.stat, memory.events, memory.oom_control,
// numastat. An empty input gives an empty map (memory.events of a fresh cgroup is never empty,
// but cgroup.stat-like files may be).
ParseResult<CounterMap> parseKeyValueCounters(QByteArrayView text);

} // namespace oomlens
