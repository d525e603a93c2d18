// SPDX-License-Identifier: GPL-2.0-or-later
// Formatting at the edge: the core stores bytes and counts, views show them with units.
// Absent values (std::optional without a value) always read "n/a", never 0.
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace oomlens::ui::format {

// "n/a", translated.
QString notAvailable();
// 1536 -> "1.5 KiB"; binary units, one decimal above KiB.
QString bytes(std::uint64_t value);
QString bytes(std::optional<std::uint64_t> value);
// Locale-aware integer with group separators.
QString count(std::optional<std::uint64_t> value);
QString signedCount(std::optional<std::int64_t> value);
// 0.1234 -> "12.3 %".
QString percent(std::optional<double> fraction);
// A PSI average (already in percent in the kernel file): "3.25 %".
QString psi(std::optional<double> percentValue);

} // namespace oomlens::ui::format
