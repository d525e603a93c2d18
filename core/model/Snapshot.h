// Snapshot: one moment of one host's memory state, as plain value types.
//
// Everything here is filled by SnapshotReader (core/procfs) from a Source (core/source): the live
// host, a snapshot directory or archive, or a sosreport. No I/O, no parsing, no widgets.
//
// Conventions (see shared/docs/proc-sys-memory-formats.md):
// - Sizes are bytes (Bytes) unless the name says `Pages` or `Blocks`; page counts are in pages of
//   the WRITING machine, whose size is Snapshot::pageSize.
// - A field the kernel did not print (older kernel, missing file, no permission) is
//   std::optional and empty: "n/a", never 0.
// - A limit that may be unlimited is a LimitBytes: std::nullopt means "no limit" (v2 `max`,
//   v1 PAGE_COUNTER_MAX). A limit that may also be ABSENT is std::optional<LimitBytes>.
#pragma once

#include "Cgroup.h"
#include "MemoryNode.h"
#include "Pressure.h"
#include "Process.h"
#include "Units.h"
#include "VmSysctls.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace oomlens {

// Something that went wrong while reading: which file, which line (0 = the whole file), why.
// Reasons are plain English; the UI translates what it shows.
struct SnapshotProblem {
    QString file;   // path as the kernel names it, e.g. "/proc/pagetypeinfo"
    int line = 0;   // 1-based, 0 when the problem is not tied to a line
    QString reason; // "permission denied", "zone block cut off after 'min'", ...

    friend bool operator==(const SnapshotProblem &, const SnapshotProblem &) = default;
};

// Which cgroup hierarchies hold the memory controller (from /proc/self/mountinfo and
// cgroup.controllers, formats doc section 13).
enum class CgroupMode {
    Unknown, // mountinfo missing or unreadable
    None,    // memory controller not mounted anywhere
    V1,      // legacy: memory on a v1 hierarchy, no cgroup2 mount
    V2,      // unified: memory on cgroup2
    Hybrid,  // v1 memory hierarchy plus a cgroup2 mount (systemd's /sys/fs/cgroup/unified)
};

struct Snapshot {
    // --- where and when -------------------------------------------------------------------
    QString source;                // "live", or the directory / archive path it was read from
    QString host;                  // /proc/sys/kernel/hostname (or manifest.json "host")
    QString kernelRelease;         // /proc/sys/kernel/osrelease, e.g. "6.1.0-18-amd64"
    QDateTime time;                // when it was read (live) or captured (manifest.json)
    std::optional<Bytes> pageSize; // of the machine that wrote the files (formats doc 3.6)

    // Set when data that should be there is missing (unreadable file, truncated zoneinfo...).
    // Missing data that the kernel simply does not offer (no PSI, no pagetypeinfo before
    // root) is still listed in `problems` but marks the snapshot partial only when the
    // snapshot lacks what it would need to show the host (see SnapshotReader).
    bool partial = false;
    QList<SnapshotProblem> problems;

    // --- memory topology --------------------------------------------------------------------
    // Nodes in id order (ids can be sparse: 0, 1, 3). From zoneinfo, buddyinfo, pagetypeinfo
    // and /sys/devices/system/node/.
    QList<MemoryNode> nodes;
    std::optional<quint64> pageblockOrder; // pagetypeinfo "Page block order:"
    std::optional<quint64> pagesPerBlock;  // pagetypeinfo "Pages per block:"

    // --- system-wide counters ---------------------------------------------------------------
    // /proc/meminfo with the kernel's key names. kB lines are converted to BYTES; lines without
    // a unit (HugePages_Total/Free/Rsvd/Surp) are COUNTS, kept as printed (see meminfoIsCount).
    QMap<QString, quint64> meminfo;
    // /proc/vmstat as printed: nr_* are pages (a few in huge pages), the rest event counts.
    QMap<QString, quint64> vmstat;
    std::optional<Pressure> memoryPressure; // /proc/pressure/memory; absent without PSI
    VmSysctls sysctls;                      // /proc/sys/vm/...

    // --- cgroups and processes ---------------------------------------------------------------
    CgroupMode cgroupMode = CgroupMode::Unknown;
    // Every memory cgroup, parents before children (Cgroup::parent indexes into this list).
    // On a hybrid host only the hierarchy that holds the memory controller is walked, plus
    // nothing from the other (it has no memory files).
    QList<Cgroup> cgroups;
    QList<Process> processes; // sorted by pid
    bool hasCmdlines = false; // /proc/<pid>/cmdline was read (SnapshotReadOptions::cmdlines)

    // --- helpers -----------------------------------------------------------------------------
    // A meminfo value in bytes, or nullopt when the kernel did not print the key.
    std::optional<quint64> meminfoValue(const QString &key) const {
        const auto it = meminfo.constFind(key);
        return it == meminfo.constEnd() ? std::nullopt : std::optional<quint64>(*it);
    }
    static bool meminfoIsCount(const QString &key) { return key.startsWith(QLatin1String("HugePages_")); }

    const Process *process(int pid) const;      // nullptr if absent
    int cgroupIndex(const QString &path) const; // -1 if absent
    void addProblem(QString file, int line, QString reason, bool marksPartial);
};

} // namespace oomlens
