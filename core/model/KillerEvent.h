// A kill or eviction done by a userspace OOM killer (or systemd's note that a unit died of an
// OOM kill), read from the journal beside the kernel's own reports (core/journal/).
//
// Where each kind comes from (shared docs history-killers-fleet.md section 3.2):
//  oomd_kill        systemd src/oom/oomd-manager.c: "Killed <cgroup> due to memory pressure for
//                   <slice> being 55.71% > 50.00% for > 20s with reclaim activity", the swap/used
//                   variant, the newer "Marked ... for killing due to ...", PID 1's
//                   "systemd-oomd killed N process(es) in this unit." (MESSAGE_ID d989611b...)
//  earlyoom_kill    rfjakob/earlyoom kill.c: "sending SIGTERM to process %d uid %d \"%s\": ..."
//  nohang_kill      hakavlad/nohang: the multi-line "Victim status" / "Sending SIGTERM" record
//  kubelet_eviction kubernetes pkg/kubelet/eviction: "Evicting pod ..." / eviction messages
//  unit_oom         systemd src/core/unit.c: "A process of this unit has been killed by the OOM
//                   killer." (MESSAGE_ID fe6faa94...) and "Failed with result 'oom-kill'."
// Rules as in OomEvent.h: plain values, absent is std::nullopt or empty, never 0.
#pragma once

#include "OomEvent.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace oomlens {

enum class KillerKind { OomdKill, EarlyoomKill, NohangKill, KubeletEviction, UnitOom };

struct KillerEvent {
    KillerKind kind = KillerKind::OomdKill;
    QString file;   // the input as given
    QString host;   // _HOSTNAME (or the syslog host); empty = unknown
    QString bootId; // _BOOT_ID when the journal gives it
    LineNo firstLine = 0, lastLine = 0;
    std::optional<QDateTime> time;          // __REALTIME_TIMESTAMP of the deciding line
    std::optional<double> monotonicSeconds; // __MONOTONIC_TIMESTAMP: seconds since boot (same clock as dmesg)

    QString killer;    // the program as the journal names it: "systemd-oomd", "earlyoom", "systemd", ...
    QString messageId; // MESSAGE_ID when the line had one (systemd's catalog ids)

    // The victim: whatever the killer names.
    std::optional<qint64> pid;
    std::optional<qint64> uid;
    QString comm;                 // process name
    QString cgroup;               // the cgroup killed (systemd-oomd) or the victim's cgroup (nohang)
    QString unit;                 // the systemd unit (unit_oom, PID 1's oomd line) when known
    QString pod;                  // kubelet: namespace/pod
    QString signal;               // "SIGTERM", "SIGKILL" when the killer says
    std::optional<int> processes; // "systemd-oomd killed N process(es)"

    // Why: the killer's own reason ("memory pressure", "swap", "low memory", "memory.available")
    // and the figures it compared, in the order it printed them: {"pressure", "55.71%"},
    // {"limit", "50.00%"}, {"duration", "20s"}, {"mem_available", "3.11%"}, ...
    QString reason;
    QList<std::pair<QString, QString>> figures;
    QString figure(const QString &key) const {
        for (const auto &f : figures)
            if (f.first == key) return f.second;
        return {};
    }

    QList<ReportLine> evidence; // the killer's lines (message text) with their line/entry numbers
    QString diagnosis;          // one sentence in plain words (KillerDiagnosis.cpp)

    // The kernel's report of the same kill (unit OOM), or the kernel kill that followed in the same
    // cgroup: index into LogAnalysis::events. Linked events are one kill, not two.
    std::optional<qsizetype> linkedKernelEvent;
};

inline QString killerKindName(KillerKind kind) {
    switch (kind) {
    case KillerKind::OomdKill:
        return QStringLiteral("oomd_kill");
    case KillerKind::EarlyoomKill:
        return QStringLiteral("earlyoom_kill");
    case KillerKind::NohangKill:
        return QStringLiteral("nohang_kill");
    case KillerKind::KubeletEviction:
        return QStringLiteral("kubelet_eviction");
    case KillerKind::UnitOom:
        return QStringLiteral("unit_oom");
    }
    return {};
}

} // namespace oomlens
