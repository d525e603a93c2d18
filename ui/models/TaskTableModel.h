// SPDX-License-Identifier: GPL-2.0-or-later
// The task table of one OOM report (mm/oom_kill.c dump_tasks()): one row per process that was
// eligible at the moment of the OOM. The victim row is marked (IsVictimRole, background) and
// processes with oom_score_adj -1000 (never killed, OOM_SCORE_ADJ_MIN) are flagged.
#pragma once

#include "model/OomEvent.h"

#include <QAbstractTableModel>

namespace oomlens::ui {

class TaskTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns {
        PidColumn,
        UidColumn,
        TgidColumn,
        TotalVmColumn,
        RssColumn,
        RssAnonColumn,
        RssFileColumn,
        RssShmemColumn,
        PgtablesColumn,
        SwapColumn,
        OomScoreAdjColumn,
        NameColumn,
        ColumnCount
    };
    enum Roles {
        SortRole = Qt::UserRole,
        IsVictimRole,    // bool
        IsProtectedRole, // bool: oom_score_adj == -1000
    };

    explicit TaskTableModel(QObject *parent = nullptr);

    void setEvent(const oomlens::OomEvent &event);
    void clear();

    // Whether any row has a value in this column (the view hides columns the kernel did not print).
    bool columnHasValues(int column) const;
    // The source row of the victim, or -1.
    int victimRow() const { return m_victimRow; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(const oomlens::TaskRow &task, int column) const;
    QString displayValue(const oomlens::TaskRow &task, int column) const;

    QList<oomlens::TaskRow> m_tasks;
    int m_victimRow = -1;
};

} // namespace oomlens::ui
