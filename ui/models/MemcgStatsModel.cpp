// SPDX-License-Identifier: GPL-2.0-or-later
#include "MemcgStatsModel.h"

#include "widgets/Format.h"

#include <QLocale>

namespace oomlens::ui {

MemcgStatsModel::MemcgStatsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

bool MemcgStatsModel::isCountKey(const QString &key) {
    // Documentation/admin-guide/cgroup-v2.rst memory.stat: event counters and page counts have
    // these prefixes; everything else is in bytes (v1 "KB" fields are converted by the parser).
    static const char *const prefixes[] = {"pg",      "thp_",   "workingset_", "nr_",  "zswpin",
                                           "zswpout", "zswpwb", "total_pg",    "numa_"};
    for (const char *prefix : prefixes)
        if (key.startsWith(QLatin1String(prefix))) return true;
    return key.endsWith(QLatin1String("_count")) || key == QLatin1String("oom_kill");
}

void MemcgStatsModel::setEvent(const OomEvent &event) {
    beginResetModel();
    m_rows.clear();
    for (const MemcgStats &stats : event.memcg.stats)
        for (const auto &[key, value] : stats.values.items)
            m_rows.append({stats.path, key, value, stats.line});
    endResetModel();
}

void MemcgStatsModel::clear() {
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int MemcgStatsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemcgStatsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemcgStatsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CgroupColumn:
            return row.cgroup.isEmpty() ? format::notAvailable() : row.cgroup;
        case KeyColumn:
            return row.key;
        case ValueColumn:
            return isCountKey(row.key) ? QLocale().toString(qulonglong(row.value)) : format::bytes(row.value);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case CgroupColumn:
            return row.cgroup;
        case KeyColumn:
            return row.key;
        case ValueColumn:
            return QVariant::fromValue<qulonglong>(row.value);
        }
        return {};
    case Qt::ToolTipRole:
        return tr("Line %1; raw value %2").arg(row.line).arg(row.value);
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn) return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant MemcgStatsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case CgroupColumn:
        return tr("Cgroup");
    case KeyColumn:
        return tr("Statistic");
    case ValueColumn:
        return tr("Value");
    }
    return {};
}

} // namespace oomlens::ui
