// SPDX-License-Identifier: GPL-2.0-or-later
// The numbers behind the per-node watermark charts of one OOM event, kept apart from Qt Charts
// so they can be tested: per NUMA node, each zone's free memory against its min, low and high
// watermarks as the report printed them (mm/page_alloc.c show_free_areas(), kB -> bytes).
//
// The allocator refuses a request once free would drop below the watermark it checks
// (mm/page_alloc.c __zone_watermark_ok(): free - 2^order + 1 <= min + lowmem_reserve ->
// fail); kswapd wakes below low and sleeps again above high. "Below min" is therefore the
// state that leads to direct reclaim and, failing that, to the OOM killer.
#pragma once

#include "model/OomEvent.h"

#include <QList>
#include <QString>

#include <optional>

namespace oomlens::ui {

struct ZoneAtOom {
    QString zone;             // "DMA32"
    oomlens::LineNo line = 0; // the zone line, for "show in report"
    oomlens::OptBytes free, min, low, high, freeCma, boost, managed;

    // The states a reader looks for; false when a value is absent.
    bool belowMin() const { return free && min && *free < *min; }
    bool atOrBelowMin() const { return free && min && *free <= *min; }
    bool belowLow() const { return free && low && *free < *low; }
    bool belowHigh() const { return free && high && *free < *high; }
    // free/high, the per-zone normalised value (absent when high is absent or zero).
    std::optional<double> relative(oomlens::OptBytes value) const;
};

struct NodeWatermarks {
    std::optional<int> node; // absent on UMA builds that print no "Node N"
    QList<ZoneAtOom> zones;  // in the order the kernel printed them (DMA, DMA32, Normal, ...)
};

// Groups the event's zone lines by node. Duplicate zone lines (some authors paste a block
// twice) keep the first copy.
QList<NodeWatermarks> watermarksOf(const oomlens::OomEvent &event);

} // namespace oomlens::ui
