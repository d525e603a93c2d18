// SPDX-License-Identifier: GPL-2.0-or-later
#include "History.h"

#include <algorithm>
#include <cassert>

namespace oomlens {

History::History(std::size_t capacity, std::size_t budgetBytes)
    : m_capacity(std::max<std::size_t>(1, capacity))
    , m_budget(budgetBytes) {
    // The slots are allocated once (capacity x sizeof(HostSample), ~350 KiB for an hour); only
    // the per-sample zone arrays come and go.
    m_ring.resize(m_capacity);
}

void History::append(const Snapshot &snapshot) {
    const std::vector<ZoneKey> layout = zoneLayoutOf(snapshot);
    append(sampleFromSnapshot(snapshot, layout), layout);
}

void History::append(HostSample sample, const std::vector<ZoneKey> &layout) {
    if (m_layouts.empty() || m_layouts.back() != layout) {
        // Layouts change only on memory hotplug; keep each once. Past 65,535 changes start over.
        if (m_layouts.size() >= 0xffff) clear();
        m_layouts.push_back(layout);
    }
    sample.layout = std::uint16_t(m_layouts.size() - 1);
    sample.zones.shrink_to_fit();
    const std::size_t bytes = sample.footprint();
    while (m_count > 0 && (m_count >= m_capacity || m_bytes + bytes > m_budget))
        dropOldest();
    m_ring[(m_head + m_count) % m_capacity] = std::move(sample);
    ++m_count;
    m_bytes += bytes;
}

void History::dropOldest() {
    HostSample &old = m_ring[m_head];
    m_bytes -= old.footprint();
    old.zones = {}; // release its heap now, not when the slot is reused
    m_head = (m_head + 1) % m_capacity;
    --m_count;
    ++m_dropped;
    if (m_count == 0) m_head = 0;
}

void History::clear() {
    m_ring.assign(m_capacity, HostSample{});
    m_head = 0;
    m_count = 0;
    m_bytes = 0;
    m_layouts.clear();
}

const HostSample &History::at(std::size_t i) const {
    assert(i < m_count);
    return m_ring[(m_head + i) % m_capacity];
}

const std::vector<ZoneKey> &History::layoutOf(const HostSample &sample) const {
    static const std::vector<ZoneKey> none;
    return sample.layout < m_layouts.size() ? m_layouts[sample.layout] : none;
}

int History::zoneIndex(const HostSample &sample, int node, const QString &zone) const {
    const auto &layout = layoutOf(sample);
    for (std::size_t i = 0; i < layout.size() && i < sample.zones.size(); ++i)
        if (layout[i].node == node && layout[i].zone == zone) return int(i);
    return -1;
}

} // namespace oomlens
