#include "CgroupFiles.h"

#include "procfs/SingleValue.h"
#include "procfs/TextScan.h"

namespace oomlens {

ParseResult<LimitBytes> parseV2Limit(QByteArrayView text) {
    ParseResult<LimitBytes> r;
    const QByteArrayView t = scan::trimmed(text);
    if (t == "max") {
        r.value.emplace(); // engaged outer optional, unlimited inside
        return r;
    }
    const std::optional<quint64> v = scan::toU64(t);
    if (!v)
        return ParseResult<LimitBytes>::failure(
            1, QStringLiteral("expected a byte count or 'max', got %1").arg(scan::quoted(t)));
    r.value = LimitBytes(*v);
    return r;
}

bool isV1Unlimited(quint64 value, quint64 pageSize) {
    // 64-bit: PAGE_COUNTER_MAX = LONG_MAX / PAGE_SIZE pages -> LONG_MAX rounded down to a page;
    // every encoding seen is >= 2^62. 32-bit: PAGE_COUNTER_MAX = LONG_MAX pages (2^31 - 1).
    if (value >= (quint64(1) << 62)) return true;
    return pageSize != 0 && value == quint64(0x7fffffff) * pageSize;
}

ParseResult<LimitBytes> parseV1Limit(QByteArrayView text, quint64 pageSize) {
    const ParseResult<quint64> n = parseSingleU64(text);
    ParseResult<LimitBytes> r;
    r.issues = n.issues;
    if (n.value) r.value.emplace(isV1Unlimited(*n.value, pageSize) ? LimitBytes() : LimitBytes(*n.value));
    return r;
}

} // namespace oomlens
