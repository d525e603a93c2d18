// SPDX-License-Identifier: GPL-2.0-or-later
#include "BuddyHeatmap.h"

#include "Format.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace oomlens::ui {

std::optional<std::uint64_t> HeatmapMatrix::value(int row, int column) const {
    if (row < 0 || row >= rowCount() || column < 0 || column >= int(values[std::size_t(row)].size()))
        return std::nullopt;
    return values[std::size_t(row)][std::size_t(column)];
}

std::uint64_t HeatmapMatrix::maxValue() const {
    std::uint64_t max = 0;
    for (const auto &row : values)
        for (const auto &v : row)
            if (v) max = std::max(max, *v);
    return max;
}

namespace {
QString compactCount(std::uint64_t v) {
    const QLocale locale;
    if (v < 1000) return locale.toString(qulonglong(v));
    if (v < 10000) return locale.toString(double(v) / 1000.0, 'f', 1) + QLatin1Char('k');
    if (v < 1000000) return locale.toString(qulonglong(v / 1000)) + QLatin1Char('k');
    return locale.toString(double(v) / 1e6, 'f', 1) + QLatin1Char('M');
}
} // namespace

BuddyHeatmap::BuddyHeatmap(QWidget *parent)
    : QWidget(parent)
    , m_valueName(tr("free blocks")) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void BuddyHeatmap::setMatrix(HeatmapMatrix matrix) {
    m_matrix = std::move(matrix);
    update();
}

void BuddyHeatmap::setMarkedColumn(std::optional<int> column) {
    m_marked = column;
    update();
}

void BuddyHeatmap::setScaleMax(std::optional<std::uint64_t> max) {
    m_scaleMax = max;
    update();
}

void BuddyHeatmap::setValueName(const QString &name) {
    m_valueName = name;
    update();
}

void BuddyHeatmap::setPlaceholderText(const QString &text) {
    m_placeholder = text;
    update();
}

void BuddyHeatmap::setLabelWidth(int pixels) {
    m_labelWidth = pixels;
    update();
}

HeatmapGeometry BuddyHeatmap::heatmapGeometry() const {
    const std::uint64_t max = m_scaleMax ? std::max(*m_scaleMax, m_matrix.maxValue()) : m_matrix.maxValue();
    const double header = fontMetrics().height() + 6;
    const double legend = 3 * fontMetrics().height() + 16;
    return HeatmapGeometry(QSizeF(size()), m_matrix.rowCount(), m_matrix.columnCount(), max, m_labelWidth,
                           header, legend);
}

QSize BuddyHeatmap::sizeHint() const {
    const int rows = std::max(1, m_matrix.rowCount());
    return QSize(m_labelWidth + 11 * 56, std::min(600, 60 + rows * 26) + 2 * fontMetrics().height());
}

QSize BuddyHeatmap::minimumSizeHint() const {
    return QSize(m_labelWidth + 200, 120);
}

void BuddyHeatmap::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (m_matrix.rowCount() == 0 || m_matrix.columnCount() == 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                   m_placeholder.isEmpty() ? tr("No data") : m_placeholder);
        return;
    }
    const HeatmapGeometry g = heatmapGeometry();
    const QFontMetrics fm = fontMetrics();
    const QLocale locale;

    // Column headers, thinned so they never overlap.
    p.setPen(palette().color(QPalette::Text));
    int maxHeader = 0;
    for (const QString &l : m_matrix.columnLabels)
        maxHeader = std::max(maxHeader, fm.horizontalAdvance(l));
    // Over time, several samples fall in one second ("HH:mm:ss"): a label is drawn only where it
    // differs from the last one drawn, and at least colStep columns after it.
    const int colStep = g.columnLabelStep(maxHeader + 6);
    m_drawnColumnLabels.clear();
    int lastDrawn = -colStep;
    QString lastLabel;
    for (int c = 0; c < g.columns(); ++c) {
        const QString label = m_matrix.columnLabels.value(c);
        if (c - lastDrawn < colStep || label == lastLabel) continue;
        p.drawText(g.columnHeaderRect(c), Qt::AlignCenter, label);
        m_drawnColumnLabels.append(c);
        lastDrawn = c;
        lastLabel = label;
    }

    const int rowStep = g.rowLabelStep(fm.height());
    for (int r = 0; r < g.rows(); r += rowStep)
        p.drawText(g.rowLabelRect(r), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(m_matrix.rowLabels.value(r), Qt::ElideLeft, m_labelWidth - 8));

    // Cells.
    const bool gridLines = g.cellRect(0, 0).width() >= 4 && g.cellRect(0, 0).height() >= 4;
    for (int r = 0; r < g.rows(); ++r) {
        for (int c = 0; c < g.columns(); ++c) {
            const QRectF cell = g.cellRect(r, c);
            const auto v = m_matrix.value(r, c);
            p.fillRect(cell, g.colourFor(v));
            const auto kind = HeatmapGeometry::kindOf(v);
            if (kind == HeatmapGeometry::CellKind::Absent)
                p.fillRect(cell, QBrush(QColor(0x90, 0x90, 0x90), Qt::BDiagPattern));
            if (kind == HeatmapGeometry::CellKind::Empty && m_marked && c >= *m_marked && gridLines) {
                // No block at or above the requested order: this is where the request failed.
                p.setPen(QPen(QColor(0xc6, 0x28, 0x28), 1.5));
                const QRectF in = cell.adjusted(4, 4, -4, -4);
                p.drawLine(in.topLeft(), in.bottomRight());
                p.drawLine(in.topRight(), in.bottomLeft());
            }
            if (gridLines) {
                p.setPen(QPen(palette().color(QPalette::Mid), 0.5));
                p.drawRect(cell);
            }
            if (kind != HeatmapGeometry::CellKind::Absent) {
                QString text = locale.toString(qulonglong(*v));
                if (fm.horizontalAdvance(text) + 4 > cell.width())
                    text = compactCount(*v); // "5.7k": narrow cells still show a number
                if (fm.horizontalAdvance(text) + 4 <= cell.width() && fm.height() <= cell.height()) {
                    p.setPen(g.textColourFor(v));
                    p.drawText(cell, Qt::AlignCenter, text);
                }
            }
        }
    }

    if (m_marked && *m_marked >= 0 && *m_marked < g.columns()) {
        p.setPen(QPen(QColor(0xc6, 0x28, 0x28), 2.5));
        p.setBrush(Qt::NoBrush);
        p.drawRect(g.columnRect(*m_marked).adjusted(1, 1, -1, -1));
        p.drawRect(g.columnHeaderRect(*m_marked).adjusted(1, 1, -1, 0));
    }

    // Legend: n/a swatch, 0 swatch, ramp with log ticks.
    p.setPen(palette().color(QPalette::Text));
    const QRectF absent = g.legendAbsentSwatch();
    p.fillRect(absent, g.colourFor(std::nullopt));
    p.fillRect(absent, QBrush(QColor(0x90, 0x90, 0x90), Qt::BDiagPattern));
    p.drawRect(absent);
    p.drawText(QPointF(absent.right() + 4, absent.bottom() - 1), format::notAvailable());
    const QRectF empty = g.legendEmptySwatch();
    p.fillRect(empty, Qt::white);
    p.drawRect(empty);
    p.drawText(QPointF(empty.right() + 4, empty.bottom() - 1), QStringLiteral("0"));

    const QRectF ramp = g.legendRampRect();
    if (g.maxValue() > 0 && ramp.width() > 2) {
        const int steps = std::max(2, int(ramp.width()));
        for (int i = 0; i < steps; ++i) {
            const double f = double(i) / (steps - 1);
            p.fillRect(QRectF(ramp.left() + ramp.width() * i / steps, ramp.top(), ramp.width() / steps + 1,
                              ramp.height()),
                       HeatmapGeometry::rampColour(f));
        }
        p.setPen(palette().color(QPalette::Text));
        p.drawRect(ramp);
        double lastRight = -1e9;
        for (std::uint64_t t : g.legendTicks()) {
            const double x = g.legendX(double(t));
            const QString text = locale.toString(qulonglong(t));
            const double w = fm.horizontalAdvance(text);
            const double left = std::clamp(x - w / 2, ramp.left(), ramp.right() - w);
            p.drawLine(QPointF(x, ramp.bottom()), QPointF(x, ramp.bottom() + 3));
            if (left > lastRight + 6) {
                p.drawText(QPointF(left, ramp.bottom() + 3 + fm.ascent()), text);
                lastRight = left + w;
            }
        }
        p.drawText(QPointF(ramp.left(), ramp.bottom() + 6 + fm.height() + fm.ascent()),
                   tr("%1, log scale").arg(m_valueName));
    }
}

QString BuddyHeatmap::tooltipFor(int row, int column) const {
    const auto v = m_matrix.value(row, column);
    QString text = tr("%1, %2: %3 %4")
                       .arg(m_matrix.rowLabels.value(row), m_matrix.columnLabels.value(column),
                            v ? QLocale().toString(qulonglong(*v)) : format::notAvailable(), m_valueName);
    if (v && std::size_t(column) < m_matrix.blockBytes.size()) {
        const std::uint64_t block = m_matrix.blockBytes[std::size_t(column)];
        text += QLatin1Char('\n') +
                tr("%1 per block, %2 in total").arg(format::bytes(block), format::bytes(*v * block));
    }
    return text;
}

bool BuddyHeatmap::event(QEvent *e) {
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        if (const auto cell = heatmapGeometry().cellAt(help->pos()))
            QToolTip::showText(help->globalPos(), tooltipFor(cell->row, cell->column), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(e);
}

void BuddyHeatmap::mousePressEvent(QMouseEvent *e) {
    if (const auto cell = heatmapGeometry().cellAt(e->position())) emit rowClicked(cell->row);
    QWidget::mousePressEvent(e);
}

} // namespace oomlens::ui
