// /proc/zoneinfo: per node and zone the free pages, watermarks, sizes, protection and counters.
//
// Kernel: mm/vmstat.c zoneinfo_show_print() (formats doc section 3). A 6.x sample:
//     Node 0, zone      DMA
//       per-node stats                        <- only in the node's first populated zone (4.8+)
//           nr_inactive_anon 2252
//       pages free     3840
//             boost    0                      <- 5.0+
//             min      53
//             low      66
//             high     79
//             promo    92                     <- 6.x
//             spanned  4095
//             present  3998
//             managed  3840
//             cma      0
//             protection: (0, 3018, 4682, 4682, 4682)
//           nr_free_pages 3840
//       pagesets
//         cpu: 0
//                   count:    0
//                   high:     0               <- a per-CPU field, NOT the watermark
//       vm stats threshold: 4
//       node_unreclaimable:  0
//       start_pfn:           1
//     Node 0, zone  Movable                   <- empty zone: short block ending at protection
//       pages free     0
//       ...
// Older layouts (all accepted): counters before `protection:` (2.6.3x-3.x), no `managed`
// (< 3.8), no per-node block (< 4.8), empty zones not printed (< 4.12), a keyless counter line
// (RHEL 8.0), `scanned  0 (a: 0 i: 0)`.
#pragma once

#include "ParseResult.h"
#include "model/MemoryNode.h"

#include <QByteArrayView>

namespace oomlens {

// Nodes in file order with their zones (buddy and migrate-type data left empty). A file cut off
// mid-zone gives the zones read so far, the last one with what it had, and `truncated` set.
ParseResult<QList<MemoryNode>> parseZoneinfo(QByteArrayView text);

} // namespace oomlens
