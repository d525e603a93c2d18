// The result of reading one or more kernel logs, and the entry point the CLI and the GUI call.
// analyzeFile() streams the file (plain, gzip, xz, zstd, bzip2 or "-" for stdin) in chunks, so
// memory does not grow with the file; it may run on any thread and polls `cancel`.
#pragma once

#include "model/OomEvent.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace oomlens {

// A problem reading or understanding input: file, line (0 = the file as a whole) and reason
// (plain English; the UI translates what it shows).
struct LogError {
    QString file;
    LineNo line = 0;
    QString reason;
};

struct LogAnalysis {
    QList<OomEvent> events;
    QList<LogError> errors;
    qint64 linesRead = 0;
    qint64 bytesRead = 0;         // uncompressed bytes
    int reboots = 0;              // boots the log shows beyond the first (per file, summed over hosts)
    qint64 duplicatesDropped = 0; // reports seen more than once and emitted once
    bool cancelled = false;
};

// Progress: bytes of the (compressed) input consumed so far and its size (0 if unknown, stdin).
using ProgressFn = std::function<void(qint64 done, qint64 total)>;

// Reads `path` ("-" = stdin) and rebuilds every OOM event in it. Never throws; unreadable input
// is reported in LogAnalysis::errors.
LogAnalysis analyzeFile(const QString &path, const ProgressFn &progress = {},
                        const std::atomic_bool *cancel = nullptr);

// Streaming form: each event goes to `sink` as soon as it is complete, so memory does not grow
// with the number of events (the CLI's JSON output uses it). The result carries no events.
using EventSink = std::function<void(OomEvent &&event)>;
LogAnalysis analyzeFileTo(const QString &path, const EventSink &sink, const ProgressFn &progress = {},
                          const std::atomic_bool *cancel = nullptr);

// The same over several files; events keep the order of the files, then of the lines.
LogAnalysis analyzeFiles(const QStringList &paths, const ProgressFn &progress = {},
                         const std::atomic_bool *cancel = nullptr);

} // namespace oomlens
