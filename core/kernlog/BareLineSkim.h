// The idle hot path of a big bare-dmesg log: most of its lines are ordinary kernel chatter that
// the report builder would only count. This proves it for whole runs of lines at once instead of
// framing them one by one (LogAnalysis.cpp calls it while no report is open for host-less lines).
//
// A line is *ordinary bare* when the full path (LineFramer, ReportBuilder) would do nothing with it
// but count it: a printk stamp "[ 1234.567890] " and then a message that is not empty, does not
// start with '[' (a caller id), names no host ("[..] host kernel:", journalctl short-monotonic),
// does not end in whitespace (a mail client's soft line break) and holds no report marker
// (ReportBuilder::mayStartReport()).
#pragma once

#include "SkimMasks.h"
#include "TextScan.h"

#include <cstdint>

namespace oomlens::kernlog {

// The exact test for one line (without its '\n').
bool isOrdinaryBareLine(string_view raw);

struct BareRun {
    size_t bytes = 0; // whole lines taken, each with its '\n'
    std::int64_t lines = 0;
};

// The run of ordinary bare lines at the start of [from, end): it stops before the first line that
// is not one, that has no '\n' before `end`, or that is longer than 4 KiB (those take the full
// path). Taking a line here has exactly the effect isOrdinaryBareLine() promises, so a caller may
// count the run and go on after it.
//
// How: the block is classified 64 bytes at a time into bit masks (SIMD): newlines, and the
// two-byte anchors every mid-line marker must contain ('n' and 'k' three apart for " invoked oom",
// 'f' and 'u' four apart for " failure", 'k' and 'n' three apart for "kernel"). A line without
// an anchor needs only its stamp and first bytes checked; the rare line with one gets the exact test.
BareRun skimOrdinaryBareLines(const char *from, const char *end);
BareRun skimOrdinaryBareLines(const char *from, const char *end, SkimIsa isa); // for the tests

} // namespace oomlens::kernlog
