// Units used across the core: everything is stored in bytes (or pages plus the page size),
// formatting happens at the edge.
#pragma once

#include <cstdint>
#include <optional>

namespace oomlens {

using Bytes = std::uint64_t;
using OptBytes = std::optional<Bytes>;

constexpr Bytes KiB = 1024;
constexpr Bytes MiB = 1024 * KiB;
constexpr Bytes GiB = 1024 * MiB;

} // namespace oomlens
