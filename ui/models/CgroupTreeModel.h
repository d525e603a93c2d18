// SPDX-License-Identifier: GPL-2.0-or-later
// CgroupTreeModel: the memory cgroup tree of a Snapshot (v1, v2, or the memory hierarchy of a
// hybrid host), one row per cgroup, parents above children.
//
// Shape as in ui/models: Columns, raw values under SortRole, formatted text under DisplayRole,
// "n/a" for absent. UsageColumn's SortRole/UsageFractionRole is usage / effective limit (0..1,
// -1 = unlimited or unknown) for the bar delegate.
//
// Updates: when the set of cgroups is unchanged (the usual tick), changed rows get dataChanged;
// when cgroups appear or vanish the model resets, and the view restores selection and expansion
// by path (CgroupPathRole).
#pragma once

#include "model/Snapshot.h"

#include <QAbstractItemModel>
#include <QStringList>

#include <vector>

namespace oomlens::ui {

class CgroupTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    // The usage a row shows: the cgroup's own, or the host's memory in use for a root (never
    // less than a child's).
    std::optional<quint64> usageShown(const Cgroup &c) const;
    enum Columns {
        NameColumn,
        UsageColumn, // usage against the effective limit, drawn as a bar
        LimitColumn, // effective limit (tightest of its own and its ancestors')
        HighColumn,  // v2 memory.high
        SwapColumn,  // v2 memory.swap.current, v1 memsw - usage
        OomColumn,   // v2 memory.events oom / v1 under_oom
        OomKillColumn,
        FailcntColumn, // v1 memory.failcnt, v2 memory.events max
        PsiSomeColumn,
        PsiFullColumn,
        ProcessesColumn,
        ColumnCount
    };
    enum Roles {
        SortRole = Qt::UserRole,
        CgroupPathRole,    // QString
        UsageFractionRole, // double 0..1, or -1
    };

    explicit CgroupTreeModel(QObject *parent = nullptr);

    void setSnapshot(const Snapshot &snapshot);
    QModelIndex indexOfPath(const QString &path, int column = 0) const;
    // Whether the last setSnapshot() had to reset (cgroups came or went).
    bool lastUpdateReset() const { return m_lastReset; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::optional<quint64> m_hostUsed;
    struct Item {
        Cgroup cgroup;
        int parent = -1; // item index
        int row = 0;     // row under its parent
        std::vector<int> children;
    };
    void rebuild(const Snapshot &snapshot);
    QVariant display(const Cgroup &c, int column) const;
    QVariant sortValue(const Cgroup &c, int column) const;

    std::vector<Item> m_items;
    std::vector<int> m_roots;
    QStringList m_paths;
    bool m_lastReset = false;
};

} // namespace oomlens::ui
