// SPDX-License-Identifier: GPL-2.0-or-later
#include "TaskTableModel.h"

#include "postmortem/EventFacts.h"
#include "widgets/Format.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace oomlens::ui {

namespace {
// include/uapi/linux/oom.h OOM_SCORE_ADJ_MIN: the task is never chosen.
constexpr int kOomScoreAdjMin = -1000;

// A memory column: bytes when the page size is known, else the raw page count.
struct MemoryCell {
    std::optional<std::uint64_t> pages;
    OptBytes bytes;
};

MemoryCell memoryCell(const TaskRow &task, int column) {
    switch (column) {
    case TaskTableModel::TotalVmColumn:
        return {task.totalVmPages, task.totalVm};
    case TaskTableModel::RssColumn:
        return {task.rssPages, task.rss};
    case TaskTableModel::RssAnonColumn:
        return {task.rssAnonPages, task.rssAnon};
    case TaskTableModel::RssFileColumn:
        return {task.rssFilePages, task.rssFile};
    case TaskTableModel::RssShmemColumn:
        return {task.rssShmemPages, task.rssShmem};
    case TaskTableModel::SwapColumn:
        return {task.swapentsPages, task.swapents};
    case TaskTableModel::PgtablesColumn:
        return {std::nullopt, task.pgtables};
    }
    return {};
}

bool isMemoryColumn(int column) {
    return column >= TaskTableModel::TotalVmColumn && column <= TaskTableModel::SwapColumn;
}
} // namespace

TaskTableModel::TaskTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void TaskTableModel::setEvent(const OomEvent &event) {
    beginResetModel();
    m_tasks = event.tasks;
    m_victimRow = -1;
    // The victim is the Killed process pid; the old "sacrifice child" line may name a parent
    // while a child dies (mm/oom_kill.c oom_kill_process() before 5.1): the Killed pid wins.
    if (const auto pid = facts::victimPid(event)) {
        for (int i = 0; i < m_tasks.size(); ++i) {
            if (m_tasks.at(i).pid == pid) {
                m_victimRow = i;
                break;
            }
        }
    }
    endResetModel();
}

void TaskTableModel::clear() {
    beginResetModel();
    m_tasks.clear();
    m_victimRow = -1;
    endResetModel();
}

bool TaskTableModel::columnHasValues(int column) const {
    for (const TaskRow &task : m_tasks)
        if (rawValue(task, column).isValid()) return true;
    return false;
}

int TaskTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::rawValue(const TaskRow &task, int column) const {
    auto opt = [](const auto &value) -> QVariant {
        return value ? QVariant::fromValue<qint64>(qint64(*value)) : QVariant();
    };
    if (isMemoryColumn(column)) {
        const MemoryCell cell = memoryCell(task, column);
        return cell.bytes ? opt(cell.bytes) : opt(cell.pages);
    }
    switch (column) {
    case PidColumn:
        return opt(task.pid);
    case UidColumn:
        return opt(task.uid);
    case TgidColumn:
        return opt(task.tgid);
    case OomScoreAdjColumn:
        return task.oomScoreAdj ? QVariant(*task.oomScoreAdj)
               : task.oomAdj    ? QVariant(*task.oomAdj)
                                : QVariant();
    case NameColumn:
        return task.name.isEmpty() ? QVariant() : QVariant(task.name);
    }
    return {};
}

QString TaskTableModel::displayValue(const TaskRow &task, int column) const {
    if (isMemoryColumn(column)) {
        const MemoryCell cell = memoryCell(task, column);
        if (cell.bytes) return format::bytes(*cell.bytes);
        if (cell.pages) return tr("%1 pages").arg(QLocale().toString(qulonglong(*cell.pages)));
        return format::notAvailable();
    }
    switch (column) {
    case PidColumn:
        return task.pid ? QString::number(*task.pid) : format::notAvailable();
    case UidColumn:
        return task.uid ? QString::number(*task.uid) : format::notAvailable();
    case TgidColumn:
        return task.tgid ? QString::number(*task.tgid) : format::notAvailable();
    case OomScoreAdjColumn:
        if (task.oomScoreAdj)
            return *task.oomScoreAdj == kOomScoreAdjMin ? tr("%1 (never killed)").arg(*task.oomScoreAdj)
                                                        : QString::number(*task.oomScoreAdj);
        if (task.oomAdj) return tr("%1 (oom_adj)").arg(*task.oomAdj);
        return format::notAvailable();
    case NameColumn:
        return task.name.isEmpty() ? format::notAvailable() : task.name;
    }
    return {};
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const TaskRow &task = m_tasks.at(index.row());
    const bool victim = index.row() == m_victimRow;
    const bool isProtected = task.oomScoreAdj == kOomScoreAdjMin;
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(task, index.column());
    case SortRole: {
        const QVariant raw = rawValue(task, index.column());
        if (raw.isValid()) return raw;
        // Absent sorts before every real value, numbers and names alike.
        return index.column() == NameColumn ? QVariant(QString())
                                            : QVariant::fromValue<qint64>(std::numeric_limits<qint64>::min());
    }
    case IsVictimRole:
        return victim;
    case IsProtectedRole:
        return isProtected;
    case Qt::BackgroundRole:
        if (victim) return QBrush(QColor(0xf8, 0xd0, 0xd0));
        if (isProtected) return QBrush(QColor(0xd8, 0xe8, 0xf8));
        return {};
    case Qt::ForegroundRole:
        if (victim || isProtected)
            return QBrush(QColor(0x10, 0x10, 0x10)); // readable on the tint in dark themes too
        return {};
    case Qt::FontRole:
        if (victim) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (victim) return tr("The OOM killer chose this process");
        if (isProtected) return tr("oom_score_adj -1000: the OOM killer never chooses this process");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn) return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case PidColumn:
            return tr("PID");
        case UidColumn:
            return tr("UID");
        case TgidColumn:
            return tr("TGID");
        case TotalVmColumn:
            return tr("Virtual");
        case RssColumn:
            return tr("RSS");
        case RssAnonColumn:
            return tr("Anon");
        case RssFileColumn:
            return tr("File");
        case RssShmemColumn:
            return tr("Shmem");
        case PgtablesColumn:
            return tr("Page tables");
        case SwapColumn:
            return tr("Swap");
        case OomScoreAdjColumn:
            return tr("oom_score_adj");
        case NameColumn:
            return tr("Name");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TotalVmColumn:
            return tr("total_vm: the virtual size of the process");
        case RssColumn:
            return tr("rss: resident memory (what the OOM killer's badness score mostly counts)");
        case SwapColumn:
            return tr("swapents: pages of the process in swap");
        case OomScoreAdjColumn:
            return tr("-1000 exempts a process from the OOM killer; +1000 makes it the first choice");
        }
    }
    return {};
}

} // namespace oomlens::ui
