// SPDX-License-Identifier: GPL-2.0-or-later
// Text that came from the outside (a victim's comm from a log, a zone name from a capture, a
// file name in an archive) made safe to print: control characters become visible escapes and
// over-long text is cut. A comm is chosen by the process (prctl PR_SET_NAME) and a log may be
// anyone's, so "\e]0;title\a" or "\e[2J" must not reach a terminal as a command.
#pragma once

#include <QString>
#include <QStringView>

namespace oomlens {

enum class Newlines { Escape, Keep };

// Replaces C0 controls (U+0000-U+001F), DEL and C1 controls (U+0080-U+009F, e.g. CSI U+009B)
// with "\xHH"; with Newlines::Keep '\n' and '\t' stay. Backslashes stay as they are: cgroup names
// carry systemd's own "\x2d" escapes and must print as the kernel shows them. The result is at most
// `maxChars` characters of the input, then
// "... (N more characters)". maxChars < 0: no cut.
QString printable(QStringView text, qsizetype maxChars = -1, Newlines newlines = Newlines::Escape);

// Bytes of unknown encoding (a name inside an archive, a token of a kernel file): decoded as
// UTF-8 (invalid sequences become U+FFFD), then as above; cut after `maxChars` bytes.
QString printableBytes(QByteArrayView bytes, qsizetype maxChars = -1);

// How long a name or value quoted inside a problem message may be.
inline constexpr qsizetype kMaxQuotedChars = 80;

} // namespace oomlens
