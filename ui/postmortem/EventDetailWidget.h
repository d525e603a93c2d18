// SPDX-License-Identifier: GPL-2.0-or-later
// Everything about the selected event: the diagnosis card beside tabs for the per-node
// watermark charts, the buddy heatmap, the task table, the memcg panel and the raw report.
#pragma once

#include "LoadedLog.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;

namespace oomlens::ui {

class BuddyHeatmap;
class DiagnosisCard;
class MemcgPanel;
class RawReportView;
class TaskTableModel;
class WatermarkChart;

class EventDetailWidget : public QWidget {
    Q_OBJECT
public:
    enum Tab { WatermarksTab, BuddyTab, TasksTab, MemcgTab, RawReportTab };

    explicit EventDetailWidget(QWidget *parent = nullptr);

    void setEvent(const oomlens::OomEvent &event, const EventExplanation &explanation);
    void clear();

    DiagnosisCard *card() const { return m_card; }
    WatermarkChart *watermarks() const { return m_watermarks; }
    BuddyHeatmap *heatmap() const { return m_heatmap; }
    TaskTableModel *taskModel() const { return m_taskModel; }
    QTableView *taskView() const { return m_taskView; }
    MemcgPanel *memcg() const { return m_memcg; }
    RawReportView *rawReport() const { return m_raw; }
    QTabWidget *tabs() const { return m_tabs; }

    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

public slots:
    void showReportLine(oomlens::LineNo line);

    // The tab an event opens on when the current one has nothing for it: the memory-cgroup view
    // for a memcg OOM, else the first tab with content.
    int firstTabFor(const oomlens::OomEvent &event) const;

private:
    void updateTaskColumns();
    bool isTabEmpty(int tab, const oomlens::OomEvent &event) const;

    QSplitter *m_splitter = nullptr;
    DiagnosisCard *m_card = nullptr;
    QTabWidget *m_tabs = nullptr;
    WatermarkChart *m_watermarks = nullptr;
    BuddyHeatmap *m_heatmap = nullptr;
    QLabel *m_heatmapNote = nullptr;
    TaskTableModel *m_taskModel = nullptr;
    QSortFilterProxyModel *m_taskProxy = nullptr;
    QTableView *m_taskView = nullptr;
    QLabel *m_taskNote = nullptr;
    MemcgPanel *m_memcg = nullptr;
    RawReportView *m_raw = nullptr;
};

} // namespace oomlens::ui
