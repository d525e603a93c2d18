// SPDX-License-Identifier: GPL-2.0-or-later
// Small derivations over one OomEvent that several views need in the same words: when it
// happened, who invoked it, who died, in which cgroup, how much the kill released. They only
// read the event; the diagnosis proper (why) lives in core/analysis/.
#pragma once

#include "model/OomEvent.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace oomlens::ui::facts {

// What limited the allocation, from the oom-kill: summary (mm/oom_kill.c enum oom_constraint)
// or, before 4.19, from what the report shows (memcg lines, sysrq).
enum class Scope { Unknown, Global, Memcg, Cpuset, MemoryPolicy, Manual };
Scope scopeOf(const oomlens::OomEvent &event);
QString scopeName(Scope scope); // translated, short ("global", "memory cgroup", ...)

// "2024-01-07 17:53:49" (wall clock), "uptime 9421.98 s", or "n/a". A syslog year that the
// parser guessed is marked with "?".
QString timeText(const oomlens::OomEvent &event);
// Sort key: wall clock as ms since the epoch when known, else uptime in ms; invalid if neither.
QVariant timeSortKey(const oomlens::OomEvent &event);

// "memeater (10521)", the comm alone, or "n/a".
QString invokerText(const oomlens::OomEvent &event);
std::optional<qint64> victimPid(const oomlens::OomEvent &event);
QString victimComm(const oomlens::OomEvent &event);
QString victimText(const oomlens::OomEvent &event); // "java (22037)", "none (panic)", "n/a"

// The cgroup of the victim task (oom-kill: task_memcg=, else "Task in %s"); empty if unknown.
QString taskCgroup(const oomlens::OomEvent &event);
// The cgroup whose limit was hit (oom_memcg=, else "limit of %s"); empty if unknown or global.
QString limitCgroup(const oomlens::OomEvent &event);

// What the kill released at once: the victim's anon + file + shmem RSS from the Killed process
// line (__oom_kill_process()). Absent when the line lacks all three (old kernels, cut lines).
OptBytes memoryFreed(const oomlens::OomEvent &event);

// The requested allocation order; absent for sysrq-f (order=-1) and unknown orders.
std::optional<int> requestedOrder(const oomlens::OomEvent &event);

// "Node 0 DMA32", or "Normal" when the kernel printed no node (UMA builds).
QString zoneLabel(std::optional<int> node, const QString &zone);

} // namespace oomlens::ui::facts
