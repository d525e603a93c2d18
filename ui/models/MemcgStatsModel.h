// SPDX-License-Identifier: GPL-2.0-or-later
// The memory cgroup statistics of a memcg OOM report: "Memory cgroup stats for /1/2:cache:44KB
// rss:70280KB ..." (v1, 3.8-4.20) or the memory.stat copy that 5.0+ prints (v2 style, bytes),
// one row per cgroup and key (mm/memcontrol.c mem_cgroup_print_oom_meminfo()).
#pragma once

#include "model/OomEvent.h"

#include <QAbstractTableModel>

namespace oomlens::ui {

class MemcgStatsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { CgroupColumn, KeyColumn, ValueColumn, ColumnCount };
    enum Roles { SortRole = Qt::UserRole };

    explicit MemcgStatsModel(QObject *parent = nullptr);

    void setEvent(const oomlens::OomEvent &event);
    void clear();

    // Whether a memory.stat key counts events or pages rather than bytes (pgfault, thp_*, ...).
    static bool isCountKey(const QString &key);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString cgroup;
        QString key;
        std::uint64_t value = 0;
        oomlens::LineNo line = 0;
    };
    QList<Row> m_rows;
};

} // namespace oomlens::ui
