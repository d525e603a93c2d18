// The live host: reads /proc and /sys of the machine we run on.
//
// Only absolute paths under /proc/ and /sys/ without ".." components are served; anything else is
// NotFound. That keeps a capture (which copies what it reads) inside the two pseudo file systems
// even when a cgroup or sysfs directory holds a symlink elsewhere: list() reports symlinks as
// files, and read() refuses a final symlink in /sys.
//
// Speed: the directory of the last file read stays open, and the next file in the same directory
// is opened relative to it (openat). Reading /proc/<pid>/{stat,status,...} then costs one lookup
// of the short name instead of a full walk through /proc and the pid's revalidation each time.
// Holding the pid directory also means a pid reused mid-read gives ENOENT, not the new process.
// A LiveSource is therefore not thread-safe: use one per thread.
#pragma once

#include "Source.h"

namespace oomlens {

class LiveSource final : public Source {
public:
    LiveSource() = default;
    ~LiveSource() override;
    LiveSource(const LiveSource &) = delete;
    LiveSource &operator=(const LiveSource &) = delete;

    QString description() const override { return QStringLiteral("live"); }
    bool isLive() const override { return true; }
    SourceError read(QByteArrayView path, QByteArray &out) override;
    SourceError list(QByteArrayView path, QList<DirEntry> &out) override;

    // True for the paths this source serves (see above).
    static bool isServedPath(QByteArrayView path);

private:
    // An fd for the directory part of `path` (cached), or -1 with errno set.
    int directoryFd(QByteArrayView dir);

    QByteArray m_dir; // path of the cached directory
    int m_dirFd = -1;
};

} // namespace oomlens
