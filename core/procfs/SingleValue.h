// Files that hold one value: /proc/sys/vm/* sysctls, /proc/<pid>/oom_score and oom_score_adj,
// cgroup memory.current / memory.usage_in_bytes / memory.failcnt / memory.oom.group, ...
// Also the one-line lists: /proc/sys/vm/lowmem_reserve_ratio ("256\t256\t32\t0\t0", 6.x) and
// cgroup.procs (one pid per line).
//
// Kernel: proc_dointvec() / proc_douintvec() print "%d\n" (kernel/sysctl.c); lowmem_reserve_ratio
// is proc_dointvec over an array: values separated by TABs.
#pragma once

#include "ParseResult.h"

#include <QByteArrayView>
#include <QList>

namespace oomlens {

// One signed integer, surrounding whitespace allowed, nothing else.
ParseResult<qint64> parseSingleInt(QByteArrayView text);
// One unsigned integer.
ParseResult<quint64> parseSingleU64(QByteArrayView text);
// Whitespace-separated signed integers (may be empty: an empty cgroup.procs).
ParseResult<QList<qint64>> parseIntList(QByteArrayView text);

} // namespace oomlens
