// SPDX-License-Identifier: GPL-2.0-or-later
#include "RecordingWriter.h"

#include "ByteCodec.h"
#include "RecordingFormat.h"
#include "SampleCodec.h"
#include "model/Snapshot.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace oomlens::rec {

RecordingWriter::RecordingWriter(QString dir, WriterOptions options)
    : m_dir(std::move(dir))
    , m_options(options) {}

RecordingWriter::~RecordingWriter() {
    if (m_fd >= 0) ::close(m_fd);
}

bool RecordingWriter::fail(const QString &path, int errnum) {
    m_error = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errnum)));
    return false;
}

bool RecordingWriter::open() {
    if (!QDir().mkpath(m_dir)) return fail(m_dir, errno ? errno : EACCES);
    return startSegment(QDateTime::currentMSecsSinceEpoch());
}

static bool writeAll(int fd, const QByteArray &bytes) {
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, std::size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            if (n == 0) errno = ENOSPC;
            return false;
        }
        done += n;
    }
    return true;
}

bool RecordingWriter::startSegment(qint64 firstMs) {
    if (m_fd >= 0) ::close(m_fd);
    m_fd = -1;
    // Never reuse a name: a crashed run's segment with the same millisecond stays as it is.
    QString path;
    for (qint64 ms = firstMs;; ++ms) {
        path = m_dir + QLatin1Char('/') + segmentName(ms);
        m_fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (m_fd >= 0 || errno != EEXIST) break;
    }
    if (m_fd < 0) return fail(path, errno);
    const QByteArray header = fileHeader();
    if (!writeAll(m_fd, header) || ::fdatasync(m_fd) != 0) {
        const int e = errno;
        ::close(m_fd);
        m_fd = -1;
        ::unlink(QFile::encodeName(path).constData());
        return fail(path, e);
    }
    // The new directory entry itself must survive a power loss.
    if (const int dfd = ::open(QFile::encodeName(m_dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    m_segmentPath = path;
    m_segmentFirstMs = firstMs;
    m_segmentBytes = header.size();
    m_bytesWritten += header.size();
    return true;
}

void RecordingWriter::appendRecord(std::uint8_t type, const QByteArray &body) {
    ByteWriter w(m_raw);
    w.u8(type);
    w.bytes(body);
}

bool RecordingWriter::addSample(const Snapshot &snapshot, FileState files, bool freshProcesses) {
    if (m_fd < 0) return false;
    const qint64 ms = snapshot.time.toMSecsSinceEpoch();
    if (!freshProcesses) carrySlowEntries(m_carry, files);
    if (freshProcesses) {
        m_lastProcs = snapshot.processes;
        m_haveProcs = true;
    }
    if (m_raw.isEmpty()) {
        QJsonObject meta{{QStringLiteral("format"), int(kFormatVersion)},
                         {QStringLiteral("host"), snapshot.host},
                         {QStringLiteral("kernel"), snapshot.kernelRelease},

                         {QStringLiteral("interval_ms"), m_options.intervalMs},
                         {QStringLiteral("full_every"), m_options.fullEvery}};
        // A page size the source did not record (SnapshotReader derived or assumed it) stays
        // unrecorded, so the replay derives it the same way.
        const bool assumed =
            std::any_of(snapshot.problems.cbegin(), snapshot.problems.cend(), [](const SnapshotProblem &p) {
                return p.reason.startsWith(QLatin1String("page size not recorded"));
            });
        if (snapshot.pageSize && !assumed)
            meta.insert(QStringLiteral("page_size"), qint64(*snapshot.pageSize));
        m_meta = QJsonDocument(meta).toJson(QJsonDocument::Compact);
        appendRecord(RecMeta, m_meta);
    }
    if (m_samples == 0) {
        m_prevFiles.clear(); // keyframe
        m_prevProcs.clear();
        m_prevSampleMs = 0;
    }
    if (m_firstMs == 0) m_firstMs = ms;
    // The first sample of a chunk always carries the process table (keyframe); later ones only
    // when a Full sample brought a new one.
    const bool withProcs = m_haveProcs && (freshProcesses || m_samples == 0);
    QByteArray body;
    ByteWriter w(body);
    w.svarint(ms - m_prevSampleMs);
    w.u8(std::uint8_t((withProcs ? HasProcesses : 0) | (freshProcesses ? FreshProcesses : 0) |
                      (snapshot.hasCmdlines || !freshProcesses ? HasCmdlines : 0)));
    encodeFiles(m_prevFiles, files, w);
    if (withProcs) {
        encodeProcesses(m_prevProcs, m_lastProcs, w);
        m_prevProcs = m_lastProcs;
    }
    appendRecord(RecSample, body);
    m_prevFiles = files;
    m_carry = std::move(files);
    m_prevSampleMs = ms;
    m_lastMs = ms;
    ++m_samples;
    if (m_flushAfterSample || m_lastMs - m_firstMs + m_options.intervalMs >= m_options.chunkMs) {
        m_flushAfterSample = false;
        return flush();
    }
    return true;
}

bool RecordingWriter::addEvent(const QJsonObject &event) {
    if (m_fd < 0) return false;
    QJsonObject e = event;
    // One report can kill several victims (oom.group): its lines are stored with the first only.
    const QByteArray lines = QJsonDocument(e.value(QStringLiteral("lines")).toArray()).toJson();
    if (e.contains(QStringLiteral("lines")) && lines == m_lastReport) {
        e.remove(QStringLiteral("lines"));
        e.insert(QStringLiteral("same_report_as_previous"), true);
    } else if (e.contains(QStringLiteral("lines"))) {
        m_lastReport = lines;
    }
    const qint64 ms = e.value(QStringLiteral("time_ms")).toInteger();
    if (m_raw.isEmpty() && !m_meta.isEmpty()) appendRecord(RecMeta, m_meta);
    if (m_firstMs == 0) m_firstMs = ms;
    m_lastMs = std::max(m_lastMs, ms);
    appendRecord(RecEvent, QJsonDocument(e).toJson(QJsonDocument::Compact));
    ++m_kills;
    m_flushAfterSample = true;
    return true;
}

bool RecordingWriter::flush() {
    if (m_fd < 0) return false;
    if (m_raw.isEmpty()) return true;
    ChunkHeader h;
    QString zerr;
    const QByteArray frame = zstdCompress(m_raw, m_options.level, &zerr);
    if (frame.isEmpty()) {
        m_error = m_segmentPath + QStringLiteral(": ") + zerr;
        return false;
    }
    h.compressedBytes = std::uint32_t(frame.size());
    h.rawBytes = std::uint32_t(m_raw.size());
    h.samples = m_samples;
    h.firstMs = m_firstMs;
    h.lastMs = m_lastMs;
    h.kills = m_kills;
    h.payloadCrc = crc32Of(frame.constData(), frame.size());
    const QByteArray bytes = encodeChunkHeader(h) + frame;
    if (!writeAll(m_fd, bytes) || ::fdatasync(m_fd) != 0) {
        const int e = errno;
        // Cut the torn chunk off again: the segment keeps ending on a whole chunk.
        if (::ftruncate(m_fd, m_segmentBytes) == 0) ::lseek(m_fd, m_segmentBytes, SEEK_SET);
        return fail(m_segmentPath, e);
    }
    m_segmentBytes += bytes.size();
    m_bytesWritten += bytes.size();
    ++m_chunks;
    m_raw.clear();
    m_samples = 0;
    m_kills = 0;
    m_firstMs = 0;
    const qint64 segmentLimit = m_options.maxBytes > 0 ? m_options.maxBytes / 4 : 0;
    if (m_lastMs - m_segmentFirstMs >= m_options.segmentMs ||
        (segmentLimit > 0 && m_segmentBytes >= segmentLimit)) {
        if (!startSegment(m_lastMs + 1)) return false;
    }
    enforceRetention();
    return true;
}

void RecordingWriter::enforceRetention() {
    if (m_options.maxBytes <= 0 && m_options.retainMs <= 0) return;
    QDir dir(m_dir);
    const QFileInfoList segments =
        dir.entryInfoList({QStringLiteral("seg-*.oomrec")}, QDir::Files, QDir::Name); // oldest first
    qint64 total = 0;
    for (const QFileInfo &fi : segments)
        total += fi.size();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QFileInfo &fi : segments) {
        if (fi.absoluteFilePath() == QFileInfo(m_segmentPath).absoluteFilePath()) break; // never the open one
        const bool tooBig = m_options.maxBytes > 0 && total > m_options.maxBytes;
        const bool tooOld =
            m_options.retainMs > 0 && fi.lastModified().toMSecsSinceEpoch() < now - m_options.retainMs;
        if (!tooBig && !tooOld) break;
        if (QFile::remove(fi.absoluteFilePath())) {
            total -= fi.size();
            ++m_deleted;
        }
    }
}

} // namespace oomlens::rec
