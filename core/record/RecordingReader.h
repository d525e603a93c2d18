// SPDX-License-Identifier: GPL-2.0-or-later
// RecordingReader: opens a recording directory (docs/recording-format.md) and rebuilds the
// host's state at any recorded instant.
//
// open() reads every segment once: it checks each chunk's header CRC and payload CRC and builds
// the time index (a few bytes per chunk: a 24-hour recording at 60 s chunks has 1,440). A torn
// tail (crash, power loss), a bad header or a bad payload becomes a problem naming the file, the
// byte offset and the reason; that chunk is skipped and the rest stays readable (a bad header
// is skipped by searching for the next valid chunk header). Nothing is ever repaired in place.
//
// A state is rebuilt by decoding one chunk from its keyframe (at most 60 samples), then running
// core/procfs's SnapshotReader over the recorded files: the replayed Snapshot is parsed by the
// same code, from the same bytes, as the live one was.
#pragma once

#include "RecordedFiles.h"
#include "RecordingFormat.h"
#include "model/Process.h"
#include "model/Snapshot.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace oomlens::rec {

struct ChunkRef {
    QString file;
    qint64 offset = 0; // of the chunk header in the file
    ChunkHeader header;
};

struct RecordingProblem {
    QString file;
    qint64 offset = 0;
    QString reason;
};

struct RecordedSample {
    qint64 timeMs = 0;
    bool hasProcesses = false;   // the process table is known (from this or an earlier sample)
    bool freshProcesses = false; // this sample read /proc/<pid>/* (a Full sample)
    bool hasCmdlines = false;
    const FileState *files = nullptr;
    const QList<Process> *processes = nullptr;
    const QJsonObject *meta = nullptr;
};

struct RecordedEvent {
    qint64 timeMs = 0;
    QJsonObject json; // as written by the recorder (RecordingEvents.h)
};

class RecordingReader {
public:
    // Reads and checks every chunk of `dir`; false when `dir` holds no readable chunk at all
    // (error() says why). Problems of single chunks do not make it fail.
    bool open(const QString &dir);

    QString directory() const { return m_dir; }
    QString error() const { return m_error; }
    const QList<ChunkRef> &chunks() const { return m_chunks; } // ordered by time
    const QList<RecordingProblem> &problems() const { return m_problems; }
    qint64 firstMs() const;
    qint64 lastMs() const;
    quint64 sampleCount() const;
    quint64 killCount() const;

    // Decodes chunk `index`, calling onSample after each sample (stop early by returning false)
    // and onEvent for each kill event. False (and a problem) when the chunk is malformed.
    bool decodeChunk(int index, const std::function<bool(const RecordedSample &)> &onSample,
                     const std::function<void(const RecordedEvent &)> &onEvent = {});

    // The state at `ms`: the last sample at or before it (the first one when `ms` is earlier but
    // within the first chunk). nullopt with `error` when the recording has nothing there.
    std::optional<Snapshot> snapshotAt(qint64 ms, QString *error);
    // Every kill event, in time order (only chunks whose header counts kills are decoded).
    QList<RecordedEvent> events();

    // The Snapshot of one decoded sample.
    Snapshot toSnapshot(const RecordedSample &sample) const;

private:
    void scanSegment(const QString &path);

    QString m_dir;
    QString m_error;
    QList<ChunkRef> m_chunks;
    QList<RecordingProblem> m_problems;
};

} // namespace oomlens::rec
