#include "ArchiveSource.h"

#include <QFile>
#include <QSet>

#include "model/Printable.h"

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace oomlens {

namespace {

struct ArchiveDeleter {
    void operator()(archive *a) const { archive_read_free(a); }
};

class Fd {
public:
    explicit Fd(int fd)
        : m_fd(fd) {}
    ~Fd() {
        if (m_fd >= 0) ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }

private:
    int m_fd;
};

const char *typeName(unsigned type) {
    switch (type) {
    case AE_IFLNK:
        return "symbolic link";
    case AE_IFIFO:
        return "FIFO";
    case AE_IFCHR:
        return "character device";
    case AE_IFBLK:
        return "block device";
    case AE_IFSOCK:
        return "socket";
    default:
        return "special file";
    }
}

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
    // The archive must be a regular file: a FIFO blocks open() and read() forever, /dev/zero
    // never ends. O_NONBLOCK keeps the open() of a FIFO from waiting for a writer.
    const Fd fd(::open(QFile::encodeName(file).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (!fd.valid()) {
        const int err = errno;
        return fail(sourceErrorFromErrno(err, {}).kind, QString::fromLocal8Bit(std::strerror(err)));
    }
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode))
        return fail(SourceError::NotRegular,
                    QStringLiteral("not a regular file (a FIFO, socket or device): not read"));
    ::fcntl(fd.get(), F_SETFL, ::fcntl(fd.get(), F_GETFL) & ~O_NONBLOCK);

    std::unique_ptr<archive, ArchiveDeleter> a(archive_read_new()); // freed before fd is closed
    archive_read_support_filter_all(a.get());
    archive_read_support_format_tar(a.get());
    if (archive_read_open_fd(a.get(), fd.get(), 1 << 16) != ARCHIVE_OK)
        return fail(SourceError::Corrupt, archiveReason(a.get(), "cannot open archive"));

    QHash<QByteArray, QByteArray> raw;      // normalised name -> bytes
    QHash<QByteArray, SourceError> refused; // normalised name -> why it was not kept
    qint64 total = 0;
    archive_entry *entry = nullptr;
    int r;
    while ((r = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK || r == ARCHIVE_WARN) {
        const QByteArray name = normalised(archive_entry_pathname(entry));
        const auto type = archive_entry_filetype(entry);
        if (type == AE_IFDIR || name.isEmpty() || !wanted(name))
            continue; // libarchive skips the data on the next header call
        if (type != AE_IFREG) {
            refused.insert(name, {SourceError::NotRegular,
                                  {},
                                  QStringLiteral("skipped: a %1 in the archive, not a regular file")
                                      .arg(QLatin1String(typeName(type)))});
            continue;
        }
        // The header's size is the claim of whoever made the archive: never reserve it unchecked
        // (a 10 KB tar can claim 1 TiB; a sparse one holds a 3 GB file in a few blocks).
        const bool sizeKnown = archive_entry_size_is_set(entry);
        if (sizeKnown && archive_entry_size(entry) > kMaxKernelFileBytes) {
            refused.insert(name, tooLargeError({}));
            continue;
        }
        QByteArray data;
        if (sizeKnown) data.reserve(qsizetype(archive_entry_size(entry)));
        char buf[1 << 14];
        la_ssize_t n;
        bool tooLarge = false;
        while ((n = archive_read_data(a.get(), buf, sizeof buf)) > 0) {
            if (data.size() + n > kMaxKernelFileBytes) { // the header lied or had no size
                tooLarge = true;
                break;
            }
            data.append(buf, n);
        }
        if (n < 0)
            return fail(SourceError::Corrupt,
                        QStringLiteral("%1 (while reading %2)")
                            .arg(archiveReason(a.get(), "read error"), printableBytes(name, 200)));
        if (tooLarge) {
            refused.insert(name, tooLargeError({}));
            continue;
        }
        total += data.size();
        if (total > kMaxTotalBytes)
            return fail(SourceError::Corrupt,
                        QStringLiteral("the snapshot files add up to more than %1 GiB, far more than any "
                                       "host's: not read (an archive bomb?)")
                            .arg(kMaxTotalBytes >> 30));
        raw.insert(name, std::move(data));
    }
    if (r != ARCHIVE_EOF) return fail(SourceError::Corrupt, archiveReason(a.get(), "damaged archive"));

    // Strip a single top-level directory (sosreport) when no entry is at a snapshot top path.
    bool atTop = false;
    for (const QByteArray &key : raw.keys() + refused.keys()) {
        const qsizetype slash = key.indexOf('/');
        atTop = atTop || isSnapshotTop(QByteArrayView(key).first(slash < 0 ? key.size() : slash));
    }
    if (raw.isEmpty() && refused.isEmpty())
        return fail(SourceError::NotFound,
                    QStringLiteral("not a snapshot: the archive holds no proc/, sys/ or "
                                   "manifest.json"));

    std::unique_ptr<ArchiveSource> source(new ArchiveSource(file));
    // The host's path of an archive name: "/" + name, without the sosreport's top directory.
    auto hostPath = [atTop](const QByteArray &name) {
        if (atTop) return '/' + name;
        const qsizetype slash = name.indexOf('/');
        return slash < 0 ? QByteArray() : name.mid(slash);
    };
    for (auto it = refused.begin(); it != refused.end(); ++it) {
        const QByteArray path = hostPath(it.key());
        if (path.isEmpty()) continue;
        it->path = printableBytes(path, 4096);
        source->m_refused.insert(path, *it);
        source->m_skipped.append(*it);
    }
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
    const QByteArray key = path.toByteArray();
    const auto it = m_files.constFind(key);
    if (it == m_files.constEnd()) {
        out.resize(0);
        if (const auto refusedIt = m_refused.constFind(key); refusedIt != m_refused.constEnd())
            return *refusedIt;
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
