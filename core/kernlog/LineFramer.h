// Line framing: takes one physical log line and finds the kernel message inside it, whatever
// wrapped it on the way to the user. The style is detected per line (one file can mix them):
//
//   [ 1234.567890] msg                              dmesg (also <4>[...] console, [..][T123] caller id)
//   [  +0.002367] msg                               dmesg --reltime (deltas: no uptime kept)
//   [Sat Sep 11 12:24:42 2021] msg                  dmesg -T, also localised: [二 9月  3 05:57:48 2024]
//   Sep 11 12:24:42 host kernel: [123.4] msg        syslog / journalctl short(-precise), host optional
//   2024-01-07T17:53:49.05+00:00 host kernel: msg   RFC 3339 syslog / journalctl short-iso
//   [ 1234.567890] host kernel: msg                 journalctl short-monotonic
//   {"MESSAGE": "...", ...}                         journalctl -o json
//   warning|kernel[-]|[2919920.414131] msg          vendor rsyslog template
//   kernel: [ 1475.869152] msg                      syslog with date and host cut away
//   kern  :warn  : [ 12.3] msg                      dmesg -x
//   > msg, <TAB>msg                                 mail quotes, indented pastes, no time at all
//
// The framer is a pure function of the line plus the host of the previous line (lines without
// a prefix continue the previous record, as util-linux dmesg prints multi-line records).
#pragma once

#include "TextScan.h"

#include "model/OomEvent.h"

#include <QByteArray>

#include <string>

namespace oomlens::kernlog {

enum class WallStyle : std::uint8_t {
    None,
    Syslog,  // "Sep 11 12:24:42[.123456]" (no year)
    Iso,     // "2024-01-07T17:53:49.053424+00:00", "2023-12-04T10:49:30+0000"
    DmesgT,  // "Sat Sep 11 12:24:42 2021", localised month names allowed
    Journal, // __REALTIME_TIMESTAMP microseconds since the epoch
};

struct FramedLine {
    string_view message;  // the kernel's text, trimmed
    string_view host;     // empty when the line names none
    string_view wallText; // timestamp text in the style below
    WallStyle wallStyle = WallStyle::None;
    string_view uptimeText;     // "1234.567890" from the printk timestamp
    bool kernel = true;         // false: a syslog/journal line of another program (never part of a report)
    bool prefixed = false;      // some prefix was recognised (else: a pasted or continuation line)
    bool trailingSpace = false; // the raw line ended in a space (mail clients' soft line break)
    bool viaSyslog = false;     // not a bare dmesg line: a syslog daemon may have escaped it (#012)
    bool multiline = false;     // the message holds '\n' (a journal JSON record of several lines)
};

class LineFramer {
public:
    FramedLine frame(string_view raw);
    // A bare dmesg line the caller handled itself (it names no host).
    void noteBareLine() {
        if (!m_lastHost.empty()) m_lastHost.clear();
    }
    // The host the next unprefixed line would inherit.
    string_view lastHost() const { return m_lastHost; }

private:
    bool frameJson(string_view raw, FramedLine &out);
    std::string m_lastHost; // unprefixed lines belong to the host of the line before
    QByteArray m_jsonMessage, m_jsonHost, m_jsonTime, m_jsonUptime;
};

// Length of a leading classic syslog stamp "Sep 11 12:24:42[.123456]" (without the space after
// it), 0 if there is none.
size_t syslogStampLengthOf(string_view s);

// Length of a leading printk stamp "[ 1234.567890]" including the brackets, 0 if there is none.
size_t uptimeBracketLength(string_view s);

// For the line skims (LineSkim.h), the framer's own tests: the length of a leading RFC 3339 stamp
// "2024-01-07T17:53:49.053424+00:00" (without the space after it), 0 if there is none; the length
// of a leading dmesg -T bracket "[Sat Sep 11 12:24:42 2021]", 0 if it is none or another kind;
// whether a leading "[...]" is none the framer takes (no stamp, caller id or clock: "[drm] ...",
// "[UFW BLOCK] ..." stay part of the message). A dmesg -T length depends on the bytes up to its ']' only.
size_t isoStampLengthOf(string_view s);
size_t wallClockBracketLength(string_view s);
bool isPlainTextBracket(string_view s);

// The printk timestamp of a framed line, in seconds.
std::optional<double> parseUptime(string_view text);
// The wall-clock time of a framed line; `yearGuessed` is set for syslog stamps (no year printed),
// which take `fallbackYear`.
std::optional<QDateTime> parseWallClock(string_view text, WallStyle style, int fallbackYear,
                                        bool *yearGuessed);

} // namespace oomlens::kernlog
