// The header of a report: invoker, CPU/comm line, cpuset line, memcg context and panics.
// Formats: mm/oom_kill.c dump_header(), lib/dump_stack.c dump_stack_print_info(),
// mm/memcontrol.c mem_cgroup_print_oom_context()/_meminfo(), mm/page_alloc.c warn_alloc().
#include "ReportLines.h"

namespace oomlens::kernlog {

namespace {
bool isIdentChar(char c) {
    return (c >= 'a' && c <= 'z') || c == '_' || (c >= '0' && c <= '9');
}
} // namespace

std::vector<Field> splitFields(string_view s) {
    std::vector<Field> out;
    size_t start = 0;
    auto push = [&](string_view seg) {
        seg = trimmed(seg);
        if (seg.empty()) return;
        const size_t eq = seg.find('=');
        if (eq == string_view::npos)
            out.push_back({seg, {}, true});
        else
            out.push_back({seg.substr(0, eq), seg.substr(eq + 1), false});
    };
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != ',') continue;
        // A boundary only if an identifier followed by '=' or ',' or the end comes next.
        size_t j = i + 1;
        while (j < s.size() && s[j] == ' ')
            ++j;
        size_t k = j;
        while (k < s.size() && isIdentChar(s[k]))
            ++k;
        if (k > j && (k == s.size() || s[k] == '=' || s[k] == ',')) {
            push(s.substr(start, i - start));
            start = i + 1;
        }
    }
    push(s.substr(start));
    return out;
}

GfpMask parseGfpMask(string_view text) {
    GfpMask m;
    text = trimmed(text);
    const size_t paren = text.find('(');
    string_view hex = paren == string_view::npos ? text : text.substr(0, paren);
    m.text = qs(hex);
    if (startsWith(hex, "0x")) {
        bool ok = false;
        const qulonglong v = QByteArray(hex.data() + 2, qsizetype(hex.size() - 2)).toULongLong(&ok, 16);
        if (ok) m.value = v;
    }
    if (paren != string_view::npos) {
        string_view flags = text.substr(paren + 1);
        if (!flags.empty() && flags.back() == ')') flags.remove_suffix(1);
        while (!flags.empty()) {
            const size_t bar = flags.find('|');
            const string_view f = flags.substr(0, bar);
            if (!f.empty() && f != "none") m.flags << qs(f);
            if (bar == string_view::npos) break;
            flags.remove_prefix(bar + 1);
        }
    }
    return m;
}

// A number the kernel can print there, or nothing: an absurd value is not data.
static std::optional<int> inRange(std::optional<std::int64_t> v, int low, int high) {
    if (!v || *v < low || *v > high) return std::nullopt;
    return int(*v);
}

// "%s invoked oom-killer: gfp_mask=%#x(%pGg), order=%d, oom_score_adj=%hd" and older forms
// ("..., nodemask=(null), order=3, oom_adj=0, oom_score_adj=0"; 2.6.1x "oom-killer: gfp_mask=0xd0").
// Authors edit it ("main invoked oom: ...", nothing after the colon): take what is there.
std::optional<Invoker> parseInvoker(string_view msg) {
    size_t at = find(msg, " invoked oom");
    size_t after;
    Invoker inv;
    if (at != string_view::npos) {
        inv.comm = qs(msg.substr(0, at));
        after = at + 12;
    } else if (startsWith(msg, "oom-killer: gfp_mask=")) {
        after = 0;
    } else {
        return std::nullopt;
    }
    const size_t colon = msg.find(':', after);
    if (colon == string_view::npos) return inv;
    for (const Field &f : splitFields(msg.substr(colon + 1))) {
        if (f.key == "gfp_mask")
            inv.gfpMask = parseGfpMask(f.value);
        else if (f.key == "order") // -1 for a sysrq or memcg OOM; below MAX_PAGE_ORDER otherwise
            inv.order = inRange(toI64(f.value), -1, 63);
        else if (f.key == "oom_score_adj") // %hd of a value the kernel keeps in [-1000, 1000]
            inv.oomScoreAdj = inRange(toI64(f.value), -1000, 1000);
        else if (f.key == "oom_adj") // OOM_DISABLE (-17) .. OOM_ADJUST_MAX (15)
            inv.oomAdj = inRange(toI64(f.value), -17, 15);
        else if (f.key == "nodemask")
            inv.nodemask = qs(f.value);
    }
    return inv;
}

// "CPU: 1 UID: 0 PID: 2272 Comm: memeater Kdump: loaded Tainted: G   X  5.14.21-default #1 SLE15-SP4"
// "CPU: 60 PID: 70888 Comm: CPU 11/KVM Not tainted 5.3.18-... #1 SLE15-SP3" (comm with spaces)
// "Pid: 6344, comm: sh Not tainted 3.2.32-pk06.11-i386 #1" (before 3.10)
std::optional<CpuLine> parseCpuLine(string_view msg) {
    CpuLine c;
    string_view rest;
    if (startsWith(msg, "CPU: ")) {
        const size_t commAt = find(msg, " Comm: ");
        if (commAt == string_view::npos) return std::nullopt;
        string_view head = msg.substr(5, commAt - 5);
        c.cpu = asInt(parseI64(head));
        if (auto uid = valueAfter(head, "UID: ", " ")) c.uid = toI64(*uid);
        if (auto pid = valueAfter(head, "PID: ", " ")) c.pid = toI64(*pid);
        rest = msg.substr(commAt + 7);
    } else if (startsWith(msg, "Pid: ")) {
        const size_t commAt = find(msg, ", comm: ");
        if (commAt == string_view::npos) return std::nullopt;
        c.pid = toI64(msg.substr(5, commAt - 5));
        rest = msg.substr(commAt + 8);
    } else {
        return std::nullopt;
    }
    // The comm ends where the taint state starts (comms may hold spaces).
    size_t end = find(rest, " Not tainted");
    size_t alt = find(rest, " Tainted: ");
    if (alt < end) end = alt;
    alt = find(rest, " Kdump: loaded");
    if (alt < end) end = alt;
    c.comm = qs(trimmed(rest.substr(0, end)));
    if (end == string_view::npos) return c;
    rest = rest.substr(end);
    if (startsWith(rest, " Kdump: loaded")) {
        c.kdumpLoaded = true;
        rest.remove_prefix(14);
    }
    rest = trimmed(rest);
    if (startsWith(rest, "Not tainted")) {
        c.tainted = false;
        rest.remove_prefix(11);
    } else if (startsWith(rest, "Tainted: ")) {
        c.tainted = true;
        rest.remove_prefix(9);
        // Taint flags are single letters padded with spaces; the release is the first longer token.
        QString flags;
        for (;;) {
            string_view probe = rest;
            string_view tok = nextToken(probe);
            // "G        W  OE", RHEL's "----V-------": capitals and dashes; the release has digits.
            if (tok.empty() || tok.size() > 16 ||
                tok.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ-") != string_view::npos)
                break;
            if (!flags.isEmpty()) flags += u' ';
            flags += qs(tok);
            rest = probe;
        }
        c.taint = flags;
    }
    string_view release = nextToken(rest);
    c.kernelRelease = qs(release);
    c.kernelBuild = qs(trimmed(rest));
    return c;
}

std::optional<CpusetLine> parseCpusetLine(string_view msg) {
    const size_t cs = find(msg, " cpuset=");
    const size_t ma = find(msg, " mems_allowed=");
    if (cs == string_view::npos || ma == string_view::npos || ma < cs || startsWith(msg, "oom-kill:"))
        return std::nullopt;
    CpusetLine c;
    c.cpuset = qs(msg.substr(cs + 8, ma - cs - 8));
    c.memsAllowed = qs(trimmed(msg.substr(ma + 14)));
    return c;
}

// warn_alloc(): "%s: page allocation failure: order:%d, mode:%#x(%pGg), nodemask=%*pbl,cpuset=..,
// mems_allowed=.."; 2.6 "page allocation failure. order:%d, mode:0x%x"; also "vmemmap alloc failure".
std::optional<AllocationFailure> parseAllocationFailure(string_view msg) {
    size_t at = find(msg, " failure: order:");
    if (at == string_view::npos) at = find(msg, " failure. order:");
    if (at == string_view::npos) return std::nullopt;
    AllocationFailure a;
    const size_t sep = msg.substr(0, at).rfind(": ");
    const size_t whatStart = sep == string_view::npos ? 0 : sep + 2;
    if (sep != string_view::npos) a.comm = qs(msg.substr(0, sep));
    a.what = qs(msg.substr(whatStart, at + 8 - whatStart));
    // "order:%d, mode:%#x(%pGg), nodemask=%*pbl,cpuset=%s,mems_allowed=%*pbl": ':' and '=' mixed.
    const string_view rest = msg.substr(at + 9);
    if (auto o = valueAfter(rest, "order:", ", ")) a.order = asInt(toI64(*o));
    if (auto m = valueAfter(rest, "mode:", ", ")) a.mode = parseGfpMask(*m);
    for (const Field &f : splitFields(rest.substr(std::min(rest.size(), find(rest, "nodemask="))))) {
        if (f.key == "nodemask")
            a.nodemask = qs(f.value);
        else if (f.key == "cpuset")
            a.cpuset = qs(f.value);
        else if (f.key == "mems_allowed")
            a.memsAllowed = qs(f.value);
    }
    return a;
}

bool parseMemcgTaskIn(string_view msg, MemcgContext &ctx) {
    constexpr string_view mid = " killed as a result of limit of ";
    if (!startsWith(msg, "Task in ")) return false;
    const size_t at = find(msg, mid);
    if (at == string_view::npos) return false;
    ctx.taskIn = qs(msg.substr(8, at - 8));
    ctx.limitOf = qs(trimmed(msg.substr(at + mid.size())));
    return true;
}

std::optional<MemcgCounter> parseMemcgCounter(string_view msg) {
    const size_t at = find(msg, ": usage ");
    if (at == string_view::npos || at > 12) return std::nullopt;
    string_view name = msg.substr(0, at);
    if (name != "memory" && name != "memory+swap" && name != "kmem" && name != "swap") return std::nullopt;
    MemcgCounter c;
    c.name = qs(name);
    if (auto v = valueAfter(msg, "usage ", ", ")) c.usage = parseKbToBytes(*v);
    if (auto v = valueAfter(msg, "limit ", ", ")) c.limit = parseKbToBytes(*v);
    if (auto v = valueAfter(msg, "failcnt ", ", ")) c.failcnt = toU64(*v);
    return c;
}

// "Memory cgroup stats for /1/2:cache:44KB rss:70280KB ..." (3.8-4.20) or "... for /path:" alone.
std::optional<MemcgStats> parseMemcgStatsHeader(string_view msg) {
    constexpr string_view head = "Memory cgroup stats for ";
    if (!startsWith(msg, head)) return std::nullopt;
    string_view rest = msg.substr(head.size());
    MemcgStats s;
    const size_t colon = rest.find(':');
    s.path = qs(rest.substr(0, colon));
    if (colon == string_view::npos) return s;
    rest = rest.substr(colon + 1);
    while (!rest.empty()) {
        string_view tok = nextToken(rest);
        if (tok.empty()) break;
        const size_t c = tok.find(':');
        if (c == string_view::npos) continue;
        string_view v = tok.substr(c + 1);
        if (auto bytes = parseKbToBytes(v); bytes && (endsWith(v, "KB") || endsWith(v, "kB")))
            s.values.items.append({qs(tok.substr(0, c)), *bytes});
        else if (auto n = toU64(v))
            s.values.items.append({qs(tok.substr(0, c)), *n});
    }
    return s;
}

bool parseMemcgStatLine(string_view msg, MemcgStats &stats) {
    string_view rest = msg;
    string_view key = nextToken(rest);
    string_view value = nextToken(rest);
    if (key.empty() || value.empty() || !trimmed(rest).empty()) return false;
    for (char ch : key)
        if (!isIdentChar(ch)) return false;
    auto v = toU64(value);
    if (!v) return false;
    stats.values.items.append({qs(key), *v});
    return true;
}

// out_of_memory(): "Out of memory and no killable processes..."; check_panic_on_oom():
// "Out of memory: %s panic_on_oom is enabled" (system-wide / compulsory), older
// "out of memory. [Compulsory ]panic_on_oom is selected"; "Kernel panic - not syncing: <reason>".
std::optional<PanicInfo> parsePanicLine(string_view msg) {
    PanicInfo p;
    string_view reason = msg;
    if (startsWith(msg, "Kernel panic - not syncing: ")) {
        p.kernelPanic = true;
        reason = trimmed(msg.substr(28));
    }
    const bool oomPanicOnOom =
        contains(reason, "panic_on_oom is enabled") || contains(reason, "panic_on_oom is selected");
    p.noKillableProcess = startsWith(reason, "Out of memory and no killable process");
    p.deadlocked = startsWith(reason, "System is deadlocked on memory");
    const bool oomReason = oomPanicOnOom || p.noKillableProcess || p.deadlocked ||
                           startsWith(reason, "Out of memory") || startsWith(reason, "out of memory");
    if (!oomReason) return std::nullopt;
    if (!p.kernelPanic && !oomPanicOnOom && !p.noKillableProcess && !p.deadlocked)
        return std::nullopt; // a plain "Out of memory: Killed process" is not a panic
    if (oomPanicOnOom)
        p.panicOnOom = (contains(reason, "compulsory") || contains(reason, "Compulsory")) ? 2 : 1;
    p.reason = qs(reason);
    return p;
}

} // namespace oomlens::kernlog
