// A memcg OOM whose report does not name both cgroups (no oom-kill: line, no "Task in" line, or
// both cut by an author or a pager): a limit was hit, but the victim's own limit cannot be told
// from a parent's. Say so instead of letting the zone-based rules misread it as a global OOM.
// Signs of a memcg OOM: see MemcgScope.h (mm/oom_kill.c dump_header(), mm/memcontrol.c).
#include "analysis/DiagnosisRule.h"
#include "analysis/MemcgScope.h"
#include "analysis/ReportEvidence.h"

namespace oomlens {

namespace {

class MemcgUnresolvedRule final : public CauseRule {
public:
    QString id() const override { return QStringLiteral("memcg_unresolved"); }

    CauseVerdict evaluate(const OomEvent &event, const EventContext &) const override {
        const MemcgScope scope = memcgScopeOf(event);
        if (!scope.isMemcgOom || memcgRelation(scope)) return CauseVerdict::notApplicable();
        QList<Evidence> evidence = scope.signs;
        mergeEvidence(evidence, memcgCounterEvidence(event));
        return CauseVerdict::undetermined(
            QCoreApplication::translate(
                "Diagnosis",
                "A memory cgroup limit was hit, but the report does not name both the limited "
                "cgroup and the victim's cgroup, so the victim's own limit cannot be told from a "
                "parent's."),
            evidence,
            QCoreApplication::translate(
                "Diagnosis",
                "Find the cgroup in the full kernel log (the oom-kill: line) or in the container "
                "runtime's events, then raise that cgroup's memory limit or reduce its usage."));
    }
};

} // namespace

std::unique_ptr<CauseRule> makeMemcgUnresolvedRule() {
    return std::make_unique<MemcgUnresolvedRule>();
}

} // namespace oomlens
