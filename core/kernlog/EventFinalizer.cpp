// What can be derived once an event is closed, without inventing anything: the page size, bytes
// of page counts, the victim when only the oom-kill: line names it, the kind, the missing parts.
#include "ReportBuilder.h"

#include <cmath>

namespace oomlens::kernlog {

namespace {

// The page size: the buddy line's first block is order 0 = one page (never assume 4 kB: sparc64
// prints 8kB, arm64/ppc64 16kB or 64kB). Without buddy lines (memcg OOMs) the victim's kill line
// (kB) against its task-table rss (pages) gives it, as both come from get_mm_counter().
void derivePageSize(OomEvent &e) {
    for (const BuddyLine &b : std::as_const(e.buddy)) {
        if (!b.orders.isEmpty() && b.orders.first().blockBytes > 0) {
            e.pageSize = b.orders.first().blockBytes;
            e.pageSizeSource = QStringLiteral("buddy");
            return;
        }
    }
    if (!e.victim || !e.victim->pid || !e.victim->anonRss || !e.victim->fileRss) return;
    const Bytes killRss = *e.victim->anonRss + *e.victim->fileRss + e.victim->shmemRss.value_or(0);
    for (const TaskRow &t : std::as_const(e.tasks)) {
        if (t.pid != e.victim->pid || !t.rssPages || *t.rssPages < 16) continue;
        const double ratio = double(killRss) / double(*t.rssPages);
        for (Bytes candidate : {Bytes(4096), Bytes(8192), Bytes(16384), Bytes(65536)}) {
            if (std::abs(ratio - double(candidate)) < double(candidate) * 0.02) {
                e.pageSize = candidate;
                e.pageSizeSource = QStringLiteral("kill_line");
                return;
            }
        }
    }
}

void fillTaskBytes(OomEvent &e) {
    for (TaskRow &t : e.tasks) {
        t.totalVm = e.pagesToBytes(t.totalVmPages);
        t.rss = e.pagesToBytes(t.rssPages);
        t.rssAnon = e.pagesToBytes(t.rssAnonPages);
        t.rssFile = e.pagesToBytes(t.rssFilePages);
        t.rssShmem = e.pagesToBytes(t.rssShmemPages);
        t.swapents = e.pagesToBytes(t.swapentsPages);
        if (!t.pgtables && t.nrPtes && e.pageSize) // nr_ptes (+ nr_pmds) count page-table pages
            t.pgtables = (*t.nrPtes + t.nrPmds.value_or(0)) * *e.pageSize;
    }
}

bool isMemcgOom(const OomEvent &e) {
    if (e.constraint && e.constraint->constraint == QLatin1String("CONSTRAINT_MEMCG")) return true;
    if (!e.memcg.counters.isEmpty() || e.memcg.limitOf.startsWith(QLatin1Char('/')))
        return true; // (Alibaba prints "limit of host" for a global OOM)
    return e.victim && e.victim->reason.startsWith(QLatin1String("Memory cgroup"));
}

} // namespace

void finalizeEvent(OomEvent &e) {
    // Only the oom-kill: line (or the scoring line) names the victim: it was chosen, maybe not
    // killed (a vendor hook panicked first, or the kill line is outside the excerpt).
    if (!e.victim && e.constraint && (e.constraint->pid || e.constraint->task)) {
        Victim v;
        v.line = e.constraint->line;
        v.pid = e.constraint->pid;
        v.comm = e.constraint->task.value_or(QString());
        v.uid = e.constraint->uid;
        e.victim = v;
    }
    if (e.invoker && !e.invoker->pid && e.cpu && e.cpu->pid)
        e.invoker->pid = e.cpu->pid; // dump_stack() runs in the invoking task

    derivePageSize(e);
    fillTaskBytes(e);

    const bool killed = e.victim && e.victim->killed;
    if (e.kind != OomEventKind::AllocationFailure && e.panic && !killed &&
        (e.panic->kernelPanic || (e.panic->noKillableProcess && !isMemcgOom(e))))
        e.kind = OomEventKind::Panic;

    QStringList missing;
    if (e.kind == OomEventKind::AllocationFailure) {
        if (!e.cpu) missing << QStringLiteral("cpu_line");
        if (!e.memInfo && e.zones.isEmpty()) missing << QStringLiteral("mem_info");
    } else {
        const bool panicOnly = e.kind == OomEventKind::Panic && e.panic && e.panic->panicOnOom && !e.invoker;
        if (!e.invoker && !(panicOnly && e.manualSysrq)) missing << QStringLiteral("invoker");
        if (!e.cpu) missing << QStringLiteral("cpu_line");
        const bool memcg = isMemcgOom(e);
        if (memcg ? e.memcg.counters.isEmpty() : (!e.memInfo && e.zones.isEmpty()))
            missing << QStringLiteral("mem_info");
        if (!memcg && e.zones.isEmpty() && !panicOnly) missing << QStringLiteral("zones");
        if (!memcg && e.buddy.isEmpty() && !panicOnly) missing << QStringLiteral("buddy");
        if (!e.taskTableSeen && !panicOnly) missing << QStringLiteral("task_table");
        // dump_oom_summary() exists from 4.19; the 5.4+ kill line (UID:/pgtables:) proves it.
        const bool summaryExpected = killed && (e.victim->pgtables || e.victim->oomScoreAdj);
        if (!e.constraint && summaryExpected) missing << QStringLiteral("constraint");
        if (e.kind == OomEventKind::OomKill) {
            if (!e.victim)
                missing << QStringLiteral("victim");
            else if (!killed)
                missing << QStringLiteral("kill_line");
        }
        if (!killed && !e.panic && e.kind == OomEventKind::OomKill && !e.victim)
            missing << QStringLiteral("outcome");
    }
    e.missing = missing;
    e.complete = missing.isEmpty() && !e.elided;
    if (e.lastLine < e.firstLine) e.lastLine = e.firstLine;
}

} // namespace oomlens::kernlog
