#include "LiveSource.h"

#include "PosixRead.h"

#include <climits>
#include <cstring>

namespace oomlens {

namespace {

// Copies `path` into a NUL-terminated stack buffer; false when it does not fit.
bool toCString(QByteArrayView path, char (&buf)[PATH_MAX]) {
    if (path.size() >= PATH_MAX) return false;
    std::memcpy(buf, path.data(), size_t(path.size()));
    buf[path.size()] = 0;
    return true;
}

} // namespace

bool LiveSource::isServedPath(QByteArrayView path) {
    if (!path.startsWith("/proc/") && !path.startsWith("/sys/") && path != "/proc" && path != "/sys")
        return false;
    // No ".." component anywhere: "/proc/../etc/shadow" must not escape.
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        if (path[i] == '.' && path[i + 1] == '.' && (i == 0 || path[i - 1] == '/') &&
            (i + 2 == path.size() || path[i + 2] == '/'))
            return false;
    }
    return true;
}

SourceError LiveSource::read(QByteArrayView path, QByteArray &out) {
    char buf[PATH_MAX];
    if (!isServedPath(path) || !toCString(path, buf)) {
        out.resize(0);
        return sourceErrorFromErrno(ENOENT, path);
    }
    // /proc/self/... and /proc/<pid>/... are links the kernel itself maintains; a final symlink
    // anywhere in /sys (e.g. a device link) is not followed.
    const bool noFollow = path.startsWith("/sys/");
    const int err = posix::readFile(buf, out, noFollow);
    if (err == ELOOP)
        return {SourceError::NotFound, QString::fromLocal8Bit(path),
                QStringLiteral("symbolic link, not followed")};
    return err ? sourceErrorFromErrno(err, path) : SourceError{};
}

SourceError LiveSource::list(QByteArrayView path, QList<DirEntry> &out) {
    char buf[PATH_MAX];
    if (!isServedPath(path) || !toCString(path, buf)) {
        out.clear();
        return sourceErrorFromErrno(ENOENT, path);
    }
    const int err = posix::listDir(buf, out);
    return err ? sourceErrorFromErrno(err, path) : SourceError{};
}

} // namespace oomlens
