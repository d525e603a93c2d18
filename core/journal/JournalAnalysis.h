// The entry point for journals: a journal file, a journal directory or an OS root in, every
// kernel OOM report rebuilt (by core/kernlog, the same engine as for text logs) and every
// userspace kill out, each skipped file named with its reason. README.md in this folder.
#pragma once

#include "JournalQuery.h"

#include "kernlog/LogAnalysis.h"
#include "model/KillerEvent.h"

namespace oomlens::journal {

// Streams the kernel events to `sink` (in the order the journal gives them; killers' links index
// this order from 0), appends the userspace kills to `killers` (when given) and returns the rest:
// errors (one per skipped file: "file: reason"), counts. linesRead counts the entries read.
LogAnalysis analyzeJournalTo(const JournalQuery &query, const EventSink &sink, QList<KillerEvent> *killers,
                             const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr);

struct JournalResult {
    LogAnalysis analysis;       // kernel events (analysis.events), errors, counts
    QList<KillerEvent> killers; // userspace kills; linkedKernelEvent indexes analysis.events
};

// The same with the events collected: what the fleet view calls with a host and a time window.
JournalResult analyzeJournal(const JournalQuery &query, const ProgressFn &progress = {},
                             const std::atomic_bool *cancel = nullptr);

} // namespace oomlens::journal
