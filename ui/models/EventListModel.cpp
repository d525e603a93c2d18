// SPDX-License-Identifier: GPL-2.0-or-later
#include "EventListModel.h"

#include "postmortem/EventFacts.h"
#include "widgets/Format.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace oomlens::ui {

EventListModel::EventListModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void EventListModel::setLog(const LoadedLog &log) {
    beginResetModel();
    m_log = log;
    endResetModel();
}

int EventListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_log.events().size());
}

int EventListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const int row = index.row();
    const OomEvent &event = m_log.events().at(row);
    switch (role) {
    case Qt::DisplayRole:
        return display(event, row, index.column());
    case SortRole:
        return sortValue(event, row, index.column());
    case EventIndexRole:
        return row;
    case CauseIdRole:
        return m_log.causeOf(row).id;
    case Qt::ToolTipRole: {
        // Every styled cell says why it looks different (italic, grey): see also the legend
        // beside the filter (PostMortemWidget).
        QStringList tips;
        if (index.column() == CauseColumn) tips << m_log.explanationOf(row).summary;
        if (event.kind == OomEventKind::AllocationFailure)
            tips << tr("Grey row: a page allocation failure; nothing was killed.");
        if (!event.complete && index.column() == TimeColumn)
            tips << tr("Italic: partial report, %1 missing").arg(event.missing.join(QStringLiteral(", ")));
        if (display(event, row, index.column()).toString() == format::notAvailable())
            tips << tr("Grey n/a: the report does not print this value.");
        tips.removeAll(QString());
        return tips.isEmpty() ? QVariant() : QVariant(tips.join(QStringLiteral("\n")));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == FreedColumn) return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // A page allocation failure is listed but killed nothing: its whole row is muted.
        if (event.kind == OomEventKind::AllocationFailure) return QBrush(QColor(0x80, 0x80, 0x80));
        // Absent values are greyed so "n/a" never reads like a finding.
        if (display(event, row, index.column()).toString() == format::notAvailable())
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::FontRole:
        if (!event.complete && index.column() == TimeColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant EventListModel::display(const OomEvent &event, int row, int column) const {
    switch (column) {
    case TimeColumn:
        return facts::timeText(event);
    case HostColumn:
        return event.host.isEmpty() ? format::notAvailable() : event.host;
    case InvokerColumn:
        return facts::invokerText(event);
    case VictimColumn:
        return facts::victimText(event);
    case CgroupColumn: {
        const QString cgroup = facts::taskCgroup(event);
        return cgroup.isEmpty() ? format::notAvailable() : cgroup;
    }
    case FreedColumn:
        return format::bytes(facts::memoryFreed(event));
    case CauseColumn:
        return m_log.causeOf(row).title;
    }
    return {};
}

QVariant EventListModel::sortValue(const OomEvent &event, int row, int column) const {
    switch (column) {
    case TimeColumn: {
        // Events without any time keep file order among themselves, after timed ones.
        const QVariant key = facts::timeSortKey(event);
        return key.isValid()
                   ? key
                   : QVariant::fromValue<qint64>(std::numeric_limits<qint64>::max() - 1000000 + row);
    }
    case HostColumn:
        return event.host;
    case InvokerColumn:
        return event.invoker ? event.invoker->comm : QString();
    case VictimColumn:
        return facts::victimComm(event);
    case CgroupColumn:
        return facts::taskCgroup(event);
    case FreedColumn: {
        const auto freed = facts::memoryFreed(event);
        // Absent sorts below zero so "n/a" never mixes with real small values.
        return freed ? QVariant::fromValue<qint64>(qint64(*freed)) : QVariant::fromValue<qint64>(-1);
    }
    case CauseColumn:
        return m_log.causeOf(row).title;
    }
    return {};
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TimeColumn:
            return tr("Time");
        case HostColumn:
            return tr("Host");
        case InvokerColumn:
            return tr("Invoker");
        case VictimColumn:
            return tr("Victim");
        case CgroupColumn:
            return tr("Cgroup");
        case FreedColumn:
            return tr("Memory freed");
        case CauseColumn:
            return tr("Cause");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TimeColumn:
            return tr("Wall-clock time from the log prefix, else the kernel's uptime stamp");
        case HostColumn:
            return tr("Host name from the syslog or journal prefix");
        case InvokerColumn:
            return tr("The task whose allocation started the OOM killer (often not the victim)");
        case VictimColumn:
            return tr("The process the kernel killed");
        case CgroupColumn:
            return tr("The victim's memory cgroup");
        case FreedColumn:
            return tr("The victim's anon + file + shmem RSS at the kill, from the \"Killed process\" line");
        case CauseColumn:
            return tr("Why the kernel ran out of memory, from the diagnosis rules");
        }
    }
    return {};
}

} // namespace oomlens::ui
