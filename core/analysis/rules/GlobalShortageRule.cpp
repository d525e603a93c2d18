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

// "Node 0 DMA32 free 43.3 MiB, 99% of min 43.6 MiB + lowmem_reserve 6.5 MiB" (or of low, for a zone
// with room): how close the zone was to the mark the allocator needed.
QString closenessText(const ZoneState &s, bool againstLow = false) {
    const ZoneWatermarks &z = *s.zone;
    const Bytes reserve = s.reserveLow.value_or(0);
    const Bytes mark = (againstLow && z.low ? *z.low : *z.min) + reserve;
    QString text = QCoreApplication::translate("Diagnosis", "%1 free %2, %3% of %4 %5")
                       .arg(zoneLabel(z.node, z.zone), formatBytes(s.usableFree))
                       .arg(mark ? int(s.usableFree * 100 / mark) : 0)
                       .arg(againstLow ? QStringLiteral("low") : QStringLiteral("min"),
                            formatBytes(againstLow && z.low ? *z.low : *z.min));
    if (reserve > 0)
        text += QCoreApplication::translate("Diagnosis", " + lowmem_reserve %1").arg(formatBytes(reserve));
    return text;
}

// Swap as the report shows it (show_swap_cache_info()): absent, full, or still free.
QString swapText(const OomEvent &e) {
    if (!e.totals.totalSwap) return {};
    if (*e.totals.totalSwap == 0) return QCoreApplication::translate("Diagnosis", "There was no swap.");
    if (!e.totals.freeSwap) return {};
    const std::int64_t freeSwap = std::int64_t(*e.totals.freeSwap);
    if (freeSwap * 100 < std::int64_t(*e.totals.totalSwap))
        return QCoreApplication::translate("Diagnosis", "Swap was full (%1 free of %2).")
            .arg(formatBytes(Bytes(std::max<std::int64_t>(freeSwap, 0))), formatBytes(*e.totals.totalSwap));
    return QCoreApplication::translate("Diagnosis", "Swap still had %1 free of %2: what filled memory could "
                                                    "not be swapped out in time (or was not swappable).")
        .arg(formatBytes(*e.totals.freeSwap), formatBytes(*e.totals.totalSwap));
}

QList<Evidence> swapEvidence(const OomEvent &e) {
    QList<Evidence> out = evidenceContaining(e, u"Free swap");
    mergeEvidence(out, evidenceContaining(e, u"Total swap"));
    return out;
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
            bool allBelowMin = true, allBelowLow = true;
            QStringList zones, roomy;
            for (const auto &s : usable) {
                allBelowMin = allBelowMin && s.belowMin;
                allBelowLow = allBelowLow && (s.belowMin || s.belowLow);
                zones.append(closenessText(s));
                if (!s.belowMin && !s.belowLow) roomy.append(closenessText(s, true));
                addEvidence(evidence, event, s.zone->line);
            }
            // __alloc_pages_slowpath() retries an order <= PAGE_ALLOC_COSTLY_ORDER (3) until reclaim
            // makes no progress; only then out_of_memory() runs and prints. Free counts rise while it
            // prints, so zones still below their low watermark (kswapd's mark) are the allocator's
            // failure as it saw it, even when a little above min by now.
            const bool retriedOrder = !request.order || *request.order <= 3;
            const bool shortage = allBelowMin || (allBelowLow && retriedOrder && !manual);
            if (!shortage) {
                QString why =
                    roomy.isEmpty()
                        ? QCoreApplication::translate(
                              "Diagnosis",
                              "The zones were below their low watermark (%1), but the order-%2 "
                              "request is above PAGE_ALLOC_COSTLY_ORDER (3), which the allocator gives "
                              "up on early; the report does not show a memory shortage.")
                              .arg(zones.join(QStringLiteral("; ")))
                              .arg(request.order.value_or(0))
                        : QCoreApplication::translate(
                              "Diagnosis", "Not every zone the allocation could use was short: %1 had free "
                                           "memory above its "
                                           "low watermark, so the report does not show a memory shortage.")
                              .arg(roomy.join(QStringLiteral("; ")));
                return CauseVerdict::undetermined(why, evidence);
            }
            QString summary =
                allBelowMin
                    ? QCoreApplication::translate(
                          "Diagnosis",
                          "Every zone the allocation could use was at or below its min watermark (%1) "
                          "and reclaim could not free enough: the machine ran out of memory.")
                          .arg(zones.join(QStringLiteral("; ")))
                    : QCoreApplication::translate(
                          "Diagnosis",
                          "Every zone the allocation could use was below its low watermark, close to min "
                          "(%1), "
                          "after reclaim had already failed (free counts drift up while the report prints): "
                          "the machine ran out of memory.")
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
            const QString swap = swapText(event);
            if (!swap.isEmpty()) {
                summary += QLatin1Char(' ') + swap;
                mergeEvidence(evidence, swapEvidence(event));
            }
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
