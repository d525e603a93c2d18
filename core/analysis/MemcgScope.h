// Was this a memory-cgroup OOM, and which cgroup's limit was hit relative to the victim's?
//
// A memcg OOM is announced in several ways, depending on the kernel:
//  - 4.19+ mm/oom_kill.c dump_oom_summary(): "oom-kill:constraint=CONSTRAINT_MEMCG,...,
//    oom_memcg=<limit hit>,task_memcg=<victim's cgroup>,..." (constrained_alloc() returns
//    CONSTRAINT_MEMCG exactly when is_memcg_oom());
//  - up to 4.18 mm/memcontrol.c mem_cgroup_print_oom_info(): "Task in X killed as a result of
//    limit of Y" (Alibaba Cloud Linux prints "... limit of host" for a global OOM: not a path);
//  - dump_header() prints the "memory: usage ... limit ..." counters (mem_cgroup_print_oom_meminfo())
//    only for a memcg OOM, and the kill line says "Memory cgroup out of memory";
//  - the call trace runs through mem_cgroup_out_of_memory() / mem_cgroup_oom_synchronize().
// The victim is always chosen inside the OOMing cgroup's subtree (mm/oom_kill.c
// select_bad_process() -> mem_cgroup_scan_tasks(oc->memcg, ...)), so task_memcg is oom_memcg itself
// or one of its descendants.
#pragma once

#include "analysis/Diagnosis.h"

namespace oomlens {

struct MemcgScope {
    bool isMemcgOom = false;
    QList<Evidence> signs;            // the lines that show a memcg OOM
    std::optional<QString> limitPath; // the cgroup whose limit was hit (oom_memcg / "limit of")
    std::optional<QString> taskPath;  // the victim's cgroup (task_memcg / "Task in")
    LineNo pathsLine = 0;             // the line both paths come from
    bool taskPathCut = false;         // task_memcg was cut short in the log (only its start is known)
    bool limitPathLast = false;       // v1 "Task in X ... limit of Y": Y ends the line, so a cut
                                      // line may have shortened it unseen
};

MemcgScope memcgScopeOf(const OomEvent &event);

enum class MemcgRelation {
    Same,             // the victim's own cgroup hit its limit
    ProperAncestor,   // the limit path is a strict prefix (by components) of the victim's path
    DifferentUnnested // both printed, different, yet not nested as text (a paste typo): by the
                      // kernel's invariant still an ancestor, said so in the summary. Not given
                      // when the limit path ends the line (it may be cut): then no relation.
};
std::optional<MemcgRelation> memcgRelation(const MemcgScope &scope);

// " (limit 100 MiB)" from the "memory:" counter of the limited cgroup, or empty when not printed.
QString memcgLimitText(const OomEvent &event);

// The memcg counters ("memory: usage 102400kB, limit 102400kB, failcnt 181") as evidence.
QList<Evidence> memcgCounterEvidence(const OomEvent &event);

} // namespace oomlens
