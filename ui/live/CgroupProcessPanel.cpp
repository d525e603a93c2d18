// SPDX-License-Identifier: GPL-2.0-or-later
#include "CgroupProcessPanel.h"

#include "models/CgroupTreeModel.h"
#include "models/ProcessFilterProxy.h"
#include "models/ProcessTableModel.h"
#include "protect/OomScoreAdjDelegate.h"
#include "protect/OomScoreAdjDialog.h"
#include "widgets/ColumnWidths.h"
#include "widgets/UsageBarDelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace oomlens::ui {

CgroupProcessPanel::CgroupProcessPanel(bool live, QWidget *parent)
    : QWidget(parent) {
    m_cgroups = new CgroupTreeModel(this);
    m_processes = new ProcessTableModel(this);
    if (live) m_processes->setUserNameResolver(ProcessTableModel::localUserNames());
    m_proxy = new ProcessFilterProxy(this);
    m_proxy->setSourceModel(m_processes);

    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("cgroupTree"));
    m_tree->setModel(m_cgroups);
    m_tree->setItemDelegateForColumn(CgroupTreeModel::UsageColumn,
                                     new UsageBarDelegate(CgroupTreeModel::UsageFractionRole, m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    QList<int> treeWidths(CgroupTreeModel::ColumnCount, 78);
    treeWidths[CgroupTreeModel::NameColumn] = 260;
    treeWidths[CgroupTreeModel::UsageColumn] = 150;
    setColumnWidths(m_tree->header(), treeWidths);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("processTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProcessTableModel::HostRankColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setTextElideMode(Qt::ElideMiddle); // cgroup paths differ at their end
    m_table->setWordWrap(false);                // (wrapping at a "/" would elide the first line only)
    m_table->verticalHeader()->hide();
    // Fixed row heights: no per-row size computation, smooth with thousands of rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // The cgroup path is the one column whose text has no bound: it takes the room left over.
    m_table->horizontalHeader()->setStretchLastSection(false);
    setColumnWidths(m_table->horizontalHeader(), {64, 130, 70, 170, 76, 76, 76, 70, 70, 76, 92, 72, 96});
    m_table->horizontalHeader()->setSectionResizeMode(ProcessTableModel::CgroupColumn, QHeaderView::Stretch);

    if (live) {
        // Editable oom_score_adj (branch helper): the delegate asks, the dialog writes (directly or
        // through the privileged helper), the next full sample shows the result.
        m_processes->setAdjEditable(true);
        auto *adj = new OomScoreAdjDelegate(m_table);
        adj->setRoles(
            {ProcessTableModel::DelegatePidRole, ProcessTableModel::DelegateStartTimeRole, Qt::EditRole});
        m_table->setItemDelegateForColumn(ProcessTableModel::OomScoreAdjColumn, adj);
        m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
        connect(adj, &OomScoreAdjDelegate::editRequested, this, &CgroupProcessPanel::requestAdjChange);
    } else {
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }

    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("processFilter"));
    m_filter->setPlaceholderText(tr("Filter by pid, name or command line"));
    m_filter->setClearButtonEnabled(true);
    m_count = new QLabel;
    m_cgroupInfo = new QLabel;
    auto *all = new QPushButton(tr("All processes"));

    auto *left = new QWidget;
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addWidget(new QLabel(tr("<b>Memory cgroups</b> (select one to filter the processes)")));
    ll->addWidget(m_tree, 1);

    auto *right = new QWidget;
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(all);
    rl->addLayout(bar);
    rl->addWidget(m_cgroupInfo);
    rl->addWidget(m_table, 1);
    rl->addWidget(m_count);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(split);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setText(t.trimmed());
        updateCount();
    });
    connect(all, &QPushButton::clicked, this, [this] { selectCgroup(QString()); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CgroupProcessPanel::cgroupSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CgroupProcessPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CgroupProcessPanel::updateCount);
    updateCount();
}

QString CgroupProcessPanel::selectedCgroup() const {
    return m_proxy->cgroup();
}

void CgroupProcessPanel::selectCgroup(const QString &path) {
    if (path.isEmpty()) {
        m_tree->selectionModel()->clearSelection();
        m_tree->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
        cgroupSelectionChanged();
        return;
    }
    const QModelIndex index = m_cgroups->indexOfPath(path);
    if (index.isValid()) {
        m_tree->scrollTo(index);
        m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    }
}

void CgroupProcessPanel::cgroupSelectionChanged() {
    const QModelIndex current = m_tree->selectionModel()->currentIndex();
    const QString path =
        current.isValid() ? current.data(CgroupTreeModel::CgroupPathRole).toString() : QString();
    m_proxy->setCgroup(path);
    m_processes->setRankCgroup(path, m_killOrder);
    m_cgroupInfo->setText(
        path.isEmpty() ? tr("All processes, ranked host-wide")
                       : tr("Processes in %1 and below; \"Rank in\" = order of a memcg OOM there").arg(path));
    updateCount();
}

void CgroupProcessPanel::requestAdjChange(qint64 pid, quint64 startTime, int from, int to) {
    OomScoreAdjChange change;
    change.pid = pid;
    change.startTime = startTime;
    change.oldValue = from;
    change.newValue = to;
    // What the kernel would do differently: the kill order with the new value.
    if (const Process *p = m_snapshot.process(int(pid))) {
        change.name = p->cmdline.isEmpty() ? p->comm : p->cmdline;
        if (const KillCandidate *c = m_killOrder.forPid(int(pid)); c && c->rank > 0) change.oldRank = c->rank;
        Snapshot changed = m_snapshot;
        for (Process &q : changed.processes)
            if (q.pid == int(pid)) q.oomScoreAdj = to;
        const KillOrder after = estimateKillOrder(changed);
        if (const KillCandidate *c = after.forPid(int(pid)); c && c->rank > 0) change.newRank = c->rank;
        for (const KillCandidate &c : after.host)
            change.rankedProcesses += c.rank > 0;
    }
    auto *dialog = new OomScoreAdjDialog(change, std::make_shared<PkexecHelperLauncher>(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CgroupProcessPanel::updateCount() {
    m_count->setText(tr("%1 of %2 processes shown").arg(m_proxy->rowCount()).arg(m_processes->rowCount()));
}

void CgroupProcessPanel::setSnapshot(const Snapshot &s, const KillOrder &killOrder, bool processesChanged) {
    // Remember what the tree showed: a reset (cgroups came or went) would lose it.
    const QString selected = selectedCgroup();
    QStringList expanded;
    if (!m_firstTree)
        for (const Cgroup &c : s.cgroups) {
            const QModelIndex i = m_cgroups->indexOfPath(c.path);
            if (i.isValid() && m_tree->isExpanded(i)) expanded << c.path;
        }
    m_cgroups->setSnapshot(s);
    if (m_firstTree && m_cgroups->rowCount() > 0) {
        m_tree->expandToDepth(1);
        m_firstTree = false;
    } else if (m_cgroups->lastUpdateReset()) {
        for (const QString &p : std::as_const(expanded))
            m_tree->expand(m_cgroups->indexOfPath(p));
        if (!selected.isEmpty()) {
            QSignalBlocker block(m_tree->selectionModel());
            const QModelIndex i = m_cgroups->indexOfPath(selected);
            if (i.isValid())
                m_tree->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
        }
    }
    if (processesChanged) {
        m_snapshot = s;
        m_killOrder = killOrder;
        m_processes->setSnapshot(s, killOrder); // ranks within the selected cgroup included
    }
    updateCount();
}

} // namespace oomlens::ui
