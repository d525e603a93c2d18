// SPDX-License-Identifier: GPL-2.0-or-later
#include "EventDetailWidget.h"

#include "BuddyData.h"
#include "DiagnosisCard.h"
#include "EventFacts.h"
#include "MemcgPanel.h"
#include "RawReportView.h"
#include "WatermarkChart.h"
#include "models/TaskTableModel.h"
#include "widgets/BuddyHeatmap.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace oomlens::ui {

EventDetailWidget::EventDetailWidget(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("eventDetail"));
    m_card = new DiagnosisCard(this);

    m_watermarks = new WatermarkChart(this);
    auto *watermarkScroll = new QScrollArea(this);
    watermarkScroll->setWidget(m_watermarks);
    watermarkScroll->setWidgetResizable(true);
    watermarkScroll->setFrameShape(QFrame::NoFrame);

    auto *buddyPage = new QWidget(this);
    m_heatmap = new BuddyHeatmap(buddyPage);
    m_heatmap->setObjectName(QStringLiteral("eventBuddyHeatmap"));
    m_heatmapNote = new QLabel(buddyPage);
    m_heatmapNote->setWordWrap(true);
    auto *buddyLayout = new QVBoxLayout(buddyPage);
    buddyLayout->addWidget(m_heatmapNote);
    buddyLayout->addWidget(m_heatmap, 1);

    auto *taskPage = new QWidget(this);
    m_taskModel = new TaskTableModel(this);
    m_taskProxy = new QSortFilterProxyModel(this);
    m_taskProxy->setSourceModel(m_taskModel);
    m_taskProxy->setSortRole(TaskTableModel::SortRole);
    m_taskView = new QTableView(taskPage);
    m_taskView->setObjectName(QStringLiteral("taskTable"));
    m_taskView->setModel(m_taskProxy);
    m_taskView->setSortingEnabled(true);
    m_taskView->sortByColumn(TaskTableModel::RssColumn, Qt::DescendingOrder);
    m_taskView->verticalHeader()->hide();
    m_taskView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_taskView->horizontalHeader()->setStretchLastSection(true);
    m_taskView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_taskView->setAlternatingRowColors(true);
    m_taskNote = new QLabel(taskPage);
    m_taskNote->setWordWrap(true);
    auto *taskLayout = new QVBoxLayout(taskPage);
    taskLayout->addWidget(m_taskNote);
    taskLayout->addWidget(m_taskView, 1);

    m_memcg = new MemcgPanel(this);
    m_raw = new RawReportView(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("eventDetailTabs"));
    m_tabs->insertTab(WatermarksTab, watermarkScroll, tr("Watermarks"));
    m_tabs->insertTab(BuddyTab, buddyPage, tr("Buddy allocator"));
    m_tabs->insertTab(TasksTab, taskPage, tr("Tasks"));
    m_tabs->insertTab(MemcgTab, m_memcg, tr("Memory cgroup"));
    m_tabs->insertTab(RawReportTab, m_raw, tr("Raw report"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("eventDetailSplitter"));
    m_splitter->addWidget(m_card);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({400, 880});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_card, &DiagnosisCard::evidenceLineActivated, this, &EventDetailWidget::showReportLine);
    clear();
}

void EventDetailWidget::setEvent(const OomEvent &event, const EventExplanation &explanation) {
    // Hiding the memcg tab below would move a current memcg tab on to the raw report.
    const int wanted = m_tabs->currentIndex();
    m_card->setEvent(event, explanation);
    m_watermarks->setEvent(event);

    const HeatmapMatrix matrix = buddyMatrixOf(event);
    m_heatmap->setMatrix(matrix);
    const auto order = facts::requestedOrder(event);
    m_heatmap->setMarkedColumn(order && *order < matrix.columnCount() ? order : std::nullopt);
    // mm/oom_kill.c dump_header(): a memcg OOM prints mem_cgroup_print_oom_meminfo() instead of
    // show_mem(), so its report never has zone, watermark or buddy lines: that is no damage.
    const bool memcgOom = facts::scopeOf(event) == facts::Scope::Memcg;
    if (matrix.rowCount() == 0) {
        m_heatmap->setPlaceholderText(memcgOom
                                          ? tr("The kernel prints no buddy (free area) lines for a cgroup "
                                               "OOM: see the Memory cgroup tab.")
                                          : tr("This report has no buddy (free area) lines."));
        m_heatmapNote->setText(QString());
    } else if (order) {
        m_heatmapNote->setText(
            tr("Free blocks per order. The request was order %1 (%n page(s)); it is framed. "
               "Crossed cells at or above it are orders with no free block at all.",
               nullptr, 1 << std::min(*order, 30))
                .arg(*order));
    } else {
        m_heatmapNote->setText(
            tr("Free blocks per order. The requested order is unknown, so none is marked."));
    }

    m_taskModel->setEvent(event);
    updateTaskColumns();
    if (!event.taskTableSeen)
        m_taskNote->setText(tr("The report has no task table (cut, or printed with vm.oom_dump_tasks=0)."));
    else if (event.tasks.isEmpty())
        m_taskNote->setText(tr("The task table is empty: there was no process the OOM killer could choose."));
    else
        m_taskNote->setText(tr("%n task(s). The victim is shown in bold on red; blue rows have "
                               "oom_score_adj -1000 and are never chosen.",
                               nullptr, int(event.tasks.size())));
    // Bring the victim into view whatever the sort order.
    if (m_taskModel->victimRow() >= 0) {
        const QModelIndex victim =
            m_taskProxy->mapFromSource(m_taskModel->index(m_taskModel->victimRow(), 0));
        m_taskView->scrollTo(victim, QAbstractItemView::PositionAtCenter);
    }

    const bool memcg = MemcgPanel::hasMemcg(event);
    if (memcg)
        m_memcg->setEvent(event);
    else
        m_memcg->clear();
    m_tabs->setTabEnabled(MemcgTab, memcg);
    m_tabs->setTabVisible(MemcgTab, memcg);
    m_tabs->setTabText(TasksTab, tr("Tasks (%1)").arg(event.tasks.size()));

    m_raw->setEvent(event, explanation.allEvidenceLines());

    // The tab shown first fits the event: the one the person chose stays unless it has nothing
    // for this event (a memcg OOM has no zones, a fragment no task table).
    m_tabs->setCurrentIndex(isTabEmpty(wanted, event) ? firstTabFor(event) : wanted);
}

bool EventDetailWidget::isTabEmpty(int tab, const OomEvent &event) const {
    switch (tab) {
    case WatermarksTab:
        return m_watermarks->data().isEmpty();
    case BuddyTab:
        return m_heatmap->matrix().rowCount() == 0;
    case TasksTab:
        return event.tasks.isEmpty();
    case MemcgTab:
        return !m_tabs->isTabVisible(MemcgTab);
    default:
        return false;
    }
}

int EventDetailWidget::firstTabFor(const OomEvent &event) const {
    if (facts::scopeOf(event) == facts::Scope::Memcg && m_tabs->isTabVisible(MemcgTab)) return MemcgTab;
    for (int tab : {int(WatermarksTab), int(TasksTab), int(BuddyTab), int(MemcgTab)})
        if (!isTabEmpty(tab, event)) return tab;
    return RawReportTab;
}

void EventDetailWidget::clear() {
    m_card->clear();
    m_watermarks->clear();
    m_heatmap->setMatrix({});
    m_heatmap->setPlaceholderText(tr("No event selected."));
    m_heatmapNote->clear();
    m_taskModel->clear();
    m_taskNote->clear();
    m_memcg->clear();
    if (m_tabs->currentIndex() == MemcgTab) m_tabs->setCurrentIndex(WatermarksTab);
    m_tabs->setTabVisible(MemcgTab, false);
    m_raw->clear();
}

void EventDetailWidget::updateTaskColumns() {
    // Columns the kernel did not print for this report (rss_anon before 6.8, nr_pmds, ...) are
    // hidden rather than shown as a column of "n/a".
    const bool any = m_taskModel->rowCount() > 0;
    for (int c = 0; c < TaskTableModel::ColumnCount; ++c)
        m_taskView->setColumnHidden(c, any && !m_taskModel->columnHasValues(c));
    m_taskView->resizeColumnsToContents();
}

void EventDetailWidget::showReportLine(LineNo line) {
    m_tabs->setCurrentIndex(RawReportTab);
    m_raw->showLine(line);
}

QByteArray EventDetailWidget::saveLayout() const {
    return m_splitter->saveState();
}

void EventDetailWidget::restoreLayout(const QByteArray &state) {
    if (!state.isEmpty()) m_splitter->restoreState(state);
}

} // namespace oomlens::ui
