// SPDX-License-Identifier: GPL-2.0-or-later
#include "MemcgPanel.h"

#include "EventFacts.h"
#include "models/MemcgStatsModel.h"
#include "widgets/Format.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace oomlens::ui {

MemcgPanel::MemcgPanel(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("memcgPanel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("memcgSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_counters = new QWidget(this);
    m_countersLayout = new QVBoxLayout(m_counters);
    m_countersLayout->setContentsMargins(0, 0, 0, 0);

    m_model = new MemcgStatsModel(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(MemcgStatsModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("memcgStats"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // keep the kernel's order until the user sorts
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_counters);
    layout->addWidget(m_table, 1);
}

bool MemcgPanel::hasMemcg(const OomEvent &event) {
    return !event.memcg.isEmpty() || facts::scopeOf(event) == facts::Scope::Memcg;
}

void MemcgPanel::setEvent(const OomEvent &event) {
    QStringList lines;
    const QString limit = facts::limitCgroup(event);
    const QString task = facts::taskCgroup(event);
    lines << tr("Limit hit in: %1").arg(limit.isEmpty() ? format::notAvailable() : limit);
    lines << tr("Victim's cgroup: %1").arg(task.isEmpty() ? format::notAvailable() : task);
    if (!limit.isEmpty() && !task.isEmpty() && limit != task)
        lines << tr("The limit of an ancestor cgroup was reached, not the victim's own.");
    if (!event.memcg.oomGroup.isEmpty())
        lines << tr("memory.oom.group is set on %1: all its tasks were killed together.")
                     .arg(event.memcg.oomGroup);
    m_summary->setText(lines.join(QLatin1Char('\n')));

    // One bar per counter ("memory", "memory+swap", "kmem", "swap"): usage against limit.
    while (QLayoutItem *item = m_countersLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const MemcgCounter &counter : event.memcg.counters) {
        auto *label = new QLabel(m_counters);
        QString text = tr("%1: usage %2, limit %3, failcnt %4")
                           .arg(counter.name, format::bytes(counter.usage),
                                counter.unlimited() ? tr("none") : format::bytes(counter.limit),
                                format::count(counter.failcnt));
        label->setText(text);
        m_countersLayout->addWidget(label);
        if (counter.usage && counter.limit && !counter.unlimited() && *counter.limit > 0) {
            auto *bar = new QProgressBar(m_counters);
            bar->setRange(0, 1000);
            bar->setValue(
                int(std::min<double>(1000.0, 1000.0 * double(*counter.usage) / double(*counter.limit))));
            bar->setFormat(format::percent(double(*counter.usage) / double(*counter.limit)));
            bar->setMaximumHeight(16);
            m_countersLayout->addWidget(bar);
        }
    }
    if (event.memcg.counters.isEmpty())
        m_countersLayout->addWidget(new QLabel(tr("The report prints no usage/limit counters."), m_counters));

    m_model->setEvent(event);
    m_table->setVisible(m_model->rowCount() > 0);
    // One cgroup (the usual case): its path is said once above, not on every row.
    QStringList paths;
    for (const MemcgStats &stats : event.memcg.stats)
        if (!paths.contains(stats.path)) paths << stats.path;
    m_table->setColumnHidden(MemcgStatsModel::CgroupColumn, paths.size() <= 1);
    if (paths.size() == 1 && !paths.first().isEmpty())
        m_summary->setText(m_summary->text() + QLatin1Char('\n') +
                           tr("Statistics of %1:").arg(paths.first()));
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(MemcgStatsModel::CgroupColumn,
                            std::min(m_table->columnWidth(MemcgStatsModel::CgroupColumn), 360));
}

void MemcgPanel::clear() {
    m_summary->clear();
    while (QLayoutItem *item = m_countersLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_model->clear();
}

QString MemcgPanel::summaryText() const {
    return m_summary->text();
}

} // namespace oomlens::ui
