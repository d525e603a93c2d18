// SPDX-License-Identifier: GPL-2.0-or-later
#include "WatermarkData.h"

namespace oomlens::ui {

std::optional<double> ZoneAtOom::relative(OptBytes value) const {
    if (!value || !high || *high == 0) return std::nullopt;
    return double(*value) / double(*high);
}

QList<NodeWatermarks> watermarksOf(const OomEvent &event) {
    QList<NodeWatermarks> nodes;
    for (const ZoneWatermarks &z : event.zones) {
        auto it = std::find_if(nodes.begin(), nodes.end(),
                               [&](const NodeWatermarks &n) { return n.node == z.node; });
        if (it == nodes.end()) {
            nodes.append(NodeWatermarks{z.node, {}});
            it = nodes.end() - 1;
        }
        const bool duplicate = std::any_of(it->zones.cbegin(), it->zones.cend(),
                                           [&](const ZoneAtOom &b) { return b.zone == z.zone; });
        if (duplicate) continue;
        it->zones.append(
            ZoneAtOom{z.zone, z.line, z.free, z.min, z.low, z.high, z.freeCma, z.boost, z.managed});
    }
    std::stable_sort(nodes.begin(), nodes.end(), [](const NodeWatermarks &a, const NodeWatermarks &b) {
        return a.node.value_or(-1) < b.node.value_or(-1);
    });
    return nodes;
}

} // namespace oomlens::ui
