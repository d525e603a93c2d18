// SPDX-License-Identifier: GPL-2.0-or-later
// WatermarkTimeChart: one NUMA node's zones over time (Qt Charts). Per populated zone, free
// memory as a solid line and its min / low / high watermarks as dashed, dotted and dash-dotted
// lines in the same colour (the legend names each dash once). No zone is drawn in red or orange,
// the colours of "below min" and "below low" elsewhere. The y axis is logarithmic so a tiny DMA zone and a
// big Normal zone share the chart without one flattening the other; empty zones (managed 0) are left out and
// named in the title. Series are replaced in one bulk call per tick.
#pragma once

#include "record/History.h"

#include <QChartView>
#include <QColor>

#include <vector>

class QDateTimeAxis;
class QLineSeries;
class QLogValueAxis;

namespace oomlens::ui {

class WatermarkTimeChart : public QChartView {
    Q_OBJECT
public:
    explicit WatermarkTimeChart(int node, QWidget *parent = nullptr);

    int node() const { return m_node; }
    // Seconds of history shown (default 600).
    void setWindowSeconds(int seconds);
    // Redraws from the history (zones of this node present in the newest sample).
    void setHistory(const History &history, quint64 pageSize, const QStringList &emptyZones = {});

    // For tests: the series of a zone ("free", "min", "low", "high"), nullptr if absent.
    QLineSeries *series(const QString &zone, const QString &line) const;
    // The legend's keys for the watermark dashes (min, low, high), no points of their own.
    QList<QLineSeries *> legendKeys() const { return m_legendKeys; }
    // The colour of the n-th zone's lines.
    static QColor zoneColour(int index);

private:
    struct ZoneSeries {
        QString zone;
        QLineSeries *free = nullptr, *min = nullptr, *low = nullptr, *high = nullptr;
    };
    ZoneSeries &seriesFor(const QString &zone);

    int m_node;
    int m_windowSeconds = 600;
    void fitTicks();

    QDateTimeAxis *m_x = nullptr;
    int m_ticksThatFit = 6;
    QLogValueAxis *m_y = nullptr;
    std::vector<ZoneSeries> m_series;
    QList<QLineSeries *> m_legendKeys;
};

} // namespace oomlens::ui
