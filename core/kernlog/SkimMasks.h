// The bit masks the line skims (BareLineSkim, SyslogLineSkim) walk: a block of text classified
// 64 bytes at a time, with the widest SIMD the CPU has (chosen at run time).
//
// Bit i of `newlines` is set when byte i of a 64-byte chunk is '\n'; bit i of `mid` when a
// mid-line anchor starts there: 'n' with 'k' three on (" invoked oom"), 'f' with 'u' four on
// (" failure"), or a '#' (rsyslog's "#012"); bit i of `host` for 'k' with 'n' three on ("kernel",
// of "[ 1.2] host kernel: msg"). Every marker contains its anchor, and a marker lies inside one
// line: a line whose bytes set no anchor bit holds none.
#pragma once

#include <cstddef>
#include <cstdint>

namespace oomlens::kernlog {

// Instruction sets the block scan can use; the best one the CPU has is picked at run time.
enum class SkimIsa { Portable, Sse2, Avx2, Avx512 };
bool skimIsaSupported(SkimIsa isa);
SkimIsa bestSkimIsa(); // the best this CPU has, or the one OOMLENS_SKIM_ISA names

// What a skim took (BareLineSkim, SyslogLineSkim): whole lines, and how many of them the builder
// must count (ordinary kernel lines; the bare skim counts every line it takes).
struct SkimRun {
    size_t bytes = 0;         // whole lines taken, each with its '\n'
    std::int64_t lines = 0;   // lines taken
    std::int64_t counted = 0; // of which kernel lines to count
};

constexpr size_t MaxWindowWords = 64; // a window of chunks: 4 KiB, also the longest line skimmed

struct WindowMasks {
    std::uint64_t newlines[MaxWindowWords], mid[MaxWindowWords], host[MaxWindowWords];
};

// Fills the masks of the `words` chunks from `w` (fewer if `end` comes first; the last one may be
// partial), never reading at or past `end`. Returns the number of chunks filled.
using FillFn = size_t (*)(const char *w, const char *end, size_t words, WindowMasks &masks);
FillFn fillFor(SkimIsa isa);

// The first set bit at or after `from` in `words` words, or words * 64.
inline size_t nextBit(const std::uint64_t *bits, size_t words, size_t from) {
    for (size_t i = from / 64; i < words; ++i) {
        std::uint64_t b = bits[i];
        if (i == from / 64) b &= ~std::uint64_t(0) << (from % 64);
        if (b) return i * 64 + size_t(__builtin_ctzll(b));
    }
    return words * 64;
}

} // namespace oomlens::kernlog
