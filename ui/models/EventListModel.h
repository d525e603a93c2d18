// SPDX-License-Identifier: GPL-2.0-or-later
// The OOM events of a loaded log, one row each, in file order.
// DisplayRole: formatted text ("n/a" for absent values); SortRole: the raw value (bytes, ms,
// names) so the proxy sorts numbers as numbers; EventIndexRole: the row's index in
// LoadedLog::events(), which views use to find the event whatever the sort and filter.
#pragma once

#include "postmortem/LoadedLog.h"

#include <QAbstractTableModel>

namespace oomlens::ui {

class EventListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns {
        TimeColumn,
        HostColumn,
        InvokerColumn,
        VictimColumn,
        CgroupColumn,
        FreedColumn,
        CauseColumn,
        ColumnCount
    };
    enum Roles {
        SortRole = Qt::UserRole,
        EventIndexRole, // int: index into LoadedLog::events()
        CauseIdRole,    // QString: stable cause id, for colours
    };

    explicit EventListModel(QObject *parent = nullptr);

    void setLog(const LoadedLog &log);
    const LoadedLog &log() const { return m_log; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const OomEvent &event, int row, int column) const;
    QVariant sortValue(const OomEvent &event, int row, int column) const;

    LoadedLog m_log;
};

} // namespace oomlens::ui
