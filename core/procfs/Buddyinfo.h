// /proc/buddyinfo: free blocks per order for every POPULATED zone.
//
// Kernel: mm/vmstat.c frag_show_print(): "Node %d, zone %8s " then "%6lu " per order.
// Sample (11 orders on x86_64 and 4 KiB arm64, 14 on 64 KiB arm64, 13 on sparc64):
//     Node 0, zone      DMA      0      0      0      0      0      0      0      0      1      1      3
//     Node 0, zone   Normal   3426   5446   4277   3133   1918   1190    602    268     83     41     24
// One block of order o is 2^o pages.
#pragma once

#include "ParseResult.h"

#include <QByteArrayView>
#include <QList>

namespace oomlens {

struct BuddyinfoRow {
    int node = 0;
    QString zone;
    QList<quint64> freeBlocks; // index = order

    friend bool operator==(const BuddyinfoRow &, const BuddyinfoRow &) = default;
};

ParseResult<QList<BuddyinfoRow>> parseBuddyinfo(QByteArrayView text);

} // namespace oomlens
