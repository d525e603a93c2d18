// SPDX-License-Identifier: GPL-2.0-or-later
#include "WatermarkChart.h"

#include "EventFacts.h"
#include "widgets/Format.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace oomlens::ui {

namespace {
const QColor kFreeColour(0x3b, 0x7d, 0xd8);
const QColor kBelowMinColour(0xf0, 0x80, 0x80); // light, so the dark min line stays visible on it
const QColor kMinColour(0x8b, 0x00, 0x00);
const QColor kLowColour(0xe0, 0x8a, 0x00);
const QColor kHighColour(0x2c, 0x9c, 0x3c);

constexpr double kMiB = 1024.0 * 1024.0;
// In the relative view, bars far above high (an idle zone at 3000 %) are cut at this height so
// they do not squash the watermark lines; the tooltip and the label under the bar still give
// the real value, and a triangle above the cut says the bar goes on.
constexpr double kRelativeCeilingPercent = 400.0;

QString zoneTooltip(const ZoneAtOom &z) {
    QString text = QStringLiteral("<b>%1</b><table>").arg(z.zone.toHtmlEscaped());
    auto row = [&](const QString &name, OptBytes v) {
        text += QStringLiteral("<tr><td>%1</td><td align=right>%2</td></tr>").arg(name, format::bytes(v));
    };
    row(WatermarkChart::tr("free"), z.free);
    row(WatermarkChart::tr("min"), z.min);
    row(WatermarkChart::tr("low"), z.low);
    row(WatermarkChart::tr("high"), z.high);
    if (z.freeCma) row(WatermarkChart::tr("free CMA"), z.freeCma);
    if (z.boost) row(WatermarkChart::tr("boost"), z.boost);
    if (z.managed) row(WatermarkChart::tr("managed"), z.managed);
    text += QStringLiteral("</table>");
    if (z.atOrBelowMin())
        text += WatermarkChart::tr("<br><b>free is at or below min</b>: allocations fail and the "
                                   "allocator reclaims directly or calls the OOM killer.");
    else if (z.belowLow())
        text += WatermarkChart::tr("<br>free is below low: kswapd is reclaiming.");
    if (z.boost && *z.boost > 0)
        text += WatermarkChart::tr(
            "<br>The watermarks are boosted: free may sit below min without a real shortage.");
    return text;
}
} // namespace

QString WatermarkChart::freeSeriesName() {
    return tr("free");
}
QString WatermarkChart::minSeriesName() {
    return tr("min");
}
QString WatermarkChart::lowSeriesName() {
    return tr("low");
}
QString WatermarkChart::highSeriesName() {
    return tr("high");
}
QString WatermarkChart::beyondSeriesName() {
    return tr("free beyond the axis (value under the bar)");
}

WatermarkChart::WatermarkChart(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("watermarkChart"));
    m_scaleCombo = new QComboBox(this);
    m_scaleCombo->setObjectName(QStringLiteral("watermarkScale"));
    m_scaleCombo->addItem(tr("Relative to each zone's high watermark"), int(Scale::Relative));
    m_scaleCombo->addItem(tr("Absolute (MiB, log scale)"), int(Scale::Absolute));
    connect(m_scaleCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { setScale(Scale(m_scaleCombo->itemData(index).toInt())); });

    auto *explanation = new QLabel(tr("Bars: free memory. Lines: min (red), low (orange), high (green) "
                                      "watermarks. A red bar is at or below min."),
                                   this);
    explanation->setWordWrap(true);

    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_grid = new QWidget(this);
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setContentsMargins(0, 0, 0, 0);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Scale:"), this));
    top->addWidget(m_scaleCombo);
    top->addWidget(explanation, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_grid, 1);
    clear();
}

void WatermarkChart::setEvent(const OomEvent &event) {
    m_data = watermarksOf(event);
    // mm/oom_kill.c dump_header() calls show_mem() only when !is_memcg_oom(oc): a cgroup OOM
    // has no zone lines by design, not because the log is damaged.
    if (m_data.isEmpty() && facts::scopeOf(event) == facts::Scope::Memcg)
        m_placeholder->setText(tr("The kernel prints no zone lines for a cgroup OOM, so there are no "
                                  "watermarks to show: the Memory cgroup tab has its usage and limit."));
    else if (m_data.isEmpty())
        m_placeholder->setText(tr("This report has no zone lines (Mem-Info block missing or cut), so "
                                  "there are no watermarks to show."));
    rebuild();
}

void WatermarkChart::clear() {
    m_data.clear();
    m_placeholder->setText(tr("No event selected."));
    rebuild();
}

void WatermarkChart::setScale(Scale scale) {
    if (m_scale == scale) return;
    m_scale = scale;
    m_scaleCombo->setCurrentIndex(m_scaleCombo->findData(int(scale)));
    rebuild();
}

void WatermarkChart::rebuild() {
    qDeleteAll(m_views);
    m_views.clear();
    m_placeholder->setVisible(m_data.isEmpty());
    m_grid->setVisible(!m_data.isEmpty());
    // Two nodes side by side, more in a grid of two columns.
    const int columns = m_data.size() > 1 ? 2 : 1;
    for (int i = 0; i < m_data.size(); ++i) {
        auto *view = new QChartView(buildChart(m_data.at(i), m_scale), m_grid);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(240);
        view->setObjectName(QStringLiteral("watermarkChartView%1").arg(i));
        m_gridLayout->addWidget(view, i / columns, i % columns);
        m_views.append(view);
    }
}

QChart *WatermarkChart::buildChart(const NodeWatermarks &node, Scale scale) {
    auto *chart = new QChart;
    // The relative view needs a high watermark; some kernels print min:0kB low:0kB high:0kB
    // (seen on 4.4 Ubuntu), then only the absolute view says anything.
    const bool anyHigh = std::any_of(node.zones.cbegin(), node.zones.cend(),
                                     [](const ZoneAtOom &z) { return z.high && *z.high > 0; });
    if (scale == Scale::Relative && !anyHigh) scale = Scale::Absolute;
    QString title = node.node ? tr("Node %1").arg(*node.node) : tr("Zones (no node number printed)");
    if (!anyHigh) title += QStringLiteral(" — ") + tr("the report prints every watermark as 0");
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));

    const bool relative = scale == Scale::Relative;
    // Smallest positive value, for the bottom of the log axis (zero cannot be drawn on it).
    double smallest = 0, largest = 0;
    auto plotValue = [&](const ZoneAtOom &z, OptBytes v) -> std::optional<double> {
        if (!v) return std::nullopt;
        if (relative) {
            const auto r = z.relative(v);
            return r ? std::optional<double>(*r * 100.0) : std::nullopt;
        }
        return double(*v) / kMiB;
    };
    for (const ZoneAtOom &z : node.zones) {
        for (OptBytes v : {z.free, z.min, z.low, z.high}) {
            const auto p = plotValue(z, v);
            if (!p) continue;
            largest = std::max(largest, *p);
            if (*p > 0) smallest = smallest == 0 ? *p : std::min(smallest, *p);
        }
    }

    double axisMin = 0, axisMax = 0;
    if (relative) {
        axisMax = std::clamp(largest * 1.1, 120.0, kRelativeCeilingPercent);
    } else {
        axisMin = smallest > 0 ? std::pow(10.0, std::floor(std::log10(smallest))) : 0.01;
        axisMax = largest > 0 ? std::pow(10.0, std::ceil(std::log10(largest * 1.5))) : 1.0;
        if (axisMax <= axisMin) axisMax = axisMin * 10;
    }
    // Bars taller than the axis are cut at its top and get a "beyond" mark just above it.
    const double beyondAt = relative ? axisMax * 1.04 : axisMax;
    const double axisTop = relative ? axisMax * 1.08 : axisMax;

    // Every value is written under its bar, with the zone's state, in short lines: inside the
    // bar the min/low/high lines would cross it, above it a tall bar would push it off the chart.
    // The state is written too, so it reads without colours (print, colour blindness).
    QStringList categories;
    QList<int> beyond;
    for (int i = 0; i < node.zones.size(); ++i) {
        const ZoneAtOom &z = node.zones.at(i);
        QStringList lines{z.zone.toHtmlEscaped()};
        const auto value = plotValue(z, z.free);
        if (value)
            lines << (relative ? tr("free %1 %").arg(QLocale().toString(*value, 'f', 0))
                               : tr("free %1 MiB").arg(QLocale().toString(*value, 'f', *value < 10 ? 2 : 0)));
        if (z.free && *z.free == 0)
            lines << tr("no free memory");
        else if (z.atOrBelowMin())
            lines << tr("at or below min");
        else if (z.belowLow())
            lines << tr("below low");
        if (value && *value > axisTop) {
            lines << tr("▲ beyond the axis");
            beyond << i;
        }
        categories << lines.join(QStringLiteral("<br/>"));
    }

    auto *freeSet = new QBarSet(freeSeriesName());
    freeSet->setColor(kFreeColour);
    freeSet->setBorderColor(kFreeColour.darker(130));
    freeSet->setSelectedColor(kBelowMinColour);
    for (int i = 0; i < node.zones.size(); ++i) {
        const ZoneAtOom &z = node.zones.at(i);
        double v = plotValue(z, z.free).value_or(0.0);
        if (!relative && v < axisMin) v = axisMin; // an empty bar on the log axis
        freeSet->append(v > axisTop ? beyondAt : v);
        if (z.atOrBelowMin()) freeSet->selectBar(i);
    }
    auto *bars = new QBarSeries;
    bars->setName(freeSeriesName());
    bars->append(freeSet);
    bars->setBarWidth(0.6);
    bars->setLabelsVisible(false); // the values are in the category labels, see above
    chart->addSeries(bars);

    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    chart->addAxis(xAxis, Qt::AlignBottom);
    bars->attachAxis(xAxis);

    QAbstractAxis *yAxis = nullptr;
    if (relative) {
        auto *axis = new QValueAxis;
        axis->setRange(0, axisTop);
        axis->setLabelFormat(QStringLiteral("%.0f %%"));
        axis->setTitleText(tr("% of high"));
        // Round steps (0, 100, 200 %...): the top is a little above the ceiling for the mark.
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
        axis->setTickInterval(axisMax > 200 ? 100 : axisMax > 100 ? 50 : 25);
        yAxis = axis;
    } else {
        auto *axis = new QLogValueAxis;
        axis->setBase(10);
        axis->setRange(axisMin, axisMax);
        axis->setLabelFormat(QStringLiteral("%g"));
        axis->setTitleText(tr("MiB (log scale)"));
        axis->setMinorTickCount(-1);
        yAxis = axis;
    }
    chart->addAxis(yAxis, Qt::AlignLeft);
    bars->attachAxis(yAxis);

    // Watermarks: one short line per zone and watermark across the bar. Only the first line of
    // each kind appears in the legend.
    struct Kind {
        QString name;
        QColor colour;
        OptBytes ZoneAtOom::*member;
        Qt::PenStyle style;
    };
    const Kind kinds[] = {{minSeriesName(), kMinColour, &ZoneAtOom::min, Qt::SolidLine},
                          {lowSeriesName(), kLowColour, &ZoneAtOom::low, Qt::DashLine},
                          {highSeriesName(), kHighColour, &ZoneAtOom::high, Qt::DotLine}};
    for (const Kind &kind : kinds) {
        bool first = true;
        for (int i = 0; i < node.zones.size(); ++i) {
            const ZoneAtOom &z = node.zones.at(i);
            auto v = plotValue(z, z.*kind.member);
            if (!v) continue;
            if (!relative && *v < axisMin) v = axisMin;
            if (*v > axisTop) continue; // a watermark beyond the axis has no place to be drawn
            auto *line = new QLineSeries;
            line->setName(kind.name);
            line->append(i - 0.4, *v);
            line->append(i + 0.4, *v);
            QPen pen(kind.colour, 2.5, kind.style);
            line->setPen(pen);
            chart->addSeries(line);
            line->attachAxis(xAxis);
            line->attachAxis(yAxis);
            const auto markers = chart->legend()->markers(line);
            for (QLegendMarker *marker : markers)
                marker->setVisible(first);
            first = false;
        }
    }

    if (!beyond.isEmpty()) {
        auto *marks = new QScatterSeries;
        marks->setName(beyondSeriesName());
        marks->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        marks->setMarkerSize(14);
        marks->setColor(kFreeColour.darker(160));
        marks->setBorderColor(kFreeColour.darker(160));
        for (int i : std::as_const(beyond))
            marks->append(i, beyondAt);
        chart->addSeries(marks);
        marks->attachAxis(xAxis);
        marks->attachAxis(yAxis);
    }

    const QList<ZoneAtOom> zones = node.zones;
    QObject::connect(bars, &QBarSeries::hovered, chart, [zones](bool status, int index, QBarSet *) {
        if (status && index >= 0 && index < zones.size())
            QToolTip::showText(QCursor::pos(), zoneTooltip(zones.at(index)));
        else
            QToolTip::hideText();
    });
    return chart;
}

} // namespace oomlens::ui
