// One process as read from /proc/<pid>/{stat,status,oom_score,oom_score_adj,cgroup,cmdline}.
// Kernel: fs/proc/array.c do_task_stat(), proc_pid_status(), task_mem() in fs/proc/task_mmu.c;
// fs/proc/base.c proc_oom_score(), oom_score_adj_read(), proc_cgroup_show().
#pragma once

#include "Units.h"

#include <QString>

#include <optional>

namespace oomlens {

struct Process {
    int pid = 0;
    int ppid = 0;            // stat field 4
    QString comm;            // stat field 2: raw task name (<= 15 bytes), may hold spaces and ')'
    char state = '?';        // stat field 3: R, S, D, Z, T, I, ...
    quint64 startTime = 0;   // stat field 22: clock ticks since boot (detects pid reuse)
    std::optional<uint> uid; // status "Uid:" real uid

    // Memory from status (kB converted to bytes). Kernel threads and zombies have none of these
    // lines: they stay absent, never 0. These are exactly the mm counters the OOM killer uses.
    std::optional<Bytes> rss;        // VmRSS = RssAnon + RssFile + RssShmem
    std::optional<Bytes> rssAnon;    // RssAnon (4.5+)
    std::optional<Bytes> rssFile;    // RssFile (4.5+)
    std::optional<Bytes> rssShmem;   // RssShmem (4.5+)
    std::optional<Bytes> swap;       // VmSwap: swapped-out anonymous memory (swap entries)
    std::optional<Bytes> pageTables; // VmPTE: page-table memory

    std::optional<int> oomScore;    // /proc/<pid>/oom_score as the kernel reports it
    std::optional<int> oomScoreAdj; // /proc/<pid>/oom_score_adj, -1000..1000

    // Path of the process's cgroup in the hierarchy that holds the memory controller (v1 memory
    // line or the v2 "0::" line), " (deleted)" suffix removed. Empty when unknown.
    QString cgroup;
    // argv joined by spaces (NULs replaced); empty for kernel threads and zombies, and for every
    // process when the snapshot did not read command lines (Snapshot::hasCmdlines false).
    QString cmdline;

    // kthreadd (pid 2) and its children; they have no memory of their own. (A pid namespace
    // shows no kernel threads, and there pid 2 is an ordinary process with memory.)
    bool isKernelThread() const { return (pid == 2 || ppid == 2) && !rss.has_value(); }

    friend bool operator==(const Process &, const Process &) = default;
};

} // namespace oomlens
