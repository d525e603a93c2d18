// /proc/pagetypeinfo: free blocks per migrate type and order, and pageblocks per type.
// Root-only (0400) since 5.4; also cut at ">100000" since 5.4.
//
// Kernel: mm/vmstat.c pagetypeinfo_show(), pagetypeinfo_showfree_print() ("Node %4d, zone %8s,
// type %12s " + "%6lu " per order, or ">%6lu " when the walk stopped at 100000),
// pagetypeinfo_showblockcount_print() ("Node %d, zone %8s " + "%12lu " per type). Sample:
//     Page block order: 9
//     Pages per block:  512
//
//     Free pages count per migrate type at order       0      1      2 ...
//     Node    0, zone      DMA, type    Unmovable      0      0      0 ...
//     Node    0, zone   Normal, type      Movable   3151   5071   3858 ...
//
//     Number of blocks type     Unmovable      Movable  Reclaimable   HighAtomic      Isolate
//     Node 0, zone      DMA            1            7            0            0            0
// The header group repeats for every node with memory.
#pragma once

#include "ParseResult.h"
#include "model/MemoryNode.h"

#include <QByteArrayView>
#include <QList>

namespace oomlens {

struct PagetypeFreeLine {
    int node = 0;
    QString zone;
    MigrateTypeFreeBlocks free;
};

struct PagetypeBlockLine {
    int node = 0;
    QString zone;
    QMap<QString, quint64> pageblocks; // migrate type -> number of pageblocks
};

struct Pagetypeinfo {
    std::optional<quint64> pageblockOrder;
    std::optional<quint64> pagesPerBlock;
    QList<PagetypeFreeLine> free;
    QList<PagetypeBlockLine> blocks;
};

ParseResult<Pagetypeinfo> parsePagetypeinfo(QByteArrayView text);

} // namespace oomlens
