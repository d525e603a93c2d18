// SPDX-License-Identifier: GPL-2.0-or-later
#include "ProcessFilterProxy.h"

#include "ProcessTableModel.h"

namespace oomlens::ui {

ProcessFilterProxy::ProcessFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(ProcessTableModel::SortRole);
    setDynamicSortFilter(true);
}

void ProcessFilterProxy::setCgroup(const QString &path) {
    if (path == m_cgroup) return;
    m_cgroup = path;
    invalidateFilter();
}

void ProcessFilterProxy::setText(const QString &text) {
    if (text == m_text) return;
    m_text = text;
    invalidateFilter();
}

bool ProcessFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QAbstractItemModel *m = sourceModel();
    if (!m_cgroup.isEmpty() && m_cgroup != QLatin1String("/")) {
        const QString cg =
            m->index(sourceRow, 0, sourceParent).data(ProcessTableModel::CgroupPathRole).toString();
        if (cg != m_cgroup && !(cg.startsWith(m_cgroup) && cg.size() > m_cgroup.size() &&
                                cg[m_cgroup.size()] == QLatin1Char('/')))
            return false;
    }
    if (!m_text.isEmpty()) {
        const QString pid = m->index(sourceRow, ProcessTableModel::PidColumn, sourceParent).data().toString();
        const QModelIndex name = m->index(sourceRow, ProcessTableModel::NameColumn, sourceParent);
        if (!pid.contains(m_text) && !name.data().toString().contains(m_text, Qt::CaseInsensitive) &&
            !name.data(Qt::ToolTipRole).toString().contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace oomlens::ui
