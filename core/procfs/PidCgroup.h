// /proc/<pid>/cgroup and /proc/<pid>/cmdline.
//
// cgroup (kernel/cgroup/cgroup.c proc_cgroup_show()): "hierarchy-id:controllers:path" per line.
//     12:memory:/user.slice/user-1000.slice        <- v1 (controllers listed)
//     1:name=systemd:/user.slice
//     0::/user.slice/user-1000.slice/session-2.scope   <- v2 (id 0, no controllers)
// Paths may climb above a cgroup namespace root ("/../..") and v2 appends " (deleted)" for a task
// whose cgroup was removed.
//
// cmdline (fs/proc/base.c get_mm_cmdline()): argv joined by NUL with a trailing NUL; empty for
// kernel threads and zombies; a process that rewrote its argv area may have no NUL at all.
#pragma once

#include "ParseResult.h"

#include <QByteArrayView>
#include <QList>
#include <QStringList>

namespace oomlens {

struct PidCgroupLine {
    int hierarchyId = 0;
    QStringList controllers; // empty for the v2 line
    QString path;            // " (deleted)" removed
    bool deleted = false;
};

ParseResult<QList<PidCgroupLine>> parsePidCgroup(QByteArrayView text);

// The path of the memory controller's cgroup: the v1 line listing "memory" when `v1` is true,
// else the v2 ("0::") line. Empty when absent.
QString memoryCgroupPath(const QList<PidCgroupLine> &lines, bool v1);

// argv joined by single spaces (NULs replaced, the trailing NUL dropped). Invalid UTF-8 is
// replaced by U+FFFD rather than rejected: the bytes are the process's own.
QString parseCmdline(QByteArrayView text);

} // namespace oomlens
