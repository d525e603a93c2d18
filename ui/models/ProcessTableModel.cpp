// SPDX-License-Identifier: GPL-2.0-or-later
#include "ProcessTableModel.h"

#include "widgets/Format.h"

#include <QColor>
#include <QLocale>

#include <algorithm>
#include <pwd.h>
#include <unistd.h>

namespace oomlens::ui {

ProcessTableModel::ProcessTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

ProcessTableModel::UserNameFn ProcessTableModel::localUserNames() {
    return [](uint uid) {
        struct passwd pw {};
        struct passwd *result = nullptr;
        char buffer[1024];
        if (getpwuid_r(uid, &pw, buffer, sizeof buffer, &result) == 0 && result)
            return QString::fromLocal8Bit(result->pw_name);
        return QString::number(uid);
    };
}

ProcessTableModel::Row ProcessTableModel::makeRow(const Process &p, const KillOrder &order) const {
    Row row;
    row.process = p;
    if (const KillCandidate *c = order.forPid(p.pid)) {
        if (c->rank > 0) row.hostRank = c->rank;
        row.neverKilled = !c->badness && c->estimatedOomScore.has_value();
    }
    if (p.oomScoreAdj && *p.oomScoreAdj == -1000) row.neverKilled = true;
    return row;
}

void ProcessTableModel::fillCgroupRanks(std::vector<Row> &rows, const KillOrder &order) const {
    for (Row &r : rows)
        r.cgroupRank.reset();
    if (m_rankCgroup.isEmpty()) return;
    QHash<int, int> rankOf;
    const auto it = std::find_if(order.cgroups.cbegin(), order.cgroups.cend(),
                                 [&](const CgroupKillOrder &c) { return c.cgroupPath == m_rankCgroup; });
    if (it != order.cgroups.cend()) {
        for (const KillCandidate &c : it->candidates)
            if (c.rank > 0) rankOf.insert(c.pid, c.rank);
    } else {
        // No limit of its own: the kernel would only reach this subtree in a global OOM, where
        // the host-wide order applies; rank the subtree's processes in that order.
        const QString prefix =
            m_rankCgroup == QLatin1String("/") ? m_rankCgroup : m_rankCgroup + QLatin1Char('/');
        int rank = 0;
        for (const KillCandidate &c : order.host) {
            if (c.rank <= 0) continue;
            const auto row = std::lower_bound(rows.cbegin(), rows.cend(), c.pid,
                                              [](const Row &r, int pid) { return r.process.pid < pid; });
            if (row == rows.cend() || row->process.pid != c.pid) continue;
            const QString &cg = row->process.cgroup;
            if (cg == m_rankCgroup || cg.startsWith(prefix)) rankOf.insert(c.pid, ++rank);
        }
    }
    for (Row &r : rows)
        if (const auto found = rankOf.constFind(r.process.pid); found != rankOf.constEnd())
            r.cgroupRank = *found;
}

void ProcessTableModel::setSnapshot(const Snapshot &snapshot, const KillOrder &killOrder) {
    std::vector<Row> incoming;
    incoming.reserve(std::size_t(snapshot.processes.size()));
    for (const Process &p : snapshot.processes)
        incoming.push_back(makeRow(p, killOrder));
    if (!std::is_sorted(incoming.begin(), incoming.end(),
                        [](const Row &a, const Row &b) { return a.process.pid < b.process.pid; }))
        std::sort(incoming.begin(), incoming.end(),
                  [](const Row &a, const Row &b) { return a.process.pid < b.process.pid; });
    fillCgroupRanks(incoming, killOrder);

    MergeStats stats;
    // 1. Removals: rows whose (pid, start time) is not in the new list, in contiguous runs, back
    //    to front so indices stay valid.
    std::vector<char> keep(m_rows.size(), 0);
    for (std::size_t i = 0, j = 0; i < m_rows.size(); ++i) {
        while (j < incoming.size() && incoming[j].process.pid < m_rows[i].process.pid)
            ++j;
        keep[i] = j < incoming.size() && incoming[j].process.pid == m_rows[i].process.pid &&
                  incoming[j].process.startTime == m_rows[i].process.startTime;
    }
    for (int i = int(m_rows.size()) - 1; i >= 0;) {
        if (keep[std::size_t(i)]) {
            --i;
            continue;
        }
        const int last = i;
        while (i >= 0 && !keep[std::size_t(i)])
            --i;
        const int first = i + 1;
        beginRemoveRows({}, first, last);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        endRemoveRows();
        stats.removed += last - first + 1;
        ++stats.removeBatches;
    }

    // 2. Changes first, announced before any insert: a sorting proxy places inserted rows by
    //    comparing with the rows it has, so those must already show what they announced.
    std::vector<int> changed;
    for (std::size_t r = 0, j = 0; r < m_rows.size() && j < incoming.size();) {
        if (incoming[j].process.pid < m_rows[r].process.pid) {
            ++j;
            continue;
        }
        // The kept rows are a subsequence of `incoming`: pids match here.
        if (!(m_rows[r] == incoming[j])) {
            m_rows[r] = incoming[j];
            changed.push_back(int(r));
        }
        ++r;
        ++j;
    }
    for (std::size_t i = 0; i < changed.size();) {
        std::size_t e = i;
        while (e + 1 < changed.size() && changed[e + 1] == changed[e] + 1)
            ++e;
        emit dataChanged(index(changed[i], 0), index(changed[e], ColumnCount - 1));
        ++stats.changeBatches;
        i = e + 1;
    }

    // 3. Inserts: runs of new pids, one beginInsertRows per run.
    std::size_t r = 0;
    for (std::size_t j = 0; j < incoming.size();) {
        if (r < m_rows.size() && m_rows[r].process.pid == incoming[j].process.pid) {
            ++r;
            ++j;
            continue;
        }
        std::size_t k = j;
        while (k < incoming.size() &&
               !(r < m_rows.size() && m_rows[r].process.pid == incoming[k].process.pid))
            ++k;
        beginInsertRows({}, int(r), int(r + (k - j) - 1));
        m_rows.insert(m_rows.begin() + std::ptrdiff_t(r),
                      std::make_move_iterator(incoming.begin() + std::ptrdiff_t(j)),
                      std::make_move_iterator(incoming.begin() + std::ptrdiff_t(k)));
        endInsertRows();
        stats.inserted += int(k - j);
        ++stats.insertBatches;
        r += k - j;
        j = k;
    }
    stats.changed = int(changed.size());
    m_lastMerge = stats;
}

void ProcessTableModel::setRankCgroup(const QString &path, const KillOrder &killOrder) {
    m_rankCgroup = path;
    fillCgroupRanks(m_rows, killOrder);
    if (!m_rows.empty())
        emit dataChanged(index(0, CgroupRankColumn), index(int(m_rows.size()) - 1, CgroupRankColumn));
    emit headerDataChanged(Qt::Horizontal, CgroupRankColumn, CgroupRankColumn);
}

Qt::ItemFlags ProcessTableModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_adjEditable && index.isValid() && index.column() == OomScoreAdjColumn &&
        m_rows[std::size_t(index.row())].process.oomScoreAdj)
        f |= Qt::ItemIsEditable;
    return f;
}

int ProcessTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProcessTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

int ProcessTableModel::rowOfPid(int pid) const {
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), pid,
                                     [](const Row &r, int p) { return r.process.pid < p; });
    return it != m_rows.cend() && it->process.pid == pid ? int(it - m_rows.cbegin()) : -1;
}

static QVariant optionalNumber(std::optional<quint64> v) {
    return v ? QVariant::fromValue(qint64(*v)) : QVariant(qint64(-1));
}

QVariant ProcessTableModel::sortValue(const Row &row, int column) const {
    const Process &p = row.process;
    switch (column) {
    case PidColumn:
        return p.pid;
    case NameColumn:
        return p.comm;
    case UserColumn:
        return p.uid ? QVariant(display(row, column)) : QVariant(QString());
    case CgroupColumn:
        return p.cgroup;
    case RssColumn:
        return optionalNumber(p.rss);
    case AnonColumn:
        return optionalNumber(p.rssAnon);
    case FileColumn:
        return optionalNumber(p.rssFile);
    case ShmemColumn:
        return optionalNumber(p.rssShmem);
    case SwapColumn:
        return optionalNumber(p.swap);
    case OomScoreColumn:
        return p.oomScore ? *p.oomScore : -1;
    case OomScoreAdjColumn:
        return p.oomScoreAdj ? *p.oomScoreAdj : -1001;
    case HostRankColumn:
        // Never-killed and unknown sort after every ranked process.
        return row.hostRank ? *row.hostRank : std::numeric_limits<int>::max();
    case CgroupRankColumn:
        return row.cgroupRank ? *row.cgroupRank : std::numeric_limits<int>::max();
    }
    return {};
}

QVariant ProcessTableModel::display(const Row &row, int column) const {
    const Process &p = row.process;
    switch (column) {
    case PidColumn:
        return QString::number(p.pid);
    case NameColumn:
        return p.comm;
    case UserColumn: {
        if (!p.uid) return format::notAvailable();
        if (!m_userName) return QString::number(*p.uid);
        auto it = m_userCache.find(*p.uid);
        if (it == m_userCache.end()) it = m_userCache.insert(*p.uid, m_userName(*p.uid));
        return *it;
    }
    case CgroupColumn:
        return p.cgroup.isEmpty() ? format::notAvailable() : p.cgroup;
    case RssColumn:
        return format::bytes(p.rss);
    case AnonColumn:
        return format::bytes(p.rssAnon);
    case FileColumn:
        return format::bytes(p.rssFile);
    case ShmemColumn:
        return format::bytes(p.rssShmem);
    case SwapColumn:
        return format::bytes(p.swap);
    case OomScoreColumn:
        return p.oomScore ? QString::number(*p.oomScore) : format::notAvailable();
    case OomScoreAdjColumn:
        return p.oomScoreAdj ? QString::number(*p.oomScoreAdj) : format::notAvailable();
    case HostRankColumn:
        if (row.hostRank) return QStringLiteral("#%1").arg(*row.hostRank);
        return row.neverKilled ? tr("never") : format::notAvailable();
    case CgroupRankColumn:
        // Empty until a cgroup is chosen: the cell says so rather than look like missing data.
        if (m_rankCgroup.isEmpty()) return tr("select a cgroup");
        if (row.cgroupRank) return QStringLiteral("#%1").arg(*row.cgroupRank);
        return row.neverKilled ? tr("never") : QString();
    }
    return {};
}

QString ProcessTableModel::noCgroupRankTip() {
    return tr("Select a cgroup in the tree: this column then ranks its processes in the order a memcg "
              "OOM there would kill them.");
}

QVariant ProcessTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case PidRole:
        return row.process.pid;
    case CgroupPathRole:
        return row.process.cgroup;
    case NeverKilledRole:
        return row.neverKilled;
    case DelegatePidRole:
        return qint64(row.process.pid);
    case DelegateStartTimeRole:
        return QVariant::fromValue<quint64>(row.process.startTime);
    case Qt::EditRole:
        if (index.column() == OomScoreAdjColumn && row.process.oomScoreAdj) return *row.process.oomScoreAdj;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NameColumn || index.column() == UserColumn || index.column() == CgroupColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == CgroupRankColumn && m_rankCgroup.isEmpty()) return noCgroupRankTip();
        if (index.column() == NameColumn)
            return row.process.cmdline.isEmpty() ? row.process.comm : row.process.cmdline;
        if (index.column() == CgroupColumn) return row.process.cgroup;
        if (index.column() == HostRankColumn && row.neverKilled)
            return tr("The kernel never picks this process (oom_score_adj -1000, kernel thread or init).");
        return {};
    case Qt::ForegroundRole:
        if (row.process.isKernelThread()) return QColor(Qt::gray);
        if (index.column() == CgroupRankColumn && m_rankCgroup.isEmpty()) return QColor(Qt::gray);
        return {};
    case Qt::BackgroundRole:
        if (row.hostRank && *row.hostRank == 1) return QColor(0xff, 0xe0, 0xe0); // the next victim
        if (row.process.oomScoreAdj && *row.process.oomScoreAdj == -1000)
            return QColor(0xe0, 0xf0, 0xff); // protected
        return {};
    }
    return {};
}

QVariant ProcessTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case PidColumn:
            return tr("PID");
        case NameColumn:
            return tr("Name");
        case UserColumn:
            return tr("User");
        case CgroupColumn:
            return tr("Cgroup");
        case RssColumn:
            return tr("RSS");
        case AnonColumn:
            return tr("Anon");
        case FileColumn:
            return tr("File");
        case ShmemColumn:
            return tr("Shmem");
        case SwapColumn:
            return tr("Swap");
        case OomScoreColumn:
            return tr("oom_score");
        case OomScoreAdjColumn:
            return tr("oom_score_adj");
        case HostRankColumn:
            return tr("Kill rank");
        case CgroupRankColumn:
            return m_rankCgroup.isEmpty() ? tr("Rank in cgroup")
                                          : tr("Rank in %1")
                                                .arg(m_rankCgroup.section(QLatin1Char('/'), -1).isEmpty()
                                                         ? m_rankCgroup
                                                         : m_rankCgroup.section(QLatin1Char('/'), -1));
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RssColumn:
            return tr("Resident memory (VmRSS = RssAnon + RssFile + RssShmem), /proc/PID/status");
        case AnonColumn:
            return tr("Resident anonymous memory (RssAnon)");
        case FileColumn:
            return tr("Resident file-backed memory (RssFile)");
        case ShmemColumn:
            return tr("Resident shared memory (RssShmem)");
        case SwapColumn:
            return tr("Swapped-out anonymous memory (VmSwap)");
        case OomScoreColumn:
            return tr("The kernel's own /proc/PID/oom_score (0..2000)");
        case OomScoreAdjColumn:
            return tr("/proc/PID/oom_score_adj: -1000 never killed .. 1000 killed first");
        case HostRankColumn:
            return tr("Order in which a host-wide OOM would pick victims (mm/oom_kill.c oom_badness()); #1 "
                      "goes first");
        case CgroupRankColumn:
            if (m_rankCgroup.isEmpty()) return noCgroupRankTip();
            return tr("Order within the selected cgroup's subtree (a memcg OOM there)");
        }
    }
    return {};
}

} // namespace oomlens::ui
