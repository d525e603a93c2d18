// /proc/meminfo and /sys/devices/system/node/nodeN/meminfo.
//
// Kernel: fs/proc/meminfo.c meminfo_proc_show() (show_val_kb() pads the label and prints
// "%8lu kB"); drivers/base/node.c node_read_meminfo() prefixes every line with "Node %d ".
// Sample:
//     MemTotal:       16270056 kB
//     Active(anon):     902484 kB
//     HugePages_Total:       0
//     Hugepagesize:       2048 kB
//     Node 0 MemTotal:        4810528 kB          <- per-node file
#pragma once

#include "ParseResult.h"

#include <QByteArrayView>
#include <QMap>

namespace oomlens {

// Key -> value. Lines with a "kB" unit are converted to bytes; lines without a unit
// (HugePages_*) are counts. Unknown keys are kept; malformed lines are skipped with an issue.
using MeminfoMap = QMap<QString, quint64>;
ParseResult<MeminfoMap> parseMeminfo(QByteArrayView text);

struct NodeMeminfo {
    int node = -1; // from the "Node N" prefix
    MeminfoMap values;
};
// The per-node file: every line must carry the same "Node N " prefix.
ParseResult<NodeMeminfo> parseNodeMeminfo(QByteArrayView text);

} // namespace oomlens
