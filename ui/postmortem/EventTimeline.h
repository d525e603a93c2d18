// SPDX-License-Identifier: GPL-2.0-or-later
// The timeline of all events: one row per host, one dot per event coloured by its cause (one
// scatter series per cause, so the legend names the causes), the victim named on hover, click
// to select. The selected event is ringed.
#pragma once

#include "LoadedLog.h"
#include "TimelineLayout.h"

#include <QChartView>
#include <QHash>

class QScatterSeries;

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

signals:
    void eventClicked(int index);

private:
    int eventAt(QScatterSeries *series, const QPointF &point) const;

    LoadedLog m_log;
    TimelineLayout m_layout;
    QHash<QString, QScatterSeries *> m_series;
    QHash<QScatterSeries *, QList<int>> m_pointEvents; // series point index -> event index
    QScatterSeries *m_selected = nullptr;
};

} // namespace oomlens::ui
