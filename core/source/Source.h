// Where raw kernel files come from: one interface over the live host, a snapshot directory, a
// snapshot archive (.tar, .tar.gz, .tar.xz, .tar.zst) and a sosreport (directory or archive).
//
// Paths are always the ORIGINAL absolute paths on the host ("/proc/meminfo",
// "/sys/fs/cgroup/memory/foo/memory.limit_in_bytes"); each implementation maps them to where the
// bytes really are. Sources return raw bytes only; parsing happens in core/procfs, core/sysfs.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>

namespace oomlens {

struct SourceError {
    enum Kind {
        None,             // success
        NotFound,         // ENOENT / ESRCH / not in the archive: the kernel (or capture) has no such file
        PermissionDenied, // EACCES / EPERM: e.g. /proc/pagetypeinfo without root on 5.4+
        NotSupported,     // EOPNOTSUPP / EINVAL: e.g. memory.pressure with PSI disabled
        Io,               // any other read error
        Corrupt,          // archive damaged or truncated
        TooLarge,         // larger than kMaxKernelFileBytes: no kernel file is (an archive bomb?)
        NotRegular,       // a FIFO, device or symlink where a snapshot has a regular file: skipped
    };
    Kind kind = None;
    QString path;   // original path of the file, or the archive for Corrupt
    QString reason; // plain English, e.g. "permission denied"

    bool ok() const { return kind == None; }
    explicit operator bool() const { return kind != None; } // true = an error happened
};

// The largest file any source hands out. No kernel file a snapshot holds comes near it: the
// largest possible is cgroup.procs of a root cgroup holding every pid (PID_MAX_LIMIT = 4,194,304
// pids of up to 8 bytes each, 32 MiB); /proc/meminfo is ~1.5 KiB and zoneinfo of a 64-node host
// a few hundred KiB. A file claiming more is an archive bomb or a device, and is refused as
// "file too large" instead of filling memory.
inline constexpr qsizetype kMaxKernelFileBytes = 64 * 1024 * 1024;

struct DirEntry {
    QByteArray name; // entry name only, no slash
    bool isDir = false;
};

class Source {
public:
    virtual ~Source() = default;

    // "live" or the path the source was opened from.
    virtual QString description() const = 0;
    virtual bool isLive() const { return false; }

    // Reads the whole file at `path` into `out`, replacing its contents but reusing its capacity
    // (so a caller reading thousands of small files allocates once). On error `out` is empty.
    virtual SourceError read(QByteArrayView path, QByteArray &out) = 0;
    // Lists the entries of directory `path` (no "." and ".."), in no particular order.
    virtual SourceError list(QByteArrayView path, QList<DirEntry> &out) = 0;
    // Entries the source passed over while opening (an archive's symlinks, FIFOs, devices and
    // over-large files among the snapshot's files), each with why. The reader lists them.
    virtual QList<SourceError> skipped() const { return {}; }

    // Convenience for one-off reads.
    QByteArray readAll(QByteArrayView path, SourceError *error = nullptr);

    // Opens `location`: empty = the live host; a directory = snapshot or sosreport directory; a
    // file = archive (type by content, via libarchive). nullptr with `error` set on failure.
    static std::unique_ptr<Source> open(const QString &location, SourceError *error);
};

// Maps errno of open()/read() to a SourceError for `path`. EFBIG is TooLarge; ELOOP (O_NOFOLLOW
// met a symlink) and EFTYPE-like refusals are NotRegular.
SourceError sourceErrorFromErrno(int errnum, QByteArrayView path);

// The error for a file over kMaxKernelFileBytes.
SourceError tooLargeError(QByteArrayView path);

} // namespace oomlens
