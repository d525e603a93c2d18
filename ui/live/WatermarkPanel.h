// SPDX-License-Identifier: GPL-2.0-or-later
// WatermarkPanel: per NUMA node, the zones' free memory against min/low/high: the current state
// as bars (WatermarkBars) and, live, the history as a chart (WatermarkTimeChart).
#pragma once

#include "model/Snapshot.h"

#include <QWidget>

#include <map>

class QComboBox;
class QVBoxLayout;

namespace oomlens {
class History;
}

namespace oomlens::ui {

class WatermarkBars;
class WatermarkTimeChart;

class WatermarkPanel : public QWidget {
    Q_OBJECT
public:
    explicit WatermarkPanel(bool withHistory, QWidget *parent = nullptr);

    void setSnapshot(const Snapshot &snapshot, const History *history);

    WatermarkBars *bars(int node) const;
    WatermarkTimeChart *chart(int node) const;

private:
    struct NodeViews {
        QWidget *box = nullptr;
        WatermarkBars *bars = nullptr;
        WatermarkTimeChart *chart = nullptr;
    };
    bool m_withHistory;
    QComboBox *m_window = nullptr;
    QVBoxLayout *m_nodes;
    std::map<int, NodeViews> m_views;
};

} // namespace oomlens::ui
