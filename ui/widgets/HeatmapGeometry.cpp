// SPDX-License-Identifier: GPL-2.0-or-later
#include "HeatmapGeometry.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace oomlens::ui {

namespace {
constexpr double kMargin = 8;
constexpr double kRampHeight = 12;
constexpr double kSwatch = 14;
} // namespace

HeatmapGeometry::HeatmapGeometry(QSizeF size, int rows, int columns, std::uint64_t maxValue,
                                 double labelWidth, double headerHeight, double legendHeight)
    : m_rows(std::max(0, rows))
    , m_columns(std::max(0, columns))
    , m_maxValue(maxValue)
    , m_labelWidth(labelWidth)
    , m_headerHeight(headerHeight) {
    const double w = std::max(0.0, size.width() - labelWidth - kMargin);
    const double h = std::max(0.0, size.height() - headerHeight - legendHeight);
    m_plot = QRectF(labelWidth, headerHeight, w, h);

    const double legendTop = m_plot.bottom() + kMargin;
    m_legendAbsent = QRectF(kMargin, legendTop, kSwatch, kRampHeight);
    m_legendEmpty = QRectF(kMargin + 44, legendTop, kSwatch, kRampHeight);
    // The ramp starts right of the swatches' labels even when the row labels are narrow.
    const double rampLeft = std::max(m_plot.left(), m_legendEmpty.right() + 16);
    m_legendRamp = QRectF(rampLeft, legendTop, std::max(0.0, m_plot.right() - rampLeft), kRampHeight);
}

QRectF HeatmapGeometry::cellRect(int row, int column) const {
    if (row < 0 || row >= m_rows || column < 0 || column >= m_columns) return {};
    const double cw = m_plot.width() / m_columns;
    const double ch = m_plot.height() / m_rows;
    return QRectF(m_plot.left() + column * cw, m_plot.top() + row * ch, cw, ch);
}

std::optional<HeatmapGeometry::Cell> HeatmapGeometry::cellAt(QPointF p) const {
    if (m_rows == 0 || m_columns == 0 || !m_plot.contains(p) || p.x() >= m_plot.right() ||
        p.y() >= m_plot.bottom())
        return std::nullopt;
    // The epsilon makes a cell's own top-left corner (computed as left + column * width) hit that
    // cell despite rounding in the division.
    constexpr double eps = 1e-9;
    const int column = std::clamp(
        int(std::floor((p.x() - m_plot.left()) / (m_plot.width() / m_columns) + eps)), 0, m_columns - 1);
    const int row =
        std::clamp(int(std::floor((p.y() - m_plot.top()) / (m_plot.height() / m_rows) + eps)), 0, m_rows - 1);
    return Cell{row, column};
}

QRectF HeatmapGeometry::columnRect(int column) const {
    if (column < 0 || column >= m_columns || m_rows == 0) return {};
    const QRectF top = cellRect(0, column);
    return QRectF(top.left(), m_plot.top(), top.width(), m_plot.height());
}

QRectF HeatmapGeometry::columnHeaderRect(int column) const {
    if (column < 0 || column >= m_columns) return {};
    const double cw = m_plot.width() / m_columns;
    return QRectF(m_plot.left() + column * cw, 0, cw, m_headerHeight);
}

QRectF HeatmapGeometry::rowLabelRect(int row) const {
    if (row < 0 || row >= m_rows) return {};
    const double ch = m_plot.height() / m_rows;
    return QRectF(0, m_plot.top() + row * ch, m_labelWidth - 4, ch);
}

int HeatmapGeometry::columnLabelStep(double minLabelWidth) const {
    if (m_columns == 0 || m_plot.width() <= 0) return 1;
    const double cw = m_plot.width() / m_columns;
    return std::max(1, int(std::ceil(minLabelWidth / std::max(cw, 1e-9))));
}

int HeatmapGeometry::rowLabelStep(double minLabelHeight) const {
    if (m_rows == 0 || m_plot.height() <= 0) return 1;
    const double ch = m_plot.height() / m_rows;
    return std::max(1, int(std::ceil(minLabelHeight / std::max(ch, 1e-9))));
}

HeatmapGeometry::CellKind HeatmapGeometry::kindOf(std::optional<std::uint64_t> value) {
    if (!value) return CellKind::Absent;
    return *value == 0 ? CellKind::Empty : CellKind::Filled;
}

double HeatmapGeometry::fraction(std::optional<std::uint64_t> value) const {
    if (!value || *value == 0 || m_maxValue == 0) return 0;
    const double v = double(std::min(*value, m_maxValue));
    if (m_maxValue == 1) return 1;
    return std::log10(1 + v) / std::log10(1 + double(m_maxValue));
}

double HeatmapGeometry::valueAtFraction(double f) const {
    if (m_maxValue == 0) return 0;
    f = std::clamp(f, 0.0, 1.0);
    return std::pow(10.0, f * std::log10(1 + double(m_maxValue))) - 1;
}

QColor HeatmapGeometry::rampColour(double f) {
    // A viridis-like sequential ramp: perceptually ordered and readable by most colour-blind
    // people, dark for few blocks, bright for many.
    struct Stop {
        double at;
        int r, g, b;
    };
    static constexpr std::array<Stop, 5> stops{{{0.0, 0x44, 0x01, 0x54},
                                                {0.25, 0x3b, 0x52, 0x8b},
                                                {0.5, 0x21, 0x91, 0x8c},
                                                {0.75, 0x5e, 0xc9, 0x62},
                                                {1.0, 0xfd, 0xe7, 0x25}}};
    f = std::clamp(f, 0.0, 1.0);
    for (std::size_t i = 1; i < stops.size(); ++i) {
        if (f <= stops[i].at) {
            const Stop &a = stops[i - 1];
            const Stop &b = stops[i];
            const double t = (f - a.at) / (b.at - a.at);
            return QColor(int(std::lround(a.r + t * (b.r - a.r))), int(std::lround(a.g + t * (b.g - a.g))),
                          int(std::lround(a.b + t * (b.b - a.b))));
        }
    }
    return QColor(stops.back().r, stops.back().g, stops.back().b);
}

QColor HeatmapGeometry::colourFor(std::optional<std::uint64_t> value) const {
    switch (kindOf(value)) {
    case CellKind::Absent:
        return QColor(0xd0, 0xd0, 0xd0);
    case CellKind::Empty:
        return QColor(Qt::white);
    case CellKind::Filled:
        break;
    }
    return rampColour(fraction(value));
}

QColor HeatmapGeometry::textColourFor(std::optional<std::uint64_t> value) const {
    if (kindOf(value) != CellKind::Filled) return QColor(Qt::black);
    const QColor c = colourFor(value);
    // Relative luminance (ITU-R BT.709) decides dark or light text.
    const double lum = 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
    return lum > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
}

double HeatmapGeometry::legendX(double value) const {
    if (m_maxValue == 0 || value <= 0) return m_legendRamp.left();
    const double f = m_maxValue == 1 ? 1.0
                                     : std::log10(1 + std::min(value, double(m_maxValue))) /
                                           std::log10(1 + double(m_maxValue));
    return m_legendRamp.left() + f * m_legendRamp.width();
}

std::vector<std::uint64_t> HeatmapGeometry::legendTicks() const {
    std::vector<std::uint64_t> ticks;
    for (std::uint64_t t = 1; t <= m_maxValue && t != 0; t *= 10) {
        ticks.push_back(t);
        if (t > m_maxValue / 10) break;
    }
    if (m_maxValue > 0 && (ticks.empty() || ticks.back() != m_maxValue)) ticks.push_back(m_maxValue);
    return ticks;
}

} // namespace oomlens::ui
