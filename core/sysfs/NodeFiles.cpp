#include "NodeFiles.h"

#include "procfs/TextScan.h"

namespace oomlens {

ParseResult<QList<int>> parseIdList(QByteArrayView text) {
    using R = ParseResult<QList<int>>;
    // A guard against "0-4294967295": no real host has a million CPUs or nodes.
    constexpr int maxIds = 1 << 20;
    const QByteArrayView t = scan::trimmed(text);
    QList<int> out;
    qsizetype start = 0;
    while (start < t.size()) {
        qsizetype comma = t.indexOf(',', start);
        if (comma < 0) comma = t.size();
        const QByteArrayView part = t.sliced(start, comma - start);
        const qsizetype dash = part.indexOf('-');
        const std::optional<int> first = scan::toInt<int>(dash < 0 ? part : part.first(dash));
        const std::optional<int> last = dash < 0 ? first : scan::toInt<int>(part.sliced(dash + 1));
        if (!first || !last || *first < 0 || *last < *first || *last - *first > maxIds - out.size())
            return R::failure(1, QStringLiteral("malformed range %1").arg(scan::quoted(part)));
        for (int i = *first; i <= *last; ++i)
            out.append(i);
        start = comma + 1;
    }
    R r;
    r.value = std::move(out);
    return r;
}

ParseResult<QList<int>> parseNodeDistance(QByteArrayView text) {
    using R = ParseResult<QList<int>>;
    QList<int> out;
    scan::Tokens t(text);
    QByteArrayView token;
    while (t.next(token)) {
        const std::optional<int> v = scan::toInt<int>(token);
        if (!v) return R::failure(1, QStringLiteral("distance %1 is not a number").arg(scan::quoted(token)));
        out.append(*v);
    }
    if (out.isEmpty()) return R::failure(1, QStringLiteral("empty distance file"));
    R r;
    r.value = std::move(out);
    return r;
}

} // namespace oomlens
