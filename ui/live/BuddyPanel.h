// SPDX-License-Identifier: GPL-2.0-or-later
// BuddyPanel: the buddy allocator's free blocks.
//  - now: node/zone rows x order columns (buddyinfo);
//  - over time, for a chosen zone: order rows x sample columns (History; live only);
//  - per migrate type for the chosen zone (pagetypeinfo; says why when it is not readable);
//  - the unusable free index per order (see core/record/FragmentationIndex.h).
#pragma once

#include "model/Snapshot.h"

#include <QWidget>

class QBarSeries;
class QBarCategoryAxis;
class QChartView;
class QComboBox;
class QLabel;
class QValueAxis;

namespace oomlens {
class History;
}

namespace oomlens::ui {

class BuddyHeatmap;
struct HeatmapMatrix;

class BuddyPanel : public QWidget {
    Q_OBJECT
public:
    explicit BuddyPanel(bool withHistory, QWidget *parent = nullptr);

    void setSnapshot(const Snapshot &snapshot, const History *history);

    BuddyHeatmap *nowHeatmap() const { return m_now; }
    BuddyHeatmap *historyHeatmap() const { return m_overTime; }
    BuddyHeatmap *migrateHeatmap() const { return m_migrate; }
    QComboBox *zoneChooser() const { return m_zone; }
    QBarSeries *fragmentationSeries() const { return m_fragSeries; }

    // Matrices built from a snapshot (public for tests).
    static HeatmapMatrix nowMatrix(const Snapshot &snapshot);
    static HeatmapMatrix migrateMatrix(const Snapshot &snapshot, int node, const QString &zone);
    static HeatmapMatrix historyMatrix(const History &history, int node, const QString &zone, int maxColumns);
    // Why the migrate-type table is empty (translated), or empty when it is not.
    static QString migrateTypesMissingReason(const Snapshot &snapshot);

private:
    void refreshZoneViews();
    void updateFragmentation(const Snapshot &snapshot);

    bool m_withHistory;
    BuddyHeatmap *m_now;
    BuddyHeatmap *m_overTime = nullptr;
    BuddyHeatmap *m_migrate;
    QComboBox *m_zone;
    QChartView *m_fragView;
    QBarSeries *m_fragSeries;
    QBarCategoryAxis *m_fragX;
    QValueAxis *m_fragY;
    QLabel *m_overTimeNote = nullptr;
    const History *m_history = nullptr;
    Snapshot m_snapshot; // latest (implicitly shared lists: cheap to keep)
};

} // namespace oomlens::ui
