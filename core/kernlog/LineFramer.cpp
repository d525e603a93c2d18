#include "LineFramer.h"

#include <array>
#include <cstdint>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace oomlens::kernlog {

size_t uptimeBracketLength(string_view s) {
    if (s.size() < 4 || s[0] != '[') return 0;
#ifdef __SSE2__
    // 32 bytes after the '[' classified at once: spaces, digits, dots (SSE2 has no unsigned compare,
    // but '/' < '0'..'9' < ':' holds for signed bytes too).
    if (s.size() >= 33) {
        auto bits = [&](int at, unsigned *spaces, unsigned *digits, unsigned *dots) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s.data() + at));
            *spaces = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))));
            *digits = unsigned(_mm_movemask_epi8(
                _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('/')), _mm_cmplt_epi8(v, _mm_set1_epi8(':')))));
            *dots = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('.'))));
        };
        unsigned s0, d0, t0, s1, d1, t1;
        bits(1, &s0, &d0, &t0);
        bits(17, &s1, &d1, &t1);
        const std::uint32_t spaces = s0 | (s1 << 16), digits = d0 | (d1 << 16), dots = t0 | (t1 << 16);
        if (spaces == 0xffffffffu) return 0;
        const unsigned lead = unsigned(__builtin_ctz(~spaces)); // leading spaces
        const std::uint32_t body = (digits | dots) >> lead;
        if (body == 0xffffffffu >> lead) return 0; // no end within 32 bytes: let the slow path judge
        const unsigned len = unsigned(__builtin_ctz(~body)); // digits and dots after the spaces
        const size_t close = 1 + lead + len;
        const bool firstIsDigit = (digits >> lead) & 1u;
        const bool hasDot = ((dots >> lead) & ((len >= 32 ? 0u : (1u << len)) - 1u)) != 0;
        if (len > 0 && firstIsDigit && hasDot && s[close] == ']') return close + 1;
        return 0;
    }
#endif
    size_t i = 1;
    while (i < s.size() && s[i] == ' ')
        ++i;
    const size_t digits = i;
    bool dot = false;
    while (i < s.size() && i < 40 && (isDigit(s[i]) || s[i] == '.')) {
        dot |= s[i] == '.';
        ++i;
    }
    if (i < s.size() && s[i] == ']' && dot && i > digits && isDigit(s[digits])) return i + 1;
    return 0;
}

namespace {

bool isMonth(string_view s) {
    if (s.size() != 3) return false;
    // The three letters packed into one number: one switch instead of twelve comparisons.
    const unsigned key = unsigned(static_cast<unsigned char>(s[0])) << 16 |
                         unsigned(static_cast<unsigned char>(s[1])) << 8 | static_cast<unsigned char>(s[2]);
    constexpr auto pack = [](const char *m) {
        return unsigned(m[0]) << 16 | unsigned(m[1]) << 8 | unsigned(m[2]);
    };
    switch (key) {
    case pack("Jan"):
    case pack("Feb"):
    case pack("Mar"):
    case pack("Apr"):
    case pack("May"):
    case pack("Jun"):
    case pack("Jul"):
    case pack("Aug"):
    case pack("Sep"):
    case pack("Oct"):
    case pack("Nov"):
    case pack("Dec"):
        return true;
    default:
        return false;
    }
}

// "hh:mm:ss" at s[0..8)
bool isClock(string_view s) {
    return s.size() >= 8 && isDigit(s[0]) && isDigit(s[1]) && s[2] == ':' && isDigit(s[3]) && isDigit(s[4]) &&
           s[5] == ':' && isDigit(s[6]) && isDigit(s[7]);
}

// "Sep 11 12:24:42[.123456] " -> length of the stamp (without the space), 0 if not one.
size_t syslogStampLength(string_view s) {
    if (s.size() < 16 || s[3] != ' ' || !isMonth(s.substr(0, 3))) return 0;
    size_t i = 4;
    if (s[i] == ' ') ++i; // "Sep  5"
    if (!isDigit(s[i])) return 0;
    while (i < s.size() && isDigit(s[i]))
        ++i;
    if (i >= s.size() || s[i] != ' ') return 0;
    ++i;
    if (!isClock(s.substr(i))) return 0;
    i += 8;
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
    }
    return (i < s.size() && s[i] == ' ') ? i : 0;
}

// "2024-01-07T17:53:49[.frac][Z|+hh:mm|+hhmm] " -> length, 0 if not one.
size_t isoStampLength(string_view s) {
    if (s.size() < 20 || !isDigit(s[0]) || !isDigit(s[3]) || s[4] != '-' || s[7] != '-' ||
        (s[10] != 'T' && s[10] != ' ') || !isClock(s.substr(11)))
        return 0;
    size_t i = 19;
    while (i < s.size() && s[i] != ' ')
        ++i;
    return i < s.size() ? i : 0;
}

// After a syslog/journal stamp: "[host ]ident[pid]: ". Sets host and whether it is the kernel.
// Returns the number of bytes consumed, 0 if the rest does not look like syslog.
size_t parseHostIdent(string_view s, FramedLine &out) {
    string_view rest = s;
    string_view first = nextToken(rest);
    if (first.empty()) return 0;
    auto identOf = [](string_view tok) { return tok.size() > 1 && tok.back() == ':'; };
    if (identOf(first)) { // no host: "Dec 14 17:13:12 kernel: "
        out.kernel = startsWith(first, "kernel:") || startsWith(first, "kernel[");
        return size_t(rest.data() - s.data());
    }
    string_view second = nextToken(rest);
    if (!identOf(second)) return 0;
    out.host = first;
    out.kernel = startsWith(second, "kernel:") || startsWith(second, "kernel[");
    return size_t(rest.data() - s.data());
}

enum class Bracket { None, Uptime, Reltime, Caller, DmesgT };

// Classifies a leading "[...]" and returns its length including the brackets.
Bracket classifyBracket(string_view s, size_t *len, string_view *inner) {
    if (s.empty() || s[0] != '[') return Bracket::None;
    // Fast path, the common "[ 1234.567890]".
    if (const size_t n = uptimeBracketLength(s)) {
        *len = n;
        *inner = trimmed(s.substr(1, n - 2));
        return Bracket::Uptime;
    }
    const size_t close = s.find(']', 1);
    if (close == string_view::npos || close > 48) return Bracket::None;
    *len = close + 1;
    string_view in = s.substr(1, close - 1);
    *inner = in;
    string_view t = trimmed(in);
    if (t.empty()) return Bracket::None;
    if (t[0] == '+' && t.size() > 1 && isDigit(t[1])) return Bracket::Reltime;
    if ((t[0] == 'T' || t[0] == 'C') && t.size() > 1) {
        bool digits = true;
        for (size_t i = 1; i < t.size(); ++i)
            digits &= isDigit(t[i]);
        if (digits) return Bracket::Caller;
    }
    bool dot = false, allNum = true;
    for (char c : t) {
        if (c == '.')
            dot = true;
        else if (!isDigit(c))
            allNum = false;
    }
    if (allNum && dot && isDigit(t[0])) return Bracket::Uptime;
    // dmesg -T: "Sat Sep 11 12:24:42 2021", localised "二 9月  3 05:57:48 2024": a clock and a year.
    if (t.size() >= 13 && isDigit(t.back()) && t.size() > 5 && isDigit(t[t.size() - 4]) &&
        t[t.size() - 5] == ' ' && find(t, ":") != string_view::npos && isClock(t.substr(t.size() - 13)))
        return Bracket::DmesgT;
    return Bracket::None;
}

} // namespace

size_t syslogStampLengthOf(string_view s) {
    return syslogStampLength(s);
}

size_t isoStampLengthOf(string_view s) {
    return isoStampLength(s);
}

size_t wallClockBracketLength(string_view s) {
    size_t len = 0;
    string_view inner;
    return classifyBracket(s, &len, &inner) == Bracket::DmesgT ? len : 0;
}

bool isPlainTextBracket(string_view s) {
    size_t len = 0;
    string_view inner;
    return classifyBracket(s, &len, &inner) == Bracket::None;
}

FramedLine LineFramer::frame(string_view raw) {
    FramedLine out;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    out.trailingSpace = !raw.empty() && raw.back() == ' ';
    string_view s = raw;

    // Mail and markdown quoting: "> ", "> > ".
    while (!s.empty() && s[0] == '>') {
        s.remove_prefix(1);
        if (!s.empty() && s[0] == ' ') s.remove_prefix(1);
    }
    const bool indented = !s.empty() && (s[0] == ' ' || s[0] == '\t');
    if (indented) {
        // Tab- or space-indented pastes; util-linux continuation lines look the same.
        size_t i = 0;
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
            ++i;
        s.remove_prefix(i);
    }
    if (!s.empty() && s[0] == '{' && frameJson(s, out)) return out;

    // dmesg -x: "kern  :warn  : "
    if (startsWith(s, "kern ") || startsWith(s, "kern:")) {
        const size_t c1 = s.find(':');
        const size_t c2 = c1 == string_view::npos ? c1 : s.find(':', c1 + 1);
        if (c2 != string_view::npos && c2 < 16) {
            s.remove_prefix(c2 + 1);
            while (!s.empty() && s[0] == ' ')
                s.remove_prefix(1);
            out.prefixed = true;
        }
    }
    // printk level from console captures: "<4>"
    if (s.size() > 3 && s[0] == '<' && isDigit(s[1]) && s[2] == '>') {
        s.remove_prefix(3);
        out.prefixed = true;
    }

    // A line that starts with the printk stamp came from the ring buffer directly (dmesg, console);
    // anything else may have passed a syslog daemon, which escapes newlines as "#012".
    out.viaSyslog = s.empty() || s[0] != '[';

    // Syslog / journal header.
    if (!s.empty()) {
        size_t stamp = 0;
        if (isDigit(s[0]) && (stamp = isoStampLength(s)) != 0) {
            out.wallStyle = WallStyle::Iso;
        } else if (s[0] >= 'A' && s[0] <= 'S' && (stamp = syslogStampLength(s)) != 0) {
            out.wallStyle = WallStyle::Syslog;
        }
        if (stamp) {
            const size_t used = parseHostIdent(s.substr(stamp + 1), out);
            if (used) {
                out.wallText = s.substr(0, stamp);
                s.remove_prefix(stamp + 1 + used);
                while (!s.empty() && s[0] == ' ')
                    s.remove_prefix(1);
                out.prefixed = true;
            } else {
                out.wallStyle = WallStyle::None;
            }
        } else if (startsWith(s, "kernel: ")) {
            s.remove_prefix(8);
            while (!s.empty() && s[0] == ' ')
                s.remove_prefix(1);
            out.prefixed = true;
        } else {
            // Vendor rsyslog template: "warning|kernel[-]|" (the level word varies per line).
            const size_t bar = (s[0] >= 'a' && s[0] <= 'z') ? s.substr(0, 16).find('|') : string_view::npos;
            if (bar != string_view::npos && startsWith(s.substr(bar + 1), "kernel")) {
                const size_t bar2 = s.find('|', bar + 1);
                if (bar2 != string_view::npos && bar2 < bar + 20) {
                    s.remove_prefix(bar2 + 1);
                    out.prefixed = true;
                }
            }
        }
    }

    // Bracketed printk timestamp and caller id, in any combination.
    for (int round = 0; round < 2 && !s.empty() && s[0] == '['; ++round) {
        size_t len = 0;
        string_view inner;
        const Bracket b = classifyBracket(s, &len, &inner);
        if (b == Bracket::None) break;
        if (b == Bracket::Uptime && out.uptimeText.empty()) out.uptimeText = trimmed(inner);
        if (b == Bracket::DmesgT) {
            out.wallText = trimmed(inner);
            out.wallStyle = WallStyle::DmesgT;
        }
        s.remove_prefix(len);
        out.prefixed = true;
        if (!s.empty() && s[0] == ' ') s.remove_prefix(1);
        if (b == Bracket::Uptime && round == 0 && out.host.empty() && out.wallStyle == WallStyle::None) {
            // journalctl -o short-monotonic: "[ 1234.567890] host kernel: msg"
            const void *sp = memchr(s.data(), ' ', std::min<size_t>(s.size(), 65));
            const size_t at = sp ? size_t(static_cast<const char *>(sp) - s.data()) : 0;
            if (at > 0) {
                string_view ident = s.substr(at + 1);
                if (startsWith(ident, "kernel: ") || startsWith(ident, "kernel[")) {
                    out.host = s.substr(0, at);
                    const size_t colon = ident.find(':');
                    s = ident.substr(colon == string_view::npos ? ident.size() : colon + 1);
                    if (!s.empty() && s[0] == ' ') s.remove_prefix(1);
                }
            }
        }
    }

    out.message = trimmed(s);
    if (out.prefixed) {
        if (out.host.size() != m_lastHost.size() || out.host != string_view(m_lastHost))
            m_lastHost.assign(out.host.data(), out.host.size());
    } else {
        out.host = m_lastHost;
    }
    return out;
}

} // namespace oomlens::kernlog
