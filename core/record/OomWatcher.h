// SPDX-License-Identifier: GPL-2.0-or-later
// OomWatcher: notices new OOM kills on the live host (see OomNotice.h for the two origins).
//
// Kernel log: lines from /dev/kmsg are buffered; a kill line ("...: Killed process N (comm)",
// mm/oom_kill.c __oom_kill_process()) starts a short quiet period (the oom_reaper line follows
// within milliseconds), then the buffered report is handed to the analyzer (core/kernlog) and the
// diagnoser (core/analysis), and one notice per killed victim is emitted.
// Counters: observe() compares each sample's vmstat oom_kill and per-cgroup oom_kill with the
// previous sample. Kills that the kernel log already announced are not announced twice; kills the
// log did not show within one more sample (or all of them, without /dev/kmsg) become Counters
// notices that name the cgroups.
#pragma once

#include "OomNotice.h"
#include "model/Snapshot.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

namespace oomlens {

class KmsgReader;

class OomWatcher : public QObject {
    Q_OBJECT
public:
    // Rebuilds OOM events from dmesg-style lines ("[ 12.345678] text").
    using Analyzer = std::function<QList<OomEvent>(const QStringList &lines)>;
    // One sentence naming the cause of an event; empty when unknown.
    using Diagnoser = std::function<QString(const OomEvent &event)>;

    explicit OomWatcher(QObject *parent = nullptr);
    ~OomWatcher() override;

    void setAnalyzer(Analyzer analyzer) { m_analyzer = std::move(analyzer); }
    void setDiagnoser(Diagnoser diagnoser) { m_diagnoser = std::move(diagnoser); }
    // Quiet period after a kill line before the report is analysed (default 300 ms).
    void setSettleMs(int ms) { m_settle.setInterval(ms); }

    // Follows /dev/kmsg (or a test path). False when it cannot; kmsgStatus() says why.
    bool startKernelLog(const QString &path = QStringLiteral("/dev/kmsg"));
    bool kernelLogAvailable() const;
    QString kernelLogStatus() const { return m_kmsgStatus; }

    // Counter side: call with every sample (Fast or Full).
    void observe(const Snapshot &snapshot);
    // Kernel-log side: KmsgReader feeds this; tests may call it directly.
    void addKernelLines(const QStringList &lines);

    quint64 killsSeen() const { return m_killsSeen; }

Q_SIGNALS:
    void oomKill(const oomlens::OomNotice &notice);

private:
    void analyzeBuffered();

    Analyzer m_analyzer;
    Diagnoser m_diagnoser;
    std::unique_ptr<KmsgReader> m_kmsg;
    QString m_kmsgStatus;
    QStringList m_lines; // recent kernel lines (bounded)
    qsizetype m_reportStart = -1;
    QTimer m_settle;

    // Counters.
    bool m_haveBaseline = false;
    std::optional<quint64> m_lastVmstatKills;
    QHash<QString, quint64> m_lastCgroupKills;
    quint64 m_logKillsUnmatched = 0; // kills announced from the log, not yet seen in counters
    int m_logUnmatchedAge = 0;
    quint64 m_counterKillsPending = 0; // kills seen in counters, not yet announced by the log
    int m_pendingAge = 0;
    QStringList m_pendingCgroups;
    quint64 m_killsSeen = 0;
};

} // namespace oomlens
Q_DECLARE_METATYPE(oomlens::OomNotice)
