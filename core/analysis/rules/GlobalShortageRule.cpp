// global_shortage: the whole machine ran out: every zone the allocation could use was at or
// below its min watermark and reclaim could not bring it back.
//
// mm/page_alloc.c __alloc_pages_slowpath() calls __alloc_pages_may_oom() -> out_of_memory() only
// after direct reclaim and compaction failed to get the zones back over the min watermark
// (get_page_from_freelist() with ALLOC_WMARK_MIN, __zone_watermark_ok()). The zone lines show
// the outcome; see ZoneCheck.h for the arithmetic (lowmem_reserve, CMA, high-atomic, boost).
// Without zone lines, the kernel's own verdict still settles an order-0 request:
// constrained_alloc() returned CONSTRAINT_NONE ("oom-kill:constraint=CONSTRAINT_NONE,...,
// global_oom") and an order-0 request cannot fail from fragmentation.
#include "analysis/DiagnosisRule.h"
#include "analysis/ReportEvidence.h"
#include "analysis/ZoneCheck.h"

namespace oomlens {

namespace {

QString victimRemedy(const OomEvent &event) {
    QString remedy = QCoreApplication::translate(
        "Diagnosis", "The machine needed more memory than it had: find the largest consumers, "
                     "limit them (cgroup memory limits), fix leaks, or add RAM or swap.");
    const QString victim = victimLabel(event);
    if (!victim.isEmpty() && event.victim && event.victim->anonRss)
        remedy += QLatin1Char(' ') +
                  QCoreApplication::translate("Diagnosis", "The victim %1 held %2 of anonymous memory.")
                      .arg(victim, formatBytes(*event.victim->anonRss));
    return remedy;
}

class GlobalShortageRule final : public CauseRule {
public:
    QString id() const override { return QStringLiteral("global_shortage"); }

    CauseVerdict evaluate(const OomEvent &event, const EventContext &) const override {
        const bool unconstrained =
            event.constraint && event.constraint->constraint == QLatin1String("CONSTRAINT_NONE");
        if (event.constraint && !unconstrained && !event.constraint->constraint.isEmpty())
            return CauseVerdict::notApplicable(); // memcg/cpuset/mempolicy: other rules
        // Only a report that shows the OOM killer at work (not a bare Mem-Info dump).
        if (!event.invoker && !event.constraint && !event.victim) return CauseVerdict::notApplicable();
        AllocationRequest request = requestOf(event);
        // sysrq-f (order=-1) is no allocation: judged like an order-0 GFP_KERNEL request, and only
        // on zone lines (ManualOomRule leaves it here only when they show a shortage).
        const bool manual = request.order && *request.order < 0;
        if (manual) request.order = 0;

        QList<Evidence> evidence;
        addEvidence(evidence, event, request.line);
        if (event.constraint) addEvidence(evidence, event, event.constraint->line);
        QList<ZoneState> usable;
        QStringList outOfReach; // zones with room the request may not use (HighMem for GFP_KERNEL, ...)
        for (const auto &s : zoneStates(event, request)) {
            if (s.usable)
                usable.append(s);
            else if (s.zone->free && s.zone->high && *s.zone->free > *s.zone->high)
                outOfReach.append(zoneFreeText(*s.zone, true));
        }

        if (!usable.isEmpty()) {
            bool allBelow = true;
            QStringList zones, roomy;
            for (const auto &s : usable) {
                allBelow = allBelow && s.belowMin;
                // The reserve kept back from this request (lowmem_reserve) is part of the bar.
                QString text = zoneFreeText(*s.zone);
                if (s.reserveLow && *s.reserveLow > 0)
                    text += QCoreApplication::translate("Diagnosis", " + lowmem_reserve %1")
                                .arg(formatBytes(*s.reserveLow));
                zones.append(text);
                if (!s.belowMin) roomy.append(text);
                addEvidence(evidence, event, s.zone->line);
            }
            if (!allBelow)
                return CauseVerdict::undetermined(
                    QCoreApplication::translate(
                        "Diagnosis",
                        "Not every zone the allocation could use was below its min watermark (%1), "
                        "so the report does not show a memory shortage.")
                        .arg(roomy.join(QStringLiteral("; "))),
                    evidence);
            QString summary =
                QCoreApplication::translate(
                    "Diagnosis", "Every zone the allocation could use was at or below its min watermark (%1) "
                                 "and reclaim could not free enough: the machine ran out of memory.")
                    .arg(zones.join(QStringLiteral("; ")));
            if (manual)
                summary =
                    QCoreApplication::translate("Diagnosis", "The kill was triggered by hand (sysrq-f), "
                                                             "but the machine was short of memory anyway.") +
                    QLatin1Char(' ') + summary;
            if (!outOfReach.isEmpty())
                summary += QLatin1Char(' ') + QCoreApplication::translate(
                                                  "Diagnosis", "Zones this kind of allocation may not use "
                                                               "still had memory (%1).")
                                                  .arg(outOfReach.join(QStringLiteral("; ")));
            if (event.victim) addEvidence(evidence, event, event.victim->line);
            return CauseVerdict::confirmed(Cause::GlobalShortage, summary, victimRemedy(event), evidence);
        }
        if (unconstrained && request.order == 0 && !manual) {
            if (event.victim) addEvidence(evidence, event, event.victim->line);
            return CauseVerdict::confirmed(
                Cause::GlobalShortage,
                QCoreApplication::translate(
                    "Diagnosis",
                    "The kernel reported a whole-machine OOM (CONSTRAINT_NONE) for a single-page "
                    "(order-0) request, which cannot fail from fragmentation: reclaim could not keep "
                    "any zone above its watermark. The report holds no zone lines to show by how "
                    "much."),
                victimRemedy(event), evidence);
        }
        return CauseVerdict::notApplicable();
    }
};

} // namespace

std::unique_ptr<CauseRule> makeGlobalShortageRule() {
    return std::make_unique<GlobalShortageRule>();
}

} // namespace oomlens
