// SPDX-License-Identifier: GPL-2.0-or-later
#include "TimelineLayout.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>

namespace oomlens::ui {

namespace {
QString rowName(const OomEvent &event) {
    if (!event.host.isEmpty()) return event.host;
    // No host in the prefix (dmesg, pasted fragments): the file tells events of different
    // machines apart better than a single "unknown" row.
    return QCoreApplication::translate("oomlens::ui::TimelineLayout", "%1 (no host)")
        .arg(QFileInfo(event.file).fileName());
}
} // namespace

TimelineLayout TimelineLayout::compute(const QList<OomEvent> &events) {
    TimelineLayout layout;
    bool allWall = !events.isEmpty();
    bool allUptime = !events.isEmpty();
    for (const OomEvent &e : events) {
        allWall = allWall && e.time.wallClock && e.time.wallClock->isValid();
        allUptime = allUptime && e.time.uptimeSeconds.has_value();
    }
    layout.axis = allWall ? Axis::WallClock : allUptime ? Axis::Uptime : Axis::Sequence;

    for (int i = 0; i < events.size(); ++i) {
        const OomEvent &e = events.at(i);
        double x = i + 1;
        if (layout.axis == Axis::WallClock)
            x = double(e.time.wallClock->toMSecsSinceEpoch());
        else if (layout.axis == Axis::Uptime)
            x = *e.time.uptimeSeconds;
        layout.x.append(x);
        const QString name = rowName(e);
        qsizetype r = layout.rows.indexOf(name);
        if (r < 0) {
            layout.rows.append(name);
            r = layout.rows.size() - 1;
        }
        layout.row.append(int(r));
        layout.minX = i == 0 ? x : std::min(layout.minX, x);
        layout.maxX = i == 0 ? x : std::max(layout.maxX, x);
    }
    // Events closer than 1 % of the span in one row would hide each other (a report and its
    // truncated twin often share a second): nudge them apart vertically.
    const double span = layout.maxX - layout.minX;
    const double near = span > 0 ? span * 0.01 : 0.5;
    constexpr double offsets[] = {0.0, 0.22, -0.22, 0.38, -0.38};
    for (int i = 0; i < layout.x.size(); ++i) {
        int neighbours = 0;
        for (int j = 0; j < i; ++j)
            if (layout.row.at(j) == layout.row.at(i) && std::abs(layout.x.at(j) - layout.x.at(i)) < near)
                ++neighbours;
        layout.y.append(layout.row.at(i) + offsets[neighbours % 5]);
    }
    return layout;
}

} // namespace oomlens::ui
