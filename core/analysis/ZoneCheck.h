// The page allocator's zone check, redone from what an OOM report prints.
//
// mm/page_alloc.c __zone_watermark_ok() lets an allocation of 2^order pages take a zone when
//   free - unusable  >  min + lowmem_reserve[highest_zoneidx]                 (order-0 check)
// and, for order > 0, a free block of that order or larger exists in a free list the request may
// use (MIGRATE_UNMOVABLE/MOVABLE/RECLAIMABLE, CMA only with ALLOC_CMA, HIGHATOMIC only for
// ALLOC_HARDER). "unusable" (__zone_watermark_unusable_free()) is the high-atomic reserve and,
// for requests that may not use CMA, free_cma. The printed min already includes watermark_boost
// (min_wmark_pages()); boosting is a request to compact, not a shortage, so "below min" here is
// judged against the unboosted min and "above min" against the boosted one: a zone between the
// two counts as neither.
//
// Which zones a request may use comes from the GFP zone modifiers (include/linux/gfp.h gfp_zone(),
// GFP_ZONE_TABLE): bits 0-3 (__GFP_DMA 0x01, __GFP_HIGHMEM 0x02, __GFP_DMA32 0x04, __GFP_MOVABLE
// 0x08) have had these values since 2.6.31, so even a hex-only mask tells the highest zone.
#pragma once

#include "model/OomEvent.h"

#include <QList>
#include <QSet>

#include <optional>

namespace oomlens {

// In the kernel's zone order (enum zone_type): an allocation may use its highest zone and every
// zone below it.
enum class ZoneType { Dma, Dma32, Normal, HighMem, Movable, Device, Unknown };
ZoneType zoneTypeOf(const QString &name);

struct AllocationRequest {
    std::optional<int> order;            // -1 = sysrq-f manual OOM, not an allocation
    std::optional<ZoneType> highestZone; // gfp_zone(); absent when the mask is unknown
    bool canUseCma = false;              // movable requests may use CMA pageblocks (ALLOC_CMA)
    LineNo line = 0;                     // the invoker line
};
AllocationRequest requestOf(const OomEvent &event);

// "0-1,3" -> {0,1,3}; absent for "(null)", empty or unparsable text.
std::optional<QSet<int>> parseNodeList(const QString &text);

struct ZoneState {
    const ZoneWatermarks *zone = nullptr;
    const BuddyLine *buddy = nullptr; // the buddy line of the same node and zone, if printed
    ZoneType type = ZoneType::Unknown;
    bool usable = true;               // the request may take pages here (true when the mask is unknown)
    Bytes usableFree = 0;             // free - free_cma (if no CMA) - reserved_highatomic
    std::optional<Bytes> reserveLow;  // lowmem_reserve for the request, bytes: lower bound ...
    std::optional<Bytes> reserveHigh; // ... and upper bound (equal when the request is known)
    bool belowMin = false;            // fails the order-0 check even without boosting
    bool aboveMin = false;            // passes the order-0 check (boost and reserve counted)
    // At or below the low watermark (+ reserve, unboosted): kswapd's wake-up mark. The report prints
    // after reclaim has failed and free counts drift up while it prints (pages freed by exiting
    // tasks, per-cpu lists drained), so a zone between min and low is no evidence of room.
    bool belowLow = false;
    std::optional<bool> hasBlock; // usable free block of order >= request order (order > 0)
};

// Every printed zone with its verdict for `request`; only zones of `allowedNodes` when given.
QList<ZoneState> zoneStates(const OomEvent &event, const AllocationRequest &request,
                            const std::optional<QSet<int>> &allowedNodes = std::nullopt);

} // namespace oomlens
