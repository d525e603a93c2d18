#include "SingleValue.h"

#include "TextScan.h"

namespace oomlens {

ParseResult<qint64> parseSingleInt(QByteArrayView text) {
    const QByteArrayView t = scan::trimmed(text);
    if (t.isEmpty()) return ParseResult<qint64>::failure(1, QStringLiteral("empty file"));
    ParseResult<qint64> r;
    r.value = scan::toI64(t);
    if (!r.value) r.issues.append({1, QStringLiteral("not an integer: %1").arg(scan::quoted(t))});
    return r;
}

ParseResult<quint64> parseSingleU64(QByteArrayView text) {
    const QByteArrayView t = scan::trimmed(text);
    if (t.isEmpty()) return ParseResult<quint64>::failure(1, QStringLiteral("empty file"));
    ParseResult<quint64> r;
    r.value = scan::toU64(t);
    if (!r.value) r.issues.append({1, QStringLiteral("not an unsigned integer: %1").arg(scan::quoted(t))});
    return r;
}

ParseResult<QList<qint64>> parseIntList(QByteArrayView text) {
    ParseResult<QList<qint64>> r;
    QList<qint64> out;
    scan::Lines lines(text);
    QByteArrayView line, token;
    while (lines.next(line)) {
        scan::Tokens t(line);
        while (t.next(token)) {
            const std::optional<qint64> v = scan::toI64(token);
            if (!v)
                return ParseResult<QList<qint64>>::failure(
                    lines.number(), QStringLiteral("not an integer: %1").arg(scan::quoted(token)));
            out.append(*v);
        }
    }
    r.value = std::move(out);
    return r;
}

} // namespace oomlens
