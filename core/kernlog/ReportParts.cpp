// ReportBuilder::handlePart(): which report part a line is and where it goes. Returns false for
// lines that are no report part (call traces, registers, other subsystems).
#include "ReportBuilderState.h"
#include "ReportLines.h"

#include <algorithm>
#include <cmath>

namespace oomlens::kernlog {

namespace {

// The same kill printed twice: the pid of the victim or of a group kill already seen. (memory.oom.group
// runs re-print the first victim with rss values that have changed meanwhile.)
bool isSameKill(const OomEvent &e, const Victim &v) {
    auto same = [&](const Victim &k) { return k.pid == v.pid && k.comm == v.comm; };
    return same(*e.victim) || std::any_of(e.extraKills.cbegin(), e.extraKills.cend(), same);
}

bool isMemcgKill(const OomEvent &e) {
    return (e.constraint && e.constraint->oomMemcg) ||
           e.victim->reason.startsWith(QLatin1String("Memory cgroup"));
}
// Appends `item` unless the list already holds the same node/zone with more fields.
template <typename T, typename SizeFn> void addFuller(QList<T> &list, const T &item, SizeFn size) {
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].node != item.node || list[i].zone != item.zone) continue;
        if (size(list[i]) > size(item)) return;
        list.removeAt(i--);
    }
    list.append(item);
}
} // namespace

// A second "Killed process" line of another pid right after a kill: the rest of a memory.oom.group
// kill (mm/oom_kill.c oom_kill_process() -> mem_cgroup_scan_tasks(oom_group, oom_kill_memcg_member)),
// printed in one burst by the same task. Certain when the "Tasks in ... memory.oom.group" line was
// seen; otherwise (grep'd pastes lack it) taken for a memcg OOM whose next kill follows with nothing
// but report lines in between and within a second: rate-limited separate OOMs of a global shortage
// print "Out of memory:" kills, which stay events of their own.
bool ReportBuilder::continuesGroupKill(const HostState &h, const Victim &v, const FramedLine &line) const {
    const OomEvent &e = *h.ev;
    if (!e.memcg.oomGroup.isEmpty()) return true;
    if (!isMemcgKill(e) || v.reason != e.victim->reason || h.linesSincePart > 2) return false;
    if (!line.uptimeText.empty() && h.lastKillUptime) {
        const auto up = parseUptime(line.uptimeText);
        return up && std::abs(*up - *h.lastKillUptime) <= 1.0;
    }
    if (line.wallStyle != WallStyle::None && h.lastKillWall) {
        const auto wall =
            parseWallClock(line.wallText, line.wallStyle, h.lastKillWall->date().year(), nullptr);
        return wall && std::abs(wall->secsTo(*h.lastKillWall)) <= 1;
    }
    return line.uptimeText.empty() && line.wallStyle == WallStyle::None && !h.lastKillUptime &&
           !h.lastKillWall;
}

void ReportBuilder::noteKillTime(HostState &h, const FramedLine &line) {
    h.lastKillUptime = line.uptimeText.empty() ? std::nullopt : parseUptime(line.uptimeText);
    h.lastKillWall =
        line.wallStyle == WallStyle::None
            ? std::nullopt
            : parseWallClock(line.wallText, line.wallStyle,
                             m_fallbackYear ? m_fallbackYear : QDate::currentDate().year(), nullptr);
}

bool ReportBuilder::handlePart(HostState &h, const FramedLine &line, LineNo lineNo) {
    const string_view m = line.message;
    OomEvent *e = nullptr;

    // --- Lines that start an event of their own.
    if (auto inv = parseInvoker(m); inv && (contains(m, " invoked oom") || startsWith(m, "oom-killer:"))) {
        startEvent(h, OomEventKind::OomKill, line, lineNo, false);
        h.suppressDump = false;
        inv->line = lineNo;
        h.ev->invoker = *inv;
        notePart(h, Part::Invoker, m);
        return true;
    }
    if (auto af = parseAllocationFailure(m)) {
        h.suppressDump = false;
        af->line = lineNo;
        startEvent(h, OomEventKind::AllocationFailure, line, lineNo, false);
        h.ev->allocationFailure = *af;
        return true;
    }
    if (h.ev && h.ev->kind == OomEventKind::AllocationFailure && h.phase == Header &&
        contains(m, "page allocation failure: mode:"))
        return true; // a vendor kernel's second warn_alloc line for the same failure

    // --- Markers outside any report.
    if (startsWith(m, "sysrq: ") || startsWith(m, "SysRq : ")) {
        if (contains(m, "Manual OOM execution")) {
            h.sysrqLine = lineNo;
            h.sysrqText = qs(m);
        } else if (contains(m, "Show Memory")) {
            if (h.ev && h.phase >= Kill) closeEvent(h);
            h.suppressDump = !h.ev; // its Mem-Info block is no OOM report
        }
        return false;
    }
    if (startsWith(m, "Linux version ")) {
        closeEvent(h);
        if (h.linesSeen > 1) { // the first banner is the boot the log starts with
            ++h.bootIndex;
            ++m_reboots;
            h.lastUptime.reset();
        }
        return false;
    }

    // --- The outcome.
    if (auto c = parseConstraintLine(m)) {
        c->line = lineNo;
        const bool next = h.ev && (h.ev->constraint || h.phase >= Kill);
        if (next) closeEvent(h);
        h.suppressDump = false;
        e = openFor(h, Summary, line, lineNo);
        e->constraint = *c;
        h.section = Section::None;
        notePart(h, Part::Constraint, m);
        return true;
    }
    if (auto v = parseKilledLine(m)) {
        v->line = lineNo;
        h.suppressDump = false;
        if (h.ev && h.ev->victim && h.ev->victim->killed) {
            if (isSameKill(*h.ev, *v)) return true; // printed again (group kills re-print the first)
            if (continuesGroupKill(h, *v, line)) {  // memory.oom.group: one event, many kills
                h.ev->extraKills.append(*v);
                noteKillTime(h, line);
                h.linesSincePart = 0;
                return true;
            }
            closeEvent(h);
        }
        e = openFor(h, Kill, line, lineNo);
        if (e->victim && !e->victim->killed) { // the older "Kill process ... sacrifice child" first
            v->scoredLine = e->victim->scoredLine;
            v->scoredPid = e->victim->scoredPid;
            v->scoredComm = e->victim->scoredComm;
            v->score = e->victim->score;
            if (v->reason.isEmpty()) v->reason = e->victim->reason;
        }
        e->victim = *v;
        noteKillTime(h, line);
        h.phase = Kill;
        h.linesSincePart = 0;
        h.section = Section::None;
        notePart(h, Part::Kill, m);
        return true;
    }
    if (auto v = parseAlreadyExitingLine(m)) {
        v->line = lineNo;
        // Chosen but not killed (its mm is gone): never a kill of its own. Within a kill run it is
        // one of the group's tasks; alone it is what this report chose.
        if (h.ev && h.ev->victim && (h.ev->victim->killed || h.ev->victim->alreadyExiting)) {
            h.ev->skippedVictims.append(*v);
            return true;
        }
        e = openFor(h, Kill, line, lineNo);
        if (!e->victim) e->victim = *v;
        noteKillTime(h, line);
        h.phase = Kill;
        h.section = Section::None;
        return true;
    }
    if (auto v = parseScoredLine(m)) {
        h.suppressDump = false;
        if (h.ev && h.ev->victim) closeEvent(h);
        e = openFor(h, Kill, line, lineNo);
        v->scoredLine = lineNo;
        v->line = lineNo;
        e->victim = *v;
        h.linesSincePart = 0;
        h.section = Section::None;
        return true;
    }
    if (auto r = parseReaperLine(m)) {
        r->line = lineNo;
        // Printed later by a kernel thread: attach to the kill of that pid, never start an event.
        if (h.ev && h.ev->victim && h.ev->victim->pid == r->pid) {
            h.ev->reaper = *r;
            return true;
        }
        return false;
    }
    if (auto p = parsePanicLine(m)) {
        p->line = lineNo;
        h.suppressDump = false;
        if (h.ev && h.ev->kind == OomEventKind::AllocationFailure) closeEvent(h);
        if (h.ev && h.ev->panic &&
            ((p->kernelPanic && h.ev->panic->kernelPanic) ||
             (p->noKillableProcess && h.ev->panic->noKillableProcess)))
            closeEvent(h); // a second panic is a second event (two pastes, two boots)
        if (!h.ev) startEvent(h, OomEventKind::Panic, line, lineNo, true);
        e = &*h.ev;
        if (!e->panic) {
            e->panic = *p;
        } else { // "Out of memory and no killable processes..." then "Kernel panic - ..."
            e->panic->kernelPanic |= p->kernelPanic;
            e->panic->noKillableProcess |= p->noKillableProcess;
            e->panic->deadlocked |= p->deadlocked;
            if (p->panicOnOom) e->panic->panicOnOom = p->panicOnOom;
            if (p->kernelPanic) {
                e->panic->reason = p->reason;
                e->panic->line = lineNo;
            }
        }
        h.phase = Outcome;
        h.section = Section::None;
        return true;
    }

    // --- Header parts: attach only while the header is open, never start an event.
    if (auto c = parseCpuLine(m)) {
        c->line = lineNo;
        // dump_header()'s dump_stack(), or panic()'s own stack dump right after the panic line.
        if (h.ev && (h.phase == Header || h.phase == Outcome) && !h.ev->cpu) {
            h.ev->cpu = *c;
            return true;
        }
        if (!h.ev ||
            h.phase >= Memory) { // maybe the start of a fragment whose invoker line is outside the excerpt
            h.preamble = *c;
            h.preambleAt = lineNo;
            h.preambleLines = {{lineNo, qs(m)}};
        }
        return false;
    }
    if (startsWith(m, "Hardware name: ")) {
        if (h.ev && (h.phase == Header || h.phase == Outcome) && h.ev->cpu &&
            h.ev->cpu->hardwareName.isEmpty()) {
            h.ev->cpu->hardwareName = qs(m.substr(15));
            return true;
        }
        if (!h.ev || h.phase >= Memory) {
            h.hardwareName = qs(m.substr(15));
            if (!h.preamble) {
                h.preamble = CpuLine{};
                h.preamble->line = lineNo;
                h.preambleLines.clear();
                h.preambleAt = lineNo;
            }
            h.preambleLines.append({lineNo, qs(m)});
        }
        return false;
    }
    if (!h.ev) {
        if (h.preamble && lineNo - h.preambleAt >= PreambleLines) h.preamble.reset();
    }
    if (h.ev && h.phase == Header && !h.ev->cpuset) {
        if (auto cs = parseCpusetLine(m)) {
            cs->line = lineNo;
            h.ev->cpuset = *cs;
            return true;
        }
    }
    // 3.x-4.3 show_free_areas() per-cpu pagesets ("Node 0 DMA32 per-cpu:", "CPU    0: hi:  186, btch:  31
    // usd: 181"): one line per CPU and zone, thousands on big machines. Not kept, but part of the report.
    if (h.ev && h.phase <= Memory &&
        (endsWith(m, " per-cpu:") || (startsWith(m, "CPU ") && contains(m, " hi:"))))
        return true;
    if (h.ev && startsWith(m, "COMPACTION is disabled")) {
        h.ev->compactionDisabled = true;
        return true;
    }

    // --- Memory state (memcg context, Mem-Info, zones, buddy, hugepages, totals, slab).
    {
        MemcgContext probe;
        if (parseMemcgTaskIn(m, probe)) {
            e = openFor(h, Memory, line, lineNo);
            if (!e) return false;
            e->memcg.taskInLine = lineNo;
            e->memcg.taskIn = probe.taskIn;
            e->memcg.limitOf = probe.limitOf;
            return true;
        }
    }
    if (auto c = parseMemcgCounter(m)) {
        if (!h.ev && c->name == QLatin1String("swap"))
            return false; // "swap: usage" alone is too weak to start a fragment
        if (!(e = openFor(h, Memory, line, lineNo))) return false;
        c->line = lineNo;
        e->memcg.counters.append(*c);
        return true;
    }
    if (auto st = parseMemcgStatsHeader(m)) {
        if (!(e = openFor(h, Memory, line, lineNo))) return false;
        st->line = lineNo;
        e->memcg.stats.append(*st);
        h.section = Section::MemcgStats;
        return true;
    }
    if (h.ev && h.section == Section::MemcgStats && !h.ev->memcg.stats.isEmpty() &&
        parseMemcgStatLine(m, h.ev->memcg.stats.last()))
        return true;
    if (startsWith(m, "Mem-Info:") || startsWith(m, "Mem-info:")) {
        if (h.ev && h.ev->memInfo && !h.ev->memInfo->pages.isEmpty())
            closeEvent(h); // a second dump: the next report
        if (h.ev && h.ev->memInfo && !h.ev->memInfo->pages.isEmpty())
            closeEvent(h); // a second dump: the next report (or "sysrq: Show Memory")
        if (!(e = openFor(h, Memory, line, lineNo))) return false;
        if (!e->memInfo) {
            e->memInfo = MemInfoSummary{};
            e->memInfo->line = lineNo;
        }
        h.section = Section::MemInfo;
        return true;
    }
    if (isMemInfoSummaryStart(m) || (h.ev && h.section == Section::MemInfo)) {
        NamedValues pairs;
        if (parseMemInfoPairs(m, pairs)) {
            if (!(e = openFor(h, Memory, line, lineNo))) return true;
            if (!e->memInfo) {
                e->memInfo = MemInfoSummary{};
                e->memInfo->line = lineNo;
            }
            e->memInfo->pages.items.append(pairs.items);
            h.section = Section::MemInfo;
            return true;
        }
    }
    if (auto z = parseZoneLine(m)) {
        if (!(e = openFor(h, Memory, line, lineNo))) return true;
        z->line = lineNo;
        // A zone printed twice (authors' pastes, one copy cut short): keep the fuller reading.
        addFuller(e->zones, *z, [](const ZoneWatermarks &x) { return x.fields.items.size(); });
        h.section = Section::None;
        return true;
    }
    if (h.ev && !h.ev->zones.isEmpty() && parseLowmemReserve(m, h.ev->zones.last().lowmemReserve))
        return true;
    if (auto n = parseNodeLine(m)) {
        if (h.ev && std::any_of(h.ev->nodes.cbegin(), h.ev->nodes.cend(),
                                [&](const NodeLine &x) { return x.node == n->node; }))
            closeEvent(h); // the same node again: the next report
        if (h.ev && std::any_of(h.ev->nodes.cbegin(), h.ev->nodes.cend(),
                                [&](const NodeLine &x) { return x.node == n->node; }))
            closeEvent(h);
        if (!(e = openFor(h, Memory, line, lineNo))) return true;
        n->line = lineNo;
        e->nodes.append(*n);
        h.section = Section::None;
        return true;
    }
    if (auto b = parseBuddyLine(m)) {
        if (!(e = openFor(h, Memory, line, lineNo))) return true;
        b->line = lineNo;
        addFuller(e->buddy, *b, [](const BuddyLine &x) { return x.orders.size(); });
        notePart(h, Part::Buddy, m);
        return true;
    }
    if (auto hp = parseHugepagesLine(m)) {
        if (!(e = openFor(h, Memory, line, lineNo))) return true;
        hp->line = lineNo;
        e->hugepages.append(*hp);
        return true;
    }
    if (h.ev && h.phase <= Memory && parseTotalsLine(m, h.ev->totals, lineNo)) return true;
    if (startsWith(m, "Unreclaimable slab info:")) {
        if (!(e = openFor(h, Memory, line, lineNo))) return true;
        h.section = Section::Slab;
        return true;
    }
    if (h.ev && h.section == Section::Slab) {
        if (startsWith(m, "Name ") && contains(m, "Used")) return true;
        if (auto row = parseSlabRow(m)) {
            row->line = lineNo;
            h.ev->unreclaimableSlab.append(*row);
            return true;
        }
    }

    // --- The task table.
    if (startsWith(m, "Tasks state (memory values in pages)")) {
        if (h.ev && h.ev->taskTableSeen) closeEvent(h);
        e = openFor(h, Tasks, line, lineNo);
        e->taskTableSeen = true;
        h.section = Section::TaskTable;
        return true;
    }
    bool cut = false;
    if (QStringList cols = parseTaskHeader(m, &cut); !cols.isEmpty()) {
        if (h.ev && !h.ev->taskColumns.isEmpty()) closeEvent(h);
        e = openFor(h, Tasks, line, lineNo);
        e->taskTableSeen = true;
        e->taskColumns = cols;
        e->elided |= cut;
        h.section = Section::TaskTable;
        return true;
    }
    if (h.ev && h.section == Section::TaskTable && !h.ev->taskColumns.isEmpty()) {
        if (auto row = parseTaskRow(m, h.ev->taskColumns)) {
            row->line = lineNo;
            h.ev->tasks.append(*row);
            return true;
        }
    }
    if (h.ev && startsWith(m, "Tasks in ") && contains(m, "memory.oom.group")) {
        const size_t end = find(m, " are going to be killed");
        h.ev->memcg.oomGroup = qs(m.substr(9, end == string_view::npos ? string_view::npos : end - 9));
        return true;
    }
    return false;
}

} // namespace oomlens::kernlog
