// The idle hot path of a big classic-syslog log (/var/log/messages, kern.log): runs of lines
// "Mmm dd hh:mm:ss host ident: ..." (or RFC 3339 "2024-01-07T17:53:49.05+00:00 host ident: ...") of one host
// that the full path would ignore (other programs' lines) or only count (ordinary kernel lines while no
// report of that host is open), proved a block at a time like the bare dmesg lines (BareLineSkim.h,
// LineSkim.h).
#pragma once

#include "SkimMasks.h"
#include "TextScan.h"

#include <cstdint>

namespace oomlens::kernlog {

enum class SyslogLineKind {
    NotOrdinary,  // the full path must see it
    OtherProgram, // another program's line of `host`: never part of a kernel report
    Kernel,       // an ordinary kernel line of `host`: counted while no report of it is open
};

// The exact test for one line (without its '\n'). `host` is the host an unprefixed line would
// inherit (LineFramer::lastHost()): a line of another host changes the framer's state, so it is
// not ordinary. A line without the "#012" escapes of rsyslog, a trailing space (mail wrap), a
// caller id (a bracket the framer takes) or a report marker.
SyslogLineKind classifySyslogLine(string_view raw, string_view host);

// The run of lines at the start of [from, end) that classifySyslogLine() calls OtherProgram, or
// Kernel while `hostIdle` (no report of `host` open); it stops before any other line, before one
// without '\n' before `end` and before one longer than 4 KiB. `counted`: the Kernel lines.
SkimRun skimOrdinarySyslogLines(const char *from, const char *end, string_view host, bool hostIdle);
SkimRun skimOrdinarySyslogLines(const char *from, const char *end, string_view host, bool hostIdle,
                                SkimIsa isa); // for the tests

} // namespace oomlens::kernlog
