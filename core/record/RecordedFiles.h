// SPDX-License-Identifier: GPL-2.0-or-later
// RecordedFiles: the raw kernel files one sample read, kept so that a replay runs the very same
// parsers (core/procfs, core/sysfs) over the very same bytes (architecture: "snapshots keep raw
// text").
//
// - TeeSource wraps the live source during a sample and keeps a copy of every system file read,
//   every directory listed and every error, except the per-process files (/proc/<pid>/...):
//   those go into the compact process table instead (ProcessTable.h), because 2,000 processes x
//   6 files of text would dominate the recording.
// - MemorySource serves a recorded FileState back to SnapshotReader, plus a manifest.json that
//   carries the sample's time and page size (read by SnapshotReader for non-live sources).
#pragma once

#include "source/Source.h"

#include <map>

namespace oomlens::rec {

struct FileEntry {
    enum Kind : std::uint8_t { Content = 0, Listing = 1, Error = 2 };
    Kind kind = Content;
    std::uint8_t errorKind = 0; // SourceError::Kind for Error
    QByteArray data;            // content; listing "name\n" / "name/\n" per entry; error reason
    friend bool operator==(const FileEntry &, const FileEntry &) = default;
};

// Key: 'F' + path for a read, 'L' + path for a listing (a path can be both in principle).
using FileState = std::map<QByteArray, FileEntry>;

// True for files a Fast sample does not read but a replay still needs (the Sampler carries them
// over from the latest Full sample): /proc/pagetypeinfo.
bool isSlowKey(const QByteArray &key);
// Copies the slow entries of `from` into `into` where `into` has none (Fast samples).
void carrySlowEntries(const FileState &from, FileState &into);

class TeeSource final : public Source {
public:
    explicit TeeSource(Source &inner)
        : m_inner(inner) {}
    QString description() const override { return m_inner.description(); }
    bool isLive() const override { return m_inner.isLive(); }
    SourceError read(QByteArrayView path, QByteArray &out) override;
    SourceError list(QByteArrayView path, QList<DirEntry> &out) override;

    FileState takeState() { return std::move(m_state); }

private:
    Source &m_inner;
    FileState m_state;
};

class MemorySource final : public Source {
public:
    MemorySource(const FileState &state, QByteArray manifest, QString description)
        : m_state(state)
        , m_manifest(std::move(manifest))
        , m_description(std::move(description)) {}
    QString description() const override { return m_description; }
    SourceError read(QByteArrayView path, QByteArray &out) override;
    SourceError list(QByteArrayView path, QList<DirEntry> &out) override;

private:
    const FileState &m_state;
    QByteArray m_manifest;
    QString m_description;
};

} // namespace oomlens::rec
