#include "PosixRead.h"

#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace oomlens::posix {

namespace {

// Reads fd to its end into out (closing it); see readFileAt().
int readOpenFile(int fd, QByteArray &out, bool oneRecord);

} // namespace

int readFileAt(int dirFd, const char *name, QByteArray &out, bool noFollow, bool oneRecord) {
    out.resize(0); // keeps the capacity: the next small file needs no allocation
    const int fd = ::openat(dirFd, name, O_RDONLY | O_CLOEXEC | O_NOCTTY | (noFollow ? O_NOFOLLOW : 0));
    if (fd < 0) return errno;
    return readOpenFile(fd, out, oneRecord);
}

int readRegularFile(const char *path, QByteArray &out) {
    out.resize(0);
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0) return errno;
    struct stat st {};
    int err = 0;
    if (::fstat(fd, &st) != 0)
        err = errno;
    else if (S_ISDIR(st.st_mode))
        err = EISDIR;
    else if (!S_ISREG(st.st_mode))
        err = ENODEV;
    else if (st.st_size > kMaxKernelFileBytes) // a sparse 3 GB file is refused before any read
        err = EFBIG;
    if (err != 0) {
        ::close(fd);
        return err;
    }
    return readOpenFile(fd, out, false);
}

namespace {

int readOpenFile(int fd, QByteArray &out, bool oneRecord) {
    if (out.capacity() < 4096) out.reserve(4096);
    qsizetype used = 0;
    int result = 0;
    for (;;) {
        if (out.capacity() - used < 1024) out.reserve(out.capacity() * 2);
        out.resize(out.capacity()); // make the spare room writable (no allocation)
        const ssize_t n = ::read(fd, out.data() + used, size_t(out.size() - used));
        if (n < 0) {
            if (errno == EINTR) continue;
            result = errno;
            used = 0;
            break;
        }
        if (n == 0) break;
        used += n;
        if (used > kMaxKernelFileBytes) {
            result = EFBIG;
            used = 0;
            break;
        }
        // A single-record seq_file (single_open(): stat, status, oom_score...) hands out its whole
        // text in the first read() when the buffer is large enough; a short read is the end, and
        // the read() that would return 0 is one syscall per file saved.
        if (oneRecord && used < out.size()) break;
    }
    ::close(fd);
    out.resize(used);
    return result;
}

} // namespace

int listDir(const char *path, QList<DirEntry> &out) {
    out.clear();
    DIR *dir = ::opendir(path);
    if (!dir) return errno;
    while (const dirent *e = ::readdir(dir)) {
        const char *n = e->d_name;
        if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0))) continue;
        // d_type is filled by procfs, sysfs, cgroupfs and ext4/xfs/tmpfs; DT_UNKNOWN would need a
        // stat() and we treat it as a file (never followed into).
        out.append({QByteArray(n), e->d_type == DT_DIR});
    }
    ::closedir(dir);
    return 0;
}

} // namespace oomlens::posix
