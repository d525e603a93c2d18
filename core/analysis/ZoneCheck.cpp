#include "analysis/ZoneCheck.h"

#include <QRegularExpression>

#include <algorithm>

namespace oomlens {

namespace {

// GFP zone modifier bits, stable since 2.6.31 (include/linux/gfp.h / gfp_types.h).
constexpr std::uint64_t GfpDma = 0x01, GfpHighmem = 0x02, GfpDma32 = 0x04, GfpMovable = 0x08;

std::optional<std::uint64_t> zoneBitsFromFlags(const QStringList &flags) {
    if (flags.isEmpty()) return std::nullopt;
    std::uint64_t bits = 0;
    for (const auto &f : flags) {
        // Composite names that carry zone modifiers (GFP_HIGHUSER_MOVABLE = GFP_HIGHUSER |
        // __GFP_MOVABLE; GFP_TRANSHUGE(_LIGHT) builds on GFP_HIGHUSER_MOVABLE).
        if (f.contains(QLatin1String("HIGHUSER_MOVABLE")) || f.startsWith(QLatin1String("GFP_TRANSHUGE")))
            bits |= GfpHighmem | GfpMovable;
        else if (f == QLatin1String("GFP_HIGHUSER") || f == QLatin1String("__GFP_HIGHMEM"))
            bits |= GfpHighmem;
        else if (f == QLatin1String("__GFP_MOVABLE"))
            bits |= GfpMovable;
        else if (f == QLatin1String("GFP_DMA") || f == QLatin1String("__GFP_DMA"))
            bits |= GfpDma;
        else if (f == QLatin1String("GFP_DMA32") || f == QLatin1String("__GFP_DMA32"))
            bits |= GfpDma32;
    }
    return bits;
}

// Kernels before 2.6.31 used other bit values for __GFP_MOVABLE: do not read their hex masks.
bool hexZoneBitsTrustworthy(const OomEvent &event) {
    if (!event.cpu || event.cpu->kernelRelease.isEmpty()) return true;
    static const QRegularExpression old(QStringLiteral("^2\\.6\\.(\\d+)"));
    const auto m = old.match(event.cpu->kernelRelease);
    return !m.hasMatch() || m.captured(1).toInt() >= 31;
}

// GFP_ZONE_TABLE: MOVABLE alone stays in Normal; MOVABLE|HIGHMEM reaches ZONE_MOVABLE.
ZoneType highestZoneFor(std::uint64_t bits) {
    if (bits & GfpDma) return ZoneType::Dma;
    if (bits & GfpDma32) return ZoneType::Dma32;
    if ((bits & GfpHighmem) && (bits & GfpMovable)) return ZoneType::Movable;
    if (bits & GfpHighmem) return ZoneType::HighMem;
    return ZoneType::Normal;
}

bool sameNode(std::optional<int> a, std::optional<int> b) {
    return a == b;
}

// Free-list letters the request may allocate from (show_migration_types(): U unmovable,
// M movable, E reclaimable, R reserve before 4.4, C CMA, H high-atomic, I isolate).
bool blockUsable(const QString &letters, bool canUseCma) {
    if (letters.isEmpty()) return true; // not printed: the count is all we know
    for (QChar c : letters) {
        if (c == u'U' || c == u'M' || c == u'E' || c == u'R') return true;
        if (c == u'C' && canUseCma) return true;
    }
    return false;
}

} // namespace

ZoneType zoneTypeOf(const QString &name) {
    if (name == QLatin1String("DMA")) return ZoneType::Dma;
    if (name == QLatin1String("DMA32")) return ZoneType::Dma32;
    if (name == QLatin1String("Normal")) return ZoneType::Normal;
    if (name == QLatin1String("HighMem")) return ZoneType::HighMem;
    if (name == QLatin1String("Movable")) return ZoneType::Movable;
    if (name == QLatin1String("Device")) return ZoneType::Device;
    return ZoneType::Unknown;
}

AllocationRequest requestOf(const OomEvent &event) {
    AllocationRequest r;
    if (!event.invoker) return r;
    r.line = event.invoker->line;
    r.order = event.invoker->order;
    if (const auto &gfp = event.invoker->gfpMask) {
        std::optional<std::uint64_t> bits = zoneBitsFromFlags(gfp->flags);
        if (!bits && gfp->value && hexZoneBitsTrustworthy(event)) bits = *gfp->value & 0x0f;
        if (bits) {
            r.highestZone = highestZoneFor(*bits);
            r.canUseCma = (*bits & GfpMovable) != 0;
        }
    }
    return r;
}

std::optional<QSet<int>> parseNodeList(const QString &text) {
    const QString t = text.trimmed();
    if (t.isEmpty() || t == QLatin1String("(null)")) return std::nullopt;
    QSet<int> nodes;
    for (const auto &part : t.split(u',')) {
        const auto range = part.split(u'-');
        bool ok1 = false, ok2 = true;
        const int from = range.value(0).toInt(&ok1);
        const int to = range.size() == 2 ? range.value(1).toInt(&ok2) : from;
        if (!ok1 || !ok2 || range.size() > 2 || to < from || to - from > 4096) return std::nullopt;
        for (int n = from; n <= to; ++n)
            nodes.insert(n);
    }
    return nodes;
}

QList<ZoneState> zoneStates(const OomEvent &event, const AllocationRequest &request,
                            const std::optional<QSet<int>> &allowedNodes) {
    QList<ZoneState> out;
    for (const auto &z : event.zones) {
        if (allowedNodes && (!z.node || !allowedNodes->contains(*z.node))) continue;
        if (!z.free || !z.min) continue; // a zone line cut before its watermarks proves nothing
        ZoneState s;
        s.zone = &z;
        s.type = zoneTypeOf(z.zone);
        for (const auto &b : event.buddy)
            if (sameNode(b.node, z.node) && b.zone == z.zone) s.buddy = &b;
        s.usable = !request.highestZone || (s.type != ZoneType::Unknown && s.type <= *request.highestZone);

        // The zones of this node as printed, in kernel order: lowmem_reserve[] is indexed by zone
        // index, taken here as the rank among the printed zones (unpopulated zones sit above them).
        QList<ZoneType> nodeTypes;
        for (const auto &other : event.zones)
            if (sameNode(other.node, z.node)) nodeTypes.append(zoneTypeOf(other.zone));
        std::sort(nodeTypes.begin(), nodeTypes.end());
        const auto toBytes = [&](std::uint64_t pages) -> std::optional<Bytes> {
            if (pages == 0) return Bytes(0);
            return event.pageSize ? std::optional<Bytes>(pages * *event.pageSize) : std::nullopt;
        };
        if (request.highestZone) {
            ZoneType top = s.type; // the highest printed zone the request may use on this node
            for (ZoneType t : nodeTypes)
                if (t <= *request.highestZone) top = std::max(top, t);
            const auto index = nodeTypes.indexOf(top);
            if (top == s.type)
                s.reserveLow = s.reserveHigh = Bytes(0); // own index: always 0
            else if (index >= 0 && index < z.lowmemReserve.size())
                s.reserveLow = s.reserveHigh = toBytes(z.lowmemReserve.at(index));
        } else {
            s.reserveLow = Bytes(0);
            std::uint64_t most = 0;
            for (auto v : z.lowmemReserve)
                most = std::max(most, v);
            if (!z.lowmemReserve.isEmpty() || s.type == nodeTypes.last()) s.reserveHigh = toBytes(most);
        }

        Bytes unusable = z.reservedHighatomic.value_or(0);
        if (!request.canUseCma) unusable += z.freeCma.value_or(0);
        s.usableFree = *z.free > unusable ? *z.free - unusable : 0;
        const Bytes boost = z.boost.value_or(0);
        const Bytes unboostedMin = *z.min > boost ? *z.min - boost : 0;
        if (s.reserveLow) s.belowMin = s.usableFree <= unboostedMin + *s.reserveLow;
        if (s.reserveLow && z.low) {
            const Bytes unboostedLow = *z.low > boost ? *z.low - boost : 0;
            s.belowLow = s.usableFree <= std::max(unboostedLow, unboostedMin) + *s.reserveLow;
        }
        if (s.reserveHigh) s.aboveMin = s.usableFree > *z.min + *s.reserveHigh;

        if (request.order && *request.order > 0 && s.buddy && !s.buddy->orders.isEmpty()) {
            bool found = false;
            for (qsizetype o = *request.order; o < s.buddy->orders.size(); ++o) {
                const auto &bo = s.buddy->orders.at(o);
                found = found || (bo.count > 0 && blockUsable(bo.migrateTypes, request.canUseCma));
            }
            // A buddy line shorter than the requested order simply has no such block.
            s.hasBlock = found;
        }
        out.append(s);
    }
    return out;
}

} // namespace oomlens
