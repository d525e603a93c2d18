#include "FleetHeatStrip.h"

#include <QDateTime>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace oomlens::ui {

FleetHeatStrip::FleetHeatStrip(QWidget *parent)
    : QWidget(parent) {
    setMinimumHeight(120);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void FleetHeatStrip::setResult(const fleet::FleetResult &result) {
    m_result = result;
    m_maxBucket = 0;
    for (const fleet::HostKills &h : m_result.hosts) {
        for (qint64 b : h.buckets)
            m_maxBucket = std::max(m_maxBucket, b);
    }
    updateGeometry();
    update();
}

QStringList FleetHeatStrip::hostOrder() const {
    QStringList out;
    for (const fleet::HostKills &h : m_result.hosts)
        out << h.host;
    return out;
}

int FleetHeatStrip::labelWidth() const {
    return fontMetrics().horizontalAdvance(QStringLiteral("host-000.example.com:9100 9999")) + 12;
}

int FleetHeatStrip::rowHeight() const {
    return fontMetrics().height() + 2;
}

QSize FleetHeatStrip::sizeHint() const {
    return {800,
            rowHeight() * int(std::max<qsizetype>(m_result.hosts.size(), 3)) + fontMetrics().height() + 8};
}

QRect FleetHeatStrip::plotRect() const {
    return QRect(labelWidth(), fontMetrics().height() + 6, std::max(width() - labelWidth() - 8, 10),
                 rowHeight() * int(m_result.hosts.size()));
}

QPoint FleetHeatStrip::cellCenter(int row, int column) const {
    const QRect p = plotRect();
    const int columns = int(std::max<qsizetype>(m_result.hosts.value(row).buckets.size(), 1));
    return {p.left() + int((column + 0.5) * p.width() / columns),
            p.top() + row * rowHeight() + rowHeight() / 2};
}

void FleetHeatStrip::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const QRect p = plotRect();
    const int rh = rowHeight();
    // Time axis: start, middle and end of the range, in local time.
    painter.setPen(palette().color(QPalette::Text));
    const auto stamp = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("MM-dd HH:mm"));
    };
    const int top = fontMetrics().ascent() + 2;
    painter.drawText(p.left(), top, stamp(m_result.startMs));
    const QString mid = stamp((m_result.startMs + m_result.endMs) / 2);
    painter.drawText(p.center().x() - fontMetrics().horizontalAdvance(mid) / 2, top, mid);
    const QString end = stamp(m_result.endMs);
    painter.drawText(p.right() - fontMetrics().horizontalAdvance(end), top, end);

    for (int row = 0; row < m_result.hosts.size(); ++row) {
        const fleet::HostKills &h = m_result.hosts[row];
        const int y = p.top() + row * rh;
        if (y > height()) break;
        if (row % 2) painter.fillRect(QRect(0, y, width(), rh), palette().alternateBase());
        painter.setPen(palette().color(QPalette::Text));
        const QString name = fontMetrics().elidedText(h.host, Qt::ElideMiddle, labelWidth() - 60);
        painter.drawText(QRect(4, y, labelWidth() - 60, rh), Qt::AlignVCenter | Qt::AlignLeft, name);
        painter.drawText(QRect(labelWidth() - 56, y, 48, rh), Qt::AlignVCenter | Qt::AlignRight,
                         QString::number(h.kills));
        const int columns = int(h.buckets.size());
        for (int c = 0; c < columns; ++c) {
            if (h.buckets[c] <= 0) continue;
            // Log scale: a single kill must stand out as much as the biggest burst is visible.
            const double share =
                std::log1p(double(h.buckets[c])) / std::log1p(double(std::max<qint64>(m_maxBucket, 1)));
            const QColor colour =
                QColor::fromHsvF(0.08 - 0.08 * share, 0.35 + 0.65 * share, 1.0 - 0.25 * share);
            const int x0 = p.left() + c * p.width() / columns;
            const int x1 = std::max(p.left() + (c + 1) * p.width() / columns, x0 + 2);
            painter.fillRect(QRect(x0, y + 1, x1 - x0, rh - 2), colour);
        }
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(p.adjusted(0, 0, -1, -1));
}

void FleetHeatStrip::mousePressEvent(QMouseEvent *event) {
    const QRect p = plotRect();
    const QPoint pos = event->position().toPoint();
    if (!p.contains(pos) || m_result.hosts.isEmpty()) return;
    const int row = (pos.y() - p.top()) / rowHeight();
    if (row < 0 || row >= m_result.hosts.size()) return;
    const fleet::HostKills &h = m_result.hosts[row];
    const qint64 columns = std::max<qsizetype>(h.buckets.size(), 1);
    qint64 column = qint64(pos.x() - p.left()) * columns / p.width();
    // Snap to the nearest kill in that row within a few columns: cells are thin on a 30-day range.
    qint64 best = -1;
    for (qint64 c = std::max<qint64>(0, column - 3); c <= std::min(columns - 1, column + 3); ++c) {
        if (c < h.buckets.size() && h.buckets[c] > 0 &&
            (best < 0 || std::abs(c - column) < std::abs(best - column)))
            best = c;
    }
    if (best >= 0) column = best;
    emit cellActivated(h.host, m_result.startMs + (column + 1) * m_result.stepSecs * 1000);
}

} // namespace oomlens::ui
