// The memory controller's files, v2 and v1.
//
// v2 (mm/memcontrol.c memory_max_show() etc. via seq_puts_memcg_tunable()): a byte count or
// the literal "max":
//     memory.current       123904000
//     memory.max           max                 <- unlimited
//     memory.high          1073741824
//     memory.events        low 0\nhigh 0\nmax 12\noom 1\noom_kill 1\noom_group_kill 0
// v1 (mm/memcontrol-v1.c mem_cgroup_read_u64()): always a number; "no limit" is
// PAGE_COUNTER_MAX * PAGE_SIZE (9223372036854771712 on 4 KiB pages, 3.19+), LLONG_MAX on
// res_counter kernels, ULLONG_MAX on some ~3.1x ones, 8796093018112 on 32-bit 4 KiB kernels:
//     memory.limit_in_bytes      9223372036854771712
//     memory.oom_control         oom_kill_disable 0\nunder_oom 0\noom_kill 0
// memory.stat, memory.events and memory.oom_control are "key value" lines: parseKeyValueCounters()
// (procfs/Vmstat.h). cgroup.procs: parseIntList() (procfs/SingleValue.h).
#pragma once

#include "model/Cgroup.h"
#include "procfs/ParseResult.h"

#include <QByteArrayView>

namespace oomlens {

// A v2 limit-like file (memory.max, .high, .low, .min, .swap.max): "max" -> unlimited.
ParseResult<LimitBytes> parseV2Limit(QByteArrayView text);

// A v1 limit file (memory.limit_in_bytes, memory.memsw.limit_in_bytes, soft_limit): a number;
// values at or above the "unlimited" encodings above are unlimited. `pageSize` is the writer's
// page size, needed for the 32-bit encoding (LONG_MAX pages); pass 0 if unknown.
ParseResult<LimitBytes> parseV1Limit(QByteArrayView text, quint64 pageSize);

// True when a v1 byte value means "no limit" (also used for hierarchical_memory_limit).
bool isV1Unlimited(quint64 value, quint64 pageSize);

} // namespace oomlens
