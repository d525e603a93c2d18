// SPDX-License-Identifier: GPL-2.0-or-later
#include "RecordingReader.h"

#include "ByteCodec.h"
#include "SampleCodec.h"
#include "procfs/SnapshotReader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>

namespace oomlens::rec {

bool RecordingReader::open(const QString &dir) {
    m_dir = dir;
    m_chunks.clear();
    m_problems.clear();
    m_error.clear();
    const QDir d(dir);
    if (!d.exists()) {
        m_error = QStringLiteral("%1: no such directory").arg(dir);
        return false;
    }
    const QStringList segments = d.entryList({QStringLiteral("seg-*.oomrec")}, QDir::Files, QDir::Name);
    for (const QString &name : segments)
        scanSegment(d.filePath(name));
    std::stable_sort(m_chunks.begin(), m_chunks.end(), [](const ChunkRef &a, const ChunkRef &b) {
        return a.header.firstMs < b.header.firstMs;
    });
    if (m_chunks.isEmpty()) {
        m_error = segments.isEmpty()
                      ? QStringLiteral("%1: no recording here (no seg-*.oomrec files)").arg(dir)
                      : QStringLiteral("%1: no readable chunk").arg(dir);
        return false;
    }
    return true;
}

void RecordingReader::scanSegment(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_problems.append({path, 0, f.errorString()});
        return;
    }
    const qint64 size = f.size();
    if (!isFileHeader(f.read(kFileHeaderSize))) {
        // A segment created at the very moment of a crash can be empty: that is not damage.
        if (size > 0)
            m_problems.append({path, 0, QStringLiteral("not a recording segment (bad file header)")});
        return;
    }
    qint64 offset = kFileHeaderSize;
    QByteArray header(kChunkHeaderSize, Qt::Uninitialized);
    while (offset < size) {
        if (size - offset < kChunkHeaderSize) {
            m_problems.append({path, offset,
                               QStringLiteral("truncated chunk header (%1 bytes at the end; the recorder "
                                              "stopped mid-write)")
                                   .arg(size - offset)});
            return;
        }
        f.seek(offset);
        f.read(header.data(), kChunkHeaderSize);
        const std::optional<ChunkHeader> h = decodeChunkHeader(header.constData());
        if (!h || h->compressedBytes > kMaxChunkBytes || h->rawBytes > kMaxChunkBytes) {
            // Search for the next valid header (its own CRC makes a false match unlikely).
            const qint64 bad = offset;
            qint64 next = -1;
            f.seek(offset + 1);
            const QByteArray rest = f.readAll();
            for (qsizetype at = rest.indexOf(QByteArrayView(kChunkMagic, 4)); at >= 0;
                 at = rest.indexOf(QByteArrayView(kChunkMagic, 4), at + 1)) {
                if (rest.size() - at >= kChunkHeaderSize && decodeChunkHeader(rest.constData() + at)) {
                    next = offset + 1 + at;
                    break;
                }
            }
            m_problems.append(
                {path, bad,
                 next < 0
                     ? QStringLiteral("bad chunk header (magic or CRC); nothing readable after it")
                     : QStringLiteral("bad chunk header (magic or CRC); skipped %1 bytes").arg(next - bad)});
            if (next < 0) return;
            offset = next;
            continue;
        }
        const qint64 end = offset + kChunkHeaderSize + h->compressedBytes;
        if (end > size) {
            m_problems.append({path, offset,
                               QStringLiteral("truncated chunk: %1 of %2 bytes present (the recorder stopped "
                                              "mid-write)")
                                   .arg(size - offset - kChunkHeaderSize)
                                   .arg(h->compressedBytes)});
            return;
        }
        const QByteArray payload = f.read(h->compressedBytes);
        if (crc32Of(payload.constData(), payload.size()) != h->payloadCrc) {
            m_problems.append({path, offset, QStringLiteral("chunk payload CRC mismatch; chunk skipped")});
        } else {
            m_chunks.append({path, offset, *h});
        }
        offset = end;
    }
}

qint64 RecordingReader::firstMs() const {
    return m_chunks.isEmpty() ? 0 : m_chunks.first().header.firstMs;
}

qint64 RecordingReader::lastMs() const {
    qint64 last = 0;
    for (const ChunkRef &c : m_chunks)
        last = std::max(last, c.header.lastMs);
    return last;
}

quint64 RecordingReader::sampleCount() const {
    quint64 n = 0;
    for (const ChunkRef &c : m_chunks)
        n += c.header.samples;
    return n;
}

quint64 RecordingReader::killCount() const {
    quint64 n = 0;
    for (const ChunkRef &c : m_chunks)
        n += c.header.kills;
    return n;
}

bool RecordingReader::decodeChunk(int index, const std::function<bool(const RecordedSample &)> &onSample,
                                  const std::function<void(const RecordedEvent &)> &onEvent) {
    const ChunkRef &c = m_chunks.at(index);
    auto problem = [&](const QString &reason) {
        m_problems.append({c.file, c.offset, reason});
        return false;
    };
    QFile f(c.file);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(c.offset + kChunkHeaderSize)) return problem(f.errorString());
    const QByteArray frame = f.read(c.header.compressedBytes);
    if (frame.size() != qsizetype(c.header.compressedBytes))
        return problem(QStringLiteral("chunk shorter than its header says"));
    if (crc32Of(frame.constData(), frame.size()) != c.header.payloadCrc)
        return problem(QStringLiteral("chunk payload CRC mismatch; chunk skipped"));
    QString zerr;
    const std::optional<QByteArray> raw = zstdDecompress(frame, c.header.rawBytes, &zerr);
    if (!raw) return problem(zerr);

    FileState files;
    QList<Process> processes;
    QJsonObject meta;
    bool haveProcs = false;
    qint64 prevMs = 0;
    ByteReader records(*raw);
    while (!records.atEnd()) {
        const std::uint8_t type = records.u8();
        const QByteArrayView body = records.bytes();
        if (records.failed())
            return problem(
                QStringLiteral("malformed record at byte %1 of the chunk").arg(records.position()));
        if (type == RecMeta) {
            meta = QJsonDocument::fromJson(body.toByteArray()).object();
        } else if (type == RecEvent) {
            RecordedEvent e;
            e.json = QJsonDocument::fromJson(body.toByteArray()).object();
            e.timeMs = e.json.value(QStringLiteral("time_ms")).toInteger();
            if (onEvent) onEvent(e);
        } else if (type == RecSample) {
            ByteReader in(body);
            RecordedSample s;
            s.timeMs = prevMs + in.svarint();
            prevMs = s.timeMs;
            const std::uint8_t flags = in.u8();
            if (!decodeFiles(in, files)) return problem(QStringLiteral("malformed file delta in a sample"));
            if (flags & HasProcesses) {
                if (!decodeProcesses(in, processes))
                    return problem(QStringLiteral("malformed process delta in a sample"));
                haveProcs = true;
            }
            s.hasProcesses = haveProcs;
            s.freshProcesses = flags & FreshProcesses;
            s.hasCmdlines = flags & HasCmdlines;
            s.files = &files;
            s.processes = &processes;
            s.meta = &meta;
            if (!onSample(s)) return true;
        } // unknown record types are skipped: newer writers may add some
    }
    return true;
}

Snapshot RecordingReader::toSnapshot(const RecordedSample &sample) const {
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(sample.timeMs, Qt::UTC);
    QJsonObject manifest{{QStringLiteral("time"), time.toString(Qt::ISODateWithMs)}};
    if (sample.meta) {
        if (sample.meta->value(QStringLiteral("page_size")).toInteger() > 0)
            manifest.insert(QStringLiteral("page_size"), sample.meta->value(QStringLiteral("page_size")));
        for (const char *key : {"host", "kernel"})
            if (const QString v = sample.meta->value(QLatin1String(key)).toString(); !v.isEmpty())
                manifest.insert(QLatin1String(key), v);
    }
    MemorySource source(*sample.files, QJsonDocument(manifest).toJson(QJsonDocument::Compact),
                        QStringLiteral("recording %1").arg(m_dir));
    SnapshotReadOptions options;
    options.processes = false; // from the process table below
    options.cmdlines = false;
    options.pagetypeinfo = true; // served from the latest Full sample's copy
    Snapshot s = SnapshotReader(source, options).read();
    s.time = time;
    if (sample.hasProcesses && sample.processes) {
        s.processes = *sample.processes;
        s.hasCmdlines = sample.hasCmdlines;
    }
    return s;
}

std::optional<Snapshot> RecordingReader::snapshotAt(qint64 ms, QString *error) {
    // The last chunk that starts at or before `ms` (or the first chunk).
    int index = -1;
    for (int i = 0; i < m_chunks.size(); ++i)
        if (m_chunks[i].header.samples > 0 && (m_chunks[i].header.firstMs <= ms || index < 0)) index = i;
    if (index < 0) {
        if (error) *error = QStringLiteral("%1: the recording holds no samples").arg(m_dir);
        return std::nullopt;
    }
    if (ms < m_chunks[index].header.firstMs && ms < firstMs() - 60000) {
        if (error)
            *error =
                QStringLiteral("%1: the recording starts at %2")
                    .arg(m_dir, QDateTime::fromMSecsSinceEpoch(firstMs(), Qt::UTC).toString(Qt::ISODate));
        return std::nullopt;
    }
    // Keep a copy of the state at the last sample <= ms (FileState and QList share their data
    // implicitly, so a copy per sample is cheap); parse only that one.
    std::optional<RecordedSample> found;
    FileState files;
    QList<Process> processes;
    QJsonObject meta;
    const bool ok = decodeChunk(index, [&](const RecordedSample &s) {
        if (s.timeMs > ms && found) return false;
        found = s;
        files = *s.files;
        processes = *s.processes;
        meta = *s.meta;
        return s.timeMs < ms;
    });
    if (!ok || !found) {
        if (error) {
            const RecordingProblem p = m_problems.isEmpty()
                                           ? RecordingProblem{m_dir, 0, QStringLiteral("cannot decode")}
                                           : m_problems.last();
            *error = QStringLiteral("%1 at byte %2: %3").arg(p.file).arg(p.offset).arg(p.reason);
        }
        return std::nullopt;
    }
    found->files = &files;
    found->processes = &processes;
    found->meta = &meta;
    return toSnapshot(*found);
}

QList<RecordedEvent> RecordingReader::events() {
    QList<RecordedEvent> out;
    for (int i = 0; i < m_chunks.size(); ++i)
        if (m_chunks[i].header.kills > 0)
            decodeChunk(
                i, [](const RecordedSample &) { return true; },
                [&](const RecordedEvent &e) { out.append(e); });
    std::stable_sort(out.begin(), out.end(),
                     [](const RecordedEvent &a, const RecordedEvent &b) { return a.timeMs < b.timeMs; });
    return out;
}

} // namespace oomlens::rec
