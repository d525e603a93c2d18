// SPDX-License-Identifier: GPL-2.0-or-later
// The value <-> pixel and value <-> colour mapping of the buddy heatmap, kept apart from
// painting so it can be unit-tested (tests/ui/tst_heatmapgeometry.cpp). BuddyHeatmap only paints
// what this type computes.
//
// Layout (all in widget pixels):
//
//   +--------+-----------------------------------+--+
//   | row    | column headers (order 0..N)        |  |  <- headerHeight
//   | labels +-----------------------------------+  |
//   |        | cells: rows x columns              |  |
//   +--------+-----------------------------------+--+
//   |          legend: colour ramp 0 | 1 .. max (log)  |  <- legendHeight
//   +-------------------------------------------------+
//
// Colour scale: the count of free blocks spans 0 to millions (an idle Normal zone has ~10^4
// order-0 blocks and a handful of order-10 ones), so the fraction is logarithmic:
// f(v) = log10(1 + v) / log10(1 + max). Zero is not a colour on the ramp: it is drawn as an
// "empty" cell (see CellKind), because "no block of this order" is exactly what a person is
// looking for when an allocation of that order failed (mm/page_alloc.c __zone_watermark_ok()
// walks the free lists from the requested order upwards).
#pragma once

#include <QColor>
#include <QPointF>
#include <QRectF>

#include <cstdint>
#include <optional>
#include <vector>

namespace oomlens::ui {

class HeatmapGeometry {
public:
    // What kind of cell a value is drawn as.
    enum class CellKind {
        Absent, // the source did not have this value ("n/a"): hatched grey
        Empty,  // zero free blocks: white with a red cross when at/above the marked column
        Filled, // one or more blocks: a colour from the ramp
    };

    struct Cell {
        int row = -1;
        int column = -1;
        bool operator==(const Cell &) const = default;
    };

    HeatmapGeometry() = default;
    // size: the widget size; rows/columns: the matrix shape; maxValue: the largest count
    // (0 when all are empty); labelWidth/headerHeight/legendHeight: the margins, in pixels.
    HeatmapGeometry(QSizeF size, int rows, int columns, std::uint64_t maxValue, double labelWidth = 120,
                    double headerHeight = 22, double legendHeight = 40);

    int rows() const { return m_rows; }
    int columns() const { return m_columns; }
    std::uint64_t maxValue() const { return m_maxValue; }

    // The rectangle that holds all cells.
    QRectF plotRect() const { return m_plot; }
    // The rectangle of one cell; empty when row/column are out of range.
    QRectF cellRect(int row, int column) const;
    // The cell under a point, if any.
    std::optional<Cell> cellAt(QPointF point) const;
    // The rectangle of a whole column (cells only), for marking the requested order.
    QRectF columnRect(int column) const;
    // The header rectangle above a column, and the label rectangle left of a row.
    QRectF columnHeaderRect(int column) const;
    QRectF rowLabelRect(int row) const;
    // Which labels to print so they do not overlap: every n-th (n >= 1).
    int columnLabelStep(double minLabelWidth) const;
    int rowLabelStep(double minLabelHeight) const;

    // Colour scale.
    static CellKind kindOf(std::optional<std::uint64_t> value);
    // 0..1 on the log scale; 0 for absent or zero values.
    double fraction(std::optional<std::uint64_t> value) const;
    // The value at a fraction of the log scale (inverse of fraction() for v >= 1).
    double valueAtFraction(double fraction) const;
    // Colour on the sequential ramp (dark blue -> teal -> yellow) at a fraction.
    static QColor rampColour(double fraction);
    // The fill colour of a cell with this value.
    QColor colourFor(std::optional<std::uint64_t> value) const;
    // Text colour that reads on top of colourFor(value).
    QColor textColourFor(std::optional<std::uint64_t> value) const;

    // Legend: the ramp rectangle, the x position of a value on it, and the tick values
    // (0 is shown as its own swatch left of the ramp; ticks are 1, 10, 100, ... up to max).
    QRectF legendRampRect() const { return m_legendRamp; }
    QRectF legendEmptySwatch() const { return m_legendEmpty; }
    QRectF legendAbsentSwatch() const { return m_legendAbsent; }
    double legendX(double value) const;
    std::vector<std::uint64_t> legendTicks() const;

private:
    int m_rows = 0;
    int m_columns = 0;
    std::uint64_t m_maxValue = 0;
    QRectF m_plot;
    double m_labelWidth = 0;
    double m_headerHeight = 0;
    QRectF m_legendRamp;
    QRectF m_legendEmpty;
    QRectF m_legendAbsent;
};

} // namespace oomlens::ui
