// Small, allocation-free helpers over std::string_view for the kernel-log hot path.
// Kernel log text is bytes (mostly ASCII; comms and junk may be anything), so the parsers work
// on bytes and only turn the pieces they keep into QString (QString::fromUtf8 never fails).
#pragma once

#include <QString>

#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace oomlens::kernlog {

using std::string_view;

inline bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
inline bool isSpace(char c) {
    // ' ' or one of \t \n \v \f \r (9..13): two compares instead of six.
    return c == ' ' || static_cast<unsigned char>(c - '\t') < 5;
}

inline string_view trimmed(string_view s) {
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

// The first-byte test keeps the hot path from calling memcmp for most lines.
inline bool startsWith(string_view s, string_view p) {
    return s.size() >= p.size() && (p.empty() || s[0] == p[0]) && memcmp(s.data(), p.data(), p.size()) == 0;
}
inline bool endsWith(string_view s, string_view p) {
    return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// The first `needle` in `hay` at or after `from`. The parsers search short lines for short needles
// many times per report: glibc's memmem pays a set-up per call that costs more than such a
// search. This compares the needle's first and last bytes at 16 positions at once (SSE2) and
// memcmp()s only where both match.
inline size_t find(string_view hay, string_view needle, size_t from = 0) {
    if (from > hay.size()) return string_view::npos;
    const size_t n = needle.size();
    if (n == 0) return from;
    const char *const p = hay.data() + from;
    const size_t len = hay.size() - from;
    if (len < n) return string_view::npos;
    const char first = needle[0], last = needle[n - 1];
    size_t i = 0;
#ifdef __SSE2__
    if (len >= n + 15) {
        const __m128i wantFirst = _mm_set1_epi8(first), wantLast = _mm_set1_epi8(last);
        for (; i + n + 15 <= len; i += 16) {
            const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
            const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i + n - 1));
            unsigned mask = unsigned(
                _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, wantFirst), _mm_cmpeq_epi8(b, wantLast))));
            for (; mask; mask &= mask - 1) {
                const size_t at = i + size_t(__builtin_ctz(mask));
                if (memcmp(p + at, needle.data(), n) == 0) return from + at;
            }
        }
    }
#endif
    for (; i + n <= len; ++i)
        if (p[i] == first && p[i + n - 1] == last && memcmp(p + i, needle.data(), n) == 0) return from + i;
    return string_view::npos;
}
inline bool contains(string_view hay, string_view needle) {
    return find(hay, needle) != string_view::npos;
}

// Unsigned decimal at the start of s (no sign); `used` receives the digits consumed.
inline std::optional<std::uint64_t> parseU64(string_view s, size_t *used = nullptr) {
    size_t i = 0;
    std::uint64_t v = 0;
    while (i < s.size() && isDigit(s[i])) {
        const std::uint64_t d = std::uint64_t(s[i] - '0');
        if (v > (UINT64_MAX - d) / 10) return std::nullopt; // overflow: never a silent wrong value
        v = v * 10 + d;
        ++i;
    }
    if (used) *used = i;
    if (i == 0) return std::nullopt;
    return v;
}

inline std::optional<std::int64_t> parseI64(string_view s, size_t *used = nullptr) {
    bool neg = false;
    size_t start = 0;
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
        neg = s[0] == '-';
        start = 1;
    }
    size_t n = 0;
    auto v = parseU64(s.substr(start), &n);
    if (!v || *v > std::uint64_t(INT64_MAX)) return std::nullopt;
    if (used) *used = start + n;
    return neg ? -std::int64_t(*v) : std::int64_t(*v);
}

// The whole of s must be a (signed) number.
inline std::optional<std::int64_t> toI64(string_view s) {
    size_t used = 0;
    auto v = parseI64(s, &used);
    return (v && used == s.size()) ? v : std::nullopt;
}
inline std::optional<std::uint64_t> toU64(string_view s) {
    size_t used = 0;
    auto v = parseU64(s, &used);
    return (v && used == s.size()) ? v : std::nullopt;
}

// A kB value as the kernel prints it ("44640kB", "0KB", "44KB"): bytes.
inline std::optional<std::uint64_t> parseKbToBytes(string_view s) {
    size_t used = 0;
    auto v = parseU64(s, &used);
    if (!v) return std::nullopt;
    auto unit = s.substr(used);
    if (unit != "kB" && unit != "KB" && unit != "k" && !unit.empty()) return std::nullopt;
    if (*v > UINT64_MAX / 1024) return std::nullopt;
    return *v * 1024;
}

// The value after "key" up to the next delimiter, e.g. valueAfter("a=1,b=2", "b=", ",") == "2".
inline std::optional<string_view> valueAfter(string_view s, string_view key, string_view delims = " ,") {
    auto p = find(s, key);
    if (p == string_view::npos) return std::nullopt;
    auto rest = s.substr(p + key.size());
    auto end = rest.find_first_of(delims);
    return rest.substr(0, end);
}

inline std::optional<int> asInt(std::optional<std::int64_t> v) {
    if (!v || *v < INT32_MIN || *v > INT32_MAX) return std::nullopt;
    return int(*v);
}

inline QString qs(string_view s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Splits off the next whitespace-separated token.
inline string_view nextToken(string_view &s) {
    size_t i = 0;
    while (i < s.size() && isSpace(s[i]))
        ++i;
    size_t j = i;
    while (j < s.size() && !isSpace(s[j]))
        ++j;
    auto tok = s.substr(i, j - i);
    s.remove_prefix(j);
    return tok;
}

} // namespace oomlens::kernlog
