#include "Buddyinfo.h"

#include "TextScan.h"

namespace oomlens {

namespace {
// Orders per zone: MAX_PAGE_ORDER + 1 (include/linux/mmzone.h), 11 by default; the largest any
// architecture allowed was ia64's FORCE_MAX_ZONEORDER 17 (18 orders). Twice that is no kernel.
constexpr qsizetype kMaxBuddyOrders = 36;
} // namespace

ParseResult<QList<BuddyinfoRow>> parseBuddyinfo(QByteArrayView text) {
    ParseResult<QList<BuddyinfoRow>> r;
    QList<BuddyinfoRow> out;
    scan::Lines lines(text);
    QByteArrayView line;
    while (lines.next(line)) {
        if (scan::trimmed(line).isEmpty()) continue;
        scan::Tokens t(line);
        QByteArrayView word, id, zoneWord, zone, cell;
        std::optional<int> node;
        if (t.next(word) && word == "Node" && t.next(id) && id.endsWith(",") && t.next(zoneWord) &&
            zoneWord == "zone" && t.next(zone))
            node = scan::toInt<int>(id.chopped(1));
        if (!node) {
            r.issues.append(
                {lines.number(),
                 QStringLiteral("expected 'Node N, zone NAME counts...', got %1").arg(scan::quoted(line))});
            continue;
        }
        BuddyinfoRow b{*node, scan::latin1(zone), {}};
        bool ok = true;
        while (ok && t.next(cell)) {
            const std::optional<quint64> v = scan::toU64(cell);
            ok = v.has_value();
            if (ok)
                b.freeBlocks.append(*v);
            else
                r.issues.append({lines.number(), QStringLiteral("count %1 of zone %2 is not a number")
                                                     .arg(scan::quoted(cell), scan::quoted(zone))});
        }
        if (!ok) continue;
        if (b.freeBlocks.isEmpty()) {
            r.issues.append(
                {lines.number(), QStringLiteral("zone %1 has no counts").arg(scan::quoted(zone))});
            continue;
        }
        if (b.freeBlocks.size() > kMaxBuddyOrders) {
            r.issues.append(
                {lines.number(), QStringLiteral("zone %1 lists %2 orders; no kernel has more than %3")
                                     .arg(scan::quoted(zone))
                                     .arg(b.freeBlocks.size())
                                     .arg(kMaxBuddyOrders)});
            continue;
        }
        out.append(std::move(b));
    }
    if (out.isEmpty())
        return ParseResult<QList<BuddyinfoRow>>::failure(0, QStringLiteral("no 'Node N, zone NAME' lines"));
    r.value = std::move(out);
    return r;
}

} // namespace oomlens
