// SPDX-License-Identifier: GPL-2.0-or-later
#include "EventTimeline.h"

#include "EventFacts.h"

#include <QChart>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHelpEvent>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QScrollBar>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>

namespace oomlens::ui {

EventTimeline::EventTimeline(QWidget *parent)
    : QChartView(parent) {
    setObjectName(QStringLiteral("eventTimeline"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(120);
    m_laneScroll = new QScrollBar(Qt::Vertical, this);
    m_laneScroll->setObjectName(QStringLiteral("timelineLaneScroll"));
    m_laneScroll->hide();
    connect(m_laneScroll, &QScrollBar::valueChanged, this, [this](int value) {
        m_firstLane = value;
        updateLaneWindow();
    });
    setLog({});
}

QString EventTimeline::tooltipFor(int index) const {
    if (index < 0 || index >= m_log.events().size()) return {};
    const OomEvent &e = m_log.events().at(index);
    QString text = tr("<b>%1</b><br>%2<br>victim: %3<br>cause: %4")
                       .arg(facts::timeText(e).toHtmlEscaped(),
                            (e.host.isEmpty() ? facts::invokerText(e) : e.host).toHtmlEscaped(),
                            facts::victimText(e).toHtmlEscaped(), m_log.causeOf(index).title.toHtmlEscaped());
    if (index < m_layout.placed.size() && m_layout.placed.at(index))
        text += QStringLiteral("<br><i>%1</i>")
                    .arg(tr("This event has no time stamp of the axis' kind: it is placed next to its "
                            "neighbours in the same file."));
    return text;
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
        // An empty log has no time stamps to miss: its chart title already says so.
        if (!log.events().isEmpty()) axis->setTitleText(tr("event number (most events have no time stamp)"));
        xAxis = axis;
        break;
    }
    }
    chart->addAxis(xAxis, Qt::AlignBottom);

    // The lanes: the first-seen host on top. Their labels are drawn in drawForeground() (Qt
    // Charts cuts category labels to "…" once lanes are narrower than a line of text).
    auto *yAxis = new QValueAxis;
    yAxis->setReverse(true);
    yAxis->setLabelsVisible(false);
    yAxis->setGridLineVisible(false);
    yAxis->setTickCount(2);
    yAxis->setRange(-0.6, std::max<qsizetype>(0, m_layout.rows.size() - 1) + 0.6);
    chart->addAxis(yAxis, Qt::AlignLeft);

    // Small labels: the timeline is a strip above the table, its rows must fit their labels.
    QFont small = chart->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    xAxis->setLabelsFont(small);
    xAxis->setTitleFont(small);
    chart->legend()->setFont(small);
    m_labelFont = small;

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
    connect(chart, &QChart::plotAreaChanged, this, [this] { updateLaneWindow(); });
    m_firstLane = 0;
    updateLaneWindow();
}

int EventTimeline::labelColumnWidth() const {
    const QFontMetrics metrics(m_labelFont);
    int widest = 0;
    for (const QString &row : m_layout.rows)
        widest = std::max(widest, metrics.horizontalAdvance(row));
    // Up to a quarter of the view: the events need the rest.
    return std::clamp(widest + 12, 40, std::max(120, width() / 4));
}

void EventTimeline::updateLaneWindow() {
    QChart *chart = this->chart();
    if (!chart) return;
    const int lanes = int(m_layout.rows.size());
    const int column = labelColumnWidth();
    const int scrollWidth = m_laneScroll->sizeHint().width();
    // The scroll bar (when lanes do not all fit) sits left of the labels, outside their column.
    const int left =
        column + (lanes * QFontMetrics(m_labelFont).height() * 1.25 > height() - 60 ? scrollWidth : 0);
    if (chart->margins().left() != left) chart->setMargins(QMargins(left, 2, 2, 2));
    // One lane needs a line of label text plus a little air.
    const double pitch = QFontMetrics(m_labelFont).height() * 1.25;
    const double plotHeight = chart->plotArea().height() > 0 ? chart->plotArea().height() : height() - 60;
    const int fit = std::max(1, int(plotHeight / pitch));
    m_visibleLanes = std::min(std::max(lanes, 1), fit);
    const int maxFirst = std::max(0, lanes - m_visibleLanes);
    m_firstLane = std::clamp(m_firstLane, 0, maxFirst);
    {
        const QSignalBlocker blocker(m_laneScroll);
        m_laneScroll->setRange(0, maxFirst);
        m_laneScroll->setPageStep(m_visibleLanes);
        m_laneScroll->setValue(m_firstLane);
    }
    m_laneScroll->setVisible(maxFirst > 0);
    m_laneScroll->setToolTip(tr("%1 of %2 lanes shown").arg(m_visibleLanes).arg(lanes));
    const auto axes = chart->axes(Qt::Vertical);
    if (!axes.isEmpty()) axes.first()->setRange(m_firstLane - 0.6, m_firstLane + m_visibleLanes - 1 + 0.6);

    const QFontMetrics metrics(m_labelFont);
    m_shownLabels.clear();
    for (int r = m_firstLane; r < std::min(lanes, m_firstLane + m_visibleLanes); ++r)
        m_shownLabels << metrics.elidedText(m_layout.rows.at(r), Qt::ElideMiddle, column - 12);
    viewport()->update();
}

void EventTimeline::resizeEvent(QResizeEvent *event) {
    QChartView::resizeEvent(event);
    const int w = m_laneScroll->sizeHint().width();
    m_laneScroll->setGeometry(0, 0, w, height());
    updateLaneWindow();
}

void EventTimeline::drawForeground(QPainter *painter, const QRectF &rect) {
    QChartView::drawForeground(painter, rect);
    QChart *chart = this->chart();
    if (!chart || !m_selected || m_layout.rows.isEmpty()) return;
    painter->save();
    painter->setFont(m_labelFont);
    painter->setPen(palette().color(QPalette::WindowText));
    const QRectF plot = chart->plotArea();
    const double lineHeight = QFontMetrics(m_labelFont).height();
    for (int i = 0; i < m_shownLabels.size(); ++i) {
        const double y = chart->mapToPosition(QPointF(m_layout.minX, m_firstLane + i), m_selected).y();
        const double left = m_laneScroll->isVisible() ? m_laneScroll->width() + 2 : 0;
        const QRectF box(left, y - lineHeight / 2, plot.left() - 6 - left, lineHeight);
        painter->drawText(box, Qt::AlignRight | Qt::AlignVCenter, m_shownLabels.at(i));
    }
    painter->restore();
}

QString EventTimeline::laneAt(const QPoint &viewPos) const {
    QChart *chart = this->chart();
    if (!chart || !m_selected || m_layout.rows.isEmpty()) return {};
    const QPointF value = chart->mapToValue(mapToScene(viewPos), m_selected);
    const int lane = int(std::lround(value.y()));
    if (lane < m_firstLane || lane >= m_firstLane + m_visibleLanes || lane >= m_layout.rows.size()) return {};
    return m_layout.rows.at(lane);
}

bool EventTimeline::viewportEvent(QEvent *event) {
    if (event->type() == QEvent::ToolTip && chart()) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (help->pos().x() < chart()->plotArea().left()) {
            const QString lane = laneAt(help->pos());
            if (!lane.isEmpty()) {
                int count = 0;
                for (int r : std::as_const(m_layout.row))
                    count += m_layout.rows.at(r) == lane ? 1 : 0;
                QToolTip::showText(help->globalPos(), tr("%1: %n event(s)", nullptr, count).arg(lane), this);
                return true;
            }
        }
    }
    return QChartView::viewportEvent(event);
}

void EventTimeline::wheelEvent(QWheelEvent *event) {
    if (m_laneScroll->isVisible()) {
        m_laneScroll->setValue(m_firstLane + (event->angleDelta().y() < 0 ? 1 : -1));
        event->accept();
        return;
    }
    QChartView::wheelEvent(event);
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
    if (index >= 0 && index < m_layout.x.size()) {
        m_selected->append(m_layout.x.at(index), m_layout.y.at(index));
        // Bring the selected event's lane into view.
        const int lane = m_layout.row.at(index);
        if (lane < m_firstLane || lane >= m_firstLane + m_visibleLanes) m_laneScroll->setValue(lane);
    }
}

} // namespace oomlens::ui
