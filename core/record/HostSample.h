// SPDX-License-Identifier: GPL-2.0-or-later
// HostSample: the few numbers of one live sample that the views plot over time, stored compactly
// so that History can keep an hour at 1 s in a small, fixed budget (see History.h).
//
// Not a Snapshot: a Snapshot of this host is ~1 MB with its processes; a HostSample is
// 64 bytes plus ~100 bytes per populated zone. Values the kernel did not print are stored as a
// sentinel and come back as std::nullopt.
#pragma once

#include "model/Snapshot.h"

#include <QString>

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace oomlens {

// Which zone a ZoneSample belongs to; History keeps the list once per layout, not per sample.
struct ZoneKey {
    int node = 0;
    QString zone;
    friend bool operator==(const ZoneKey &, const ZoneKey &) = default;
};

struct ZoneSample {
    // Orders kept per zone. MAX_PAGE_ORDER is 10 on x86-64 (11 columns in buddyinfo); arm64 with
    // 64K pages has 13 (include/linux/mmzone.h); 16 leaves room.
    static constexpr int kMaxOrders = 16;
    static constexpr std::uint32_t kAbsent = std::numeric_limits<std::uint32_t>::max();

    std::uint32_t free = kAbsent; // pages ("pages free" in zoneinfo)
    std::uint32_t min = kAbsent;  // watermarks, pages
    std::uint32_t low = kAbsent;
    std::uint32_t high = kAbsent;
    std::uint8_t orders = 0; // number of buddy orders present; 0 = no buddyinfo line
    std::array<std::uint32_t, kMaxOrders> buddy{};

    static std::optional<quint64> get(std::uint32_t v) {
        return v == kAbsent ? std::nullopt : std::optional<quint64>(v);
    }
    static std::uint32_t put(std::optional<quint64> v) {
        return v && *v < kAbsent ? std::uint32_t(*v) : kAbsent;
    }
};

struct HostSample {
    static constexpr std::uint64_t kAbsent = std::numeric_limits<std::uint64_t>::max();

    qint64 timeMs = 0;                    // ms since the epoch
    std::uint64_t memTotal = kAbsent;     // bytes
    std::uint64_t memAvailable = kAbsent; // bytes
    std::uint64_t swapTotal = kAbsent;    // bytes
    std::uint64_t swapFree = kAbsent;     // bytes
    std::uint64_t oomKill = kAbsent;      // vmstat oom_kill (4.13+)
    float psiSomeAvg10 = -1;              // percent; < 0 = absent
    float psiFullAvg10 = -1;
    std::uint16_t layout = 0; // index into History's zone layouts
    std::vector<ZoneSample> zones;

    static std::optional<quint64> get(std::uint64_t v) {
        return v == kAbsent ? std::nullopt : std::optional<quint64>(v);
    }

    // Heap + inline bytes this sample occupies (malloc overhead estimated at 16 bytes).
    std::size_t footprint() const { return sizeof(HostSample) + zones.capacity() * sizeof(ZoneSample) + 16; }
};

// The populated zones of a snapshot, in node/zone order (empty zones carry nothing to plot).
std::vector<ZoneKey> zoneLayoutOf(const Snapshot &snapshot);

// Extracts the compact sample; `layout` must be zoneLayoutOf(snapshot).
HostSample sampleFromSnapshot(const Snapshot &snapshot, const std::vector<ZoneKey> &layout);

} // namespace oomlens
