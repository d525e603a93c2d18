// The live host: reads /proc and /sys of the machine we run on.
//
// Only absolute paths under /proc/ and /sys/ without ".." components are served; anything else is
// NotFound. That keeps a capture (which copies what it reads) inside the two pseudo file systems
// even when a cgroup or sysfs directory holds a symlink elsewhere: list() reports symlinks as
// files, and read() refuses a final symlink unless the caller asks for the kernel's own
// /proc/self alias.
#pragma once

#include "Source.h"

namespace oomlens {

class LiveSource final : public Source {
public:
    QString description() const override { return QStringLiteral("live"); }
    bool isLive() const override { return true; }
    SourceError read(QByteArrayView path, QByteArray &out) override;
    SourceError list(QByteArrayView path, QList<DirEntry> &out) override;

    // True for the paths this source serves (see above).
    static bool isServedPath(QByteArrayView path);
};

} // namespace oomlens
