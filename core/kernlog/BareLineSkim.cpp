#include "BareLineSkim.h"

#include "LineFramer.h"
#include "ReportBuilder.h"

#include "LineSkim.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace oomlens::kernlog {

namespace {

// The printk stamp of a line of at least 17 bytes, for the common "[%5lu.%06lu]" up to 15 bytes
// inside the brackets: one 16-byte compare. Returns what uptimeBracketLength() returns, or 0 when
// it cannot tell (a longer or odd stamp): the caller then asks uptimeBracketLength() itself.
inline size_t quickStampLength(const char *s) {
#ifdef __SSE2__
    if (s[0] != '[') return 0;
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + 1)); // bit j: s[1 + j]
    const unsigned close = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(']'))));
    if (close == 0) return 0;
    const unsigned at = unsigned(__builtin_ctz(close)); // first ']'
    const unsigned inside = (1u << at) - 1;
    const unsigned spaces = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))));
    const unsigned dots = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('.'))));
    const unsigned digits = unsigned(_mm_movemask_epi8(
        _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('/')), _mm_cmplt_epi8(v, _mm_set1_epi8(':')))));
    const unsigned lead = unsigned(__builtin_ctz(~spaces)); // spaces after '['
    const unsigned body = inside & ~((1u << lead) - 1);     // the rest up to ']'
    // Like uptimeBracketLength(): spaces, then digits and dots starting with a digit, one dot at least.
    if (lead < at && (digits >> lead & 1u) && (body & ~(digits | dots)) == 0 && (body & dots) != 0)
        return at + 2;
#else
    (void)s;
#endif
    return 0;
}

// The first bytes ReportBuilder::startsWithReportMarker() has a marker for (its switch): a message
// starting with any other byte starts none, without the call.
struct MarkerFirstBytes {
    bool may[256] = {};
    constexpr MarkerFirstBytes() {
        for (const char c : string_view("oOMKNDHCT[maAUsSLP"))
            may[static_cast<unsigned char>(c)] = true;
    }
};
constexpr MarkerFirstBytes kMarkerFirst;

// The tests of isOrdinaryBareLine(). The two that look inside the message are asked for only when
// the caller has not proved them false: `hostCheck` ("[ 12.3] host kernel: msg" is journalctl -o
// short-monotonic, a host, so not bare) and `midCheck` (a marker after a comm). A pure predicate:
// the order of the tests does not change the answer.
[[gnu::always_inline]] inline bool ordinaryBare(string_view raw, bool hostCheck, bool midCheck) {
    size_t n = raw.size() >= 17 ? quickStampLength(raw.data()) : 0;
    if (n == 0) n = uptimeBracketLength(raw);
    if (n == 0 || n + 1 >= raw.size() || raw[n] != ' ' || isSpace(raw.back())) return false;
    string_view msg = raw.substr(n + 1);
    while (!msg.empty() && msg[0] == ' ')
        msg.remove_prefix(1);
    if (msg.empty() || msg[0] == '[') return false;
    if (kMarkerFirst.may[static_cast<unsigned char>(msg[0])] && ReportBuilder::startsWithReportMarker(msg))
        return false;
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

BareRun skimOrdinaryBareLines(const char *from, const char *end, SkimIsa isa) {
    const SkimRun run = walkLines(
        from, end, fillFor(isa), [](char first) { return first == '['; },
        [](string_view line, bool hostHit, bool midHit) {
            return ordinaryBare(line, hostHit, midHit) ? LineVerdict::TakeAndCount : LineVerdict::Stop;
        });
    return {run.bytes, run.lines};
}

BareRun skimOrdinaryBareLines(const char *from, const char *end) {
    static const SkimIsa best = bestSkimIsa();
    return skimOrdinaryBareLines(from, end, best);
}

} // namespace oomlens::kernlog
