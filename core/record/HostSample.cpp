// SPDX-License-Identifier: GPL-2.0-or-later
#include "HostSample.h"

#include <algorithm>

namespace oomlens {

std::vector<ZoneKey> zoneLayoutOf(const Snapshot &snapshot) {
    std::vector<ZoneKey> layout;
    for (const MemoryNode &node : snapshot.nodes)
        for (const Zone &zone : node.zones)
            if (zone.isPopulated()) layout.push_back({node.id, zone.name});
    return layout;
}

static std::uint64_t orAbsent(std::optional<quint64> v) {
    return v ? *v : HostSample::kAbsent;
}

HostSample sampleFromSnapshot(const Snapshot &s, const std::vector<ZoneKey> &layout) {
    HostSample out;
    out.timeMs = s.time.toMSecsSinceEpoch();
    out.memTotal = orAbsent(s.meminfoValue(QStringLiteral("MemTotal")));
    out.memAvailable = orAbsent(s.meminfoValue(QStringLiteral("MemAvailable")));
    out.swapTotal = orAbsent(s.meminfoValue(QStringLiteral("SwapTotal")));
    out.swapFree = orAbsent(s.meminfoValue(QStringLiteral("SwapFree")));
    const auto oom = s.vmstat.constFind(QStringLiteral("oom_kill"));
    if (oom != s.vmstat.constEnd()) out.oomKill = *oom;
    if (s.memoryPressure) {
        if (s.memoryPressure->some) out.psiSomeAvg10 = float(s.memoryPressure->some->avg10);
        if (s.memoryPressure->full) out.psiFullAvg10 = float(s.memoryPressure->full->avg10);
    }
    out.zones.reserve(layout.size());
    for (const ZoneKey &key : layout) {
        ZoneSample z;
        for (const MemoryNode &node : s.nodes) {
            if (node.id != key.node) continue;
            for (const Zone &zone : node.zones) {
                if (zone.name != key.zone) continue;
                z.free = ZoneSample::put(zone.freePages);
                z.min = ZoneSample::put(zone.minPages);
                z.low = ZoneSample::put(zone.lowPages);
                z.high = ZoneSample::put(zone.highPages);
                if (zone.buddy) {
                    const int n = std::min<int>(int(zone.buddy->size()), ZoneSample::kMaxOrders);
                    z.orders = std::uint8_t(n);
                    for (int o = 0; o < n; ++o)
                        z.buddy[std::size_t(o)] =
                            std::uint32_t(std::min<quint64>(zone.buddy->at(o), ZoneSample::kAbsent - 1));
                }
            }
        }
        out.zones.push_back(z);
    }
    return out;
}

} // namespace oomlens
