// SPDX-License-Identifier: GPL-2.0-or-later
#include "WatermarkBars.h"

#include "Format.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace oomlens::ui {

WatermarkBars::WatermarkBars(QWidget *parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void WatermarkBars::setZones(std::vector<WatermarkBar> zones) {
    m_zones = std::move(zones);
    updateGeometry();
    update();
}

double WatermarkBars::xFor(quint64 pages, quint64 scaleEnd, double left, double width) {
    if (scaleEnd <= 1) return left;
    const double f = std::log10(1.0 + double(std::min(pages, scaleEnd))) / std::log10(1.0 + double(scaleEnd));
    return left + std::clamp(f, 0.0, 1.0) * width;
}

int WatermarkBars::band(const WatermarkBar &z) {
    if (!z.free) return -1;
    if (z.min && *z.free < *z.min) return 0;
    if (z.low && *z.free < *z.low) return 1;
    if (z.high && *z.free < *z.high) return 2;
    return 3;
}

QSize WatermarkBars::sizeHint() const {
    const int rowH = fontMetrics().height() * 2 + 8;
    return QSize(500, std::max<int>(1, int(m_zones.size())) * rowH + 4);
}

void WatermarkBars::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics fm = fontMetrics();
    const int rowH = fm.height() * 2 + 8;
    const double labelW = 70;
    const double textW = std::min(360.0, width() * 0.45);
    const double barLeft = labelW;
    const double barW = std::max(40.0, width() - labelW - textW - 12);
    static const QColor bandColours[] = {QColor(0xd3, 0x2f, 0x2f), QColor(0xf5, 0x7c, 0x00),
                                         QColor(0xfb, 0xc0, 0x2d), QColor(0x43, 0xa0, 0x47)};
    if (m_zones.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No populated zone"));
        return;
    }
    for (std::size_t i = 0; i < m_zones.size(); ++i) {
        const WatermarkBar &z = m_zones[i];
        const double top = 4 + double(i) * rowH;
        const QRectF bar(barLeft, top + fm.height() * 0.5, barW, fm.height());
        const quint64 end =
            std::max({z.managed.value_or(0), z.free.value_or(0), z.high.value_or(0), quint64(2)});
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(0, bar.top() - 4, labelW - 6, bar.height() + 8), Qt::AlignRight | Qt::AlignVCenter,
                   z.label);
        p.fillRect(bar, palette().color(QPalette::AlternateBase));
        const int b = band(z);
        if (z.free) {
            const double x = xFor(*z.free, end, bar.left(), bar.width());
            p.fillRect(QRectF(bar.left(), bar.top(), x - bar.left(), bar.height()),
                       b >= 0 ? bandColours[b] : Qt::gray);
        }
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(bar);
        struct Tick {
            std::optional<quint64> v;
            const char *name;
            QColor colour;
        };
        const Tick ticks[] = {{z.min, "min", bandColours[0]},
                              {z.low, "low", bandColours[1]},
                              {z.high, "high", QColor(0x1b, 0x5e, 0x20)}};
        double lastRight = -1e9;
        for (const Tick &t : ticks) {
            if (!t.v) continue;
            const double x = xFor(*t.v, end, bar.left(), bar.width());
            p.setPen(QPen(t.colour, 2));
            p.drawLine(QPointF(x, bar.top() - 3), QPointF(x, bar.bottom() + 3));
            const QString name = QLatin1String(t.name);
            const double w = fm.horizontalAdvance(name);
            // Labels below the bar, skipped where they would overlap the previous one.
            if (x - w / 2 > lastRight + 2) {
                p.setPen(t.colour);
                p.drawText(QPointF(x - w / 2, bar.bottom() + fm.ascent() + 2), name);
                lastRight = x + w / 2;
            }
        }
        p.setPen(palette().color(QPalette::Text));
        const quint64 ps = z.pageSize;
        auto bytesOf = [ps](std::optional<quint64> pages) {
            return pages ? format::bytes(*pages * ps) : format::notAvailable();
        };
        const QString text = tr("free %1 · min %2 · low %3 · high %4")
                                 .arg(bytesOf(z.free), bytesOf(z.min), bytesOf(z.low), bytesOf(z.high));
        p.drawText(QRectF(bar.right() + 10, bar.top() - 4, textW, bar.height() + 8),
                   Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(text, Qt::ElideRight, int(textW)));
    }
}

} // namespace oomlens::ui
