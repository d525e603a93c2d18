// SPDX-License-Identifier: GPL-2.0-or-later
#include "TimelineLayout.h"

#include <QCoreApplication>
#include <QFileInfo>

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
    return layout;
}

} // namespace oomlens::ui
