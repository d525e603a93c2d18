#include "Pagetypeinfo.h"

#include "TextScan.h"

namespace oomlens {

namespace {

// "Node    0, zone      DMA, type    Unmovable      0 >100000 ..."
bool parseFreeLine(QByteArrayView line, PagetypeFreeLine &out, QString &reason) {
    // Split at the two commas: "Node    0" / " zone      DMA" / " type    Unmovable   counts..."
    const qsizetype c1 = line.indexOf(',');
    const qsizetype c2 = c1 < 0 ? -1 : line.indexOf(',', c1 + 1);
    if (c2 < 0) {
        reason = QStringLiteral("expected 'Node N, zone NAME, type TYPE counts...'");
        return false;
    }
    scan::Tokens head(line.first(c1)), zonePart(line.sliced(c1 + 1, c2 - c1 - 1)), rest(line.sliced(c2 + 1));
    QByteArrayView w, id, zw, zone, tw, type, cell;
    if (!head.next(w) || w != "Node" || !head.next(id) || !zonePart.next(zw) || zw != "zone" ||
        !zonePart.next(zone) || !rest.next(tw) || tw != "type" || !rest.next(type)) {
        reason = QStringLiteral("expected 'Node N, zone NAME, type TYPE counts...'");
        return false;
    }
    const std::optional<int> node = scan::toInt<int>(id);
    if (!node) {
        reason = QStringLiteral("node id %1 is not a number").arg(scan::quoted(id));
        return false;
    }
    out = {*node, scan::latin1(zone), {scan::latin1(type), {}, {}}};
    while (rest.next(cell)) {
        const bool atLeast = cell.startsWith(">");
        const std::optional<quint64> v = scan::toU64(atLeast ? cell.sliced(1) : cell);
        if (!v) {
            reason = QStringLiteral("count %1 is not a number").arg(scan::quoted(cell));
            return false;
        }
        out.free.blocks.append(*v);
        out.free.atLeast.append(atLeast);
    }
    return true;
}

} // namespace

ParseResult<Pagetypeinfo> parsePagetypeinfo(QByteArrayView text) {
    ParseResult<Pagetypeinfo> r;
    Pagetypeinfo info;
    QList<QString> blockTypes; // column names of the current "Number of blocks type" header
    scan::Lines lines(text);
    QByteArrayView line;
    QString reason;
    while (lines.next(line)) {
        const QByteArrayView text1 = scan::trimmed(line);
        if (text1.isEmpty()) continue;
        if (text1.startsWith("Page block order:") || text1.startsWith("Pages per block:")) {
            const std::optional<quint64> v = scan::toU64(scan::trimmed(text1.sliced(text1.indexOf(':') + 1)));
            if (!v)
                r.issues.append({lines.number(), QStringLiteral("malformed %1").arg(scan::quoted(text1))});
            (text1.startsWith("Page block") ? info.pageblockOrder : info.pagesPerBlock) = v;
            continue;
        }
        if (text1.startsWith("Free pages count per migrate type")) continue;
        if (text1.startsWith("Number of blocks type")) {
            blockTypes.clear();
            scan::Tokens t(text1.sliced(qsizetype(sizeof("Number of blocks type") - 1)));
            QByteArrayView name;
            while (t.next(name))
                blockTypes.append(scan::latin1(name));
            continue;
        }
        if (text1.startsWith("Number of mixed blocks")) { // CONFIG_PAGE_OWNER table: not needed
            blockTypes.clear();
            continue;
        }
        if (!text1.startsWith("Node")) {
            r.issues.append({lines.number(), QStringLiteral("unexpected line %1").arg(scan::quoted(text1))});
            continue;
        }
        if (text1.count(',') >= 2) {
            PagetypeFreeLine f;
            if (parseFreeLine(text1, f, reason))
                info.free.append(std::move(f));
            else
                r.issues.append({lines.number(), reason});
            continue;
        }
        // Block-count line: "Node 0, zone      DMA            1            7 ..."
        scan::Tokens t(text1);
        QByteArrayView w, id, zw, zone, cell;
        std::optional<int> node;
        if (t.next(w) && t.next(id) && id.endsWith(",") && t.next(zw) && zw == "zone" && t.next(zone))
            node = scan::toInt<int>(id.chopped(1));
        if (!node || blockTypes.isEmpty()) {
            if (!blockTypes.isEmpty() || node)
                r.issues.append({lines.number(),
                                 QStringLiteral("malformed block-count line %1").arg(scan::quoted(text1))});
            continue;
        }
        PagetypeBlockLine b{*node, scan::latin1(zone), {}};
        for (qsizetype i = 0; t.next(cell); ++i) {
            const std::optional<quint64> v = scan::toU64(cell);
            if (!v || i >= blockTypes.size()) {
                r.issues.append(
                    {lines.number(),
                     QStringLiteral("block count %1 does not fit the header").arg(scan::quoted(cell))});
                break;
            }
            b.pageblocks.insert(blockTypes[i], *v);
        }
        info.blocks.append(std::move(b));
    }
    if (info.free.isEmpty() && info.blocks.isEmpty())
        return ParseResult<Pagetypeinfo>::failure(0, QStringLiteral("no per-zone lines"));
    r.value = std::move(info);
    return r;
}

} // namespace oomlens
