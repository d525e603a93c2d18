// panic_on_oom: the sysctl vm.panic_on_oom made the kernel panic instead of killing a process.
//
// mm/oom_kill.c check_panic_on_oom(): with panic_on_oom=1 ("system-wide") a panic happens only for
// an unconstrained (CONSTRAINT_NONE) OOM; with 2 ("compulsory") for every OOM, memcg OOMs
// included. It prints dump_header() first, then
//   panic("Out of memory: %s panic_on_oom is enabled\n", sysctl_panic_on_oom == 2 ? "compulsory" :
//   "system-wide");
// (2.6.18-2.6.35 wordings: "out of memory. panic_on_oom is selected", "Compulsory panic_on_oom is
// selected"). The panic line alone proves the cause: whatever ran out, nothing was killed.
#include "analysis/DiagnosisRule.h"
#include "analysis/MemcgScope.h"
#include "analysis/ReportEvidence.h"

namespace oomlens {

namespace {

class PanicOnOomRule final : public CauseRule {
public:
    QString id() const override { return QStringLiteral("panic_on_oom"); }

    CauseVerdict evaluate(const OomEvent &event, const EventContext &) const override {
        QList<Evidence> evidence;
        if (event.panic && event.panic->panicOnOom) addEvidence(evidence, event, event.panic->line);
        // "... panic_on_oom is enabled" (2.6.36+) or "... panic_on_oom is selected" (older kernels).
        mergeEvidence(evidence, evidenceContaining(event, u"panic_on_oom is "));
        if (evidence.isEmpty()) return CauseVerdict::notApplicable();

        int value = event.panic ? event.panic->panicOnOom.value_or(0) : 0; // 0 = not said
        for (const auto &e : evidence) {
            if (value) break;
            if (e.text.contains(QLatin1String("ompulsory")))
                value = 2;
            else if (e.text.contains(QLatin1String("system-wide")))
                value = 1;
        }
        QString summary =
            value ? QCoreApplication::translate("Diagnosis",
                                                "The kernel panicked instead of killing a process because "
                                                "vm.panic_on_oom=%1 (%2).")
                        .arg(value)
                        .arg(value == 2
                                 ? QCoreApplication::translate("Diagnosis", "compulsory: every OOM panics")
                                 : QCoreApplication::translate("Diagnosis", "system-wide OOMs panic"))
                  : QCoreApplication::translate("Diagnosis",
                                                "The kernel panicked instead of killing a process because "
                                                "vm.panic_on_oom is set.");
        const MemcgScope memcg = memcgScopeOf(event);
        if (memcg.isMemcgOom) {
            summary += QLatin1Char(' ') + QCoreApplication::translate(
                                              "Diagnosis", "The OOM itself was a memory cgroup limit, which "
                                                           "only panics with panic_on_oom=2.");
            mergeEvidence(evidence, memcg.signs);
        }
        if (event.invoker) addEvidence(evidence, event, event.invoker->line);
        const QString remedy = QCoreApplication::translate(
            "Diagnosis",
            "Set vm.panic_on_oom=0 unless a panic (and failover or a kdump vmcore) is really wanted, "
            "then fix the memory demand that triggered the OOM; with kdump loaded, the vmcore holds "
            "the full memory state.");
        return CauseVerdict::confirmed(Cause::PanicOnOom, summary, remedy, evidence);
    }
};

} // namespace

std::unique_ptr<CauseRule> makePanicOnOomRule() {
    return std::make_unique<PanicOnOomRule>();
}

} // namespace oomlens
