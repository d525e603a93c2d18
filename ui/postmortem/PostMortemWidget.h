// SPDX-License-Identifier: GPL-2.0-or-later
// The post-mortem workspace: the timeline of all events above the filterable, sortable event
// table, and the detail of the selected event below.
#pragma once

#include "LoadedLog.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace oomlens::ui {

class EventDetailWidget;
class EventListModel;
class EventTimeline;

class PostMortemWidget : public QWidget {
    Q_OBJECT
public:
    explicit PostMortemWidget(QWidget *parent = nullptr);

    void setLog(const LoadedLog &log);
    // Appends one event (a kill seen live) with its diagnosis; the selection stays.
    void addEvent(const oomlens::OomEvent &event);
    const LoadedLog &log() const;

    int eventCount() const;
    // The selected event's index in log().events(), or -1.
    int currentEventIndex() const;
    void selectEvent(int index);
    // Move the selection in the table's current (sorted, filtered) order; false at the end.
    bool selectNextEvent();
    bool selectPreviousEvent();

    EventTimeline *timeline() const { return m_timeline; }
    EventListModel *eventModel() const { return m_model; }
    QSortFilterProxyModel *eventProxy() const { return m_proxy; }
    QTableView *eventView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    EventDetailWidget *detail() const { return m_detail; }

    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

signals:
    void currentEventChanged(int index);

private:
    void onCurrentRowChanged();
    bool moveSelection(int delta);
    void updateCountLabel();

    EventListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    EventTimeline *m_timeline = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_legend = nullptr;
    QTableView *m_table = nullptr;
    EventDetailWidget *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    int m_current = -1;
};

} // namespace oomlens::ui
