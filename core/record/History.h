// SPDX-License-Identifier: GPL-2.0-or-later
// History: a bounded ring buffer of HostSamples for the live views' time series.
//
// Memory budget (stated, enforced, tested in tests/core/tst_history.cpp):
//   - capacity: 3,600 samples by default = one hour at the default 1 s interval (longer at slower
//     intervals);
//   - budget: 16 MiB for the samples (HostSample::footprint(): 104 bytes + 84 bytes per populated
//     zone, measured in tst_liverecord). A one-node host with 3 zones needs 356 bytes per sample,
//     1.2 MiB for the hour; the budget holds a full hour for hosts with up to 54 populated zones
//     (e.g. 16 nodes x 3 zones).
//     On bigger hosts the oldest samples are dropped earlier: the budget wins over the capacity.
// Whole Snapshots are never kept here; the views keep only the latest one.
#pragma once

#include "HostSample.h"

#include <cstddef>
#include <vector>

namespace oomlens {

class History {
public:
    static constexpr std::size_t kDefaultCapacity = 3600;
    static constexpr std::size_t kDefaultBudgetBytes = std::size_t(16) * 1024 * 1024;

    explicit History(std::size_t capacity = kDefaultCapacity, std::size_t budgetBytes = kDefaultBudgetBytes);

    // Appends the compact form of a snapshot, dropping the oldest samples to stay within both the
    // capacity and the budget.
    void append(const Snapshot &snapshot);
    void append(HostSample sample, const std::vector<ZoneKey> &layout);
    void clear();

    std::size_t size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    std::size_t capacity() const { return m_capacity; }
    std::size_t budgetBytes() const { return m_budget; }
    // Bytes held by the samples now (sum of HostSample::footprint()).
    std::size_t bytesUsed() const { return m_bytes; }

    // 0 = oldest, size() - 1 = newest.
    const HostSample &at(std::size_t i) const;
    const HostSample &latest() const { return at(m_count - 1); }
    const std::vector<ZoneKey> &layoutOf(const HostSample &sample) const;
    // Index of a zone in sample.zones, or -1 when the sample does not have it.
    int zoneIndex(const HostSample &sample, int node, const QString &zone) const;

    // Number of evictions since construction (for tests and the status line).
    std::size_t dropped() const { return m_dropped; }

private:
    void dropOldest();

    std::size_t m_capacity;
    std::size_t m_budget;
    std::vector<HostSample> m_ring;
    std::size_t m_head = 0; // index of the oldest sample
    std::size_t m_count = 0;
    std::size_t m_bytes = 0;
    std::size_t m_dropped = 0;
    std::vector<std::vector<ZoneKey>> m_layouts;
};

} // namespace oomlens
