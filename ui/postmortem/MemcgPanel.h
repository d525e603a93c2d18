// SPDX-License-Identifier: GPL-2.0-or-later
// The memory cgroup side of a memcg OOM: which cgroup hit its limit and which one the victim
// was in, the usage/limit/failcnt counters as bars, and the cgroup statistics.
#pragma once

#include "model/OomEvent.h"

#include <QWidget>

class QLabel;
class QTableView;
class QVBoxLayout;

namespace oomlens::ui {

class MemcgStatsModel;

class MemcgPanel : public QWidget {
    Q_OBJECT
public:
    explicit MemcgPanel(QWidget *parent = nullptr);

    void setEvent(const oomlens::OomEvent &event);
    void clear();

    // Whether the event carries any memcg information (the detail enables its tab on this).
    static bool hasMemcg(const oomlens::OomEvent &event);

    MemcgStatsModel *statsModel() const { return m_model; }
    QString summaryText() const;

private:
    QLabel *m_summary = nullptr;
    QWidget *m_counters = nullptr;
    QVBoxLayout *m_countersLayout = nullptr;
    QTableView *m_table = nullptr;
    MemcgStatsModel *m_model = nullptr;
};

} // namespace oomlens::ui
