#include "Zoneinfo.h"

#include "TextScan.h"

namespace oomlens {

namespace {

enum class Section {
    BeforeFirstZone,
    NodeStats,  // "per-node stats" block
    Watermarks, // after "pages free": watermarks, sizes, and (old layouts) counters
    Counters,   // after "protection:"
    Pagesets,   // per-CPU lists, skipped
    Trailer,    // node_unreclaimable, start_pfn, ...
};

// "Node 0, zone      DMA" -> node id and zone name.
bool parseHeader(QByteArrayView line, int &node, QString &zone) {
    scan::Tokens t(line);
    QByteArrayView word, id, zoneWord, name, extra;
    if (!t.next(word) || word != "Node" || !t.next(id) || !id.endsWith(",") || !t.next(zoneWord) ||
        zoneWord != "zone" || !t.next(name) || t.next(extra))
        return false;
    const std::optional<int> n = scan::toInt<int>(id.chopped(1));
    if (!n || *n < 0) return false;
    node = *n;
    zone = scan::latin1(name);
    return true;
}

// "protection: (0, 3018, 4682, 4682, 4682)"
bool parseProtection(QByteArrayView rest, QList<quint64> &out) {
    rest = scan::trimmed(rest);
    if (!rest.startsWith("(") || !rest.endsWith(")")) return false;
    rest = rest.sliced(1).chopped(1);
    out.clear();
    qsizetype start = 0;
    while (start <= rest.size()) {
        qsizetype comma = rest.indexOf(',', start);
        if (comma < 0) comma = rest.size();
        const std::optional<quint64> v = scan::toU64(scan::trimmed(rest.sliced(start, comma - start)));
        if (!v) return false;
        out.append(*v);
        start = comma + 1;
    }
    return true;
}

bool isPagesetKey(QByteArrayView key) {
    return key == "cpu" || key == "count" || key == "high" || key == "batch" || key == "high_min" ||
           key == "high_max" || key == "vm stats threshold" || key == "pcp";
}

// The watermark/size lines; everything else in that section is a counter.
std::optional<quint64> *watermarkField(Zone &z, QByteArrayView key) {
    if (key == "boost") return &z.boostPages;
    if (key == "min") return &z.minPages;
    if (key == "low") return &z.lowPages;
    if (key == "high") return &z.highPages;
    if (key == "promo") return &z.promoPages;
    if (key == "spanned") return &z.spannedPages;
    if (key == "present") return &z.presentPages;
    if (key == "managed") return &z.managedPages;
    if (key == "cma") return &z.cmaPages;
    return nullptr;
}

struct ZoneinfoParser {
    ParseResult<QList<MemoryNode>> result;
    QList<MemoryNode> nodes;
    Section section = Section::BeforeFirstZone;
    bool sawProtection = false; // of the current zone

    Zone *zone() {
        return nodes.isEmpty() || nodes.last().zones.isEmpty() ? nullptr : &nodes.last().zones.last();
    }
    void issue(int line, QString reason) { result.issues.append({line, std::move(reason)}); }

    void header(int node, QString name) {
        if (nodes.isEmpty() || nodes.last().id != node) {
            MemoryNode n;
            n.id = node;
            nodes.append(n);
        }
        Zone z;
        z.name = std::move(name);
        z.index = int(nodes.last().zones.size());
        nodes.last().zones.append(std::move(z));
        section = Section::Watermarks; // until "per-node stats" or "pages free" says otherwise
        sawProtection = false;
    }

    void counter(int lineNo, QByteArrayView key, QByteArrayView value, QMap<QString, quint64> &into) {
        const std::optional<quint64> v = scan::toU64(value);
        if (!v)
            return issue(lineNo, QStringLiteral("value of %1 is not a number: %2")
                                     .arg(scan::quoted(key), scan::quoted(value)));
        into.insert(scan::latin1(key), *v);
    }

    void line(int lineNo, QByteArrayView line) {
        const QByteArrayView text = scan::trimmed(line);
        if (text.isEmpty()) return;
        int nodeId = 0;
        QString zoneName;
        if (text.startsWith("Node ")) {
            if (parseHeader(text, nodeId, zoneName)) return header(nodeId, std::move(zoneName));
            return issue(lineNo, QStringLiteral("malformed zone header %1").arg(scan::quoted(text)));
        }
        Zone *z = zone();
        if (!z) return issue(lineNo, QStringLiteral("text before the first 'Node N, zone NAME' header"));
        if (text == "per-node stats") {
            section = Section::NodeStats;
            return;
        }
        if (text == "pagesets") {
            section = Section::Pagesets;
            return;
        }
        // "key: value" lines: protection, pagesets fields, trailer fields.
        const qsizetype colon = text.indexOf(':');
        if (colon > 0) {
            const QByteArrayView key = scan::trimmed(text.first(colon));
            const QByteArrayView rest = scan::trimmed(text.sliced(colon + 1));
            if (key == "protection") {
                if (!parseProtection(rest, z->protection))
                    issue(lineNo, QStringLiteral("malformed protection %1").arg(scan::quoted(rest)));
                sawProtection = true;
                section = Section::Counters;
                return;
            }
            if (isPagesetKey(key) || section == Section::Pagesets) {
                if (!isPagesetKey(key))
                    section = Section::Trailer;
                else
                    return;
            }
            scan::Tokens t(rest);
            QByteArrayView value;
            const std::optional<quint64> v = t.next(value) ? scan::toU64(value) : std::nullopt;
            if (key == "start_pfn") {
                z->startPfn = v;
            } else if (key == "node_unreclaimable" || key == "all_unreclaimable") {
                if (v) z->nodeUnreclaimable = *v != 0;
            }
            section = Section::Trailer;
            return; // other trailer lines (prev_priority, inactive_ratio, ...) are ignored
        }
        if (section == Section::Pagesets || section == Section::Trailer)
            return; // old "cpu: 0 pcp: 0" lines and friends
        // "key value" lines.
        scan::Tokens t(text);
        QByteArrayView key, value;
        t.next(key);
        if (scan::toU64(key))
            return issue(
                lineNo,
                QStringLiteral("counter line without a name (value %1), ignored").arg(scan::quoted(key)));
        if (key == "pages") { // "pages free     3840"
            QByteArrayView free, number;
            if (!t.next(free) || free != "free" || !t.next(number) || !(z->freePages = scan::toU64(number)))
                issue(lineNo, QStringLiteral("malformed 'pages free' line %1").arg(scan::quoted(text)));
            section = Section::Watermarks;
            return;
        }
        if (!t.next(value))
            return issue(lineNo, QStringLiteral("expected 'name value', got %1").arg(scan::quoted(text)));
        if (section == Section::NodeStats) return counter(lineNo, key, value, nodes.last().stats);
        if (section == Section::Watermarks) {
            if (std::optional<quint64> *field = watermarkField(*z, key)) {
                if (!(*field = scan::toU64(value)))
                    issue(lineNo, QStringLiteral("value of %1 is not a number: %2")
                                      .arg(scan::quoted(key), scan::quoted(value)));
                return;
            }
        }
        counter(lineNo, key, value, z->counters); // "scanned 0 (a: 0 i: 0)" keeps its first value
    }

    // A kernel prints every zone block up to `protection:`, and a populated zone on to
    // `start_pfn:`; a block that stops earlier was cut off.
    void finish(QByteArrayView text, int lastLine) {
        const Zone *z = zone();
        if (!z) {
            result.issues.append({0, QStringLiteral("no 'Node N, zone NAME' header found")});
            return;
        }
        QString cut;
        if (!text.endsWith('\n'))
            cut = QStringLiteral("file ends in the middle of a line");
        else if (!sawProtection)
            cut = QStringLiteral("zone %1 of node %2 ends before its 'protection:' line")
                      .arg(z->name)
                      .arg(nodes.last().id);
        else if (z->isPopulated() && !z->startPfn) // every layout since 2.6 ends a populated zone so
            cut = QStringLiteral("zone %1 of node %2 ends before its 'start_pfn:' line")
                      .arg(z->name)
                      .arg(nodes.last().id);
        if (!cut.isEmpty()) {
            result.truncated = true;
            issue(lastLine, QStringLiteral("cut off: %1").arg(cut));
        }
        result.value = std::move(nodes);
    }
};

} // namespace

ParseResult<QList<MemoryNode>> parseZoneinfo(QByteArrayView text) {
    ZoneinfoParser p;
    scan::Lines lines(text);
    QByteArrayView line;
    while (lines.next(line)) {
        // A last line without its newline may be cut mid-number ("min 5" of "min 53"): not trusted.
        if (!text.endsWith('\n') && line.data() + line.size() == text.data() + text.size()) break;
        p.line(lines.number(), line);
    }
    p.finish(text, lines.number());
    return std::move(p.result);
}

} // namespace oomlens
