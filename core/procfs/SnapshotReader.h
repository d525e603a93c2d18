// Assembles a Snapshot from a Source: runs every parser over the files the source offers.
//
// Errors never abort the read: each unreadable or malformed file becomes a SnapshotProblem, and
// the snapshot is marked partial where data that should be there is missing. Processes that
// exit mid-read and cgroups removed mid-walk are skipped silently (that is not missing data, it
// is the host changing under us).
#pragma once

#include "model/Snapshot.h"
#include "source/Source.h"

namespace oomlens {

struct SnapshotReadOptions {
    bool processes = true; // /proc/<pid>/{stat,status,oom_score,oom_score_adj} for every pid
    bool cgroups = true;   // walk the memory cgroup hierarchy
    // /proc/<pid>/cmdline: the kernel copies it out of each process's memory (access_remote_vm()),
    // ~4 us per process; about a sixth of a 2,000-process live snapshot.
    bool cmdlines = true;
    // /proc/pagetypeinfo: the kernel walks every free list of every zone with the zone lock held
    // and interrupts off to print it (mm/vmstat.c): ~20 ms of system time on a 24 GB host, more
    // than all other files together. A live sampler should read it rarely. Free from a capture.
    bool pagetypeinfo = true;
};

class SnapshotReader {
public:
    explicit SnapshotReader(Source &source, SnapshotReadOptions options = {});

    Snapshot read();

private:
    Source &m_source;
    SnapshotReadOptions m_options;
};

// Convenience: open `location` (empty = live host) and read it. On a source error (missing path,
// corrupt archive) returns nullopt and sets `error`.
std::optional<Snapshot> readSnapshot(const QString &location, SourceError *error,
                                     SnapshotReadOptions options = {});

} // namespace oomlens
