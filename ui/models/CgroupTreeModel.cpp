// SPDX-License-Identifier: GPL-2.0-or-later
#include "CgroupTreeModel.h"

#include "widgets/Format.h"

#include <QLocale>

namespace oomlens::ui {

namespace {

std::optional<double> usageFraction(const Cgroup &c) {
    if (!c.usage || !c.effectiveLimit || *c.effectiveLimit == 0) return std::nullopt;
    return double(*c.usage) / double(*c.effectiveLimit);
}

std::optional<quint64> mapValue(const QMap<QString, quint64> &m, const char *key) {
    const auto it = m.constFind(QLatin1String(key));
    return it == m.constEnd() ? std::nullopt : std::optional<quint64>(*it);
}

std::optional<quint64> swapOf(const Cgroup &c) {
    if (c.swapUsage) return c.swapUsage;
    if (c.memswUsage && c.usage && *c.memswUsage >= *c.usage)
        return *c.memswUsage - *c.usage; // v1 memsw counts memory + swap
    return std::nullopt;
}

std::optional<quint64> oomEventsOf(const Cgroup &c) {
    return c.version == CgroupVersion::V2 ? mapValue(c.events, "oom") : mapValue(c.oomControl, "under_oom");
}

std::optional<quint64> failOf(const Cgroup &c) {
    return c.version == CgroupVersion::V2 ? mapValue(c.events, "max") : c.failcnt;
}

} // namespace

CgroupTreeModel::CgroupTreeModel(QObject *parent)
    : QAbstractItemModel(parent) {}

void CgroupTreeModel::rebuild(const Snapshot &s) {
    m_items.clear();
    m_roots.clear();
    m_paths.clear();
    m_items.reserve(std::size_t(s.cgroups.size()));
    for (const Cgroup &c : s.cgroups) {
        Item item;
        item.cgroup = c;
        item.parent = c.parent >= 0 && c.parent < int(m_items.size()) ? c.parent : -1;
        m_items.push_back(std::move(item));
        m_paths << c.path;
    }
    for (int i = 0; i < int(m_items.size()); ++i) {
        Item &item = m_items[std::size_t(i)];
        std::vector<int> &siblings = item.parent >= 0 ? m_items[std::size_t(item.parent)].children : m_roots;
        item.row = int(siblings.size());
        siblings.push_back(i);
    }
}

void CgroupTreeModel::setSnapshot(const Snapshot &s) {
    // The root cgroup has no memory.current (v2), and v1's root usage_in_bytes leaves out what no
    // memcg is charged with: it can read less than a child. The root row shows the host's memory
    // in use instead (MemTotal - MemFree, /proc/meminfo), and says so in its tooltip.
    const auto total = s.meminfoValue(QStringLiteral("MemTotal"));
    const auto free = s.meminfoValue(QStringLiteral("MemFree"));
    m_hostUsed = total && free && *total >= *free ? std::optional<quint64>(*total - *free) : std::nullopt;
    QStringList paths;
    paths.reserve(s.cgroups.size());
    bool sameParents = s.cgroups.size() == qsizetype(m_items.size());
    for (qsizetype i = 0; i < s.cgroups.size(); ++i) {
        paths << s.cgroups[i].path;
        if (sameParents && m_items[std::size_t(i)].parent != s.cgroups[i].parent) sameParents = false;
    }
    if (paths != m_paths || !sameParents) {
        beginResetModel();
        rebuild(s);
        endResetModel();
        m_lastReset = true;
        return;
    }
    m_lastReset = false;
    for (qsizetype i = 0; i < s.cgroups.size(); ++i) {
        Item &item = m_items[std::size_t(i)];
        if (item.cgroup == s.cgroups[i]) continue;
        item.cgroup = s.cgroups[i];
        emit dataChanged(createIndex(item.row, 0, quintptr(i)),
                         createIndex(item.row, ColumnCount - 1, quintptr(i)));
    }
}

QModelIndex CgroupTreeModel::indexOfPath(const QString &path, int column) const {
    const qsizetype i = m_paths.indexOf(path);
    return i < 0 ? QModelIndex() : createIndex(m_items[std::size_t(i)].row, column, quintptr(i));
}

QModelIndex CgroupTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount) return {};
    const std::vector<int> &list = parent.isValid() ? m_items[parent.internalId()].children : m_roots;
    if (row >= int(list.size())) return {};
    return createIndex(row, column, quintptr(list[std::size_t(row)]));
}

QModelIndex CgroupTreeModel::parent(const QModelIndex &child) const {
    if (!child.isValid()) return {};
    const int p = m_items[child.internalId()].parent;
    return p < 0 ? QModelIndex() : createIndex(m_items[std::size_t(p)].row, 0, quintptr(p));
}

int CgroupTreeModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid()) return int(m_roots.size());
    if (parent.column() != 0) return 0;
    return int(m_items[parent.internalId()].children.size());
}

int CgroupTreeModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QVariant CgroupTreeModel::sortValue(const Cgroup &c, int column) const {
    auto num = [](std::optional<quint64> v) { return v ? QVariant(qint64(*v)) : QVariant(qint64(-1)); };
    switch (column) {
    case NameColumn:
        return c.name();
    case UsageColumn:
        return usageFraction(c).value_or(-1.0);
    case LimitColumn:
        return c.effectiveLimit ? QVariant(qint64(*c.effectiveLimit))
                                : QVariant(std::numeric_limits<qint64>::max());
    case HighColumn:
        return c.high ? (*c.high ? QVariant(qint64(**c.high)) : QVariant(std::numeric_limits<qint64>::max()))
                      : QVariant(qint64(-1));
    case SwapColumn:
        return num(swapOf(c));
    case OomColumn:
        return num(oomEventsOf(c));
    case OomKillColumn:
        return num(c.oomKills());
    case FailcntColumn:
        return num(failOf(c));
    case PsiSomeColumn:
        return c.pressure && c.pressure->some ? c.pressure->some->avg10 : -1.0;
    case PsiFullColumn:
        return c.pressure && c.pressure->full ? c.pressure->full->avg10 : -1.0;
    case ProcessesColumn:
        return qint64(c.pids.size());
    }
    return {};
}

std::optional<quint64> CgroupTreeModel::usageShown(const Cgroup &c) const {
    if (c.parent >= 0 || !m_hostUsed) return c.usage;
    // Never below its own counter or any child's: the host holds them all.
    quint64 most = std::max<quint64>(*m_hostUsed, c.usage.value_or(0));
    for (const Item &item : m_items)
        if (item.cgroup.parent >= 0 && item.cgroup.usage) most = std::max<quint64>(most, *item.cgroup.usage);
    return most;
}

QVariant CgroupTreeModel::display(const Cgroup &c, int column) const {
    switch (column) {
    case NameColumn:
        return c.name();
    case UsageColumn: {
        const QString used = format::bytes(usageShown(c));
        const auto f = usageFraction(c);
        return f ? tr("%1 (%2)").arg(used, format::percent(f)) : used;
    }
    case LimitColumn:
        return c.effectiveLimit ? format::bytes(*c.effectiveLimit) : tr("unlimited");
    case HighColumn:
        if (!c.high) return format::notAvailable();
        return *c.high ? format::bytes(**c.high) : tr("max");
    case SwapColumn:
        return format::bytes(swapOf(c));
    case OomColumn:
        return format::count(oomEventsOf(c));
    case OomKillColumn:
        return format::count(c.oomKills());
    case FailcntColumn:
        return format::count(failOf(c));
    case PsiSomeColumn:
        return format::psi(c.pressure && c.pressure->some ? std::optional<double>(c.pressure->some->avg10)
                                                          : std::nullopt);
    case PsiFullColumn:
        return format::psi(c.pressure && c.pressure->full ? std::optional<double>(c.pressure->full->avg10)
                                                          : std::nullopt);
    case ProcessesColumn:
        return QLocale().toString(qlonglong(c.pids.size()));
    }
    return {};
}

QVariant CgroupTreeModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const Cgroup &c = m_items[index.internalId()].cgroup;
    switch (role) {
    case Qt::DisplayRole:
        return display(c, index.column());
    case SortRole:
        return sortValue(c, index.column());
    case CgroupPathRole:
        return c.path;
    case UsageFractionRole:
        return usageFraction(c).value_or(-1.0);
    case Qt::ToolTipRole:
        if (index.column() == UsageColumn && c.parent < 0 && m_hostUsed)
            return tr("The whole host: memory in use (MemTotal − MemFree in /proc/meminfo), page cache and "
                      "kernel memory included. The root cgroup's own counter (%1) leaves out what no cgroup "
                      "is charged with.")
                .arg(format::bytes(c.usage));
        if (index.column() == NameColumn)
            return tr("%1 (cgroup %2)")
                .arg(c.path, c.version == CgroupVersion::V2 ? QStringLiteral("v2") : QStringLiteral("v1"));
        if (index.column() == LimitColumn && c.limit != c.effectiveLimit)
            return tr("Own limit: %1; an ancestor's limit is tighter")
                .arg(c.limit ? format::bytes(*c.limit) : tr("unlimited"));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant CgroupTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Cgroup");
        case UsageColumn:
            return tr("Usage / limit");
        case LimitColumn:
            return tr("Limit");
        case HighColumn:
            return tr("High");
        case SwapColumn:
            return tr("Swap");
        case OomColumn:
            return tr("OOM");
        case OomKillColumn:
            return tr("OOM kills");
        case FailcntColumn:
            return tr("Failcnt / max");
        case PsiSomeColumn:
            return tr("PSI some");
        case PsiFullColumn:
            return tr("PSI full");
        case ProcessesColumn:
            return tr("Procs");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case UsageColumn:
            return tr("memory.current (v2) or memory.usage_in_bytes (v1) against the effective limit");
        case LimitColumn:
            return tr("The tightest hard limit of this cgroup and its ancestors (memory.max / "
                      "memory.limit_in_bytes)");
        case HighColumn:
            return tr("memory.high: reclaim/throttle threshold (v2 only)");
        case OomColumn:
            return tr("v2 memory.events oom (times the limit was hit and reclaim failed); v1 "
                      "memory.oom_control under_oom");
        case OomKillColumn:
            return tr("OOM kills charged to this cgroup (v2 memory.events oom_kill, includes descendants; v1 "
                      "memory.oom_control oom_kill)");
        case FailcntColumn:
            return tr("v1 memory.failcnt (charges that hit the limit); v2 memory.events max");
        case PsiSomeColumn:
            return tr("memory.pressure some avg10 (v2 only)");
        case PsiFullColumn:
            return tr("memory.pressure full avg10 (v2 only)");
        case ProcessesColumn:
            return tr("Processes in this cgroup itself (cgroup.procs)");
        }
    }
    return {};
}

} // namespace oomlens::ui
