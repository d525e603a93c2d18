// Reading small kernel files fast: plain open/read/close into a caller-owned buffer.
//
// procfs and sysfs files report size 0 (formats doc section 0), so we read until read() returns 0
// and never trust stat(). One open + one or two read() calls + close per file: QFile costs
// several extra allocations and syscalls per file, which shows when a snapshot reads 10,000
// files (2,000 processes x 5).
#pragma once

#include "Source.h"

namespace oomlens::posix {

// Reads the file `name` relative to directory fd `dirFd` (AT_FDCWD for an absolute path)
// completely into `out`. Returns 0 or an errno value. `noFollow` adds O_NOFOLLOW (the final
// component must not be a symlink). `oneRecord`: the file is printed in one piece (single_open()
// seq_files, sysfs attributes), so a read() that does not fill the buffer was the last.
// More than kMaxKernelFileBytes is EFBIG (out empty).
int readFileAt(int dirFd, const char *name, QByteArray &out, bool noFollow = false, bool oneRecord = false);
inline int readFile(const char *path, QByteArray &out, bool noFollow = false);

// For files someone else wrote (a snapshot directory): the final component must not be a
// symlink (ELOOP) and the file must be a regular one (ENODEV for a FIFO, socket or device:
// /dev/zero never ends and a FIFO blocks forever). Opened O_NONBLOCK, so a FIFO cannot hang the
// open() either. Same size cap.
int readRegularFile(const char *path, QByteArray &out);

// Lists directory `path` (NUL-terminated); symlinks are reported as files, never as directories,
// so a walk over the result never leaves the tree. Returns 0 or an errno value.
int listDir(const char *path, QList<DirEntry> &out);

} // namespace oomlens::posix

#include <fcntl.h>

inline int oomlens::posix::readFile(const char *path, QByteArray &out, bool noFollow) {
    return readFileAt(AT_FDCWD, path, out, noFollow);
}
