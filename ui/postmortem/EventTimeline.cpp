// SPDX-License-Identifier: GPL-2.0-or-later
#include "EventTimeline.h"

#include "EventFacts.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

namespace oomlens::ui {

EventTimeline::EventTimeline(QWidget *parent)
    : QChartView(parent) {
    setObjectName(QStringLiteral("eventTimeline"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(120);
    setLog({});
}

QString EventTimeline::tooltipFor(int index) const {
    if (index < 0 || index >= m_log.events().size()) return {};
    const OomEvent &e = m_log.events().at(index);
    return tr("<b>%1</b><br>%2<br>victim: %3<br>cause: %4")
        .arg(facts::timeText(e).toHtmlEscaped(),
             (e.host.isEmpty() ? facts::invokerText(e) : e.host).toHtmlEscaped(),
             facts::victimText(e).toHtmlEscaped(), m_log.causeOf(index).title.toHtmlEscaped());
}

void EventTimeline::setLog(const LoadedLog &log) {
    m_log = log;
    m_layout = TimelineLayout::compute(log.events());
    m_series.clear();
    m_pointEvents.clear();

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(2, 2, 2, 2));
    if (log.events().isEmpty()) chart->setTitle(tr("No events"));

    // One series per cause, in order of first appearance.
    QStringList causeOrder;
    for (int i = 0; i < log.events().size(); ++i) {
        const EventCause cause = log.causeOf(i);
        QScatterSeries *series = m_series.value(cause.id);
        if (!series) {
            series = new QScatterSeries;
            series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
            series->setMarkerSize(12);
            series->setColor(causeColour(cause.id));
            series->setBorderColor(causeColour(cause.id).darker(140));
            m_series.insert(cause.id, series);
            causeOrder << cause.id;
        }
        series->append(m_layout.x.at(i), m_layout.y.at(i));
        m_pointEvents[series].append(i);
    }
    for (const QString &id : std::as_const(causeOrder)) {
        QScatterSeries *series = m_series.value(id);
        series->setName(tr("%1 (%2)").arg(causeTitle(id)).arg(series->count()));
        chart->addSeries(series);
    }

    m_selected = new QScatterSeries;
    m_selected->setName(tr("selected"));
    m_selected->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_selected->setMarkerSize(22);
    m_selected->setColor(Qt::transparent);
    m_selected->setBorderColor(QColor(0x20, 0x20, 0x20));
    QPen ring(QColor(0x20, 0x20, 0x20), 2.5);
    m_selected->setPen(ring);
    chart->addSeries(m_selected);

    // x axis: pad by 3 % (or a minute/second/one event when all events share one x).
    double span = m_layout.maxX - m_layout.minX;
    QAbstractAxis *xAxis = nullptr;
    switch (m_layout.axis) {
    case TimelineLayout::Axis::WallClock: {
        const double pad = span > 0 ? span * 0.03 : 60'000.0;
        auto *axis = new QDateTimeAxis;
        axis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(m_layout.minX - pad)),
                       QDateTime::fromMSecsSinceEpoch(qint64(m_layout.maxX + pad)));
        // Short spans show the time of day, long ones the date.
        axis->setFormat(span < 86'400'000.0 ? QStringLiteral("HH:mm:ss")
                                            : QStringLiteral("yyyy-MM-dd HH:mm"));
        axis->setTickCount(span < 86'400'000.0 ? 6 : 5);
        axis->setTitleText(
            span < 86'400'000.0
                ? QDateTime::fromMSecsSinceEpoch(qint64(m_layout.minX)).toString(QStringLiteral("yyyy-MM-dd"))
                : QString());
        xAxis = axis;
        break;
    }
    case TimelineLayout::Axis::Uptime: {
        const double pad = span > 0 ? span * 0.03 : 1.0;
        auto *axis = new QValueAxis;
        axis->setRange(std::max(0.0, m_layout.minX - pad), m_layout.maxX + pad);
        axis->setLabelFormat(QStringLiteral("%.0f"));
        axis->setTitleText(tr("seconds since boot"));
        xAxis = axis;
        break;
    }
    case TimelineLayout::Axis::Sequence: {
        auto *axis = new QValueAxis;
        axis->setRange(0.5, std::max(1.5, m_layout.maxX + 0.5));
        axis->setLabelFormat(QStringLiteral("%d"));
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(1);
        axis->setTickInterval(std::max(1.0, std::ceil(m_layout.maxX / 10.0)));
        axis->setTitleText(tr("event number (the log has no usable time stamps)"));
        xAxis = axis;
        break;
    }
    }
    chart->addAxis(xAxis, Qt::AlignBottom);

    auto *yAxis = new QCategoryAxis;
    yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int r = 0; r < m_layout.rows.size(); ++r)
        yAxis->append(m_layout.rows.at(r), r);
    yAxis->setRange(-0.6, std::max<qsizetype>(0, m_layout.rows.size() - 1) + 0.6);
    yAxis->setGridLineVisible(false);
    chart->addAxis(yAxis, Qt::AlignLeft);

    // Small labels: the timeline is a strip above the table, its rows must fit their labels.
    QFont small = chart->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    xAxis->setLabelsFont(small);
    xAxis->setTitleFont(small);
    yAxis->setLabelsFont(small);
    chart->legend()->setFont(small);

    const auto allSeries = chart->series();
    for (QAbstractSeries *series : allSeries) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    for (QLegendMarker *marker : chart->legend()->markers(m_selected))
        marker->setVisible(false);

    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        QScatterSeries *series = it.value();
        connect(series, &QScatterSeries::hovered, this, [this, series](const QPointF &point, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), tooltipFor(eventAt(series, point)), this);
            else
                QToolTip::hideText();
        });
        connect(series, &QScatterSeries::clicked, this, [this, series](const QPointF &point) {
            const int index = eventAt(series, point);
            if (index >= 0) emit eventClicked(index);
        });
    }

    // setChart() releases the previous chart without deleting it.
    QChart *previous = this->chart();
    setChart(chart);
    delete previous;
}

int EventTimeline::eventAt(QScatterSeries *series, const QPointF &point) const {
    const QList<int> events = m_pointEvents.value(series);
    const QList<QPointF> points = series->points();
    // The signal carries the point's own coordinates: the nearest one is the one under the mouse.
    int best = -1;
    double bestDistance = 0;
    for (int i = 0; i < points.size() && i < events.size(); ++i) {
        const double d = std::abs(points.at(i).x() - point.x()) + std::abs(points.at(i).y() - point.y());
        if (best < 0 || d < bestDistance) {
            best = events.at(i);
            bestDistance = d;
        }
    }
    return best;
}

void EventTimeline::setCurrentEvent(int index) {
    if (!m_selected) return;
    m_selected->clear();
    if (index >= 0 && index < m_layout.x.size())
        m_selected->append(m_layout.x.at(index), m_layout.y.at(index));
}

} // namespace oomlens::ui
