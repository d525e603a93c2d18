#include "BareLineSkim.h"

#include "LineSkim.h"
#include "ReportBuilder.h"

namespace oomlens::kernlog {

namespace {

// The dmesg -T bracket of the line before: lines of the same second carry the same one, and the
// framer's verdict on a bracket depends on its bytes up to the ']' only (LineFramer.h).
struct WallStampCache {
    char text[64];
    size_t length = 0;
};

// The stamp of a bare line: a printk uptime "[ 12.345678]" or a dmesg -T clock "[Sat Sep 11
// 12:24:42 2021]" (also localised); 0 if neither.
[[gnu::always_inline]] inline size_t bareStampLength(string_view raw, WallStampCache &cache) {
    // (A line that starts with the cached bracket has no uptime stamp: both are decided by then.)
    if (cache.length && raw.size() > cache.length && memcmp(raw.data(), cache.text, cache.length) == 0)
        return cache.length;
    if (const size_t n = stampLength(raw)) return n;
    const size_t n = wallClockBracketLength(raw);
    if (n && n <= sizeof cache.text) {
        memcpy(cache.text, raw.data(), n);
        cache.length = n;
    }
    return n;
}

// The tests of isOrdinaryBareLine(). The two that look inside the message are asked for only when
// the caller has not proved them false: `hostCheck` ("[ 12.3] host kernel: msg" is journalctl -o
// short-monotonic, a host, so not bare) and `midCheck` (a marker after a comm). A pure predicate
// but for the stamp cache: the order of the tests does not change the answer.
[[gnu::always_inline]] inline bool ordinaryBare(string_view raw, bool hostCheck, bool midCheck,
                                                WallStampCache &cache) {
    const size_t n = bareStampLength(raw, cache);
    if (n == 0 || n + 1 >= raw.size() || raw[n] != ' ' || isSpace(raw.back())) return false;
    string_view msg = raw.substr(n + 1);
    while (!msg.empty() && msg[0] == ' ')
        msg.remove_prefix(1);
    if (msg.empty()) return false;
    // A second bracket: a caller id "[T123]" or a stamp is framing, "[drm] ..." is message text.
    if (msg[0] == '[' && !isPlainTextBracket(msg)) return false;
    if (startsWithReportMarker(msg)) return false;
    if (hostCheck) {
        const size_t sp = msg.substr(0, 65).find(' ');
        if (sp != string_view::npos && startsWith(msg.substr(sp + 1), "kernel")) return false;
    }
    return !midCheck || !ReportBuilder::hasMidLineMarker(msg);
}

} // namespace

bool isOrdinaryBareLine(string_view raw) {
    WallStampCache none;
    return ordinaryBare(raw, true, true, none);
}

SkimRun skimOrdinaryBareLines(const char *from, const char *end, SkimIsa isa) {
    WallStampCache cache;
    return walkLines<true>(
        from, end, fillFor(isa), [](char first) { return first == '['; },
        [&](string_view line, const LineHits &hits) {
            return ordinaryBare(line, hits.host, hits.midLine, cache) ? LineVerdict::TakeAndCount
                                                                      : LineVerdict::Stop;
        });
}

SkimRun skimOrdinaryBareLines(const char *from, const char *end) {
    static const SkimIsa best = bestSkimIsa();
    return skimOrdinaryBareLines(from, end, best);
}

} // namespace oomlens::kernlog
