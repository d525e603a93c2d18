#include "ArchiveSource.h"

#include <QFile>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace oomlens {

namespace {

struct ArchiveDeleter {
    void operator()(archive *a) const { archive_read_free(a); }
};

QString archiveReason(archive *a, const char *fallback) {
    const char *s = archive_error_string(a);
    return QString::fromLocal8Bit(s ? s : fallback);
}

// "./proc/meminfo", "/proc/meminfo", "proc/meminfo" -> "proc/meminfo"; "" for the root entry.
QByteArray normalised(const char *name) {
    QByteArray n(name ? name : "");
    while (n.startsWith("./"))
        n.remove(0, 2);
    while (n.startsWith('/'))
        n.remove(0, 1);
    while (n.endsWith('/'))
        n.chop(1);
    return n == "." ? QByteArray() : n;
}

bool isSnapshotTop(QByteArrayView first) {
    return first == "proc" || first == "sys" || first == "manifest.json" || first == "hostname" ||
           first == "uname";
}

// Keep an entry when it is a snapshot file at the top (proc/..., manifest.json) or one level
// down (sosreport-host-date/proc/...).
bool wanted(const QByteArray &name) {
    const qsizetype slash = name.indexOf('/');
    const QByteArrayView first = QByteArrayView(name).first(slash < 0 ? name.size() : slash);
    if (isSnapshotTop(first)) return true;
    if (slash < 0) return false;
    const QByteArrayView rest = QByteArrayView(name).sliced(slash + 1);
    const qsizetype slash2 = rest.indexOf('/');
    return isSnapshotTop(rest.first(slash2 < 0 ? rest.size() : slash2));
}

} // namespace

std::unique_ptr<ArchiveSource> ArchiveSource::open(const QString &file, SourceError *error) {
    auto fail = [&](SourceError::Kind kind, QString reason) {
        if (error) *error = {kind, file, std::move(reason)};
        return nullptr;
    };
    std::unique_ptr<archive, ArchiveDeleter> a(archive_read_new());
    archive_read_support_filter_all(a.get());
    archive_read_support_format_tar(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(file).constData(), 1 << 16) != ARCHIVE_OK)
        return fail(SourceError::Corrupt, archiveReason(a.get(), "cannot open archive"));

    QHash<QByteArray, QByteArray> raw; // normalised name -> bytes
    archive_entry *entry = nullptr;
    int r;
    while ((r = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK || r == ARCHIVE_WARN) {
        const QByteArray name = normalised(archive_entry_pathname(entry));
        if (archive_entry_filetype(entry) != AE_IFREG || name.isEmpty() || !wanted(name))
            continue; // libarchive skips the data on the next header call
        QByteArray data;
        if (archive_entry_size_is_set(entry)) data.reserve(qsizetype(archive_entry_size(entry)));
        char buf[1 << 14];
        la_ssize_t n;
        while ((n = archive_read_data(a.get(), buf, sizeof buf)) > 0)
            data.append(buf, n);
        if (n < 0)
            return fail(SourceError::Corrupt,
                        QStringLiteral("%1 (while reading %2)")
                            .arg(archiveReason(a.get(), "read error"), QString::fromLocal8Bit(name)));
        raw.insert(name, std::move(data));
    }
    if (r != ARCHIVE_EOF) return fail(SourceError::Corrupt, archiveReason(a.get(), "damaged archive"));

    // Strip a single top-level directory (sosreport) when no entry is at a snapshot top path.
    bool atTop = false;
    for (auto it = raw.cbegin(); it != raw.cend() && !atTop; ++it) {
        const qsizetype slash = it.key().indexOf('/');
        atTop = isSnapshotTop(QByteArrayView(it.key()).first(slash < 0 ? it.key().size() : slash));
    }
    if (raw.isEmpty())
        return fail(SourceError::NotFound,
                    QStringLiteral("not a snapshot: the archive holds no proc/, sys/ or "
                                   "manifest.json"));

    std::unique_ptr<ArchiveSource> source(new ArchiveSource(file));
    QHash<QByteArray, QSet<QByteArray>> dirSeen;
    for (auto it = raw.begin(); it != raw.end(); ++it) {
        QByteArray path = it.key();
        if (!atTop) {
            const qsizetype slash = path.indexOf('/');
            path = slash < 0 ? QByteArray() : path.mid(slash + 1);
            if (path.isEmpty()) continue;
        }
        path.prepend('/');
        source->m_files.insert(path, std::move(it.value()));
        // Register the file and its parents in their directories' listings.
        bool isDir = false;
        while (true) {
            const qsizetype slash = path.lastIndexOf('/');
            const QByteArray parent = slash == 0 ? QByteArray("/") : path.left(slash);
            const QByteArray name = path.mid(slash + 1);
            if (dirSeen[parent].contains(name)) break;
            dirSeen[parent].insert(name);
            source->m_dirs[parent].append({name, isDir});
            if (parent == "/") break;
            path = parent;
            isDir = true;
        }
    }
    return source;
}

SourceError ArchiveSource::read(QByteArrayView path, QByteArray &out) {
    const auto it = m_files.constFind(path.toByteArray());
    if (it == m_files.constEnd()) {
        out.resize(0);
        return {SourceError::NotFound, QString::fromLocal8Bit(path), QStringLiteral("not in the snapshot")};
    }
    out = *it; // implicitly shared: no copy
    return {};
}

SourceError ArchiveSource::list(QByteArrayView path, QList<DirEntry> &out) {
    QByteArray key = path.toByteArray();
    while (key.size() > 1 && key.endsWith('/'))
        key.chop(1);
    const auto it = m_dirs.constFind(key);
    if (it == m_dirs.constEnd()) {
        out.clear();
        return {SourceError::NotFound, QString::fromLocal8Bit(path), QStringLiteral("not in the snapshot")};
    }
    out = *it;
    return {};
}

} // namespace oomlens
