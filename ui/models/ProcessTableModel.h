// SPDX-License-Identifier: GPL-2.0-or-later
// ProcessTableModel: one row per process of a Snapshot, with the kernel's kill order.
//
// Shape (shared by every model in ui/models): Columns enum, raw numbers under SortRole, text
// with units under Qt::DisplayRole, "n/a" for absent values (never 0), header tooltips.
//
// Updates are incremental (setSnapshot() merges the new process list into the current rows,
// keyed by pid and start time so a reused pid is a new row): rows that left are removed in
// contiguous batches, then changed rows get one dataChanged per contiguous run, then new rows are
// inserted in batches (in that order, so a sorting proxy never compares an inserted row with a
// row whose change it has not been told about). Views keep selection, scroll, sort and filter.
#pragma once

#include "analysis/KillOrder.h"
#include "model/Snapshot.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>
#include <optional>
#include <vector>

namespace oomlens::ui {

class ProcessTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns {
        PidColumn,
        NameColumn,
        UserColumn,
        CgroupColumn,
        RssColumn,
        AnonColumn,
        FileColumn,
        ShmemColumn,
        SwapColumn,
        OomScoreColumn,
        OomScoreAdjColumn,
        HostRankColumn,
        CgroupRankColumn,
        ColumnCount
    };
    enum Roles {
        SortRole = Qt::UserRole, // raw value: qint64 / quint64 / QString; absent sorts as -1
        PidRole,                 // int pid of the row
        CgroupPathRole,          // QString: the process's memory cgroup path
        NeverKilledRole,         // bool: oom_score_adj -1000 or otherwise never picked
        // For ui/protect/OomScoreAdjDelegate (its documented default role numbers).
        DelegatePidRole = Qt::UserRole + 101,       // qint64 pid
        DelegateStartTimeRole = Qt::UserRole + 102, // quint64 stat field 22
    };

    // Resolves a uid to a user name; the default prints the number (right for snapshots of
    // other hosts, whose /etc/passwd we do not have).
    using UserNameFn = std::function<QString(uint uid)>;

    explicit ProcessTableModel(QObject *parent = nullptr);

    void setUserNameResolver(UserNameFn fn) { m_userName = std::move(fn); }
    // A resolver through getpwuid_r with a cache (for the live host).
    static UserNameFn localUserNames();

    // Merges a new snapshot's processes in (incremental; see above).
    void setSnapshot(const Snapshot &snapshot, const KillOrder &killOrder);
    // The cgroup whose kill order fills CgroupRankColumn (its subtree); empty = none.
    void setRankCgroup(const QString &path, const KillOrder &killOrder);
    QString rankCgroup() const { return m_rankCgroup; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // oom_score_adj is editable (through the delegate, which never writes the model) when set.
    void setAdjEditable(bool editable) { m_adjEditable = editable; }
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Row of a pid, -1 when absent.
    int rowOfPid(int pid) const;
    // Counters of the last merge, for tests and the status line.
    struct MergeStats {
        int removed = 0, inserted = 0, changed = 0;
        int removeBatches = 0, insertBatches = 0, changeBatches = 0;
    };
    MergeStats lastMerge() const { return m_lastMerge; }

    // The tooltip of the cgroup rank column while no cgroup is selected.
    static QString noCgroupRankTip();

private:
    struct Row {
        Process process;
        std::optional<int> hostRank;   // 1-based; nullopt = never picked / unknown
        std::optional<int> cgroupRank; // within m_rankCgroup
        bool neverKilled = false;
        bool operator==(const Row &) const = default;
    };
    Row makeRow(const Process &p, const KillOrder &order) const;
    void fillCgroupRanks(std::vector<Row> &rows, const KillOrder &order) const;
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;

    std::vector<Row> m_rows; // sorted by pid
    QString m_rankCgroup;
    UserNameFn m_userName;
    mutable QHash<uint, QString> m_userCache;
    MergeStats m_lastMerge;
    bool m_adjEditable = false;
};

} // namespace oomlens::ui
