#include "BareLineSkim.h"

#include "LineSkim.h"
#include "ReportBuilder.h"

namespace oomlens::kernlog {

namespace {

// The tests of isOrdinaryBareLine(). The two that look inside the message are asked for only when
// the caller has not proved them false: `hostCheck` ("[ 12.3] host kernel: msg" is journalctl -o
// short-monotonic, a host, so not bare) and `midCheck` (a marker after a comm). A pure predicate:
// the order of the tests does not change the answer.
[[gnu::always_inline]] inline bool ordinaryBare(string_view raw, bool hostCheck, bool midCheck) {
    const size_t n = stampLength(raw);
    if (n == 0 || n + 1 >= raw.size() || raw[n] != ' ' || isSpace(raw.back())) return false;
    string_view msg = raw.substr(n + 1);
    while (!msg.empty() && msg[0] == ' ')
        msg.remove_prefix(1);
    if (msg.empty() || msg[0] == '[') return false;
    if (startsWithReportMarker(msg)) return false;
    if (hostCheck) {
        const size_t sp = msg.substr(0, 65).find(' ');
        if (sp != string_view::npos && startsWith(msg.substr(sp + 1), "kernel")) return false;
    }
    return !midCheck || !ReportBuilder::hasMidLineMarker(msg);
}

} // namespace

bool isOrdinaryBareLine(string_view raw) {
    return ordinaryBare(raw, true, true);
}

SkimRun skimOrdinaryBareLines(const char *from, const char *end, SkimIsa isa) {
    return walkLines<true>(
        from, end, fillFor(isa), [](char first) { return first == '['; },
        [](string_view line, const LineHits &hits) {
            return ordinaryBare(line, hits.host, hits.midLine) ? LineVerdict::TakeAndCount
                                                               : LineVerdict::Stop;
        });
}

SkimRun skimOrdinaryBareLines(const char *from, const char *end) {
    static const SkimIsa best = bestSkimIsa();
    return skimOrdinaryBareLines(from, end, best);
}

} // namespace oomlens::kernlog
