// /sys/devices/system/node/: online, possible, has_memory, nodeN/cpulist (cpulist format) and
// nodeN/distance. Per-node meminfo is parsed by parseNodeMeminfo() (procfs/Meminfo.h).
//
// Kernel: lib/bitmap-str.c bitmap_print_to_pagebuf() with list=true ("%*pbl"):
//     0-3,8-11            <- ranges and single ids, comma-separated
//     0,2,4,6             <- interleaved hosts
//     (empty line)        <- a CPU-less node
// drivers/base/node.c node_read_distance(): one "%d" per online node, space-separated:
//     10 21
#pragma once

#include "procfs/ParseResult.h"

#include <QByteArrayView>
#include <QList>

namespace oomlens {

// Expands a cpulist/nodelist ("0-3,8") into ids. An empty (or whitespace-only) file is an empty
// list, which is valid.
ParseResult<QList<int>> parseIdList(QByteArrayView text);

// nodeN/distance.
ParseResult<QList<int>> parseNodeDistance(QByteArrayView text);

} // namespace oomlens
