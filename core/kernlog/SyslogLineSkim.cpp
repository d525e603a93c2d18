#include "SyslogLineSkim.h"

#include "LineSkim.h"

namespace oomlens::kernlog {

namespace {

// syslogStampLengthOf() for the usual "Mmm dd hh:mm:ss " / "Mmm  d hh:mm:ss " in a few compares
// when the month is the one the last line had (`month`, 3 bytes, set here after a full check);
// an RFC 3339 stamp "2024-01-07T17:53:49.053424+00:00 " as the framer takes it (it tries that one
// first, on a line that starts with a digit).
inline size_t syslogStamp(string_view s, char *month) {
    if (!s.empty() && isDigit(s[0])) return isoStampLengthOf(s);
    auto digit = [&](size_t i) { return isDigit(s[i]); };
    if (s.size() >= 17 && memcmp(s.data(), month, 3) == 0 && s[3] == ' ' && (digit(4) || s[4] == ' ') &&
        digit(5) && s[6] == ' ' && digit(7) && digit(8) && s[9] == ':' && digit(10) && digit(11) &&
        s[12] == ':' && digit(13) && digit(14) && s[15] == ' ')
        return 15;
    const size_t n = syslogStampLengthOf(s);
    if (n == 15) memcpy(month, s.data(), 3);
    return n;
}

// A host token can equal `host` only when `host` is one (no space, not an ident "x:").
bool usableHost(string_view host) {
    return !host.empty() && host.back() != ':' && host.find(' ') == string_view::npos;
}

// classifySyslogLine() for a usableHost(); `midCheck` / `hashCheck` false when the caller has proved
// the line holds no mid-line marker / no '#' (LineSkim.h). A pure function but for the month cache.
[[gnu::always_inline]] inline SyslogLineKind classify(string_view raw, string_view host, const LineHits &hits,
                                                      char *month) {
    const size_t stamp = syslogStamp(raw, month);
    if (stamp == 0 || isSpace(raw.back())) return SyslogLineKind::NotOrdinary;
    string_view rest = raw.substr(stamp + 1);
    // The first token is the host: `host` and a space (`host` holds none).
    if (rest.size() <= host.size() || rest[host.size()] != ' ' ||
        memcmp(rest.data(), host.data(), host.size()) != 0)
        return SyslogLineKind::NotOrdinary;
    rest.remove_prefix(host.size() + 1);
    string_view msg;
    if (startsWith(rest, "kernel: ")) {
        msg = rest.substr(8);
    } else {
        const size_t identEnd = rest.find(' ');
        if (identEnd == string_view::npos || identEnd < 2 || rest[identEnd - 1] != ':')
            return SyslogLineKind::NotOrdinary;
        const string_view ident = rest.substr(0, identEnd);
        if (!startsWith(ident, "kernel")) return SyslogLineKind::OtherProgram; // the full path ignores it too
        if (ident != "kernel:") return SyslogLineKind::NotOrdinary;
        msg = rest.substr(identEnd + 1);
    }
    if (const size_t n = stampLength(msg); n != 0) {
        if (n >= msg.size() || msg[n] != ' ') return SyslogLineKind::NotOrdinary;
        msg.remove_prefix(n + 1);
    }
    while (!msg.empty() && msg[0] == ' ')
        msg.remove_prefix(1);
    // A bracket the framer takes (caller id, stamp) changes the message; "[UFW BLOCK] ..." does not.
    // rsyslog's "#012" splits the message in the full path; any other '#' is text ("inode #2").
    if (msg.empty() || (msg[0] == '[' && !isPlainTextBracket(msg)) || (hits.hash && contains(raw, "#012")))
        return SyslogLineKind::NotOrdinary;
    if (startsWithReportMarker(msg) || (hits.midLine && ReportBuilder::hasMidLineMarker(msg)))
        return SyslogLineKind::NotOrdinary;
    return SyslogLineKind::Kernel;
}

} // namespace

SyslogLineKind classifySyslogLine(string_view raw, string_view host) {
    if (!usableHost(host)) return SyslogLineKind::NotOrdinary;
    LineHits all;
    all.midLine = all.hash = true;
    char month[3] = {};
    return classify(raw, host, all, month);
}

SkimRun skimOrdinarySyslogLines(const char *from, const char *end, string_view host, bool hostIdle,
                                SkimIsa isa) {
    if (!usableHost(host)) return {};
    char month[3] = {};
    // Every such line holds " kernel" (its ident): the host anchors would say nothing here.
    return walkLines<false>(
        from, end, fillFor(isa),
        [](char first) { return (first >= 'A' && first <= 'S') || isDigit(first); }, // a month or a year
        [&](string_view line, const LineHits &hits) {
            switch (classify(line, host, hits, month)) {
            case SyslogLineKind::OtherProgram:
                return LineVerdict::Take;
            case SyslogLineKind::Kernel:
                return hostIdle ? LineVerdict::TakeAndCount : LineVerdict::Stop;
            default:
                return LineVerdict::Stop;
            }
        });
}

SkimRun skimOrdinarySyslogLines(const char *from, const char *end, string_view host, bool hostIdle) {
    static const SkimIsa best = bestSkimIsa();
    return skimOrdinarySyslogLines(from, end, host, hostIdle, best);
}

} // namespace oomlens::kernlog
