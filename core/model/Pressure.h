// Pressure stall information (PSI) of one resource: /proc/pressure/memory or a cgroup's
// memory.pressure. Kernel: kernel/sched/psi.c psi_show() (4.20+, CONFIG_PSI).
#pragma once

#include <QtGlobal>

#include <optional>

namespace oomlens {

struct PressureLine {
    double avg10 = 0;    // percent of wall time stalled over the last 10 s (2 decimals)
    double avg60 = 0;    // ... 60 s
    double avg300 = 0;   // ... 300 s
    quint64 totalUs = 0; // cumulative stall time in microseconds

    friend bool operator==(const PressureLine &, const PressureLine &) = default;
};

struct Pressure {
    std::optional<PressureLine> some; // some tasks stalled
    std::optional<PressureLine> full; // all non-idle tasks stalled (irq PSI has only this)

    friend bool operator==(const Pressure &, const Pressure &) = default;
};

} // namespace oomlens
