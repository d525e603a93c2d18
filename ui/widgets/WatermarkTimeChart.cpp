// SPDX-License-Identifier: GPL-2.0-or-later
#include "WatermarkTimeChart.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>

#include <algorithm>
#include <cmath>

namespace oomlens::ui {

namespace {
// No red or orange: those mean "below min" / "below low" in every other view (WatermarkBars,
// the post-mortem chart), and a healthy zone's free line must not read as an alarm.
const QColor kZoneColours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                               QColor(0x17, 0xbe, 0xcf), QColor(0x9a, 0x9b, 0x1c), QColor(0x7f, 0x7f, 0x7f)};
const QColor kLegendGrey(0x55, 0x55, 0x55);
constexpr double kFloorMiB = 0.01; // log axis: a zone at 0 free pages is drawn at the floor
} // namespace

WatermarkTimeChart::WatermarkTimeChart(int node, QWidget *parent)
    // The chart is given to the constructor: one set later with setChart() (after the view made a
    // default one) lays out no room for the time axis' labels in Qt 6.4, and they vanish.
    : QChartView(new QChart, parent)
    , m_node(node) {
    QChart *chart = this->chart();
    chart->setTitle(tr("Node %1").arg(node));
    chart->legend()->setAlignment(Qt::AlignRight);
    // Line samples in the legend, so the dash of min/low/high can be told apart.
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_x = new QDateTimeAxis;
    m_x->setFormat(QStringLiteral("HH:mm:ss"));
    m_x->setTickCount(6);
    m_y = new QLogValueAxis;
    m_y->setBase(10);
    m_y->setLabelFormat(QStringLiteral("%g"));
    m_y->setTitleText(tr("free, MiB (log)"));
    m_y->setMinorTickCount(0);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    // The watermark lines are drawn in their zone's colour; the legend names their dash once.
    const std::pair<QString, Qt::PenStyle> styles[] = {{tr("min (dashed)"), Qt::DashLine},
                                                       {tr("low (dotted)"), Qt::DotLine},
                                                       {tr("high (dash-dot)"), Qt::DashDotLine}};
    for (const auto &[name, style] : styles) {
        auto *key = new QLineSeries;
        key->setName(name);
        key->setPen(QPen(kLegendGrey, 1.5, style));
        chart->addSeries(key);
        key->attachAxis(m_x);
        key->attachAxis(m_y);
        m_legendKeys << key;
    }
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    // As many time labels as fit side by side ("HH:mm:ss" and a gap each), 2 to 8.
    connect(chart, &QChart::plotAreaChanged, this, [this](const QRectF &plot) {
        const int label = QFontMetrics(m_x->labelsFont()).horizontalAdvance(QStringLiteral("00:00:00")) + 40;
        m_ticksThatFit = std::clamp(int(plot.width()) / std::max(1, label) + 1, 2, 8);
        fitTicks();
    });
}

// No more labels than whole seconds in the range either: "HH:mm:ss" would repeat.
void WatermarkTimeChart::fitTicks() {
    const qint64 seconds = m_x->min().secsTo(m_x->max());
    const int ticks = int(std::clamp<qint64>(std::min<qint64>(m_ticksThatFit, seconds + 1), 2, 8));
    if (ticks != m_x->tickCount()) m_x->setTickCount(ticks);
}

QColor WatermarkTimeChart::zoneColour(int index) {
    return kZoneColours[std::size_t(index) % std::size(kZoneColours)];
}

void WatermarkTimeChart::setWindowSeconds(int seconds) {
    m_windowSeconds = std::max(10, seconds);
}

WatermarkTimeChart::ZoneSeries &WatermarkTimeChart::seriesFor(const QString &zone) {
    for (ZoneSeries &s : m_series)
        if (s.zone == zone) return s;
    const QColor colour = zoneColour(int(m_series.size()));
    ZoneSeries s;
    s.zone = zone;
    auto make = [&](const QString &name, Qt::PenStyle style, qreal width, bool inLegend) {
        auto *series = new QLineSeries;
        series->setName(name);
        QPen pen(colour, width, style);
        series->setPen(pen);
        chart()->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        if (!inLegend)
            for (QLegendMarker *m : chart()->legend()->markers(series))
                m->setVisible(false);
        return series;
    };
    s.free = make(tr("%1 free").arg(zone), Qt::SolidLine, 2.0, true);
    s.min = make(tr("%1 min").arg(zone), Qt::DashLine, 1.0, false);
    s.low = make(tr("%1 low").arg(zone), Qt::DotLine, 1.0, false);
    s.high = make(tr("%1 high").arg(zone), Qt::DashDotLine, 1.0, false);
    m_series.push_back(s);
    return m_series.back();
}

QLineSeries *WatermarkTimeChart::series(const QString &zone, const QString &line) const {
    for (const ZoneSeries &s : m_series)
        if (s.zone == zone) {
            if (line == QLatin1String("free")) return s.free;
            if (line == QLatin1String("min")) return s.min;
            if (line == QLatin1String("low")) return s.low;
            if (line == QLatin1String("high")) return s.high;
        }
    return nullptr;
}

void WatermarkTimeChart::setHistory(const History &history, quint64 pageSize, const QStringList &emptyZones) {
    QString title = tr("Node %1").arg(m_node);
    if (!emptyZones.isEmpty())
        title += tr("  (empty, not shown: %1)").arg(emptyZones.join(QLatin1String(", ")));
    chart()->setTitle(title);
    if (history.isEmpty()) return;
    const HostSample &newest = history.latest();
    const qint64 from = newest.timeMs - qint64(m_windowSeconds) * 1000;
    const double mib = double(pageSize) / (1024.0 * 1024.0);
    double lo = 1e18, hi = 0;
    const auto &layout = history.layoutOf(newest);
    for (std::size_t z = 0; z < layout.size(); ++z) {
        if (layout[z].node != m_node) continue;
        ZoneSeries &s = seriesFor(layout[z].zone);
        QList<QPointF> free, min, low, high;
        for (std::size_t i = history.size(); i-- > 0;) {
            const HostSample &h = history.at(i);
            if (h.timeMs < from) break;
            const int zi = history.zoneIndex(h, m_node, layout[z].zone);
            if (zi < 0) continue;
            const ZoneSample &zs = h.zones[std::size_t(zi)];
            const double t = double(h.timeMs);
            auto add = [&](QList<QPointF> &list, std::uint32_t pages) {
                if (pages == ZoneSample::kAbsent) return;
                const double v = std::max(kFloorMiB, double(pages) * mib);
                list.append(QPointF(t, v));
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            };
            add(free, zs.free);
            add(min, zs.min);
            add(low, zs.low);
            add(high, zs.high);
        }
        std::reverse(free.begin(), free.end());
        std::reverse(min.begin(), min.end());
        std::reverse(low.begin(), low.end());
        std::reverse(high.begin(), high.end());
        s.free->replace(free);
        s.min->replace(min);
        s.low->replace(low);
        s.high->replace(high);
    }
    const qint64 oldest = std::max(from, history.at(0).timeMs);
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(oldest),
                  QDateTime::fromMSecsSinceEpoch(std::max(newest.timeMs, oldest + 1000)));
    fitTicks();
    if (hi > 0) {
        // Whole decades, so the log axis gets readable labels.
        m_y->setRange(std::pow(10.0, std::floor(std::log10(lo))),
                      std::pow(10.0, std::ceil(std::log10(hi * 1.01))));
    }
}

} // namespace oomlens::ui
