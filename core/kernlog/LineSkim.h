// The window walk both line skims share (BareLineSkim, SyslogLineSkim): masks for up to 4 KiB at a
// time (SkimMasks.h), then line by line with what the anchors in each line leave open.
#pragma once

#include "LineFramer.h"
#include "ReportBuilder.h"
#include "SkimMasks.h"
#include "TextScan.h"

#include <algorithm>
#include <cstdint>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace oomlens::kernlog {

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

// uptimeBracketLength(), through quickStampLength() where it can.
inline size_t stampLength(string_view s) {
    const size_t n = s.size() >= 17 ? quickStampLength(s.data()) : 0;
    return n ? n : uptimeBracketLength(s);
}

// ReportBuilder::startsWithReportMarker(), without the call for a first byte it has no case for.
inline bool startsWithReportMarker(string_view msg) {
    return !msg.empty() && kMarkerFirst.may[static_cast<unsigned char>(msg[0])] &&
           ReportBuilder::startsWithReportMarker(msg);
}

// What a line's anchors leave open (see SkimMasks.h): the exact tests for those only.
struct LineHits {
    bool midLine = false; // " invoked oom" or " failure" starts in the line
    bool hash = false;    // a '#' is in the line
    bool host = false;    // " kernel" is in the line
};

// Does the mid-line anchor at `a` start a marker inside the line [s, e)?
inline void midLineHitAt(const char *a, const char *s, const char *e, LineHits &hits) {
    auto at = [&](const char *p, string_view text) {
        return p >= s && size_t(e - p) >= text.size() && memcmp(p, text.data(), text.size()) == 0;
    };
    if (*a == '#')
        hits.hash = true;
    else if (*a == 'n' ? at(a - 2, " invoked oom") : at(a - 1, " failure"))
        hits.midLine = true;
}

enum class LineVerdict { Stop, Take, TakeAndCount };

// Takes lines from `from` while `test(line, hits)` takes them; stops at the first it refuses, at a
// line without '\n' before `end` and at one longer than a window. `mayStart(first byte)` is a
// cheap refusal before any mask is made. With HostAnchors false the host anchors are not looked
// at (hits.host stays false): for lines where every one would hit (syslog's " kernel:").
template <bool HostAnchors, class MayStart, class Test>
SkimRun walkLines(const char *from, const char *end, FillFn fill, MayStart mayStart, Test test) {
    SkimRun run;
    const char *s = from;   // start of the first line not yet taken
    size_t windowWords = 8; // grows: a run that ends soon costs little
    WindowMasks masks;
    while (s < end && mayStart(*s)) {
        const char *const w = s;
        const size_t words = fill(w, end, windowWords, masks);
        size_t mid = nextBit(masks.mid, words, 0);
        size_t host = HostAnchors ? nextBit(masks.host, words, 0) : words * 64;
        for (size_t i = 0; i < words; ++i) {
            for (std::uint64_t bits = masks.newlines[i]; bits; bits &= bits - 1) {
                const size_t nl = 64 * i + size_t(__builtin_ctzll(bits));
                LineHits hits;
                for (; mid < nl; mid = nextBit(masks.mid, words, mid + 1))
                    midLineHitAt(w + mid, s, w + nl, hits);
                if constexpr (HostAnchors) {
                    for (; host < nl; host = nextBit(masks.host, words, host + 1)) {
                        const char *a = w + host;
                        hits.host |= a > s && size_t(w + nl - a) >= 6 && memcmp(a - 1, " kernel", 7) == 0;
                    }
                }
                const LineVerdict verdict = test(string_view(s, size_t(w + nl - s)), hits);
                if (verdict == LineVerdict::Stop) {
                    run.bytes = size_t(s - from);
                    return run;
                }
                ++run.lines;
                run.counted += verdict == LineVerdict::TakeAndCount;
                s = w + nl + 1;
            }
        }
        run.bytes = size_t(s - from);
        // No newline within the window: try the longest one, then leave the line to the full path.
        if (s == w && (windowWords == MaxWindowWords || size_t(end - w) <= 64 * windowWords)) break;
        windowWords = std::min(windowWords * 2, MaxWindowWords);
    }
    return run;
}

} // namespace oomlens::kernlog
