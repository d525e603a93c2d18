// SPDX-License-Identifier: GPL-2.0-or-later
// Confirms one oom_score_adj change, says what the kernel will do differently (the new kill
// rank, computed by the caller), runs OomScoreAdjWriter off the GUI thread and shows the result
// (done, cancelled, refused and why) with the value re-read from the kernel.
#pragma once

#include "process/HelperLauncher.h"
#include "process/OomScoreAdjOutcome.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QProgressBar;

namespace oomlens::ui {

struct OomScoreAdjChange {
    qint64 pid = 0;
    quint64 startTime = 0; // stat field 22 as the table saw it
    QString name;          // comm or command line, for the person only
    int oldValue = 0;
    int newValue = 0;
    // Kill order as the caller estimated it (1 = the OOM killer's first choice) among
    // rankedProcesses candidates, before and after the change. Absent: unknown.
    std::optional<int> oldRank;
    std::optional<int> newRank;
    int rankedProcesses = 0;
};

class OomScoreAdjDialog : public QDialog {
    Q_OBJECT
public:
    // launcher: how the privileged helper is started (PkexecHelperLauncher in production).
    OomScoreAdjDialog(const OomScoreAdjChange &change, std::shared_ptr<HelperLauncher> launcher,
                      QWidget *parent = nullptr);
    ~OomScoreAdjDialog() override;

    // What the kernel will do differently, in one or two translated sentences.
    static QString consequenceText(const OomScoreAdjChange &change);
    // The result in one translated sentence, including the value re-read from the kernel.
    static QString outcomeText(const OomScoreAdjOutcome &outcome);

    const std::optional<OomScoreAdjOutcome> &outcome() const { return m_outcome; }
    bool isRunning() const { return m_watcher.isRunning(); }

public slots:
    // Starts the write (what the Apply button does).
    void apply();
    // Ignored while the write runs: the person must see how it ended.
    void reject() override;

signals:
    void outcomeReady(const oomlens::OomScoreAdjOutcome &outcome);

private:
    void showOutcome();

    OomScoreAdjChange m_change;
    std::shared_ptr<HelperLauncher> m_launcher;
    QFutureWatcher<OomScoreAdjOutcome> m_watcher;
    std::optional<OomScoreAdjOutcome> m_outcome;
    QLabel *m_result;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
};

} // namespace oomlens::ui
