// memcg_ancestor_limit: a parent cgroup hit its limit, and the victim lives in a child of it.
//
// mm/memcontrol.c: a charge walks up the hierarchy (page_counter_try_charge()) and fails at the
// first ancestor over its limit; that cgroup becomes oc->memcg, and mm/oom_kill.c
// select_bad_process() picks the victim anywhere below it (mem_cgroup_scan_tasks()). So
// oom_memcg (v1: "limit of Y") a proper ancestor of task_memcg ("Task in X") means the parent's
// limit was hit: typically a Kubernetes pod slice over its limit while the container scope is not.
#include "analysis/DiagnosisRule.h"
#include "analysis/MemcgScope.h"
#include "analysis/ReportEvidence.h"

namespace oomlens {

namespace {

class MemcgAncestorLimitRule final : public CauseRule {
public:
    QString id() const override { return QStringLiteral("memcg_ancestor_limit"); }

    CauseVerdict evaluate(const OomEvent &event, const EventContext &) const override {
        const MemcgScope scope = memcgScopeOf(event);
        const auto relation = memcgRelation(scope);
        if (relation != MemcgRelation::ProperAncestor && relation != MemcgRelation::DifferentUnnested)
            return CauseVerdict::notApplicable();
        QList<Evidence> evidence;
        addEvidence(evidence, event, scope.pathsLine);
        mergeEvidence(evidence, memcgCounterEvidence(event));
        mergeEvidence(evidence, scope.signs);
        const QString victim = victimLabel(event);
        QString summary =
            QCoreApplication::translate("Diagnosis",
                                        "The ancestor cgroup %1 reached its limit%2; the victim %3 lives "
                                        "below it in %4, whose memory counts against that limit.")
                .arg(*scope.limitPath, memcgLimitText(event),
                     victim.isEmpty() ? QCoreApplication::translate("Diagnosis", "process") : victim,
                     *scope.taskPath);
        if (scope.taskPathCut)
            summary +=
                QLatin1Char(' ') +
                QCoreApplication::translate("Diagnosis", "The victim's cgroup path is cut short in the log, "
                                                         "but it already runs below %1.")
                    .arg(*scope.limitPath);
        if (relation == MemcgRelation::DifferentUnnested)
            summary += QLatin1Char(' ') +
                       QCoreApplication::translate(
                           "Diagnosis", "The two printed paths are not nested as text (the log was edited or "
                                        "corrupted), but the kernel only picks victims inside the limited "
                                        "cgroup's subtree.");
        const QString remedy =
            QCoreApplication::translate(
                "Diagnosis",
                "Raise the limit of %1 (for Kubernetes: the pod's total limit) or lower what its "
                "children may use together; a child's own limit does not protect it from its "
                "parent's.")
                .arg(*scope.limitPath);
        return CauseVerdict::confirmed(Cause::MemcgAncestorLimit, summary, remedy, evidence);
    }
};

} // namespace

std::unique_ptr<CauseRule> makeMemcgAncestorLimitRule() {
    return std::make_unique<MemcgAncestorLimitRule>();
}

} // namespace oomlens
