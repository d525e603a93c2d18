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

bool hasWall(const OomEvent &e) {
    return e.time.wallClock && e.time.wallClock->isValid();
}

std::optional<double> ownX(const OomEvent &e, TimelineLayout::Axis axis, int index) {
    switch (axis) {
    case TimelineLayout::Axis::WallClock:
        if (hasWall(e)) return double(e.time.wallClock->toMSecsSinceEpoch());
        return std::nullopt;
    case TimelineLayout::Axis::Uptime:
        return e.time.uptimeSeconds;
    case TimelineLayout::Axis::Sequence:
        return double(index + 1);
    }
    return std::nullopt;
}

// x of an event that lacks the axis' time: the nearest event of the same file that has it
// (earlier first, as a log is written in time order). On a wall-clock axis, when both carry
// the printk uptime, the uptime difference is added: the same boot, so the same clock.
std::optional<double> derivedX(const QList<OomEvent> &events, const QList<std::optional<double>> &own,
                               TimelineLayout::Axis axis, int i) {
    const OomEvent &e = events.at(i);
    auto from = [&](int j) -> std::optional<double> {
        if (j < 0 || j >= events.size() || !own.at(j) || events.at(j).file != e.file) return std::nullopt;
        double x = *own.at(j);
        const OomEvent &n = events.at(j);
        // A smaller uptime after (or larger before) the neighbour means a reboot between them.
        const bool sameBoot = e.time.uptimeSeconds && n.time.uptimeSeconds &&
                              (j < i ? *e.time.uptimeSeconds >= *n.time.uptimeSeconds
                                     : *e.time.uptimeSeconds <= *n.time.uptimeSeconds);
        if (axis == TimelineLayout::Axis::WallClock && sameBoot)
            x += (*e.time.uptimeSeconds - *n.time.uptimeSeconds) * 1000.0;
        return x;
    };
    for (int d = 1; d < events.size(); ++d) {
        if (auto x = from(i - d)) return x;
        if (auto x = from(i + d)) return x;
    }
    return std::nullopt;
}
} // namespace

TimelineLayout TimelineLayout::compute(const QList<OomEvent> &events) {
    TimelineLayout layout;
    qsizetype walls = 0, uptimes = 0;
    for (const OomEvent &e : events) {
        walls += hasWall(e) ? 1 : 0;
        uptimes += e.time.uptimeSeconds ? 1 : 0;
    }
    // "Most" is more than half: several files opened together often mix a dated syslog with a
    // dmesg fragment, and the dated majority must not fall back to event numbers.
    const qsizetype n = events.size();
    layout.axis = n > 0 && walls * 2 > n     ? Axis::WallClock
                  : n > 0 && uptimes * 2 > n ? Axis::Uptime
                                             : Axis::Sequence;

    QList<std::optional<double>> own;
    for (int i = 0; i < events.size(); ++i)
        own.append(ownX(events.at(i), layout.axis, i));
    // Without any neighbour in its file the event sits just after the latest placed event.
    double lastX = 0;
    for (int i = 0; i < events.size(); ++i) {
        const OomEvent &e = events.at(i);
        std::optional<double> x = own.at(i);
        layout.placed.append(!x.has_value());
        if (!x) x = derivedX(events, own, layout.axis, i);
        if (!x) x = lastX;
        lastX = *x;
        layout.x.append(*x);
        const QString name = rowName(e);
        qsizetype r = layout.rows.indexOf(name);
        if (r < 0) {
            layout.rows.append(name);
            r = layout.rows.size() - 1;
        }
        layout.row.append(int(r));
        layout.minX = i == 0 ? *x : std::min(layout.minX, *x);
        layout.maxX = i == 0 ? *x : std::max(layout.maxX, *x);
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
