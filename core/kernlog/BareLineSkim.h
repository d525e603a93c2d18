// The idle hot path of a big bare-dmesg log: most of its lines are ordinary kernel chatter that
// the report builder would only count. This proves it for whole runs of lines at once instead of
// framing them one by one (LogAnalysis.cpp calls it while no report is open for host-less lines).
//
// A line is *ordinary bare* when the full path (LineFramer, ReportBuilder) would do nothing with it
// but count it: a printk stamp "[ 1234.567890] " or a dmesg -T one "[Sat Sep 11 12:24:42 2021] ",
// then a message that is not empty, does not start with a bracket the framer takes (a caller id
// "[T123]"; "[drm] ..." is text), names no host ("[..] host kernel:", journalctl short-monotonic),
// does not end in whitespace (a mail client's soft line break) and holds no report marker
// (ReportBuilder::mayStartReport()).
#pragma once

#include "SkimMasks.h"
#include "TextScan.h"

#include <cstdint>

namespace oomlens::kernlog {

// The exact test for one line (without its '\n').
bool isOrdinaryBareLine(string_view raw);

// The run of ordinary bare lines at the start of [from, end): it stops before the first line that
// is not one, that has no '\n' before `end`, or that is longer than 4 KiB (those take the full
// path). Taking a line here has exactly the effect isOrdinaryBareLine() promises, so a caller may
// count the run (`counted` == `lines`) and go on after it.
//
// How: the block is classified 64 bytes at a time into bit masks (SkimMasks.h); a line whose
// anchors start no marker needs only its stamp and first bytes checked (LineSkim.h).
SkimRun skimOrdinaryBareLines(const char *from, const char *end);
SkimRun skimOrdinaryBareLines(const char *from, const char *end, SkimIsa isa); // for the tests

} // namespace oomlens::kernlog
