// SPDX-License-Identifier: GPL-2.0-or-later
// The free-area lines of one OOM report (mm/page_alloc.c show_free_areas(): "Node 0 DMA32:
// 1416*4kB (UE) 800*8kB ... = 44800kB") as the matrix the shared BuddyHeatmap paints:
// one row per node/zone, one column per order, value = free blocks of that order.
#pragma once

#include "model/OomEvent.h"
#include "widgets/BuddyHeatmap.h"

namespace oomlens::ui {

// Rows follow the report's order; rows shorter than the widest (cut lines, "DMA32: empty")
// hold absent values (n/a) in the missing columns, never zeros. Duplicate node/zone lines keep
// the first copy. Column labels are "0".."N" and blockBytes come from the first line that
// prints sizes (the base page size is not always 4 kB: sparc64 8 kB, arm64 64 kB).
HeatmapMatrix buddyMatrixOf(const oomlens::OomEvent &event);

} // namespace oomlens::ui
