// /proc/self/mountinfo, to find the cgroup hierarchies (v1, v2, hybrid).
//
// Kernel: fs/proc_namespace.c show_mountinfo(); mangle() escapes space, tab, newline and
// backslash as \040 \011 \012 \134. Sample:
//     35 31 0:32 / /sys/fs/cgroup/memory rw,relatime shared:15 - cgroup cgroup rw,memory
//     41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw,nsdelegate
// The optional fields (shared:N, master:N ...) vary in number and end at a lone "-".
#pragma once

#include "ParseResult.h"
#include "model/Snapshot.h"

#include <QByteArrayView>
#include <QList>
#include <QStringList>

namespace oomlens {

struct MountEntry {
    int mountId = 0;
    int parentId = 0;
    QString root;       // root of the mount within its file system ("/", "/docker/<id>", "/../..")
    QString mountPoint; // unescaped
    QString fsType;     // "cgroup", "cgroup2", "tmpfs", ...
    QString source;
    QStringList superOptions; // "rw", "memory", "name=systemd", ...
};

ParseResult<QList<MountEntry>> parseMountinfo(QByteArrayView text);
// The older /proc/self/mounts ("source mount-point fstype options dump pass"), used by some
// captures: no ids, no root field (root is taken as "/"), options double as super options.
ParseResult<QList<MountEntry>> parseMounts(QByteArrayView text);

// Where the memory controller lives, derived from the mounts (formats doc section 13).
struct CgroupMounts {
    std::optional<MountEntry> v1Memory; // the v1 hierarchy with "memory" in its options
    std::optional<MountEntry> v2;       // the cgroup2 mount (first one)
    CgroupMode mode = CgroupMode::None;
};
// `v2Controllers` is the content of the cgroup2 root's cgroup.controllers (empty if unknown):
// memory is on v2 only when listed there and on no v1 mount.
CgroupMounts classifyCgroupMounts(const QList<MountEntry> &mounts, QByteArrayView v2Controllers);

} // namespace oomlens
