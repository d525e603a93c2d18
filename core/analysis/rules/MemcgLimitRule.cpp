// memcg_limit: the victim's own memory cgroup hit its limit.
//
// mm/memcontrol.c try_charge() -> mem_cgroup_oom() -> mm/oom_kill.c out_of_memory() with
// oc->memcg = the cgroup whose page_counter refused the charge (the first one over its limit on
// the way up, page_counter_try_charge()). dump_oom_summary() prints it as oom_memcg= and the
// victim's cgroup as task_memcg=; before 4.19 mem_cgroup_print_oom_info() printed
// "Task in <victim's> killed as a result of limit of <oom memcg>". Equal paths: its own limit.
#include "analysis/DiagnosisRule.h"
#include "analysis/MemcgScope.h"
#include "analysis/ReportEvidence.h"

namespace oomlens {

namespace {

class MemcgLimitRule final : public CauseRule {
public:
    QString id() const override { return QStringLiteral("memcg_limit"); }

    CauseVerdict evaluate(const OomEvent &event, const EventContext &) const override {
        const MemcgScope scope = memcgScopeOf(event);
        if (memcgRelation(scope) != MemcgRelation::Same) return CauseVerdict::notApplicable();
        QList<Evidence> evidence;
        addEvidence(evidence, event, scope.pathsLine);
        mergeEvidence(evidence, memcgCounterEvidence(event));
        mergeEvidence(evidence, scope.signs);
        const QString victim = victimLabel(event);
        const QString summary =
            QCoreApplication::translate(
                "Diagnosis",
                "The memory cgroup %1 reached its own limit%2 and the kernel killed %3 inside it.")
                .arg(*scope.limitPath, memcgLimitText(event),
                     victim.isEmpty() ? QCoreApplication::translate("Diagnosis", "a process") : victim);
        const QString remedy =
            QCoreApplication::translate(
                "Diagnosis",
                "Raise the memory limit of %1 (memory.max on cgroup v2, memory.limit_in_bytes on "
                "v1, or the container's or unit's memory limit) or make the workload use less "
                "memory.")
                .arg(*scope.limitPath);
        return CauseVerdict::confirmed(Cause::MemcgLimit, summary, remedy, evidence);
    }
};

} // namespace

std::unique_ptr<CauseRule> makeMemcgLimitRule() {
    return std::make_unique<MemcgLimitRule>();
}

} // namespace oomlens
