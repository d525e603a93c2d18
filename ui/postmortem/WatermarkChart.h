// SPDX-License-Identifier: GPL-2.0-or-later
// Per NUMA node, a Qt Charts chart of each zone's free memory (a bar) against its min, low and
// high watermarks (short horizontal lines across the bar) at the moment of the OOM. A bar whose
// free is below min is drawn red, below low orange.
//
// Zones differ by orders of magnitude (DMA: 16 MiB, Normal: tens of GiB), so two scales:
//  - Relative (default): every value divided by the zone's own high watermark, in percent. The
//    watermark lines sit at the same height in every zone and each bar reads as "how far above
//    or below its own watermarks", whatever the zone's size.
//  - Absolute: MiB on a logarithmic axis, so a tiny zone is not flattened by a huge one.
// The numbers come from WatermarkData (tested); this widget only builds series from them.
#pragma once

#include "WatermarkData.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;

namespace oomlens::ui {

class WatermarkChart : public QWidget {
    Q_OBJECT
public:
    enum class Scale { Relative, Absolute };

    explicit WatermarkChart(QWidget *parent = nullptr);

    void setEvent(const oomlens::OomEvent &event);
    void clear();

    void setScale(Scale scale);
    Scale scale() const { return m_scale; }

    const QList<NodeWatermarks> &data() const { return m_data; }
    // One chart per node, in data() order (tests, export).
    QList<QChartView *> chartViews() const { return m_views; }

    // Series names used in the charts (tests look series up by these).
    static QString freeSeriesName();
    static QString minSeriesName();
    static QString lowSeriesName();
    static QString highSeriesName();
    static QString beyondSeriesName();

    // One node's chart (the export renders these on their own); the caller owns it.
    static QChart *buildChart(const NodeWatermarks &node, Scale scale);

private:
    void rebuild();

    Scale m_scale = Scale::Relative;
    QList<NodeWatermarks> m_data;
    QList<QChartView *> m_views;
    QComboBox *m_scaleCombo = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_grid = nullptr;
    QGridLayout *m_gridLayout = nullptr;
};

} // namespace oomlens::ui
