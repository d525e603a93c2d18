#include "SyslogLineSkim.h"

#include "LineSkim.h"

namespace oomlens::kernlog {

namespace {

// classifySyslogLine(); `midCheck` false when the caller has proved no mid-line marker is in the
// line (LineSkim.h). A pure function: the order of the tests does not change the answer.
[[gnu::always_inline]] inline SyslogLineKind classify(string_view raw, string_view host, bool midCheck) {
    const size_t stamp = syslogStampLengthOf(raw);
    if (stamp == 0 || isSpace(raw.back())) return SyslogLineKind::NotOrdinary;
    string_view rest = raw.substr(stamp + 1);
    const size_t hostEnd = rest.find(' ');
    if (hostEnd == string_view::npos || hostEnd == 0) return SyslogLineKind::NotOrdinary;
    const string_view lineHost = rest.substr(0, hostEnd);
    if (lineHost.back() == ':' || lineHost != host) return SyslogLineKind::NotOrdinary;
    rest.remove_prefix(hostEnd + 1);
    const size_t identEnd = rest.find(' ');
    if (identEnd == string_view::npos || identEnd < 2 || rest[identEnd - 1] != ':')
        return SyslogLineKind::NotOrdinary;
    const string_view ident = rest.substr(0, identEnd);
    if (!startsWith(ident, "kernel")) return SyslogLineKind::OtherProgram; // the full path ignores it too
    if (ident != "kernel:") return SyslogLineKind::NotOrdinary;
    string_view msg = rest.substr(identEnd + 1);
    if (const size_t n = stampLength(msg); n != 0) {
        if (n >= msg.size() || msg[n] != ' ') return SyslogLineKind::NotOrdinary;
        msg.remove_prefix(n + 1);
    }
    while (!msg.empty() && msg[0] == ' ')
        msg.remove_prefix(1);
    if (msg.empty() || msg[0] == '[' || memchr(msg.data(), '#', msg.size()))
        return SyslogLineKind::NotOrdinary;
    if (startsWithReportMarker(msg) || (midCheck && ReportBuilder::hasMidLineMarker(msg)))
        return SyslogLineKind::NotOrdinary;
    return SyslogLineKind::Kernel;
}

} // namespace

SyslogLineKind classifySyslogLine(string_view raw, string_view host) {
    return classify(raw, host, true);
}

SyslogRun skimOrdinarySyslogLines(const char *from, const char *end, string_view host, bool hostIdle,
                                  SkimIsa isa) {
    if (host.empty()) return {}; // a syslog line always names a host: none can match
    // Every such line holds " kernel" (its ident), so host anchors say nothing here.
    const SkimRun run = walkLines(
        from, end, fillFor(isa), [](char first) { return first >= 'A' && first <= 'S'; }, // a month
        [&](string_view line, bool, bool midHit) {
            switch (classify(line, host, midHit)) {
            case SyslogLineKind::OtherProgram:
                return LineVerdict::Take;
            case SyslogLineKind::Kernel:
                return hostIdle ? LineVerdict::TakeAndCount : LineVerdict::Stop;
            default:
                return LineVerdict::Stop;
            }
        });
    return {run.bytes, run.lines, run.counted};
}

SyslogRun skimOrdinarySyslogLines(const char *from, const char *end, string_view host, bool hostIdle) {
    static const SkimIsa best = bestSkimIsa();
    return skimOrdinarySyslogLines(from, end, host, hostIdle, best);
}

} // namespace oomlens::kernlog
