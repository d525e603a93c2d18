#include "LiveSource.h"

#include "PosixRead.h"

#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace oomlens {

namespace {

// Copies `path` into a NUL-terminated stack buffer; false when it does not fit.
bool toCString(QByteArrayView path, char (&buf)[PATH_MAX]) {
    if (path.size() >= PATH_MAX) return false;
    std::memcpy(buf, path.data(), size_t(path.size()));
    buf[path.size()] = 0;
    return true;
}

// Files the kernel prints as ONE seq_file record: /proc/<pid>/ stat, statm, status, oom_score
// (fs/proc/base.c ONE() entries, proc_single_show()), oom_score_adj (a plain read of one short
// line), and the cgroup control files (kernfs cftype seq_show: memory.stat, memory.current...).
// Multi-record files (maps, zoneinfo, cgroup.procs) are NOT in this list.
bool isOneRecordFile(QByteArrayView path, const char *name) {
    // cgroup files (kernfs) print one record, except the pid lists (one record per pid).
    if (path.startsWith("/sys/fs/cgroup/"))
        return std::strcmp(name, "cgroup.procs") && std::strcmp(name, "cgroup.threads") &&
               std::strcmp(name, "tasks");
    if (!path.startsWith("/proc/") || path.size() < 7 || path[6] < '0' || path[6] > '9') return false;
    return !std::strcmp(name, "stat") || !std::strcmp(name, "statm") || !std::strcmp(name, "status") ||
           !std::strcmp(name, "oom_score") || !std::strcmp(name, "oom_score_adj");
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

LiveSource::~LiveSource() {
    if (m_dirFd >= 0) ::close(m_dirFd);
}

int LiveSource::directoryFd(QByteArrayView dir) {
    if (m_dirFd >= 0 && dir == m_dir) return m_dirFd;
    char buf[PATH_MAX];
    if (!toCString(dir, buf)) {
        errno = ENAMETOOLONG;
        return -1;
    }
    const int fd = ::open(buf, O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return -1;
    if (m_dirFd >= 0) ::close(m_dirFd);
    m_dirFd = fd;
    m_dir = dir.toByteArray();
    return fd;
}

SourceError LiveSource::read(QByteArrayView path, QByteArray &out) {
    char name[PATH_MAX];
    const qsizetype slash = path.lastIndexOf('/');
    if (!isServedPath(path) || slash <= 0 || !toCString(path.sliced(slash + 1), name)) {
        out.resize(0);
        return sourceErrorFromErrno(ENOENT, path);
    }
    const int dirFd = directoryFd(path.first(slash));
    if (dirFd < 0) {
        out.resize(0);
        return sourceErrorFromErrno(errno, path);
    }
    // /proc/self/... and /proc/<pid>/... are links the kernel itself maintains; a final symlink
    // anywhere in /sys (e.g. a device link) is not followed.
    const bool noFollow = path.startsWith("/sys/");
    const int err = posix::readFileAt(dirFd, name, out, noFollow, isOneRecordFile(path, name));
    if (err == ELOOP)
        return {SourceError::NotFound, QString::fromLocal8Bit(path),
                QStringLiteral("symbolic link, not followed")};
    return err ? sourceErrorFromErrno(err, path) : SourceError{};
}

SourceError LiveSource::list(QByteArrayView path, QList<DirEntry> &out) {
    // A listing starts a walk: forget the cached directory, which may have been removed and
    // created again (a cgroup) since it was opened.
    if (m_dirFd >= 0) {
        ::close(m_dirFd);
        m_dirFd = -1;
    }
    char buf[PATH_MAX];
    if (!isServedPath(path) || !toCString(path, buf)) {
        out.clear();
        return sourceErrorFromErrno(ENOENT, path);
    }
    const int err = posix::listDir(buf, out);
    return err ? sourceErrorFromErrno(err, path) : SourceError{};
}

} // namespace oomlens
