// SPDX-License-Identifier: GPL-2.0-or-later
// CgroupProcessPanel: the memory cgroup tree beside the process table. Selecting a cgroup
// filters the table to its subtree and ranks the processes within it (a memcg OOM there would
// pick them in that order). Both views keep selection, expansion, scroll, sort and filter across
// updates.
#pragma once

#include "analysis/KillOrder.h"
#include "model/Snapshot.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTreeView;

namespace oomlens::ui {

class CgroupTreeModel;
class ProcessFilterProxy;
class ProcessTableModel;

class CgroupProcessPanel : public QWidget {
    Q_OBJECT
public:
    explicit CgroupProcessPanel(bool live, QWidget *parent = nullptr);

    // processesChanged = false keeps the table as it is (a Fast sample carries old processes).
    void setSnapshot(const Snapshot &snapshot, const KillOrder &killOrder, bool processesChanged = true);
    // Selects a cgroup by path ("" = none: all processes).
    void selectCgroup(const QString &path);
    QString selectedCgroup() const;

    QTreeView *cgroupView() const { return m_tree; }
    QTableView *processView() const { return m_table; }
    CgroupTreeModel *cgroupModel() const { return m_cgroups; }
    ProcessTableModel *processModel() const { return m_processes; }
    ProcessFilterProxy *processProxy() const { return m_proxy; }

private:
    void cgroupSelectionChanged();
    void requestAdjChange(qint64 pid, quint64 startTime, int from, int to);
    void updateCount();

    CgroupTreeModel *m_cgroups;
    ProcessTableModel *m_processes;
    ProcessFilterProxy *m_proxy;
    QTreeView *m_tree;
    QTableView *m_table;
    QLineEdit *m_filter;
    QLabel *m_count;
    QLabel *m_cgroupInfo;
    KillOrder m_killOrder;
    Snapshot m_snapshot; // the latest with fresh processes (for the oom_score_adj what-if)
    bool m_firstTree = true;
};

} // namespace oomlens::ui
