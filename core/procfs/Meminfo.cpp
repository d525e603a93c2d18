#include "Meminfo.h"

#include "TextScan.h"

namespace oomlens {

namespace {

// One "Key:   value [kB]" line. Returns false (with a reason) on a malformed line.
bool parseLine(QByteArrayView line, MeminfoMap &out, QString &reason) {
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) {
        reason = QStringLiteral("no 'key:' in %1").arg(scan::quoted(line));
        return false;
    }
    const QByteArrayView key = scan::trimmed(line.first(colon));
    scan::Tokens t(line.sliced(colon + 1));
    QByteArrayView number, unit, extra;
    if (!t.next(number)) {
        reason = QStringLiteral("no value for %1").arg(scan::quoted(key));
        return false;
    }
    const std::optional<quint64> v = scan::toU64(number);
    if (!v) {
        reason =
            QStringLiteral("value of %1 is not a number: %2").arg(scan::quoted(key), scan::quoted(number));
        return false;
    }
    quint64 value = *v;
    if (t.next(unit)) {
        if (unit != "kB") {
            reason = QStringLiteral("unknown unit %1 for %2").arg(scan::quoted(unit), scan::quoted(key));
            return false;
        }
        value *= 1024;
    }
    if (t.next(extra)) {
        reason = QStringLiteral("unexpected text after the value of %1").arg(scan::quoted(key));
        return false;
    }
    out.insert(scan::latin1(key), value);
    return true;
}

} // namespace

ParseResult<MeminfoMap> parseMeminfo(QByteArrayView text) {
    ParseResult<MeminfoMap> r;
    MeminfoMap map;
    scan::Lines lines(text);
    QByteArrayView line;
    QString reason;
    while (lines.next(line)) {
        if (scan::trimmed(line).isEmpty()) continue;
        if (!parseLine(line, map, reason)) r.issues.append({lines.number(), reason});
    }
    if (map.isEmpty()) return ParseResult<MeminfoMap>::failure(0, QStringLiteral("no meminfo lines"));
    r.value = std::move(map);
    return r;
}

ParseResult<NodeMeminfo> parseNodeMeminfo(QByteArrayView text) {
    ParseResult<NodeMeminfo> r;
    NodeMeminfo node;
    scan::Lines lines(text);
    QByteArrayView line;
    QString reason;
    while (lines.next(line)) {
        if (scan::trimmed(line).isEmpty()) continue;
        scan::Tokens t(line);
        QByteArrayView word, id;
        std::optional<int> n;
        if (t.next(word) && word == "Node" && t.next(id)) n = scan::toInt<int>(id);
        if (!n || (node.node >= 0 && *n != node.node)) {
            r.issues.append({lines.number(),
                             QStringLiteral("line does not start with 'Node %1'")
                                 .arg(node.node >= 0 ? QString::number(node.node) : QStringLiteral("N"))});
            continue;
        }
        node.node = *n;
        if (!parseLine(t.rest(), node.values, reason)) r.issues.append({lines.number(), reason});
    }
    if (node.values.isEmpty())
        return ParseResult<NodeMeminfo>::failure(0, QStringLiteral("no per-node meminfo lines"));
    r.value = std::move(node);
    return r;
}

} // namespace oomlens
