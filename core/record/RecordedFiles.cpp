// SPDX-License-Identifier: GPL-2.0-or-later
#include "RecordedFiles.h"

namespace oomlens::rec {

namespace {

// /proc/<pid>/... and the /proc listing belong to the process pass (ProcessTable).
bool isProcessPath(QByteArrayView path) {
    if (path == "/proc") return true;
    return path.startsWith("/proc/") && path.size() > 6 && path[6] >= '0' && path[6] <= '9';
}

} // namespace

bool isSlowKey(const QByteArray &key) {
    return key == "F/proc/pagetypeinfo";
}

void carrySlowEntries(const FileState &from, FileState &into) {
    for (const auto &[key, entry] : from)
        if (isSlowKey(key)) into.try_emplace(key, entry);
}

SourceError TeeSource::read(QByteArrayView path, QByteArray &out) {
    const SourceError e = m_inner.read(path, out);
    if (isProcessPath(path)) return e;
    FileEntry entry;
    if (e.ok()) {
        entry.data = out;
    } else {
        entry.kind = FileEntry::Error;
        entry.errorKind = std::uint8_t(e.kind);
        entry.data = e.reason.toUtf8();
    }
    m_state[QByteArray("F") + path.toByteArray()] = std::move(entry);
    return e;
}

SourceError TeeSource::list(QByteArrayView path, QList<DirEntry> &out) {
    const SourceError e = m_inner.list(path, out);
    if (isProcessPath(path)) return e;
    FileEntry entry;
    if (e.ok()) {
        entry.kind = FileEntry::Listing;
        for (const DirEntry &d : out) {
            entry.data += d.name;
            if (d.isDir) entry.data += '/';
            entry.data += '\n';
        }
    } else {
        entry.kind = FileEntry::Error;
        entry.errorKind = std::uint8_t(e.kind);
        entry.data = e.reason.toUtf8();
    }
    m_state[QByteArray("L") + path.toByteArray()] = std::move(entry);
    return e;
}

static SourceError errorOf(const FileEntry &entry, QByteArrayView path) {
    SourceError e;
    e.kind = entry.errorKind <= SourceError::Corrupt ? SourceError::Kind(entry.errorKind) : SourceError::Io;
    if (e.kind == SourceError::None) e.kind = SourceError::Io;
    e.path = QString::fromUtf8(path);
    e.reason = QString::fromUtf8(entry.data);
    return e;
}

static SourceError notRecorded(QByteArrayView path) {
    SourceError e;
    e.kind = SourceError::NotFound;
    e.path = QString::fromUtf8(path);
    e.reason = QStringLiteral("not in the recording");
    return e;
}

SourceError MemorySource::read(QByteArrayView path, QByteArray &out) {
    out.clear();
    if (path == "/manifest.json") {
        out = m_manifest;
        return {};
    }
    const auto it = m_state.find(QByteArray("F") + path.toByteArray());
    if (it == m_state.end()) return notRecorded(path);
    if (it->second.kind != FileEntry::Content) return errorOf(it->second, path);
    out = it->second.data;
    return {};
}

SourceError MemorySource::list(QByteArrayView path, QList<DirEntry> &out) {
    out.clear();
    const auto it = m_state.find(QByteArray("L") + path.toByteArray());
    if (it == m_state.end()) return notRecorded(path);
    if (it->second.kind != FileEntry::Listing) return errorOf(it->second, path);
    for (const QByteArray &name : it->second.data.split('\n')) {
        if (name.isEmpty()) continue;
        DirEntry d;
        d.isDir = name.endsWith('/');
        d.name = d.isDir ? name.chopped(1) : name;
        out.append(std::move(d));
    }
    return {};
}

} // namespace oomlens::rec
