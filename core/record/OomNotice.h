// SPDX-License-Identifier: GPL-2.0-or-later
// OomNotice: what the live view tells a person the moment the kernel killed something.
//
// Two origins, because /dev/kmsg is not always readable (kernel.dmesg_restrict=1 for non-root,
// containers without the device):
//  - KernelLog: the report's lines from /dev/kmsg, rebuilt into an OomEvent by core/kernlog and
//    explained by core/analysis; names the victim, its cgroup and the cause.
//  - Counters: vmstat `oom_kill` (mm/oom_kill.c __oom_kill_process() count_vm_event(OOM_KILL))
//    and the memory cgroups' counters (v2 memory.events `oom_kill`, v1 memory.oom_control
//    `oom_kill`; both charged to the VICTIM's memcg by memcg_memory_event_mm(mm, MEMCG_OOM_KILL))
//    went up between two samples; says that and where, but not who.
#pragma once

#include "model/OomEvent.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace oomlens {

struct OomNotice {
    enum class Origin { KernelLog, Counters };

    Origin origin = Origin::KernelLog;
    QDateTime time;                  // when we noticed it (wall clock of this host)
    std::optional<qint64> pid;       // the victim (KernelLog only)
    QString comm;                    // the victim's name (KernelLog only)
    QString victimCgroup;            // the victim's memcg path (oom-kill: task_memcg=, or counters)
    QString constraintCgroup;        // the memcg whose limit was hit (oom_memcg=), empty = global
    quint64 kills = 1;               // kills this notice stands for (counters may jump by more)
    QStringList cgroupsWithNewKills; // Counters: the deepest cgroups whose oom_kill went up
    QString cause;                   // one sentence from the diagnosis; empty when none
    std::optional<OomEvent> event;   // KernelLog: the rebuilt report
    QStringList reportLines;         // KernelLog: the dmesg-style lines the report was rebuilt from
};

} // namespace oomlens
