// SPDX-License-Identifier: GPL-2.0-or-later
// RecordingWriter: appends samples and kill events to a recording directory
// (docs/recording-format.md).
//
// Crash safety: a chunk is written with one write() and made durable with fdatasync() before
// the next one starts; nothing already written is ever rewritten. SIGKILL or power loss loses
// at most the chunk being collected (chunkMs, default 60 s; a kill flushes at once). A restart
// always opens a NEW segment, so a torn tail left by a crash is never appended to and needs no
// repair: the reader reports it and stops there.
// Errors (full disk, read-only directory): the failed write is cut off again (ftruncate) so the
// segment ends on a whole chunk, and the error names the file and the reason.
// Retention: after every chunk, whole segments are deleted, oldest first, while the directory
// holds more than maxBytes or a segment's newest data is older than retainMs.
#pragma once

#include "RecordedFiles.h"
#include "model/Process.h"

#include <QJsonObject>
#include <QString>

namespace oomlens {
struct Snapshot;
}

namespace oomlens::rec {

struct WriterOptions {
    qint64 chunkMs = 60000;     // longest time span of one chunk (<= 60 s)
    qint64 intervalMs = 1000;   // sampling interval (a chunk closes before it would exceed chunkMs)
    qint64 segmentMs = 3600000; // a new segment file every hour
    qint64 maxBytes = 0;        // 0 = no size limit
    qint64 retainMs = 0;        // 0 = keep forever
    int level = 6;              // zstd level (one frame a minute: a higher level costs little)
    int fullEvery = 5;          // for the metadata only
};

class RecordingWriter {
public:
    RecordingWriter(QString dir, WriterOptions options);
    ~RecordingWriter();
    RecordingWriter(const RecordingWriter &) = delete;
    RecordingWriter &operator=(const RecordingWriter &) = delete;

    // Creates the directory if needed and a new segment; false with error() when it cannot.
    bool open();
    // `files`: what TeeSource kept; `freshProcesses`: a Full sample (its process table is new).
    bool addSample(const Snapshot &snapshot, FileState files, bool freshProcesses);
    // A kill notice (RecordingEvents.h builds the JSON); the chunk is flushed with the next sample.
    bool addEvent(const QJsonObject &event);
    // Writes the chunk being collected (if any) and makes it durable.
    bool flush();

    QString error() const { return m_error; }
    QString directory() const { return m_dir; }
    qint64 bytesWritten() const { return m_bytesWritten; }
    quint64 chunksWritten() const { return m_chunks; }
    quint64 segmentsDeleted() const { return m_deleted; }
    QString currentSegment() const { return m_segmentPath; }

private:
    bool startSegment(qint64 firstMs);
    void enforceRetention();
    void appendRecord(std::uint8_t type, const QByteArray &body);
    bool fail(const QString &path, int errnum);

    QString m_dir;
    WriterOptions m_options;
    QString m_error;
    int m_fd = -1;
    QString m_segmentPath;
    qint64 m_segmentFirstMs = 0;
    qint64 m_segmentBytes = 0;

    // The chunk being collected.
    QByteArray m_raw;
    quint32 m_samples = 0;
    quint32 m_kills = 0;
    qint64 m_firstMs = 0;
    qint64 m_lastMs = 0;
    qint64 m_prevSampleMs = 0;
    bool m_flushAfterSample = false;
    FileState m_prevFiles;      // delta base inside the chunk
    QList<Process> m_prevProcs; // delta base inside the chunk
    FileState m_carry;          // the last sample's files (slow entries carried over)
    QList<Process> m_lastProcs; // the latest Full sample's processes
    bool m_haveProcs = false;
    QByteArray m_meta;       // the chunks' metadata record (host, kernel, page size)
    QByteArray m_lastReport; // report lines of the last event (not repeated per victim)

    qint64 m_bytesWritten = 0;
    quint64 m_chunks = 0;
    quint64 m_deleted = 0;
};

} // namespace oomlens::rec
