#include "BareLineSkim.h"

#include "LineFramer.h"
#include "ReportBuilder.h"

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define OOMLENS_SKIM_X86 1
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

// Bit i of `newlines` is set when byte i of a 64-byte chunk is '\n', bit i of `anchors` when an
// anchor pair starts there (see the header): 'n' with 'k' three on (" invoked oom"), 'k' with 'n'
// three on ("kernel"), 'f' with 'u' four on (" failure"). A marker lies inside one line, so a line
// whose bytes set no anchor bit, or whose anchors are not the start of a marker, holds none.
constexpr size_t MaxWindowWords = 64;  // 4 KiB: also the longest line taken here
constexpr size_t SimdReach = 64 + 4;   // bytes a SIMD chunk reads
constexpr size_t PrefetchAhead = 2048; // a mapped file is not in the cache yet: ask for it early

// Any chunk, also the last bytes before `end` (a pair whose second byte lies at or beyond `end`
// cannot be part of a marker of a line that ends before `end`).
void chunkPortable(const char *c, const char *end, std::uint64_t *newlines, std::uint64_t *anchors) {
    std::uint64_t nl = 0, an = 0;
    const size_t avail = size_t(end - c);
    const size_t n = avail < 64 ? avail : 64;
    for (size_t i = 0; i < n; ++i) {
        const std::uint64_t bit = std::uint64_t(1) << i;
        const char b = c[i];
        if (b == '\n') nl |= bit;
        const char at3 = i + 3 < avail ? c[i + 3] : 0, at4 = i + 4 < avail ? c[i + 4] : 0;
        if ((b == 'n' && at3 == 'k') || (b == 'k' && at3 == 'n') || (b == 'f' && at4 == 'u')) an |= bit;
    }
    *newlines = nl;
    *anchors = an;
}

// The masks of `words` chunks from `w`: SIMD while SimdReach bytes are left, then chunkPortable().
// Returns the number of chunks filled by SIMD.
size_t fillPortable(const char *, const char *, size_t, std::uint64_t *, std::uint64_t *) {
    return 0;
}

#ifdef OOMLENS_SKIM_X86
// The chunks of [w, w + 64 * words) a SIMD form may classify: SimdReach bytes left before `end`.
inline size_t simdWords(const char *w, const char *end, size_t words) {
    const size_t avail = size_t(end - w);
    return avail < SimdReach ? 0 : std::min(words, (avail - SimdReach) / 64 + 1);
}

size_t fillSse2(const char *w, const char *end, size_t words, std::uint64_t *newlines,
                std::uint64_t *anchors) {
    const __m128i nl = _mm_set1_epi8('\n'), n = _mm_set1_epi8('n'), k = _mm_set1_epi8('k'),
                  f = _mm_set1_epi8('f'), u = _mm_set1_epi8('u');
    const size_t count = simdWords(w, end, words);
    for (size_t i = 0; i < count; ++i) {
        _mm_prefetch(w + 64 * i + PrefetchAhead, _MM_HINT_T0);
        std::uint64_t nlBits = 0, anBits = 0;
        for (int part = 0; part < 4; ++part) {
            const char *p = w + 64 * i + 16 * size_t(part);
            const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const __m128i v3 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 3));
            const __m128i v4 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 4));
            const __m128i pairs =
                _mm_or_si128(_mm_or_si128(_mm_and_si128(_mm_cmpeq_epi8(v0, n), _mm_cmpeq_epi8(v3, k)),
                                          _mm_and_si128(_mm_cmpeq_epi8(v0, k), _mm_cmpeq_epi8(v3, n))),
                             _mm_and_si128(_mm_cmpeq_epi8(v0, f), _mm_cmpeq_epi8(v4, u)));
            nlBits |= std::uint64_t(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v0, nl)))) << (16 * part);
            anBits |= std::uint64_t(unsigned(_mm_movemask_epi8(pairs))) << (16 * part);
        }
        newlines[i] = nlBits;
        anchors[i] = anBits;
    }
    return count;
}

__attribute__((target("avx2"))) inline __m256i loadAvx2(const char *at) {
    return _mm256_loadu_si256(reinterpret_cast<const __m256i *>(at));
}

__attribute__((target("avx2"))) inline std::uint64_t anchorsAvx2(__m256i v0, __m256i v3, __m256i v4) {
    const __m256i n = _mm256_set1_epi8('n'), k = _mm256_set1_epi8('k'), f = _mm256_set1_epi8('f'),
                  u = _mm256_set1_epi8('u');
    const __m256i pairs =
        _mm256_or_si256(_mm256_or_si256(_mm256_and_si256(_mm256_cmpeq_epi8(v0, n), _mm256_cmpeq_epi8(v3, k)),
                                        _mm256_and_si256(_mm256_cmpeq_epi8(v0, k), _mm256_cmpeq_epi8(v3, n))),
                        _mm256_and_si256(_mm256_cmpeq_epi8(v0, f), _mm256_cmpeq_epi8(v4, u)));
    return std::uint32_t(_mm256_movemask_epi8(pairs));
}

__attribute__((target("avx2"))) size_t fillAvx2(const char *w, const char *end, size_t words,
                                                std::uint64_t *newlines, std::uint64_t *anchors) {
    const __m256i nl = _mm256_set1_epi8('\n');
    const size_t count = simdWords(w, end, words);
    for (size_t i = 0; i < count; ++i) {
        const char *p = w + 64 * i;
        _mm_prefetch(p + PrefetchAhead, _MM_HINT_T0);
        const __m256i lo = loadAvx2(p), hi = loadAvx2(p + 32);
        newlines[i] = std::uint32_t(_mm256_movemask_epi8(_mm256_cmpeq_epi8(lo, nl))) |
                      std::uint64_t(std::uint32_t(_mm256_movemask_epi8(_mm256_cmpeq_epi8(hi, nl)))) << 32;
        anchors[i] = anchorsAvx2(lo, loadAvx2(p + 3), loadAvx2(p + 4)) |
                     anchorsAvx2(hi, loadAvx2(p + 35), loadAvx2(p + 36)) << 32;
    }
    return count;
}

__attribute__((target("avx512bw"))) size_t fillAvx512(const char *w, const char *end, size_t words,
                                                      std::uint64_t *newlines, std::uint64_t *anchors) {
    const __m512i nl = _mm512_set1_epi8('\n'), n = _mm512_set1_epi8('n'), k = _mm512_set1_epi8('k'),
                  f = _mm512_set1_epi8('f'), u = _mm512_set1_epi8('u');
    const size_t count = simdWords(w, end, words);
    for (size_t i = 0; i < count; ++i) {
        const char *c = w + 64 * i;
        _mm_prefetch(c + PrefetchAhead, _MM_HINT_T0);
        const __m512i v0 = _mm512_loadu_si512(c), v3 = _mm512_loadu_si512(c + 3),
                      v4 = _mm512_loadu_si512(c + 4);
        newlines[i] = _mm512_cmpeq_epi8_mask(v0, nl);
        anchors[i] = (_mm512_cmpeq_epi8_mask(v0, n) & _mm512_cmpeq_epi8_mask(v3, k)) |
                     (_mm512_cmpeq_epi8_mask(v0, k) & _mm512_cmpeq_epi8_mask(v3, n)) |
                     (_mm512_cmpeq_epi8_mask(v0, f) & _mm512_cmpeq_epi8_mask(v4, u));
    }
    return count;
}
#endif

using FillFn = size_t (*)(const char *, const char *, size_t, std::uint64_t *, std::uint64_t *);

// The first set bit at or after `from` in `words` words, or words * 64.
size_t nextBit(const std::uint64_t *bits, size_t words, size_t from) {
    for (size_t i = from / 64; i < words; ++i) {
        std::uint64_t b = bits[i];
        if (i == from / 64) b &= ~std::uint64_t(0) << (from % 64);
        if (b) return i * 64 + size_t(__builtin_ctzll(b));
    }
    return words * 64;
}

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

template <FillFn Fill> BareRun skim(const char *from, const char *end) {
    BareRun run;
    const char *s = from;   // start of the first line not yet taken
    size_t windowWords = 8; // grows: a run that ends soon costs little
    std::uint64_t newlines[MaxWindowWords], anchors[MaxWindowWords];
    while (s < end && *s == '[') {
        const char *const w = s;
        const size_t words = std::min(windowWords, (size_t(end - w) + 63) / 64);
        for (size_t i = Fill(w, end, words, newlines, anchors); i < words; ++i)
            chunkPortable(w + 64 * i, end, &newlines[i], &anchors[i]);
        size_t anchor = nextBit(anchors, words, 0);
        for (size_t i = 0; i < words; ++i) {
            for (std::uint64_t bits = newlines[i]; bits; bits &= bits - 1) {
                const size_t nl = 64 * i + size_t(__builtin_ctzll(bits));
                bool hostCheck = false, midCheck = false; // what the line's anchors leave open
                for (; anchor < nl; anchor = nextBit(anchors, words, anchor + 1)) {
                    const AnchorHit hit = markerAt(w + anchor, s, w + nl);
                    hostCheck |= hit == AnchorHit::Host;
                    midCheck |= hit == AnchorHit::MidLine;
                }
                if (!ordinaryBare(string_view(s, size_t(w + nl - s)), hostCheck, midCheck)) {
                    run.bytes = size_t(s - from);
                    return run;
                }
                ++run.lines;
                s = w + nl + 1;
            }
        }
        run.bytes = size_t(s - from);
        if (s == w) break; // no newline within the window: a long line, left to the full path
        windowWords = std::min(windowWords * 2, MaxWindowWords);
    }
    return run;
}

} // namespace

bool isOrdinaryBareLine(string_view raw) {
    return ordinaryBare(raw, true, true);
}

bool skimIsaSupported(SkimIsa isa) {
    switch (isa) {
    case SkimIsa::Portable:
        return true;
#ifdef OOMLENS_SKIM_X86
    case SkimIsa::Sse2:
        return __builtin_cpu_supports("sse2");
    case SkimIsa::Avx2:
        return __builtin_cpu_supports("avx2");
    case SkimIsa::Avx512:
        return __builtin_cpu_supports("avx512bw");
#endif
    default:
        return false;
    }
}

BareRun skimOrdinaryBareLines(const char *from, const char *end, SkimIsa isa) {
    switch (isa) {
#ifdef OOMLENS_SKIM_X86
    case SkimIsa::Sse2:
        return skim<fillSse2>(from, end);
    case SkimIsa::Avx2:
        return skim<fillAvx2>(from, end);
    case SkimIsa::Avx512:
        return skim<fillAvx512>(from, end);
#endif
    default:
        return skim<fillPortable>(from, end);
    }
}

SkimIsa bestSkimIsa() {
    // OOMLENS_SKIM_ISA=portable|sse2|avx2|avx512 picks a lower one, for benchmarks.
    const QByteArray wanted = qgetenv("OOMLENS_SKIM_ISA");
    const std::pair<const char *, SkimIsa> names[] = {{"avx512", SkimIsa::Avx512},
                                                      {"avx2", SkimIsa::Avx2},
                                                      {"sse2", SkimIsa::Sse2},
                                                      {"portable", SkimIsa::Portable}};
    for (const auto &[name, isa] : names)
        if ((wanted.isEmpty() || wanted == name) && skimIsaSupported(isa)) return isa;
    return SkimIsa::Portable;
}

BareRun skimOrdinaryBareLines(const char *from, const char *end) {
    static const SkimIsa best = bestSkimIsa();
    return skimOrdinaryBareLines(from, end, best);
}

} // namespace oomlens::kernlog
