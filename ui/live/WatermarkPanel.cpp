// SPDX-License-Identifier: GPL-2.0-or-later
#include "WatermarkPanel.h"

#include "record/History.h"
#include "widgets/WatermarkBars.h"
#include "widgets/WatermarkTimeChart.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace oomlens::ui {

WatermarkPanel::WatermarkPanel(bool withHistory, QWidget *parent)
    : QWidget(parent)
    , m_withHistory(withHistory) {
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(2, 2, 2, 2);
    auto *top = new QHBoxLayout;
    auto *legend =
        new QLabel(tr("Bars: free memory per zone on a log scale from one page to the zone's size, "
                      "ticks at the min / low / high watermarks. Red: below min (direct reclaim, "
                      "OOM risk), orange: below low (kswapd awake), yellow: below high."));
    legend->setWordWrap(true);
    top->addWidget(legend, 1);
    if (m_withHistory) {
        m_window = new QComboBox;
        m_window->setObjectName(QStringLiteral("watermarkWindow"));
        m_window->addItem(tr("last minute"), 60);
        m_window->addItem(tr("last 10 minutes"), 600);
        m_window->addItem(tr("last hour"), 3600);
        m_window->setCurrentIndex(1);
        top->addWidget(m_window);
    }
    outer->addLayout(top);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    m_nodes = new QVBoxLayout(content);
    m_nodes->setContentsMargins(0, 0, 0, 0);
    if (!m_withHistory) m_nodes->addStretch(1); // bars only: keep them at the top
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
}

WatermarkBars *WatermarkPanel::bars(int node) const {
    const auto it = m_views.find(node);
    return it == m_views.end() ? nullptr : it->second.bars;
}

WatermarkTimeChart *WatermarkPanel::chart(int node) const {
    const auto it = m_views.find(node);
    return it == m_views.end() ? nullptr : it->second.chart;
}

void WatermarkPanel::setSnapshot(const Snapshot &s, const History *history) {
    const quint64 pageSize = s.pageSize.value_or(4096);
    for (const MemoryNode &node : s.nodes) {
        NodeViews &v = m_views[node.id];
        if (!v.box) {
            auto *box = new QGroupBox(tr("Node %1").arg(node.id));
            auto *l = new QVBoxLayout(box);
            l->setContentsMargins(4, 4, 4, 4);
            v.box = box;
            v.bars = new WatermarkBars;
            v.bars->setObjectName(QStringLiteral("bars%1").arg(node.id));
            l->addWidget(v.bars);
            if (m_withHistory) {
                v.chart = new WatermarkTimeChart(node.id);
                v.chart->setObjectName(QStringLiteral("chart%1").arg(node.id));
                l->addWidget(v.chart, 1);
            }
            m_nodes->insertWidget(m_withHistory ? m_nodes->count() : m_nodes->count() - 1, box,
                                  m_withHistory ? 1 : 0);
        }
        std::vector<WatermarkBar> bars;
        QStringList empty;
        for (const Zone &z : node.zones) {
            if (!z.isPopulated()) {
                empty << z.name;
                continue;
            }
            bars.push_back(
                {z.name, z.freePages, z.minPages, z.lowPages, z.highPages, z.managedPages, pageSize});
        }
        v.bars->setZones(std::move(bars));
        static_cast<QGroupBox *>(v.box)->setTitle(empty.isEmpty()
                                                      ? tr("Node %1").arg(node.id)
                                                      : tr("Node %1 (empty zones not shown: %2)")
                                                            .arg(node.id)
                                                            .arg(empty.join(QLatin1String(", "))));
        if (v.chart && history) {
            v.chart->setWindowSeconds(m_window ? m_window->currentData().toInt() : 600);
            v.chart->setHistory(*history, pageSize);
        }
    }
}

} // namespace oomlens::ui
