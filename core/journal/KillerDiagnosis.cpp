#include "KillerDiagnosis.h"

#include <QCoreApplication>

namespace oomlens::journal {

namespace {

QString victimName(const KillerEvent &e) {
    if (!e.comm.isEmpty() && e.pid) return QStringLiteral("%1 (pid %2)").arg(e.comm).arg(*e.pid);
    if (!e.comm.isEmpty()) return e.comm;
    if (!e.unit.isEmpty()) return e.unit;
    if (!e.cgroup.isEmpty()) return e.cgroup;
    if (!e.pod.isEmpty()) return e.pod;
    if (e.pid) return QStringLiteral("pid %1").arg(*e.pid);
    return QCoreApplication::translate("KillerDiagnosis", "an unnamed process");
}

QString orNa(const QString &s) {
    return s.isEmpty() ? QStringLiteral("n/a") : s;
}

bool endsWithUnit(const QString &cgroup, const QString &unit) {
    return !unit.isEmpty() && (cgroup == unit || cgroup.endsWith(QLatin1Char('/') + unit));
}

double secondsFrom(const std::optional<QDateTime> &a, const std::optional<QDateTime> &b) {
    return double(b->toMSecsSinceEpoch() - a->toMSecsSinceEpoch()) / 1000.0;
}

} // namespace

KernelKillRef kernelKillRef(const OomEvent &event, qsizetype index) {
    KernelKillRef r;
    r.index = index;
    r.host = event.host;
    r.time = event.time.wallClock;
    if (event.victim) r.victimPid = event.victim->pid;
    if (event.constraint) {
        r.taskMemcg = event.constraint->taskMemcg.value_or(QString());
        r.oomMemcg = event.constraint->oomMemcg.value_or(QString());
    }
    if (r.taskMemcg.isEmpty()) r.taskMemcg = event.memcg.taskIn;
    if (r.oomMemcg.isEmpty()) r.oomMemcg = event.memcg.limitOf;
    return r;
}

QString killerDiagnosis(const KillerEvent &e) {
    const bool dryRun = e.figure(QStringLiteral("dry_run")) == QLatin1String("yes");
    QString s;
    switch (e.kind) {
    case KillerKind::OomdKill:
        if (e.reason == QLatin1String("memory_pressure") && !e.figure(QStringLiteral("limit")).isEmpty())
            s = QCoreApplication::translate(
                    "KillerDiagnosis",
                    "systemd-oomd killed %1: memory pressure of %2 stayed above %3 (it was %4) for %5.")
                    .arg(victimName(e), orNa(e.figure(QStringLiteral("monitored_cgroup"))),
                         e.figure(QStringLiteral("limit")), orNa(e.figure(QStringLiteral("pressure"))),
                         orNa(e.figure(QStringLiteral("duration"))));
        else if (e.reason == QLatin1String("swap"))
            s = QCoreApplication::translate(
                    "KillerDiagnosis",
                    "systemd-oomd killed %1: swap use was above %2 of the swap space, and it was the largest "
                    "swap user.")
                    .arg(victimName(e), orNa(e.figure(QStringLiteral("limit"))));
        else if (e.reason == QLatin1String("rule"))
            s = QCoreApplication::translate(
                    "KillerDiagnosis", "systemd-oomd acted on %1: its rule %2 was met for %3 (action %4).")
                    .arg(victimName(e), orNa(e.figure(QStringLiteral("rule"))),
                         orNa(e.figure(QStringLiteral("duration"))),
                         orNa(e.figure(QStringLiteral("action"))));
        else
            s = QCoreApplication::translate("KillerDiagnosis", "systemd-oomd killed %1 (%2 process(es)).")
                    .arg(victimName(e), e.processes ? QString::number(*e.processes) : QStringLiteral("n/a"));
        break;
    case KillerKind::EarlyoomKill:
        s = QCoreApplication::translate(
                "KillerDiagnosis",
                "earlyoom sent %1 to %2: available memory was %3 (limit %4) and free swap %5 (limit %6).")
                .arg(orNa(e.signal), victimName(e), orNa(e.figure(QStringLiteral("mem_available"))),
                     orNa(e.figure(QStringLiteral("mem_limit"))), orNa(e.figure(QStringLiteral("swap_free"))),
                     orNa(e.figure(QStringLiteral("swap_limit"))));
        break;
    case KillerKind::NohangKill:
        s = QCoreApplication::translate("KillerDiagnosis",
                                        "nohang sent %1 to %2: available memory was %3 (limit %4).")
                .arg(orNa(e.signal), victimName(e), orNa(e.figure(QStringLiteral("mem_available"))),
                     orNa(e.figure(QStringLiteral("mem_limit"))));
        break;
    case KillerKind::KubeletEviction:
        s = QCoreApplication::translate("KillerDiagnosis",
                                        "The kubelet evicted pod %1 to reclaim %2 (threshold %3).")
                .arg(orNa(e.pod), e.reason, orNa(e.figure(QStringLiteral("threshold"))));
        break;
    case KillerKind::UnitOom:
        s = QCoreApplication::translate("KillerDiagnosis",
                                        "systemd noted that the kernel's OOM killer killed a process of %1.")
                .arg(orNa(e.unit));
        break;
    }
    if (dryRun)
        s += QLatin1Char(' ') + QCoreApplication::translate("KillerDiagnosis", "(dry run: nothing was sent)");
    return s;
}

QString killerRemedy(const KillerEvent &e) {
    switch (e.kind) {
    case KillerKind::OomdKill:
        return QCoreApplication::translate(
            "KillerDiagnosis",
            "If the kill was unwanted, raise ManagedOOMMemoryPressureLimit= of the monitored slice or set "
            "ManagedOOMPreference=avoid on the unit; if the unit grows without bound, give it MemoryMax=.");
    case KillerKind::EarlyoomKill:
    case KillerKind::NohangKill:
        return QCoreApplication::translate(
            "KillerDiagnosis",
            "Find what filled memory before the kill; protect important processes with the killer's "
            "avoid list, or add memory or swap.");
    case KillerKind::KubeletEviction:
        return QCoreApplication::translate(
            "KillerDiagnosis",
            "Set memory requests and limits that match what the pods use, or give the node more "
            "memory; pods using more than they request are evicted first.");
    case KillerKind::UnitOom:
        return QCoreApplication::translate(
            "KillerDiagnosis",
            "See the kernel report linked to this event for the cause; set MemoryMax= or OOMPolicy= on "
            "the unit as needed.");
    }
    return {};
}

void linkKillers(QList<KillerEvent> &killers, const QList<KernelKillRef> &kernel) {
    for (KillerEvent &k : killers) {
        if (!k.time) continue;
        const KernelKillRef *best = nullptr, *fallback = nullptr;
        int nearby = 0;
        for (const KernelKillRef &r : kernel) {
            if (!r.time || (!r.host.isEmpty() && !k.host.isEmpty() && r.host != k.host)) continue;
            if (!r.bootId.isEmpty() && !k.bootId.isEmpty() && r.bootId != k.bootId) continue;
            const double dt = secondsFrom(r.time, k.time); // > 0: the kernel kill came first
            if (k.kind == KillerKind::UnitOom) {
                if (dt < -1 || dt > 30) continue;
                if (endsWithUnit(r.taskMemcg, k.unit) || endsWithUnit(r.oomMemcg, k.unit)) {
                    if (!best || secondsFrom(best->time, r.time) > 0) best = &r;
                } else if (dt <= 5 && r.taskMemcg.isEmpty() && r.oomMemcg.isEmpty()) {
                    ++nearby;
                    fallback = &r;
                }
            } else if (k.kind != KillerKind::KubeletEviction) {
                if (dt > 1 || dt < -60) continue;
                const bool samePid = k.pid && r.victimPid && *k.pid == *r.victimPid;
                const bool inCgroup =
                    !k.cgroup.isEmpty() && k.cgroup != QLatin1String("/") &&
                    (r.taskMemcg == k.cgroup || r.taskMemcg.startsWith(k.cgroup + QLatin1Char('/')));
                if ((samePid || inCgroup) && !best) best = &r;
            }
        }
        if (!best && nearby == 1) best = fallback;
        if (best) k.linkedKernelEvent = best->index;
    }
}

} // namespace oomlens::journal
