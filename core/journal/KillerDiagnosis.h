// What a userspace kill means, in plain words, and which kernel report belongs to the same kill.
#pragma once

#include "model/KillerEvent.h"

#include <QList>

namespace oomlens::journal {

// The kernel's kills, reduced to what linking needs (kept while the reports stream by).
struct KernelKillRef {
    qsizetype index = 0; // ordinal among the analysis' kernel events
    QString host, bootId;
    std::optional<QDateTime> time;
    std::optional<qint64> victimPid;
    QString taskMemcg, oomMemcg;
};
KernelKillRef kernelKillRef(const OomEvent &event, qsizetype index);

// One sentence: who killed what, and the figures that made it act ("systemd-oomd killed
// app.scope: memory pressure of user.slice stayed above 50.00% (it was 55.71%) for 20s.").
// Translatable (context "KillerDiagnosis").
QString killerDiagnosis(const KillerEvent &event);
// What to do about it, in plain words; empty when nothing general can be said.
QString killerRemedy(const KillerEvent &event);

// Links each userspace event to the kernel report of the same kill (same host):
//  - unit_oom: the kernel kill just before it (up to 30 s) whose task or OOM cgroup is the unit's;
//    failing that, the only kernel kill within 5 s before it that names no cgroup at all;
//  - oomd/earlyoom/nohang: a kernel kill up to 60 s later of the same pid, or inside the cgroup
//    the killer named (its SIGTERM did not free memory in time, or earlyoom --kernel-oom).
void linkKillers(QList<KillerEvent> &killers, const QList<KernelKillRef> &kernel);

} // namespace oomlens::journal
