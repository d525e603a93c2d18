// The memory state printed by show_free_areas() (mm/page_alloc.c up to ~6.4, mm/show_mem.c
// __show_free_areas() after) and show_mem(): Mem-Info summary (pages), per-node and per-zone lines
// (kB), buddy free areas, hugepages (mm/hugetlb.c), swap and page totals.
#include "ReportLines.h"

namespace oomlens::kernlog {

namespace {

// "Node 3 " -> 3, consuming it from s.
std::optional<int> takeNode(string_view &s) {
    if (!startsWith(s, "Node ")) return std::nullopt;
    size_t used = 0;
    auto n = parseU64(s.substr(5), &used);
    if (!n || 5 + used >= s.size() || s[5 + used] != ' ') return std::nullopt;
    s.remove_prefix(5 + used + 1);
    return int(*n);
}

bool isZoneName(string_view z) {
    return z == "DMA" || z == "DMA32" || z == "Normal" || z == "HighMem" || z == "Movable" || z == "Device";
}

// "key:123kB" -> (key, bytes, true) ; "key:17" -> (key, 17, false)
bool splitKeyValue(string_view tok, string_view *key, std::uint64_t *value, bool *isKb) {
    const size_t c = tok.find(':');
    if (c == string_view::npos || c == 0) return false;
    string_view v = tok.substr(c + 1);
    size_t used = 0;
    auto n = parseU64(v, &used);
    if (!n) return false;
    string_view unit = v.substr(used);
    *key = tok.substr(0, c);
    if (unit == "kB" || unit == "KB") {
        *value = *n * 1024;
        *isKb = true;
    } else if (unit.empty()) {
        *value = *n;
        *isKb = false;
    } else {
        return false;
    }
    return true;
}

} // namespace

bool isMemInfoSummaryStart(string_view msg) {
    return startsWith(msg, "active_anon:") || startsWith(msg, "Active:");
}

// Mem-Info summary: "active_anon:20533 inactive_anon:97 isolated_anon:0" (pages). Every token of
// the line must be a key:number pair, so stray lines are not mistaken for it.
bool parseMemInfoPairs(string_view msg, NamedValues &pages) {
    string_view rest = msg;
    QList<std::pair<QString, std::uint64_t>> found;
    while (true) {
        string_view tok = nextToken(rest);
        if (tok.empty()) break;
        string_view key;
        std::uint64_t v = 0;
        bool kb = false;
        if (!splitKeyValue(tok, &key, &v, &kb) || kb) return false;
        found.append({qs(key), v});
    }
    if (found.isEmpty()) return false;
    pages.items.append(found);
    return true;
}

// "Node 0 DMA32 free:44640kB min:44696kB low:55868kB high:67044kB ... all_unreclaimable? yes"
// "Normal free:230984kB boost:202752kB min:292864kB ..." (no "Node N" on UMA builds)
std::optional<ZoneWatermarks> parseZoneLine(string_view msg) {
    string_view s = msg;
    ZoneWatermarks z;
    z.node = takeNode(s);
    string_view zone = nextToken(s);
    if (!isZoneName(zone) || !startsWith(trimmed(s), "free:")) return std::nullopt;
    z.zone = qs(zone);
    while (true) {
        string_view tok = nextToken(s);
        if (tok.empty()) break;
        if (tok == "all_unreclaimable?") {
            string_view yn = nextToken(s);
            z.allUnreclaimable = yn == "yes";
            continue;
        }
        string_view key;
        std::uint64_t v = 0;
        bool kb = false;
        if (!splitKeyValue(tok, &key, &v, &kb))
            continue; // paste artifacts ("unevi    ctable:0kB"), annotations
        z.fields.items.append({qs(key), v});
        if (!kb) continue;
        if (key == "free")
            z.free = v;
        else if (key == "min")
            z.min = v;
        else if (key == "low")
            z.low = v;
        else if (key == "high")
            z.high = v;
        else if (key == "boost")
            z.boost = v;
        else if (key == "managed")
            z.managed = v;
        else if (key == "present")
            z.present = v;
        else if (key == "free_cma")
            z.freeCma = v;
        else if (key == "reserved_highatomic")
            z.reservedHighatomic = v;
    }
    return z;
}

// 4.8+: "Node 0 active_anon:1314112kB inactive_anon:6208kB ... all_unreclaimable? yes"
std::optional<NodeLine> parseNodeLine(string_view msg) {
    string_view s = msg;
    auto node = takeNode(s);
    if (!node || !startsWith(s, "active_anon:")) return std::nullopt;
    NodeLine n;
    n.node = *node;
    while (true) {
        string_view tok = nextToken(s);
        if (tok.empty()) break;
        if (tok == "all_unreclaimable?") {
            n.allUnreclaimable = nextToken(s) == "yes";
            continue;
        }
        string_view key;
        std::uint64_t v = 0;
        bool kb = false;
        if (splitKeyValue(tok, &key, &v, &kb)) n.bytes.items.append({qs(key), v});
    }
    return n;
}

// "Node 0 DMA32: 1416*4kB (UE) 800*8kB (UE) ... 1*4096kB (R) = 44800kB"; "DMA32: empty" (2.6)
std::optional<BuddyLine> parseBuddyLine(string_view msg) {
    string_view s = msg;
    BuddyLine b;
    b.node = takeNode(s);
    string_view zone = nextToken(s);
    if (zone.size() < 2 || zone.back() != ':' || !isZoneName(zone.substr(0, zone.size() - 1)))
        return std::nullopt;
    b.zone = qs(zone.substr(0, zone.size() - 1));
    if (trimmed(s) == "empty") {
        b.empty = true;
        return b;
    }
    bool any = false;
    while (true) {
        string_view tok = nextToken(s);
        if (tok.empty()) break;
        if (tok == "=") {
            if (string_view total = nextToken(s); !total.empty()) b.total = parseKbToBytes(total);
            break;
        }
        if (tok.front() == '(' && tok.back() == ')' && !b.orders.isEmpty()) {
            b.orders.last().migrateTypes = qs(tok.substr(1, tok.size() - 2));
            continue;
        }
        const size_t star = tok.find('*');
        if (star == string_view::npos) continue;
        auto count = toU64(tok.substr(0, star));
        auto size = parseKbToBytes(tok.substr(star + 1));
        if (!count || !size) continue;
        b.orders.append({*size, *count, {}});
        any = true;
    }
    if (!any) return std::nullopt;
    return b;
}

std::optional<HugepagesLine> parseHugepagesLine(string_view msg) {
    string_view s = msg;
    HugepagesLine h;
    h.node = takeNode(s);
    if (!startsWith(s, "hugepages_total=")) return std::nullopt;
    while (true) {
        string_view tok = nextToken(s);
        if (tok.empty()) break;
        const size_t eq = tok.find('=');
        if (eq == string_view::npos) continue;
        string_view key = tok.substr(0, eq), value = tok.substr(eq + 1);
        if (key == "hugepages_total")
            h.total = toU64(value);
        else if (key == "hugepages_free")
            h.free = toU64(value);
        else if (key == "hugepages_surp")
            h.surplus = toU64(value);
        else if (key == "hugepages_size")
            h.pageSize = parseKbToBytes(value);
    }
    return h;
}

bool parseLowmemReserve(string_view msg, QList<std::uint64_t> &out) {
    if (!startsWith(msg, "lowmem_reserve[]:")) return false;
    string_view s = msg.substr(17);
    out.clear();
    while (true) {
        string_view tok = nextToken(s);
        if (tok.empty()) break;
        if (auto v = toU64(tok)) out.append(*v);
    }
    return true;
}

// show_mem() and friends: "1121 total pagecache pages", "0 pages in swap cache",
// "Free swap  = 0kB", "Total swap = 0kB", "31744 pages RAM", "546 pages reserved", ...
bool parseTotalsLine(string_view msg, MemTotals &t, LineNo line) {
    if (startsWith(msg, "Free swap")) {
        if (auto v = valueAfter(msg, "= ", " ")) t.freeSwap = parseKbToBytes(*v);
        t.swapLine = line;
        return true;
    }
    if (startsWith(msg, "Total swap")) {
        if (auto v = valueAfter(msg, "= ", " ")) t.totalSwap = parseKbToBytes(*v);
        t.swapLine = t.swapLine ? t.swapLine : line;
        return true;
    }
    if (msg.empty() || !isDigit(msg[0])) return false;
    size_t used = 0;
    auto n = parseU64(msg, &used);
    const string_view what = trimmed(msg.substr(used));
    if (!n) return false;
    if (what == "total pagecache pages")
        t.pagecachePages = n;
    else if (what == "pages in swap cache")
        t.swapCachePages = n;
    else if (what == "pages RAM") {
        t.pagesRam = n;
        t.ramLine = line;
    } else if (what == "pages HighMem/MovableOnly" || what == "pages HighMem")
        t.pagesHighMemMovable = n;
    else if (what == "pages reserved")
        t.pagesReserved = n;
    else if (what == "pages cma reserved")
        t.pagesCmaReserved = n;
    else if (what == "pages hwpoisoned")
        t.pagesHwpoisoned = n;
    else if (what == "pages shared")
        t.pagesShared = n;
    else if (what == "pages non-shared")
        t.pagesNonShared = n;
    else
        return false;
    return true;
}

// dump_unreclaimable_slab(): "kmalloc-2048    59164KB    59164KB" (long names push the columns)
std::optional<SlabRow> parseSlabRow(string_view msg) {
    string_view s = trimmed(msg);
    const size_t lastSp = s.find_last_of(" \t");
    if (lastSp == string_view::npos) return std::nullopt;
    string_view totalTok = s.substr(lastSp + 1);
    string_view head = trimmed(s.substr(0, lastSp));
    const size_t sp2 = head.find_last_of(" \t");
    if (sp2 == string_view::npos) return std::nullopt;
    string_view usedTok = head.substr(sp2 + 1);
    auto total = parseKbToBytes(totalTok), used = parseKbToBytes(usedTok);
    if (!total || !used || !endsWith(totalTok, "KB")) return std::nullopt;
    SlabRow r;
    r.name = qs(trimmed(head.substr(0, sp2)));
    r.used = used;
    r.total = total;
    return r;
}

} // namespace oomlens::kernlog
