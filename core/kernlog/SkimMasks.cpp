#include "SkimMasks.h"

#include <QByteArray>

#include <algorithm>
#include <utility>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define OOMLENS_SKIM_X86 1
#endif

namespace oomlens::kernlog {

namespace {

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

// The SIMD part, then chunkPortable() for the chunks too close to `end` for a SIMD load.
template <size_t (*Simd)(const char *, const char *, size_t, std::uint64_t *, std::uint64_t *)>
size_t fill(const char *w, const char *end, size_t words, std::uint64_t *newlines, std::uint64_t *anchors) {
    words = std::min(words, (size_t(end - w) + 63) / 64);
    for (size_t i = Simd(w, end, words, newlines, anchors); i < words; ++i)
        chunkPortable(w + 64 * i, end, &newlines[i], &anchors[i]);
    return words;
}

} // namespace

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

FillFn fillFor(SkimIsa isa) {
    switch (isa) {
#ifdef OOMLENS_SKIM_X86
    case SkimIsa::Sse2:
        return fill<fillSse2>;
    case SkimIsa::Avx2:
        return fill<fillAvx2>;
    case SkimIsa::Avx512:
        return fill<fillAvx512>;
#endif
    default:
        return fill<fillPortable>;
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

} // namespace oomlens::kernlog
