// SPDX-License-Identifier: GPL-2.0-or-later
// SummaryStrip: the one-line state of the host: MemTotal/MemAvailable, swap, PSI memory
// some/full avg10, overcommit mode, panic_on_oom and OOM kills since boot (vmstat oom_kill).
#pragma once

#include "model/Snapshot.h"

#include <QWidget>

class QLabel;

namespace oomlens::ui {

class SummaryStrip : public QWidget {
    Q_OBJECT
public:
    explicit SummaryStrip(QWidget *parent = nullptr);
    void setSnapshot(const Snapshot &snapshot);

    // The text of each field, for tests: "memory", "swap", "psi", "overcommit", "panic", "oomkills".
    QString fieldText(const QString &field) const;

private:
    QLabel *m_memory, *m_swap, *m_psi, *m_overcommit, *m_panic, *m_oomKills;
};

} // namespace oomlens::ui
