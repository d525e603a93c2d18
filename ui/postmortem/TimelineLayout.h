// SPDX-License-Identifier: GPL-2.0-or-later
// Where each event sits on the timeline: x from its time, y from its host row. Kept apart from
// Qt Charts so the placement is tested. Logs mix prefixes: classic syslog and the journal give a
// wall clock, dmesg only the uptime, pasted fragments nothing. One axis kind is chosen for all
// events so that no two scales are mixed on one axis: the kind most events have. An event
// without it is placed from its neighbours (see `placed`), never dropped.
#pragma once

#include "model/OomEvent.h"

#include <QList>
#include <QStringList>

namespace oomlens::ui {

struct TimelineLayout {
    enum class Axis {
        WallClock, // x = ms since the epoch (more than half of the events have a wall clock)
        Uptime,    // x = seconds since boot (more than half have an uptime stamp); boots side by side
        Sequence,  // x = 1-based event number in file order (most events have no time at all)
    };
    Axis axis = Axis::Sequence;
    QStringList rows; // one per host (or file when the log names no host), in first-seen order
    QList<double> x;  // per event
    QList<int> row;   // per event: index into rows
    QList<double> y;  // per event: the row, nudged apart when events would cover each other
    // Per event: true when the event lacks the axis' kind of time and x was derived: from its
    // uptime and a neighbour of the same file that has both stamps, else the neighbour's x.
    QList<bool> placed;
    double minX = 0, maxX = 0;

    static TimelineLayout compute(const QList<oomlens::OomEvent> &events);
};

} // namespace oomlens::ui
