// SPDX-License-Identifier: GPL-2.0-or-later
// BuddyHeatmap: a custom-painted matrix of free-block counts, shared by the live host view, the
// snapshot view and the post-mortem event detail (branch guipm).
//
// Use:
//   HeatmapMatrix m;
//   m.rowLabels = {"Node 0 DMA", "Node 0 DMA32", "Node 0 Normal"};
//   m.columnLabels = {"0", "1", ..., "10"};            // orders
//   m.values = {{0, 0, ..., 3}, {...}, {...}};          // [row][column], std::nullopt = n/a
//   m.blockBytes = {4096, 8192, ...};                    // optional, for tooltips (bytes per block)
//   heatmap->setMatrix(m);
//   heatmap->setMarkedColumn(3);                         // e.g. the failed request's order
//
// Colour = free blocks on a log scale with a legend below (see HeatmapGeometry for the exact
// mapping). Zero cells are white and, at or above the marked column, crossed in red: those are
// the orders a request of the marked order could not be served from. Absent values are hatched
// grey and read "n/a". The widget only paints; all coordinates come from HeatmapGeometry.
#pragma once

#include "HeatmapGeometry.h"

#include <QStringList>
#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

namespace oomlens::ui {

struct HeatmapMatrix {
    QStringList rowLabels;
    QStringList columnLabels;
    std::vector<std::vector<std::optional<std::uint64_t>>> values; // [row][column]
    // Optional bytes per block for each column (page size << order); empty = unknown.
    std::vector<std::uint64_t> blockBytes;

    int rowCount() const { return int(values.size()); }
    int columnCount() const { return int(columnLabels.size()); }
    std::optional<std::uint64_t> value(int row, int column) const;
    std::uint64_t maxValue() const;
};

class BuddyHeatmap : public QWidget {
    Q_OBJECT
public:
    explicit BuddyHeatmap(QWidget *parent = nullptr);

    void setMatrix(HeatmapMatrix matrix);
    const HeatmapMatrix &matrix() const { return m_matrix; }

    // The column drawn with a frame (e.g. the requested order); nullopt for none.
    void setMarkedColumn(std::optional<int> column);
    std::optional<int> markedColumn() const { return m_marked; }

    // Fixed scale maximum (e.g. for a time series, so colours do not jump between ticks);
    // nullopt = the matrix's own maximum.
    void setScaleMax(std::optional<std::uint64_t> max);

    // What the numbers count, for the tooltip and the legend ("free blocks").
    void setValueName(const QString &name);
    // Text shown instead of the matrix when it is empty (e.g. why pagetypeinfo is missing).
    void setPlaceholderText(const QString &text);
    // Width reserved for row labels in pixels.
    void setLabelWidth(int pixels);

    // Current geometry for the widget's size (tests and tooltips use the same one as painting).
    HeatmapGeometry heatmapGeometry() const;
    // The columns whose header the last paint drew (tests: no overlap, no repeated label).
    QList<int> drawnColumnLabels() const { return m_drawnColumnLabels; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void rowClicked(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QString tooltipFor(int row, int column) const;

    HeatmapMatrix m_matrix;
    std::optional<int> m_marked;
    std::optional<std::uint64_t> m_scaleMax;
    QString m_valueName;
    QList<int> m_drawnColumnLabels;
    QString m_placeholder;
    int m_labelWidth = 120;
};

} // namespace oomlens::ui
