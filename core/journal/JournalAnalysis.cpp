#include "JournalAnalysis.h"

#include "JournalFeed.h"
#include "JournalFileReader.h"
#include "JournalInputs.h"

#include <QFileInfo>

namespace oomlens::journal {

LogAnalysis analyzeJournalTo(const JournalQuery &query, const EventSink &sink, QList<KillerEvent> *killers,
                             const ProgressFn &progress, const std::atomic_bool *cancel) {
    LogAnalysis result;
    const JournalInput input = findJournalFiles(query.path);
    result.errors = input.skipped;
    for (const QString &f : input.files)
        result.bytesRead += QFileInfo(f).size();
    if (input.files.isEmpty()) {
        if (result.errors.isEmpty())
            result.errors.append({query.path, 0, QStringLiteral("no readable systemd journal files")});
        return result;
    }
    JournalFeed feed(query.path, sink);
    const JournalReadResult read = readJournalFiles(
        input.files, query, [&](const JournalEntry &e) { feed.add(e); },
        [&](qint64 entries) {
            if (progress) progress(entries, 0);
        },
        cancel);
    feed.finish(result, killers);
    if (!read.ok) result.errors.append({query.path, 0, read.error});
    result.cancelled = read.cancelled;
    return result;
}

JournalResult analyzeJournal(const JournalQuery &query, const ProgressFn &progress,
                             const std::atomic_bool *cancel) {
    JournalResult r;
    QList<OomEvent> events;
    r.analysis = analyzeJournalTo(
        query, [&](OomEvent &&e) { events.append(std::move(e)); }, &r.killers, progress, cancel);
    r.analysis.events = std::move(events);
    return r;
}

} // namespace oomlens::journal
