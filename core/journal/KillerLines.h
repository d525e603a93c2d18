// Userspace OOM killers' journal lines -> KillerEvent (model/KillerEvent.h). Pure functions of one
// message each (the parsers), and KillerParser, which keeps the little state the killers spread
// over several lines (earlyoom's "mem avail"/"low memory!" lines before "sending SIGTERM", nohang's
// multi-line record, systemd-oomd's pressure line and candidate list before "Killed").
// Formats, from the tools' sources (shared docs history-killers-fleet.md 3.2):
//  systemd-oomd  src/oom/oomd-manager.c  "Killed %s due to memory pressure for %s being %lu.%02lu%% >
//                %lu.%02lu%% for > %s with reclaim activity", "Killed %s due to memory used (%lu) /
//                total (%lu) and swap used (%lu) / total (%lu) being more than %lu.%02lu%%",
//                "Marked %s for killing due to ..." (prekill hooks), v247-v250 "Memory pressure for %s
//                is %lu.%02lu%% > %lu.%02lu%% for > %s with reclaim activity" + "oomd attempting to
//                kill %d with %s"
//  PID 1         src/core/unit.c "%s: A process of this unit has been killed by the OOM killer.",
//                "%s: systemd-oomd killed %u process(es) in this unit.", "Failed with result 'oom-kill'."
//  earlyoom      kill.c "sending %s to process %d uid %d \"%s\": badness|oom_score %d, [oom_score_adj %d, ]
//                VmRSS %lld MiB[, cmdline \"%s\"]", main.c "mem avail: ...", "low memory! at or below
//                SIGTERM limits: mem %5.2f%%, swap %5.2f%%"
//  nohang        "Memory status that requires corrective actions:", "MemAvailable [..] <= ..",
//                "Victim status (found in Nms):", "PID: .., name: .., state: .., EUID: ..",
//                "Implementing a corrective action:", "Sending SIGTERM to the victim"
//  kubelet       pkg/kubelet/eviction/eviction_manager.go "Eviction manager: attempting to reclaim"
//                resourceName="memory", "pod is evicted successfully" pod="ns/name" (klog structured,
//                1.21+); "eviction manager: pod %s is evicted successfully" (older)
#pragma once

#include "JournalEntry.h"

#include "model/KillerEvent.h"

#include <QHash>
#include <QList>

namespace oomlens::journal {

// Which killer wrote an entry (by SYSLOG_IDENTIFIER, _SYSTEMD_UNIT or MESSAGE_ID); nullopt for
// entries of nobody we know.
enum class KillerSource { Oomd, Earlyoom, Nohang, Kubelet, Pid1 };
std::optional<KillerSource> killerSourceOf(const JournalEntry &entry);

class KillerParser {
public:
    explicit KillerParser(QString file);
    ~KillerParser();
    void add(const JournalEntry &entry, KillerSource source);
    QList<KillerEvent> take(); // every event so far, in the order the deciding lines came

private:
    struct HostState;
    HostState &stateFor(const JournalEntry &entry);
    KillerEvent startEvent(KillerKind kind, const JournalEntry &entry, const QString &killer) const;
    void oomdLine(HostState &h, const JournalEntry &e, const QString &msg);
    void pid1Line(HostState &h, const JournalEntry &e, const QString &msg);
    void earlyoomLine(HostState &h, const JournalEntry &e, const QString &msg);
    void nohangLine(HostState &h, const JournalEntry &e, const QString &msg);
    void kubeletLine(HostState &h, const JournalEntry &e, const QString &msg);

    QString m_file;
    QHash<QString, HostState *> m_hosts;
    QList<KillerEvent> m_events;
};

} // namespace oomlens::journal
