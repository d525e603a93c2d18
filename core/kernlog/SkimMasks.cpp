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
void chunkPortable(const char *c, const char *end, WindowMasks &m, size_t i) {
    std::uint64_t nl = 0, mid = 0, host = 0;
    const size_t avail = size_t(end - c);
    const size_t n = avail < 64 ? avail : 64;
    for (size_t j = 0; j < n; ++j) {
        const std::uint64_t bit = std::uint64_t(1) << j;
        const char b = c[j];
        const char at3 = j + 3 < avail ? c[j + 3] : 0, at4 = j + 4 < avail ? c[j + 4] : 0;
        if (b == '\n') nl |= bit;
        if ((b == 'n' && at3 == 'k') || (b == 'f' && at4 == 'u') || b == '#') mid |= bit;
        if (b == 'k' && at3 == 'n') host |= bit;
    }
    m.newlines[i] = nl;
    m.mid[i] = mid;
    m.host[i] = host;
}

// The SIMD forms fill the chunks they may (SimdReach bytes left before `end`) and return how many.
size_t fillPortable(const char *, const char *, size_t, WindowMasks &) {
    return 0;
}

#ifdef OOMLENS_SKIM_X86
// The chunks of [w, w + 64 * words) a SIMD form may classify: SimdReach bytes left before `end`.
inline size_t simdWords(const char *w, const char *end, size_t words) {
    const size_t avail = size_t(end - w);
    return avail < SimdReach ? 0 : std::min(words, (avail - SimdReach) / 64 + 1);
}

size_t fillSse2(const char *w, const char *end, size_t words, WindowMasks &m) {
    const __m128i nl = _mm_set1_epi8('\n'), n = _mm_set1_epi8('n'), k = _mm_set1_epi8('k'),
                  f = _mm_set1_epi8('f'), u = _mm_set1_epi8('u'), hash = _mm_set1_epi8('#');
    const size_t count = simdWords(w, end, words);
    for (size_t i = 0; i < count; ++i) {
        _mm_prefetch(w + 64 * i + PrefetchAhead, _MM_HINT_T0);
        std::uint64_t nlBits = 0, midBits = 0, hostBits = 0;
        for (int part = 0; part < 4; ++part) {
            const char *p = w + 64 * i + 16 * size_t(part);
            const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const __m128i v3 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 3));
            const __m128i v4 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 4));
            const __m128i mid =
                _mm_or_si128(_mm_or_si128(_mm_and_si128(_mm_cmpeq_epi8(v0, n), _mm_cmpeq_epi8(v3, k)),
                                          _mm_and_si128(_mm_cmpeq_epi8(v0, f), _mm_cmpeq_epi8(v4, u))),
                             _mm_cmpeq_epi8(v0, hash));
            const __m128i host = _mm_and_si128(_mm_cmpeq_epi8(v0, k), _mm_cmpeq_epi8(v3, n));
            const int shift = 16 * part;
            nlBits |= std::uint64_t(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v0, nl)))) << shift;
            midBits |= std::uint64_t(unsigned(_mm_movemask_epi8(mid))) << shift;
            hostBits |= std::uint64_t(unsigned(_mm_movemask_epi8(host))) << shift;
        }
        m.newlines[i] = nlBits;
        m.mid[i] = midBits;
        m.host[i] = hostBits;
    }
    return count;
}

__attribute__((target("avx2"))) inline __m256i loadAvx2(const char *at) {
    return _mm256_loadu_si256(reinterpret_cast<const __m256i *>(at));
}

__attribute__((target("avx2"))) inline std::uint64_t bitsAvx2(__m256i v) {
    return std::uint32_t(_mm256_movemask_epi8(v));
}

// One half (32 bytes at p) of a chunk: its newline, mid-line anchor and host anchor bits.
__attribute__((target("avx2"))) inline void halfAvx2(const char *p, std::uint64_t *nlBits,
                                                     std::uint64_t *midBits, std::uint64_t *hostBits) {
    const __m256i v0 = loadAvx2(p), v3 = loadAvx2(p + 3), v4 = loadAvx2(p + 4);
    const __m256i n = _mm256_set1_epi8('n'), k = _mm256_set1_epi8('k');
    const __m256i mid =
        _mm256_or_si256(_mm256_or_si256(_mm256_and_si256(_mm256_cmpeq_epi8(v0, n), _mm256_cmpeq_epi8(v3, k)),
                                        _mm256_and_si256(_mm256_cmpeq_epi8(v0, _mm256_set1_epi8('f')),
                                                         _mm256_cmpeq_epi8(v4, _mm256_set1_epi8('u')))),
                        _mm256_cmpeq_epi8(v0, _mm256_set1_epi8('#')));
    *nlBits = bitsAvx2(_mm256_cmpeq_epi8(v0, _mm256_set1_epi8('\n')));
    *midBits = bitsAvx2(mid);
    *hostBits = bitsAvx2(_mm256_and_si256(_mm256_cmpeq_epi8(v0, k), _mm256_cmpeq_epi8(v3, n)));
}

__attribute__((target("avx2"))) size_t fillAvx2(const char *w, const char *end, size_t words,
                                                WindowMasks &m) {
    const size_t count = simdWords(w, end, words);
    for (size_t i = 0; i < count; ++i) {
        const char *p = w + 64 * i;
        _mm_prefetch(p + PrefetchAhead, _MM_HINT_T0);
        std::uint64_t nlLo, midLo, hostLo, nlHi, midHi, hostHi;
        halfAvx2(p, &nlLo, &midLo, &hostLo);
        halfAvx2(p + 32, &nlHi, &midHi, &hostHi);
        m.newlines[i] = nlLo | nlHi << 32;
        m.mid[i] = midLo | midHi << 32;
        m.host[i] = hostLo | hostHi << 32;
    }
    return count;
}

__attribute__((target("avx512bw"))) size_t fillAvx512(const char *w, const char *end, size_t words,
                                                      WindowMasks &m) {
    const __m512i nl = _mm512_set1_epi8('\n'), n = _mm512_set1_epi8('n'), k = _mm512_set1_epi8('k'),
                  f = _mm512_set1_epi8('f'), u = _mm512_set1_epi8('u'), hash = _mm512_set1_epi8('#');
    const size_t count = simdWords(w, end, words);
    for (size_t i = 0; i < count; ++i) {
        const char *c = w + 64 * i;
        _mm_prefetch(c + PrefetchAhead, _MM_HINT_T0);
        const __m512i v0 = _mm512_loadu_si512(c), v3 = _mm512_loadu_si512(c + 3),
                      v4 = _mm512_loadu_si512(c + 4);
        m.newlines[i] = _mm512_cmpeq_epi8_mask(v0, nl);
        m.mid[i] = (_mm512_cmpeq_epi8_mask(v0, n) & _mm512_cmpeq_epi8_mask(v3, k)) |
                   (_mm512_cmpeq_epi8_mask(v0, f) & _mm512_cmpeq_epi8_mask(v4, u)) |
                   _mm512_cmpeq_epi8_mask(v0, hash);
        m.host[i] = _mm512_cmpeq_epi8_mask(v0, k) & _mm512_cmpeq_epi8_mask(v3, n);
    }
    return count;
}
#endif

// The SIMD part, then chunkPortable() for the chunks too close to `end` for a SIMD load.
template <size_t (*Simd)(const char *, const char *, size_t, WindowMasks &)>
size_t fill(const char *w, const char *end, size_t words, WindowMasks &m) {
    words = std::min(words, (size_t(end - w) + 63) / 64);
    for (size_t i = Simd(w, end, words, m); i < words; ++i)
        chunkPortable(w + 64 * i, end, m, i);
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
