#include "Vmstat.h"

#include "TextScan.h"

namespace oomlens {

ParseResult<CounterMap> parseKeyValueCounters(QByteArrayView text) {
    ParseResult<CounterMap> r;
    CounterMap map;
    scan::Lines lines(text);
    QByteArrayView line, key, value, extra;
    while (lines.next(line)) {
        scan::Tokens t(line);
        if (!t.next(key)) continue; // empty line
        if (!t.next(value) || t.next(extra)) {
            r.issues.append(
                {lines.number(), QStringLiteral("expected 'name value', got %1").arg(scan::quoted(line))});
            continue;
        }
        const std::optional<quint64> v = scan::toU64(value);
        if (!v) {
            r.issues.append({lines.number(), QStringLiteral("value of %1 is not an unsigned number: %2")
                                                 .arg(scan::quoted(key), scan::quoted(value))});
            continue;
        }
        map.insert(scan::latin1(key), *v);
    }
    r.value = std::move(map);
    return r;
}

ParseResult<CounterMap> parseVmstat(QByteArrayView text) {
    ParseResult<CounterMap> r = parseKeyValueCounters(text);
    if (r.value && r.value->isEmpty())
        return ParseResult<CounterMap>::failure(0, QStringLiteral("no counters"));
    return r;
}

} // namespace oomlens
