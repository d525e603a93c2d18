// Journal entries -> the kernel-log post-mortem engine and the killer parser. Kernel entries
// become framed lines for kernlog::ReportBuilder (the same state machine the text forms go
// through, so a report reads the same from dmesg, journalctl text and the journal): the message,
// _HOSTNAME as the host, _SOURCE_MONOTONIC_TIMESTAMP as the printk stamp (the clock of dmesg's
// "[secs.usecs]", so the same report from both is recognised as one event, see
// kernlog/CrossFileDedup.h), __REALTIME_TIMESTAMP as the wall clock; _BOOT_ID keeps the kills of one
// boot from being linked to reports of another.
// Entries of the userspace killers go to KillerParser; at finish() they are diagnosed and linked
// to the kernel report of the same kill.
#pragma once

#include "JournalEntry.h"
#include "KillerDiagnosis.h"
#include "KillerLines.h"

#include "kernlog/LogAnalysis.h"
#include "kernlog/ReportBuilder.h"

#include <map>

namespace oomlens::journal {

class JournalFeed {
public:
    // `firstOrdinal`: index the first emitted kernel event will have in the caller's event list
    // (links from killers point there).
    JournalFeed(QString file, EventSink sink, qsizetype firstOrdinal = 0);
    void add(const JournalEntry &entry);
    // Closes open reports, diagnoses and links the killers' events (appended to `killers` when
    // given); fills the counters of `out`.
    void finish(LogAnalysis &out, QList<KillerEvent> *killers);
    qint64 entries() const { return m_entries; }

private:
    void addKernel(const JournalEntry &entry);

    QString m_file;
    EventSink m_sink;
    kernlog::ReportBuilder m_builder;
    KillerParser m_killers;
    QList<KernelKillRef> m_kernelKills;
    qsizetype m_ordinal;
    qint64 m_entries = 0;
    qint64 m_duplicates = 0;
    // Per host: the line at which each boot id began (a few entries per boot), so an event gets
    // the boot of its first line however late the builder emits it.
    std::map<std::string, std::map<LineNo, std::string>> m_boots;
    std::map<std::string, std::string> m_lastBoot;
    std::string m_wall, m_uptime;
};

} // namespace oomlens::journal
