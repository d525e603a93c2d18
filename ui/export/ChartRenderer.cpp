// SPDX-License-Identifier: GPL-2.0-or-later
#include "ChartRenderer.h"

#include "postmortem/BuddyData.h"
#include "postmortem/EventFacts.h"
#include "postmortem/EventTimeline.h"
#include "postmortem/WatermarkChart.h"
#include "widgets/BuddyHeatmap.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>

namespace oomlens::ui {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("oomlens::ui::ChartRenderer", text, disambiguation, n);
}

// Widgets are laid out and painted without appearing on screen (WA_DontShowOnScreen), so the
// export works the same under a desktop, Xvfb and the offscreen platform.
QImage renderOffscreen(QWidget *widget, QSize size) {
    widget->setAttribute(Qt::WA_DontShowOnScreen);
    widget->resize(size);
    widget->show();
    QImage image = widget->grab().toImage();
    widget->hide();
    return image;
}
} // namespace

QList<RenderedChart> ChartRenderer::eventCharts(const OomEvent &event) {
    QList<RenderedChart> charts;
    for (const NodeWatermarks &node : watermarksOf(event)) {
        QChartView view(WatermarkChart::buildChart(node, WatermarkChart::Scale::Relative));
        view.setRenderHint(QPainter::Antialiasing);
        RenderedChart chart;
        chart.name =
            node.node ? QStringLiteral("watermarks-node%1").arg(*node.node) : QStringLiteral("watermarks");
        chart.caption = node.node
                            ? tr("Node %1: free memory against the watermarks (relative to each zone's high)")
                                  .arg(*node.node)
                            : tr("Free memory against the watermarks (relative to each zone's high)");
        chart.image = renderOffscreen(&view, QSize(Width, Height));
        charts.append(chart);
    }
    const HeatmapMatrix matrix = buddyMatrixOf(event);
    if (matrix.rowCount() > 0) {
        BuddyHeatmap heatmap;
        heatmap.setMatrix(matrix);
        const auto order = facts::requestedOrder(event);
        heatmap.setMarkedColumn(order && *order < matrix.columnCount() ? order : std::nullopt);
        const int height = std::max(220, 90 + 26 * matrix.rowCount());
        charts.append(
            {QStringLiteral("buddy"),
             order ? tr("Free blocks per order (log colour scale); requested order %1 framed").arg(*order)
                   : tr("Free blocks per order (log colour scale)"),
             renderOffscreen(&heatmap, QSize(Width, height))});
    }
    return charts;
}

RenderedChart ChartRenderer::timeline(const LoadedLog &log) {
    EventTimeline timeline;
    timeline.setLog(log);
    const int height = std::max(200, 120 + 30 * int(timeline.layout().rows.size()));
    return {QStringLiteral("timeline"), tr("All events by host, coloured by cause"),
            renderOffscreen(&timeline, QSize(Width + 200, height))};
}

} // namespace oomlens::ui
