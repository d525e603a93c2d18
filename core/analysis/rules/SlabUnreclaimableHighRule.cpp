// slab_unreclaimable_high: unreclaimable kernel slab above 10% of RAM suggests a kernel leak.
//
// The Mem-Info summary's slab_unreclaimable (pages, mm/page_alloc.c show_free_areas() from
// NR_SLAB_UNRECLAIMABLE_B) against "N pages RAM" (show_mem(), totalram pages): both in pages, so
// the ratio needs no page size. The kernel itself prints "Unreclaimable slab info:"
// (mm/slab_common.c dump_unreclaimable_slab()) only when that slab exceeds all user-space memory
// (mm/oom_kill.c should_dump_unreclaim_slab()); its largest rows name the suspect caches.
#include "analysis/DiagnosisRule.h"
#include "analysis/ReportEvidence.h"

#include <algorithm>

namespace oomlens {

namespace {

constexpr double Threshold = 0.10;

class SlabUnreclaimableHighRule final : public FindingRule {
public:
    QString id() const override { return QStringLiteral("slab_unreclaimable_high"); }

    std::optional<Finding> evaluate(const OomEvent &event, const EventContext &) const override {
        if (!event.memInfo || !event.totals.pagesRam || *event.totals.pagesRam == 0) return std::nullopt;
        const auto slab = event.memInfo->pages.value(u"slab_unreclaimable");
        if (!slab || double(*slab) <= Threshold * double(*event.totals.pagesRam)) return std::nullopt;

        Finding f;
        f.id = id();
        f.evidence = memInfoEvidence(event, QStringLiteral("slab_unreclaimable"));
        addEvidence(f.evidence, event, event.totals.ramLine);
        const auto bytes = event.pagesToBytes(slab);
        f.summary = QCoreApplication::translate("Diagnosis", "Unreclaimable kernel slab held %1, %2 of RAM.")
                        .arg(bytes ? formatBytes(*bytes)
                                   : QCoreApplication::translate("Diagnosis", "%1 pages").arg(*slab),
                             formatPercent(double(*slab), double(*event.totals.pagesRam)));
        QList<SlabRow> rows = event.unreclaimableSlab;
        std::sort(rows.begin(), rows.end(),
                  [](const SlabRow &a, const SlabRow &b) { return a.used.value_or(0) > b.used.value_or(0); });
        QStringList largest;
        for (const auto &row : rows.mid(0, 3)) {
            if (!row.used) continue;
            largest.append(QStringLiteral("%1 %2").arg(row.name, formatBytes(*row.used)));
            addEvidence(f.evidence, event, row.line);
        }
        if (!largest.isEmpty())
            f.summary += QLatin1Char(' ') + QCoreApplication::translate("Diagnosis", "Largest caches: %1.")
                                                .arg(largest.join(QStringLiteral(", ")));
        f.remedy = QCoreApplication::translate(
            "Diagnosis", "Kernel memory that cannot be reclaimed grew large: suspect a kernel or driver "
                         "leak (or a debug feature such as kmemleak); watch slabtop or /proc/slabinfo "
                         "for the growing cache and update or report the module behind it.");
        return f;
    }
};

} // namespace

std::unique_ptr<FindingRule> makeSlabUnreclaimableHighRule() {
    return std::make_unique<SlabUnreclaimableHighRule>();
}

} // namespace oomlens
