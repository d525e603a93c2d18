// /proc/pressure/{memory,io,cpu,irq} and a cgroup's memory.pressure (PSI, 4.20+).
//
// Kernel: kernel/sched/psi.c psi_show():
//     "%s avg10=%lu.%02lu avg60=%lu.%02lu avg300=%lu.%02lu total=%llu\n" for "some" and "full".
// Sample:
//     some avg10=0.00 avg60=0.12 avg300=0.05 total=1234567
//     full avg10=0.00 avg60=0.00 avg300=0.00 total=456789
// irq has only a "full" line; cpu had only "some" before ~5.13. Pre-upstream Facebook kernels
// printed "aggr N" / "some 1.11 2.22 3.33": reported as an unsupported format, never a crash.
#pragma once

#include "ParseResult.h"
#include "model/Pressure.h"

#include <QByteArrayView>

namespace oomlens {

ParseResult<Pressure> parsePressure(QByteArrayView text);

} // namespace oomlens
