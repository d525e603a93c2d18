// SPDX-License-Identifier: GPL-2.0-or-later
// SnapshotWidget: one saved Snapshot (a snapshot directory or archive, a sosreport) with the
// same views as the live host, minus what only time can show (histories). The main window opens
// snapshots with it:
//     auto *w = new oomlens::ui::SnapshotWidget;
//     w->setSnapshot(snapshot);   // oomlens::readSnapshot(path, &error) in a worker thread
#pragma once

#include "model/Snapshot.h"

#include <QWidget>

class QLabel;

namespace oomlens::ui {

class HostViews;

class SnapshotWidget : public QWidget {
    Q_OBJECT
public:
    explicit SnapshotWidget(QWidget *parent = nullptr);

    void setSnapshot(const Snapshot &snapshot);
    const Snapshot &snapshot() const { return m_snapshot; }
    HostViews *views() const { return m_views; }
    // The header text (source, host, kernel, time, partial/problems), for tests.
    QString headerText() const;

private:
    Snapshot m_snapshot;
    QLabel *m_header;
    HostViews *m_views;
};

} // namespace oomlens::ui
