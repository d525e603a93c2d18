// A snapshot archive (.tar, .tar.gz, .tar.xz, .tar.zst, as written by `oomlens-cli capture`) or a
// sosreport archive. Read ONCE with libarchive into an in-memory index; reads are lookups.
//
// sosreport archives (sosreport-<host>-<date>.tar.xz) put everything under one top-level
// directory; it is stripped so that paths are the host's original ones. Only proc/, sys/,
// manifest.json and the sosreport's hostname and uname files are kept: a sosreport can be hundreds of MB of
// other material.
#pragma once

#include "Source.h"

#include <QHash>

namespace oomlens {

class ArchiveSource final : public Source {
public:
    // Fails with Corrupt (libarchive's reason, e.g. "Truncated tar archive") when the archive
    // cannot be read to its end, and NotFound when it holds no snapshot files.
    static std::unique_ptr<ArchiveSource> open(const QString &file, SourceError *error);

    QString description() const override { return m_description; }
    SourceError read(QByteArrayView path, QByteArray &out) override;
    SourceError list(QByteArrayView path, QList<DirEntry> &out) override;

    QList<SourceError> skipped() const override { return m_skipped; }

    qsizetype fileCount() const { return m_files.size(); }

    // All snapshot files of one archive together: 100,000 processes take ~300 MiB; more is a
    // bomb (a 10 KB sparse tar can claim terabytes) and the archive is refused as Corrupt.
    static constexpr qint64 kMaxTotalBytes = qint64(2) * 1024 * 1024 * 1024;

private:
    explicit ArchiveSource(QString description)
        : m_description(std::move(description)) {}

    QString m_description;
    QHash<QByteArray, QByteArray> m_files;     // "/proc/meminfo" -> bytes
    QHash<QByteArray, QList<DirEntry>> m_dirs; // "/proc" -> entries
    QHash<QByteArray, SourceError> m_refused;  // "/proc/meminfo" -> too large / not regular
    QList<SourceError> m_skipped;
};

} // namespace oomlens
