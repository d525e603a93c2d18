// SPDX-License-Identifier: GPL-2.0-or-later
// Renders the charts of one event (and the timeline of all events) into images for the HTML,
// PDF and PNG export, using the same widgets the window shows, laid out off screen at a fixed
// size so a report looks the same whatever the window size was.
#pragma once

#include "postmortem/LoadedLog.h"

#include <QImage>
#include <QList>
#include <QString>

namespace oomlens::ui {

struct RenderedChart {
    QString name;    // file-name friendly: "watermarks-node0", "buddy", "timeline"
    QString caption; // translated
    QImage image;
};

class ChartRenderer {
public:
    static constexpr int Width = 760;
    static constexpr int Height = 380;

    // The watermark chart of every node and the buddy heatmap of the event; charts the report
    // has no data for are left out.
    static QList<RenderedChart> eventCharts(const oomlens::OomEvent &event);
    static RenderedChart timeline(const LoadedLog &log);
};

} // namespace oomlens::ui
