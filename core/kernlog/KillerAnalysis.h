// The kernel-log analysis plus the userspace kills a journal input holds (core/journal/): the
// same as analyzeFileTo() / analyzeFiles() of LogAnalysis.h, which read journals too but drop
// the kills. A kill's linkedKernelEvent indexes the kernel events of the same call (for
// analyzeFilesWithKillers: LogAnalysis::events; for the streaming form: the emit order from 0).
#pragma once

#include "LogAnalysis.h"

#include "model/KillerEvent.h"

namespace oomlens {

LogAnalysis analyzeFileWithKillers(const QString &path, const EventSink &sink, QList<KillerEvent> *killers,
                                   const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr);

// Collects the events of every file (a report given twice, as a dmesg and in the journal of the
// same boot, is kept once: kernlog/CrossFileDedup.h) and the kills, links following the events.
LogAnalysis analyzeFilesWithKillers(const QStringList &paths, QList<KillerEvent> *killers,
                                    const ProgressFn &progress = {},
                                    const std::atomic_bool *cancel = nullptr);

} // namespace oomlens
