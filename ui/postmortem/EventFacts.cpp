// SPDX-License-Identifier: GPL-2.0-or-later
#include "EventFacts.h"

#include "analysis/MemcgScope.h"
#include "widgets/Format.h"

#include <QCoreApplication>
#include <QLocale>

namespace oomlens::ui::facts {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("oomlens::ui::facts", text, disambiguation, n);
}

QString nameWithPid(const QString &comm, std::optional<qint64> pid) {
    if (comm.isEmpty() && !pid) return format::notAvailable();
    if (!pid) return comm;
    if (comm.isEmpty()) return tr("pid %1").arg(*pid);
    return QStringLiteral("%1 (%2)").arg(comm).arg(*pid);
}
} // namespace

Scope scopeOf(const OomEvent &event) {
    if (event.manualSysrq || (event.invoker && event.invoker->order == -1)) return Scope::Manual;
    // The same facts the diagnosis' memcg causes rest on (analysis/MemcgScope.cpp), so a card
    // never says "cgroup limit" beside "whole machine".
    if (memcgScopeOf(event).isMemcgOom) return Scope::Memcg;
    if (event.constraint) {
        const QString &c = event.constraint->constraint;
        if (c == QLatin1String("CONSTRAINT_MEMCG")) return Scope::Memcg;
        if (c == QLatin1String("CONSTRAINT_CPUSET")) return Scope::Cpuset;
        if (c == QLatin1String("CONSTRAINT_MEMORY_POLICY")) return Scope::MemoryPolicy;
        if (c == QLatin1String("CONSTRAINT_NONE")) return Scope::Global;
    }
    // Before 4.19 there is no summary line: memcg reports print "Task in ... killed as a result
    // of limit of ..." or the "memory: usage" counters (mm/memcontrol.c), and the kill line says
    // "Memory cgroup out of memory". Alibaba kernels print "limit of host" for global OOMs.
    if (event.victim && event.victim->reason.startsWith(QLatin1String("Memory cgroup"))) return Scope::Memcg;
    if (!event.memcg.counters.isEmpty()) return Scope::Memcg;
    if (!event.memcg.limitOf.isEmpty() && event.memcg.limitOf != QLatin1String("host")) return Scope::Memcg;
    if (event.victim && event.victim->reason.startsWith(QLatin1String("Out of memory"))) return Scope::Global;
    if (!event.zones.isEmpty() && event.kind == OomEventKind::OomKill) return Scope::Global;
    return Scope::Unknown;
}

QString scopeName(Scope scope) {
    switch (scope) {
    case Scope::Unknown:
        return format::notAvailable();
    case Scope::Global:
        return tr("whole machine");
    case Scope::Memcg:
        return tr("memory cgroup");
    case Scope::Cpuset:
        return tr("cpuset");
    case Scope::MemoryPolicy:
        return tr("NUMA memory policy");
    case Scope::Manual:
        return tr("manual (sysrq-f)");
    }
    return {};
}

QString timeText(const OomEvent &event) {
    if (event.time.wallClock && event.time.wallClock->isValid()) {
        QString text = event.time.wallClock->toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (event.time.wallClockYearGuessed) text = tr("%1 (year guessed)").arg(text);
        return text;
    }
    if (event.time.uptimeSeconds) {
        const QString uptime = QLocale().toString(*event.time.uptimeSeconds, 'f', 3);
        return event.time.bootIndex > 0 ? tr("boot %1, uptime %2 s").arg(event.time.bootIndex + 1).arg(uptime)
                                        : tr("uptime %1 s").arg(uptime);
    }
    return format::notAvailable();
}

QVariant timeSortKey(const OomEvent &event) {
    if (event.time.wallClock && event.time.wallClock->isValid())
        return QVariant::fromValue<qint64>(event.time.wallClock->toMSecsSinceEpoch());
    if (event.time.uptimeSeconds)
        // Later boots sort after earlier ones: 10^12 ms is about 31 years of uptime.
        return QVariant::fromValue<qint64>(qint64(event.time.bootIndex) * 1'000'000'000'000LL +
                                           qint64(*event.time.uptimeSeconds * 1000.0));
    return {};
}

QString invokerText(const OomEvent &event) {
    if (event.invoker)
        return nameWithPid(event.invoker->comm, event.invoker->pid ? event.invoker->pid
                                                : event.cpu        ? event.cpu->pid
                                                                   : std::nullopt);
    if (event.allocationFailure)
        return nameWithPid(event.allocationFailure->comm, event.cpu ? event.cpu->pid : std::nullopt);
    return format::notAvailable();
}

std::optional<qint64> victimPid(const OomEvent &event) {
    if (event.victim && event.victim->pid) return event.victim->pid;
    if (event.constraint && event.constraint->pid) return event.constraint->pid;
    return std::nullopt;
}

QString victimComm(const OomEvent &event) {
    if (event.victim && !event.victim->comm.isEmpty()) return event.victim->comm;
    if (event.constraint && event.constraint->task) return *event.constraint->task;
    return {};
}

QString victimText(const OomEvent &event) {
    const auto pid = victimPid(event);
    const QString comm = victimComm(event);
    if (!pid && comm.isEmpty()) {
        if (event.panic) return tr("none (panic)");
        if (event.kind == OomEventKind::AllocationFailure) return tr("none (allocation failure)");
        return format::notAvailable();
    }
    QString text = nameWithPid(comm, pid);
    if (event.victim && !event.victim->killed) text = tr("%1, chosen, no kill line").arg(text);
    return text;
}

QString taskCgroup(const OomEvent &event) {
    if (event.constraint && event.constraint->taskMemcg) return *event.constraint->taskMemcg;
    return event.memcg.taskIn;
}

QString limitCgroup(const OomEvent &event) {
    if (event.constraint && event.constraint->oomMemcg) return *event.constraint->oomMemcg;
    if (event.memcg.limitOf == QLatin1String("host")) return {};
    return event.memcg.limitOf;
}

OptBytes memoryFreed(const OomEvent &event) {
    if (!event.victim || !event.victim->killed) return std::nullopt;
    const auto &v = *event.victim;
    if (!v.anonRss && !v.fileRss && !v.shmemRss) return std::nullopt;
    return v.anonRss.value_or(0) + v.fileRss.value_or(0) + v.shmemRss.value_or(0);
}

std::optional<int> requestedOrder(const OomEvent &event) {
    if (event.invoker && event.invoker->order && *event.invoker->order >= 0) return event.invoker->order;
    if (event.allocationFailure && event.allocationFailure->order && *event.allocationFailure->order >= 0)
        return event.allocationFailure->order;
    return std::nullopt;
}

QString zoneLabel(std::optional<int> node, const QString &zone) {
    return node ? tr("Node %1 %2").arg(*node).arg(zone) : zone;
}

} // namespace oomlens::ui::facts
