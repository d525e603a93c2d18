// A manual OOM kill (sysrq-f): not an allocation, so no memory cause applies.
//
// drivers/tty/sysrq.c moom_callback() calls out_of_memory() with order = -1 and
// gfp_mask = GFP_KERNEL; dump_header() prints "order=-1" and "sysrq: Manual OOM execution"
// precedes it. The kernel kills a process because someone asked, whatever the zones hold. When
// every printed zone is above its high watermark, the report even shows there was no shortage.
// When every usable zone is below min, the machine was short anyway: global_shortage decides.
#include "analysis/DiagnosisRule.h"
#include "analysis/ReportEvidence.h"
#include "analysis/ZoneCheck.h"

namespace oomlens {

namespace {

class ManualOomRule final : public CauseRule {
public:
    QString id() const override { return QStringLiteral("manual_oom"); }

    CauseVerdict evaluate(const OomEvent &event, const EventContext &) const override {
        const bool sysrqOrder = event.invoker && event.invoker->order == -1;
        if (!sysrqOrder && !event.manualSysrq) return CauseVerdict::notApplicable();
        // Pressed to rescue a machine that really was out of memory: every zone the kernel's own
        // GFP_KERNEL request could use below min. Then the shortage is the cause (GlobalShortageRule).
        AllocationRequest asOrderZero = requestOf(event);
        asOrderZero.order = 0;
        bool anyUsable = false, allBelow = true;
        for (const auto &s : zoneStates(event, asOrderZero)) {
            if (!s.usable) continue;
            anyUsable = true;
            allBelow = allBelow && s.belowMin;
        }
        if (anyUsable && allBelow) return CauseVerdict::notApplicable();
        QList<Evidence> evidence = evidenceContaining(event, u"Manual OOM execution");
        if (event.invoker) addEvidence(evidence, event, event.invoker->line);
        QString summary = QCoreApplication::translate(
            "Diagnosis", "This was a manual OOM kill (sysrq-f, order=-1), not a failed "
                         "allocation, so no memory shortage cause applies.");
        bool allAboveHigh = !event.zones.isEmpty();
        QStringList zones;
        for (const auto &z : event.zones) {
            allAboveHigh = allAboveHigh && z.free && z.high && *z.free > *z.high;
            zones.append(zoneFreeText(z, true));
            addEvidence(evidence, event, z.line);
        }
        if (allAboveHigh)
            summary += QLatin1Char(' ') + QCoreApplication::translate(
                                              "Diagnosis", "Every zone was above its high watermark (%1).")
                                              .arg(zones.join(QStringLiteral("; ")));
        const QString remedy = QCoreApplication::translate(
            "Diagnosis",
            "Find out who triggered sysrq-f (echo f > /proc/sysrq-trigger, a watchdog or an admin); if "
            "it answered a stall, look at the memory pressure before the kill rather than at this "
            "report.");
        return CauseVerdict::undetermined(summary, evidence, remedy);
    }
};

} // namespace

std::unique_ptr<CauseRule> makeManualOomRule() {
    return std::make_unique<ManualOomRule>();
}

} // namespace oomlens
