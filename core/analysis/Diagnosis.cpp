#include "analysis/Diagnosis.h"

#include "analysis/DiagnosisRule.h"
#include "analysis/ReportEvidence.h"

namespace oomlens {

namespace {

struct CauseName {
    Cause cause;
    const char *id;
};
constexpr CauseName causeNames[] = {
    {Cause::Undetermined, "undetermined"},
    {Cause::MemcgLimit, "memcg_limit"},
    {Cause::MemcgAncestorLimit, "memcg_ancestor_limit"},
    {Cause::GlobalShortage, "global_shortage"},
    {Cause::NumaConstrained, "numa_constrained"},
    {Cause::Fragmentation, "fragmentation"},
    {Cause::NoKillableProcess, "no_killable_process"},
    {Cause::PanicOnOom, "panic_on_oom"},
};

// Events belong to one host: the host the log prefix names, else the file they came from.
QString hostKey(const OomEvent &e) {
    return e.host.isEmpty() ? QStringLiteral("file:") + e.file : QStringLiteral("host:") + e.host;
}

} // namespace

QString causeId(Cause cause) {
    for (const auto &n : causeNames)
        if (n.cause == cause) return QLatin1String(n.id);
    return QStringLiteral("undetermined");
}

std::optional<Cause> causeFromId(QStringView id) {
    for (const auto &n : causeNames)
        if (id == QLatin1String(n.id)) return n.cause;
    return std::nullopt;
}

QString causeTitle(Cause cause) {
    switch (cause) {
    case Cause::Undetermined:
        return QCoreApplication::translate("Diagnosis", "Undetermined");
    case Cause::MemcgLimit:
        return QCoreApplication::translate("Diagnosis", "Cgroup memory limit");
    case Cause::MemcgAncestorLimit:
        return QCoreApplication::translate("Diagnosis", "Parent cgroup memory limit");
    case Cause::GlobalShortage:
        return QCoreApplication::translate("Diagnosis", "Machine out of memory");
    case Cause::NumaConstrained:
        return QCoreApplication::translate("Diagnosis", "NUMA nodes or cpuset exhausted");
    case Cause::Fragmentation:
        return QCoreApplication::translate("Diagnosis", "Memory fragmentation");
    case Cause::NoKillableProcess:
        return QCoreApplication::translate("Diagnosis", "No killable process");
    case Cause::PanicOnOom:
        return QCoreApplication::translate("Diagnosis", "Panic on OOM");
    }
    return causeId(cause);
}

QString findingTitle(QStringView id) {
    if (id == u"slab_unreclaimable_high")
        return QCoreApplication::translate("Diagnosis", "Large unreclaimable kernel slab");
    if (id == u"hugepages_reserved") return QCoreApplication::translate("Diagnosis", "Static huge pages");
    if (id == u"oom_score_adj_protected")
        return QCoreApplication::translate("Diagnosis", "Big processes protected from the OOM killer");
    if (id == u"restart_loop") return QCoreApplication::translate("Diagnosis", "Killed again and again");
    if (id == u"no_swap") return QCoreApplication::translate("Diagnosis", "No swap");
    if (id == u"swap_exhausted") return QCoreApplication::translate("Diagnosis", "Swap exhausted");
    return id.toString();
}

Diagnosis diagnoseEvent(const OomEvent &event, const EventContext &context) {
    Diagnosis d;
    // A page allocation failure (mm/page_alloc.c warn_alloc()) killed nothing: no OOM cause applies.
    const bool oom = event.kind != OomEventKind::AllocationFailure;
    for (const auto &rule : causeRules()) {
        if (!oom) break;
        CauseVerdict v = rule->evaluate(event, context);
        if (v.kind == CauseVerdict::Kind::NotApplicable) continue;
        d.cause = v.kind == CauseVerdict::Kind::Confirmed ? v.cause : Cause::Undetermined;
        d.decidedBy = rule->id();
        d.summary = std::move(v.summary);
        d.remedy = std::move(v.remedy);
        d.evidence = std::move(v.evidence);
        break;
    }
    if (d.decidedBy.isEmpty()) {
        d.summary = event.kind == OomEventKind::AllocationFailure
                        ? QCoreApplication::translate(
                              "Diagnosis", "A page allocation failed without invoking the OOM killer; no OOM "
                                           "cause applies.")
                        : QCoreApplication::translate(
                              "Diagnosis", "The report does not hold enough of the kernel's output to name a "
                                           "cause.");
        if (!event.missing.isEmpty() && event.kind != OomEventKind::AllocationFailure)
            d.summary += QLatin1Char(' ') + QCoreApplication::translate("Diagnosis", "Missing: %1.")
                                                .arg(event.missing.join(QStringLiteral(", ")));
    }
    for (const auto &rule : findingRules())
        if (auto f = rule->evaluate(event, context)) d.findings.append(std::move(*f));
    return d;
}

Diagnosis DiagnosisSession::add(const OomEvent &event) {
    QHash<QString, KillHistory> &kills = m_killsByHost[hostKey(event)];
    Diagnosis d = diagnoseEvent(event, EventContext{&kills});
    // Remember this kill for later events (mm/oom_kill.c __oom_kill_process() "Killed process").
    if (event.victim && event.victim->killed && event.victim->pid && !event.victim->comm.isEmpty()) {
        // Bounded memory on endless logs whose comms are all different (forks renamed with their
        // pid, like "memeater-10521"): past MaxComms, forget the commands killed only once.
        constexpr qsizetype MaxComms = 4096;
        if (kills.size() >= MaxComms && !kills.contains(event.victim->comm))
            kills.removeIf([](const auto &entry) { return entry.value().kills < 2; });
        KillHistory &h = kills[event.victim->comm];
        if (!h.pids.contains(*event.victim->pid)) {
            ++h.kills;
            constexpr int Kept = 8;
            if (h.pids.size() < Kept) {
                h.pids.append(*event.victim->pid);
                if (const auto e = evidenceAt(event, event.victim->line)) h.evidence.append(*e);
            }
        }
    }
    return d;
}

QList<Diagnosis> diagnose(const QList<OomEvent> &events) {
    DiagnosisSession session;
    QList<Diagnosis> out;
    out.reserve(events.size());
    for (const auto &e : events)
        out.append(session.add(e));
    return out;
}

} // namespace oomlens
