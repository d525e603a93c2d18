// fragmentation: a high-order request failed although memory was free above the watermark,
// because no free block of the requested order (or larger) was left.
//
// mm/page_alloc.c __zone_watermark_ok(): for order > 0 a zone qualifies only if it passes the
// order-0 watermark check AND "at least one suitable page is free" at order..MAX_ORDER-1 in a
// usable free list. The buddy line ("Node 0 DMA32: 266*4kB (UME) 1985*8kB (UME) 59*16kB (M)
// 0*32kB ...", mm/page_alloc.c show_free_areas()) gives the free blocks per order. Fragmentation
// is: some usable zone passes the order-0 check, yet no usable zone has a block big enough.
// Zones failing the order-0 check (e.g. DMA behind its lowmem_reserve) are not counted as room.
// Needs the order, the request's zone class and a buddy line for every usable zone; anything
// missing means this rule cannot say.
#include "analysis/DiagnosisRule.h"
#include "analysis/ReportEvidence.h"
#include "analysis/ZoneCheck.h"

namespace oomlens {

namespace {

class FragmentationRule final : public CauseRule {
public:
    QString id() const override { return QStringLiteral("fragmentation"); }

    CauseVerdict evaluate(const OomEvent &event, const EventContext &) const override {
        const AllocationRequest request = requestOf(event);
        if (!request.order || *request.order <= 0 || !request.highestZone)
            return CauseVerdict::notApplicable();
        const QList<ZoneState> states = zoneStates(event, request);
        QList<const ZoneState *> roomWithoutBlock;
        for (const auto &s : states) {
            if (!s.usable || !s.aboveMin) continue;
            if (!s.hasBlock || *s.hasBlock) return CauseVerdict::notApplicable(); // a block exists or unknown
            roomWithoutBlock.append(&s);
        }
        if (roomWithoutBlock.isEmpty()) return CauseVerdict::notApplicable();

        QList<Evidence> evidence;
        addEvidence(evidence, event, request.line);
        QStringList zones;
        for (const auto &s : states) {
            if (!s.usable) continue;
            addEvidence(evidence, event, s.zone->line);
            if (s.buddy) addEvidence(evidence, event, s.buddy->line);
        }
        for (const ZoneState *s : roomWithoutBlock)
            zones.append(zoneFreeText(*s->zone));
        const int order = *request.order;
        const QString blockSize = event.pageSize
                                      ? formatBytes(*event.pageSize << order)
                                      : QCoreApplication::translate("Diagnosis", "%1 pages").arg(1 << order);
        const QString summary =
            QCoreApplication::translate(
                "Diagnosis", "An order-%1 request (%2 contiguous) failed although free memory was above the "
                             "watermark (%3): no free block of %2 or larger was left, memory was fragmented.")
                .arg(order)
                .arg(blockSize, zones.join(QStringLiteral("; ")));
        const QString remedy = QCoreApplication::translate(
            "Diagnosis",
            "Let compaction make large blocks (vm.compaction_proactiveness, or echo 1 > "
            "/proc/sys/vm/compact_memory), keep more memory free (vm.min_free_kbytes), and ask the "
            "driver or program making the large allocation to use kvmalloc()/vmalloc() or smaller "
            "buffers.");
        return CauseVerdict::confirmed(Cause::Fragmentation, summary, remedy, evidence);
    }
};

} // namespace

std::unique_ptr<CauseRule> makeFragmentationRule() {
    return std::make_unique<FragmentationRule>();
}

} // namespace oomlens
