// The order in which the kernel's OOM killer would pick victims, estimated from a Snapshot.
//
// Kernel (6.x, mm/oom_kill.c oom_badness()):
//     if (oom_unkillable_task(p)) return LONG_MIN;          // global init, kernel threads
//     p = find_lock_task_mm(p); if (!p) return LONG_MIN;     // no mm: zombie, exited
//     adj = p->signal->oom_score_adj;
//     if (adj == OOM_SCORE_ADJ_MIN || MMF_OOM_SKIP || in_vfork(p)) return LONG_MIN;
//     points = get_mm_rss(mm) + get_mm_counter(mm, MM_SWAPENTS) + mm_pgtables_bytes(mm) / PAGE_SIZE;
//     adj *= totalpages / 1000;                              // integer division FIRST
//     return points + adj;
// select_bad_process() kills the task with the highest badness (ties: the first one scanned).
// totalpages is RAM + swap pages for a global OOM (oom_kill.c constrained_alloc():
// totalram_pages() + total_swap_pages) and the memcg's limit for a memcg OOM
// (mem_cgroup_get_max()).
//
// The /proc/<pid>/oom_score the kernel reports (fs/proc/base.c proc_oom_score(), ~5.9+):
//     points = badness == LONG_MIN ? 0 : (1000 + badness * 1000 / totalpages) * 2 / 3;
// with the GLOBAL totalpages.
#pragma once

#include "model/Snapshot.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace oomlens {

struct KillCandidate {
    int pid = 0;
    // Badness in pages; nullopt = the kernel never picks it (adj -1000, kernel thread, init, no mm).
    std::optional<qint64> badness;
    // The oom_score the kernel would print for it (0 when never picked). nullopt when the
    // process's memory counters were not readable.
    std::optional<int> estimatedOomScore;
    // 1 = first victim. 0 = never picked (badness nullopt) or not known.
    int rank = 0;
    // stat field 22 of the process: breaks ties the way the kernel's task-list walk does.
    quint64 startTime = 0;
};

// The ranking within one memory cgroup (its whole subtree, as mem_cgroup_scan_tasks() walks it).
struct CgroupKillOrder {
    QString cgroupPath;
    std::optional<quint64> totalPages; // the cgroup's effective limit in pages; nullopt = unlimited
    QList<KillCandidate> candidates;   // sorted by rank (never-killed last)
};

struct KillOrder {
    // RAM + swap in pages (MemTotal + SwapTotal from meminfo); nullopt when meminfo or the page
    // size is missing, in which case no estimate is possible.
    std::optional<quint64> totalPages;
    QList<KillCandidate> host; // every process, sorted by rank (never-killed last, by pid)
    // Per memory cgroup that has at least one process in its subtree and a limit.
    QList<CgroupKillOrder> cgroups;

    const KillCandidate *forPid(int pid) const; // host-wide entry, nullptr if absent

private:
    friend KillOrder estimateKillOrder(const Snapshot &snapshot);
    QHash<int, qsizetype> m_hostIndex;
};

// The kernel's badness of one process for a given totalpages (pages), or nullopt when the kernel
// would never pick it or its counters are unknown.
std::optional<qint64> oomBadness(const Process &process, quint64 pageSize, quint64 totalPages);

// proc_oom_score() for a badness (nullopt = LONG_MIN) and the global totalpages.
int oomScoreFor(std::optional<qint64> badness, quint64 totalPages);

KillOrder estimateKillOrder(const Snapshot &snapshot);

} // namespace oomlens
