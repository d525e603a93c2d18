// SPDX-License-Identifier: GPL-2.0-or-later
#include "HostViews.h"

#include "BuddyPanel.h"
#include "CgroupProcessPanel.h"
#include "SummaryStrip.h"
#include "WatermarkPanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace oomlens::ui {

HostViews::HostViews(bool live, QWidget *parent)
    : QWidget(parent) {
    m_summary = new SummaryStrip;
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("hostTabs"));
    m_watermarks = new WatermarkPanel(live);
    m_buddy = new BuddyPanel(live);
    m_cgroups = new CgroupProcessPanel(live);
    m_tabs->addTab(m_cgroups, tr("Cgroups && processes"));
    m_tabs->addTab(m_watermarks, tr("Watermarks"));
    m_tabs->addTab(m_buddy, tr("Buddy allocator"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
}

void HostViews::setSnapshot(const Snapshot &s, const History *history, bool processesChanged) {
    if (processesChanged) m_killOrder = estimateKillOrder(s);
    m_summary->setSnapshot(s);
    // The hidden tabs are cheap to keep current (no painting happens until shown), and switching
    // tabs then shows the latest state at once.
    m_watermarks->setSnapshot(s, history);
    m_buddy->setSnapshot(s, history);
    m_cgroups->setSnapshot(s, m_killOrder, processesChanged);
}

} // namespace oomlens::ui
