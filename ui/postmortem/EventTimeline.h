// SPDX-License-Identifier: GPL-2.0-or-later
// The timeline of all events: one row per host, one dot per event coloured by its cause (one
// scatter series per cause, so the legend names the causes), the victim named on hover, click
// to select. The selected event is ringed. Lane labels are drawn by the view itself, elided in
// the middle (host names and file names differ at both ends) with the whole name as tooltip;
// when there are more lanes than fit, a scroll bar moves through them.
#pragma once

#include "LoadedLog.h"
#include "TimelineLayout.h"

#include <QChartView>
#include <QHash>

class QScatterSeries;
class QScrollBar;

namespace oomlens::ui {

class EventTimeline : public QChartView {
    Q_OBJECT
public:
    explicit EventTimeline(QWidget *parent = nullptr);

    void setLog(const LoadedLog &log);
    void setCurrentEvent(int index);

    const TimelineLayout &layout() const { return m_layout; }
    // The scatter series of a cause id (tests), or null.
    QScatterSeries *seriesFor(const QString &causeId) const { return m_series.value(causeId); }
    QString tooltipFor(int index) const;
    // The lane labels as drawn now (elided to the label column), and the first lane shown.
    QStringList shownLaneLabels() const { return m_shownLabels; }
    int firstLane() const { return m_firstLane; }
    int visibleLanes() const { return m_visibleLanes; }
    QScrollBar *laneScrollBar() const { return m_laneScroll; }
    // The full name of the lane at a point of the view, or empty.
    QString laneAt(const QPoint &viewPos) const;

signals:
    void eventClicked(int index);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void updateLaneWindow();
    int labelColumnWidth() const;
    int eventAt(QScatterSeries *series, const QPointF &point) const;

    LoadedLog m_log;
    TimelineLayout m_layout;
    QHash<QString, QScatterSeries *> m_series;
    QHash<QScatterSeries *, QList<int>> m_pointEvents; // series point index -> event index
    QScatterSeries *m_selected = nullptr;
    QScrollBar *m_laneScroll = nullptr;
    QFont m_labelFont;
    QStringList m_shownLabels;
    int m_firstLane = 0;
    int m_visibleLanes = 0;
};

} // namespace oomlens::ui
