// SPDX-License-Identifier: GPL-2.0-or-later
// Sorting (on ProcessTableModel::SortRole) and filtering (by cgroup subtree and by text) of the
// process table. Filters survive model updates: the proxy re-filters rows as they come and go.
#pragma once

#include <QSortFilterProxyModel>

namespace oomlens::ui {

class ProcessFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ProcessFilterProxy(QObject *parent = nullptr);

    // Only processes in this cgroup or below it; empty = all.
    void setCgroup(const QString &path);
    QString cgroup() const { return m_cgroup; }
    // Case-insensitive match on pid, name or command line; empty = all.
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_cgroup;
    QString m_text;
};

} // namespace oomlens::ui
