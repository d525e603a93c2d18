#include "TextScan.h"

#include "model/Printable.h"

#include <algorithm>

namespace oomlens::scan {

std::optional<double> toDouble(QByteArrayView v) {
    // from_chars is locale-independent (strtod would read "0,5" under a German locale, which
    // QCoreApplication installs with setlocale()).
    double d = 0;
    if (v.isEmpty()) return std::nullopt;
    const auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), d);
    if (ec != std::errc() || ptr != v.data() + v.size()) return std::nullopt;
    return d;
}

QString quoted(QByteArrayView v) {
    constexpr qsizetype maxShown = 40;
    // Escaped: the token comes from the file, and the message may end up on a terminal.
    QString s = printable(QString::fromUtf8(v.first(std::min(v.size(), maxShown))));
    if (v.size() > maxShown) s += QStringLiteral("...");
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

bool keyValue(QByteArrayView line, QByteArrayView &key, QByteArrayView &value) {
    Tokens t(line);
    return t.next(key) && t.next(value);
}

} // namespace oomlens::scan
