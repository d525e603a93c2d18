// SPDX-License-Identifier: GPL-2.0-or-later
// How much of a zone's free memory is useless for a request of a given order.
//
// The kernel's "unusable free space index" (mm/vmstat.c unusable_free_index(), shown in
// /sys/kernel/debug/extfrag/unusable_index): for order o,
//     unusable(o) = (free_pages - sum over k >= o of blocks_k * 2^k) / free_pages
// i.e. the share of free pages sitting in blocks too small for an order-o request. 0 = every free
// page is usable; 1 (100 %) = no free block of order o or larger exists, so the request needs
// compaction or reclaim even though memory is free. Computed from buddyinfo counts, which is
// exactly what fill_contig_page_info() sums.
#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

namespace oomlens {

// One value per order (index = order), in 0..1; nullopt for an empty zone (no free pages).
QList<std::optional<double>> unusableFreeIndex(const QList<quint64> &buddyBlocks);

} // namespace oomlens
