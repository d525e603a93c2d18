// The window walk both line skims share (BareLineSkim, SyslogLineSkim): masks for up to 4 KiB at a
// time (SkimMasks.h), then line by line with what the anchors in each line leave open.
#pragma once

#include "SkimMasks.h"
#include "TextScan.h"

#include <algorithm>
#include <cstdint>

namespace oomlens::kernlog {

// What the anchor at `a` may start inside the line [s, e) (see the masks above): a mid-line marker
// (" invoked oom", " failure"), the "kernel" of a host's line (after a space), or nothing.
enum class AnchorHit { None, MidLine, Host };
inline AnchorHit markerAt(const char *a, const char *s, const char *e) {
    auto at = [&](const char *p, string_view text) {
        return p >= s && size_t(e - p) >= text.size() && memcmp(p, text.data(), text.size()) == 0;
    };
    switch (*a) {
    case 'n':
        return at(a - 2, " invoked oom") ? AnchorHit::MidLine : AnchorHit::None;
    case 'k':
        return at(a - 1, " kernel") ? AnchorHit::Host : AnchorHit::None;
    default:
        return at(a - 1, " failure") ? AnchorHit::MidLine : AnchorHit::None;
    }
}

enum class LineVerdict { Stop, Take, TakeAndCount };

struct SkimRun {
    size_t bytes = 0;         // whole lines taken, each with its '\n'
    std::int64_t lines = 0;   // lines taken
    std::int64_t counted = 0; // of which the test said TakeAndCount
};

// Takes lines from `from` while `test(line, hostHit, midLineHit)` takes them; stops at the first
// it refuses, at a line without '\n' before `end` and at one longer than a window.
// `mayStart(first byte)` is a cheap refusal before any mask is made.
template <class MayStart, class Test>
SkimRun walkLines(const char *from, const char *end, FillFn fill, MayStart mayStart, Test test) {
    SkimRun run;
    const char *s = from;   // start of the first line not yet taken
    size_t windowWords = 8; // grows: a run that ends soon costs little
    std::uint64_t newlines[MaxWindowWords], anchors[MaxWindowWords];
    while (s < end && mayStart(*s)) {
        const char *const w = s;
        const size_t words = fill(w, end, windowWords, newlines, anchors);
        size_t anchor = nextBit(anchors, words, 0);
        for (size_t i = 0; i < words; ++i) {
            for (std::uint64_t bits = newlines[i]; bits; bits &= bits - 1) {
                const size_t nl = 64 * i + size_t(__builtin_ctzll(bits));
                bool hostHit = false, midHit = false; // what the line's anchors leave open
                for (; anchor < nl; anchor = nextBit(anchors, words, anchor + 1)) {
                    const AnchorHit hit = markerAt(w + anchor, s, w + nl);
                    hostHit |= hit == AnchorHit::Host;
                    midHit |= hit == AnchorHit::MidLine;
                }
                const LineVerdict verdict = test(string_view(s, size_t(w + nl - s)), hostHit, midHit);
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
        if (s == w) break; // no newline within the window: a long line, left to the full path
        windowWords = std::min(windowWords * 2, MaxWindowWords);
    }
    return run;
}

} // namespace oomlens::kernlog
