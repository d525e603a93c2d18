// SPDX-License-Identifier: GPL-2.0-or-later
#include "Printable.h"

#include <algorithm>

namespace oomlens {

namespace {

bool isControl(char16_t c) {
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f);
}

// What a multi-line text output is made of: kept with Newlines::Keep.
bool isLayout(char16_t c) {
    return c == u'\n' || c == u'\t';
}

} // namespace

QString printable(QStringView text, qsizetype maxChars, Newlines newlines) {
    const qsizetype shown = maxChars < 0 ? text.size() : std::min(text.size(), maxChars);
    bool clean = shown == text.size();
    for (qsizetype i = 0; clean && i < shown; ++i) {
        const char16_t c = text[i].unicode();
        clean = !isControl(c) || (isLayout(c) && newlines == Newlines::Keep);
    }
    if (clean) return text.toString(); // the usual case: nothing to change

    QString out;
    out.reserve(shown + 16);
    for (qsizetype i = 0; i < shown; ++i) {
        const char16_t c = text[i].unicode();
        if (isLayout(c) && newlines == Newlines::Keep)
            out += QChar(c);
        else if (isControl(c))
            out += QStringLiteral("\\x%1").arg(unsigned(c), 2, 16, QLatin1Char('0'));
        else
            out += QChar(c);
    }
    if (shown < text.size()) out += QStringLiteral("... (%1 more characters)").arg(text.size() - shown);
    return out;
}

QString printableBytes(QByteArrayView bytes, qsizetype maxChars) {
    if (maxChars < 0 || bytes.size() <= maxChars) return printable(QString::fromUtf8(bytes));
    // Decode no more than is shown: a 100 KB name is cut anyway (a cut inside a UTF-8 sequence
    // shows as U+FFFD).
    return printable(QString::fromUtf8(bytes.first(maxChars))) +
           QStringLiteral("... (%1 more bytes)").arg(bytes.size() - maxChars);
}

} // namespace oomlens
