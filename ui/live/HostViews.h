// SPDX-License-Identifier: GPL-2.0-or-later
// HostViews: the views of one host's memory state, shared by the live host (with history) and a
// snapshot (without): summary strip, then tabs for watermarks, the buddy allocator, and cgroups
// with processes.
#pragma once

#include "analysis/KillOrder.h"
#include "model/Snapshot.h"

#include <QWidget>

class QTabWidget;

namespace oomlens {
class History;
}

namespace oomlens::ui {

class BuddyPanel;
class CgroupProcessPanel;
class SummaryStrip;
class WatermarkPanel;

class HostViews : public QWidget {
    Q_OBJECT
public:
    explicit HostViews(bool live, QWidget *parent = nullptr);

    // processesChanged: whether the snapshot's processes are fresh (a Full sample or a snapshot).
    void setSnapshot(const Snapshot &snapshot, const History *history, bool processesChanged = true);
    const KillOrder &killOrder() const { return m_killOrder; }

    SummaryStrip *summary() const { return m_summary; }
    WatermarkPanel *watermarks() const { return m_watermarks; }
    BuddyPanel *buddy() const { return m_buddy; }
    CgroupProcessPanel *cgroupsAndProcesses() const { return m_cgroups; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    SummaryStrip *m_summary;
    QTabWidget *m_tabs;
    WatermarkPanel *m_watermarks;
    BuddyPanel *m_buddy;
    CgroupProcessPanel *m_cgroups;
    KillOrder m_killOrder;
};

} // namespace oomlens::ui
