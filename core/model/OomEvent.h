// One OOM event rebuilt from a kernel log: the value type the kernel-log parser produces
// (core/kernlog/), the diagnosis reads (core/analysis/) and the views show.
//
// Rules of this header:
//  - plain values, no I/O, no behaviour beyond small lookups;
//  - every field a kernel may not print is std::optional (absent is not zero, shown as "n/a");
//  - memory is in bytes (Bytes, core/model/Units.h). Values the kernel prints in pages are kept
//    as pages too, and converted with OomEvent::pageSize when that is known;
//  - every part remembers the 1-based line number of the file it came from, so a finding can
//    cite its evidence (OomEvent::rawLines holds the text of those lines).
//
// Where the parts come from (see shared docs kernel-oom-log-format.md):
//  mm/oom_kill.c    dump_header(), dump_tasks()/dump_task(), dump_oom_summary(),
//                   __oom_kill_process(), oom_reap_task(), out_of_memory(), check_panic_on_oom()
//  lib/dump_stack.c dump_stack_print_info()   (CPU: .. PID: .. Comm: .. line)
//  mm/memcontrol.c  mem_cgroup_print_oom_context(), mem_cgroup_print_oom_meminfo()
//  mm/page_alloc.c  show_free_areas() (mm/show_mem.c __show_free_areas() on newer kernels),
//                   warn_alloc() for page allocation failures
#pragma once

#include "Units.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <utility>

namespace oomlens {

using LineNo = qint64; // 1-based line number in the source file; 0 = unknown

// A `key:value` list kept in the order the kernel printed it (fields come and go between
// releases, so they are kept by name, never by position).
struct NamedValues {
    QList<std::pair<QString, std::uint64_t>> items;

    std::optional<std::uint64_t> value(QStringView key) const {
        for (const auto &item : items)
            if (item.first == key) return item.second;
        return std::nullopt;
    }
    bool isEmpty() const { return items.isEmpty(); }
};

enum class OomEventKind {
    OomKill,           // the OOM killer ran (a victim was chosen or at least a report was printed)
    Panic,             // the event ended in a panic (panic_on_oom, no killable process, deadlock)
    AllocationFailure, // mm/page_alloc.c warn_alloc(): an allocation failed, nothing was killed
};

// One line of the report as it reached us: the kernel's message text without the log prefix.
struct ReportLine {
    LineNo line = 0;
    QString text;
};

struct EventTime {
    std::optional<QDateTime> wallClock;  // from syslog/journal/dmesg -T prefixes
    bool wallClockYearGuessed = false;   // classic syslog prints no year
    std::optional<double> uptimeSeconds; // the `[ 1234.567890]` printk timestamp
    int bootIndex = 0; // 0 = first boot seen in this file/host; +1 at each reboot the log shows
};

// gfp_mask=0x1100dca(GFP_HIGHUSER_MOVABLE|__GFP_ZERO): the hex is version dependent, the
// symbolic part (4.5+, %pGg) is what tells a reader what was asked for.
struct GfpMask {
    QString text;                       // as printed, e.g. "0x1100dca" (may be masked: "0x60****")
    std::optional<std::uint64_t> value; // absent when the author masked digits
    QStringList flags;                  // e.g. {"GFP_HIGHUSER_MOVABLE", "__GFP_ZERO"}; empty before 4.5
};

// "%s invoked oom-killer: gfp_mask=%#x(%pGg), order=%d, oom_score_adj=%hd" (dump_header())
struct Invoker {
    LineNo line = 0;
    QString comm;
    std::optional<qint64> pid; // from the CPU:/Pid: line that follows (the invoking thread)
    std::optional<GfpMask> gfpMask;
    QString nodemask;         // 4.9-4.18 print it in the invoker line
    std::optional<int> order; // -1 = sysrq-f manual OOM (moom_callback), not an allocation
    std::optional<int> oomScoreAdj;
    std::optional<int> oomAdj; // 2.6.25-3.6
};

// lib/dump_stack.c dump_stack_print_info(): "CPU: 1 UID: 0 PID: 2272 Comm: x Tainted: G  X 5.14.."
// or before 3.10 "Pid: 6344, comm: sh Not tainted 3.2.32 #1".
struct CpuLine {
    LineNo line = 0;
    std::optional<int> cpu;
    std::optional<qint64> uid;
    std::optional<qint64> pid;
    QString comm;
    std::optional<bool> tainted;
    QString taint; // the flags after "Tainted:", e.g. "G               X"
    QString kernelRelease;
    QString kernelBuild; // the rest: "#1 SLE15-SP4 eb7f17f5...", "PREEMPT(none)"
    bool kdumpLoaded = false;
    QString hardwareName; // "Hardware name: ..." line
};

// "<comm> cpuset=<name> mems_allowed=<list>" (up to 4.18)
struct CpusetLine {
    LineNo line = 0;
    QString cpuset;
    QString memsAllowed;
};

// The `Mem-Info:` summary (show_free_areas()), values in pages, keys by name
// (active_anon, inactive_anon, ..., slab_reclaimable, slab_unreclaimable, free, free_pcp, ...).
struct MemInfoSummary {
    LineNo line = 0;
    NamedValues pages;
};

// 4.8+ per-node line: "Node 0 active_anon:1314112kB ... all_unreclaimable? yes" (kB -> bytes)
struct NodeLine {
    LineNo line = 0;
    int node = 0;
    NamedValues bytes; // fields printed in kB, converted; other fields as printed
    std::optional<bool> allUnreclaimable;
};

// "Node 0 DMA32 free:44640kB min:44696kB low:55868kB high:67044kB ... managed:..kB ..."
struct ZoneWatermarks {
    LineNo line = 0;
    std::optional<int> node; // UMA builds print no "Node N"
    QString zone;            // DMA, DMA32, Normal, HighMem, Movable, Device
    OptBytes free, min, low, high, boost, managed, present, freeCma, reservedHighatomic;
    NamedValues fields; // every field by name: kB values in bytes, counts (pages_scanned) as is
    std::optional<bool> allUnreclaimable;
    QList<std::uint64_t> lowmemReserve; // pages, from the "lowmem_reserve[]:" line that follows
};

// "Node 0 DMA32: 1416*4kB (UE) 800*8kB (UE) ... = 44800kB" (free blocks per order)
struct BuddyOrder {
    Bytes blockBytes = 0;    // the printed size: order 0 is the base page size
    std::uint64_t count = 0; // free blocks of this order
    QString migrateTypes;    // letters U M E H C I R; empty when not printed (< ~3.5)
};
struct BuddyLine {
    LineNo line = 0;
    std::optional<int> node;
    QString zone;
    QList<BuddyOrder> orders; // index = order
    OptBytes total;           // the "= NkB" total; absent when cut
    bool empty = false;       // "DMA32: empty" (2.6)
};

// "Node 0 hugepages_total=0 hugepages_free=0 hugepages_surp=0 hugepages_size=2048kB" (mm/hugetlb.c)
struct HugepagesLine {
    LineNo line = 0;
    std::optional<int> node;
    std::optional<std::uint64_t> total, free, surplus;
    OptBytes pageSize;
};

// Totals after the buddy lines (show_mem(), swap_state.c/swapfile.c).
struct MemTotals {
    std::optional<std::uint64_t> pagecachePages, swapCachePages;
    OptBytes freeSwap, totalSwap; // "Free swap  = 0kB", "Total swap = 0kB"
    std::optional<std::uint64_t> pagesRam, pagesHighMemMovable, pagesReserved, pagesCmaReserved,
        pagesHwpoisoned, pagesShared, pagesNonShared;
    LineNo swapLine = 0, ramLine = 0;
};

// mm/memcontrol.c: "memory: usage 102400kB, limit 102400kB, failcnt 181"; also "memory+swap",
// "kmem" (v1) and "swap" (v2). 9007199254740988kB = PAGE_COUNTER_MAX = no limit.
struct MemcgCounter {
    LineNo line = 0;
    QString name; // "memory", "memory+swap", "kmem", "swap"
    OptBytes usage, limit;
    std::optional<std::uint64_t> failcnt;
    bool unlimited() const { return limit && *limit >= 9007199254740988ull * 1024; }
};

// "Memory cgroup stats for /1/2:cache:44KB rss:70280KB ..." (3.8-4.20, KB) or a memory.stat copy
// (5.0+, bytes). Values in bytes where the kernel gives a size, counts otherwise.
struct MemcgStats {
    LineNo line = 0;
    QString path;
    NamedValues values;
};

struct MemcgContext {
    // v1 up to 4.18: "Task in %s killed as a result of limit of %s"
    LineNo taskInLine = 0;
    QString taskIn;
    QString limitOf;
    QList<MemcgCounter> counters;
    QList<MemcgStats> stats;
    QString oomGroup; // "Tasks in %s are going to be killed due to memory.oom.group set"
    bool isEmpty() const { return taskIn.isEmpty() && counters.isEmpty() && stats.isEmpty(); }
};

// dump_task(): one row of the task table. Columns vary by kernel (header decides); memory
// columns are pages except pgtables_bytes. *Bytes fields are filled when the page size is known.
struct TaskRow {
    LineNo line = 0;
    std::optional<qint64> pid, uid, tgid;
    std::optional<std::uint64_t> totalVmPages, rssPages, rssAnonPages, rssFilePages, rssShmemPages,
        swapentsPages, nrPtes, nrPmds;
    OptBytes totalVm, rss, rssAnon, rssFile, rssShmem, swapents, pgtables;
    std::optional<int> cpu, oomAdj, oomScoreAdj;
    QString name;
};

// Unreclaimable slab info: (mm/slab_common.c dump_unreclaimable_slab()), kB -> bytes.
struct SlabRow {
    LineNo line = 0;
    QString name;
    OptBytes used, total;
};

// dump_oom_summary() 4.19+: "oom-kill:constraint=%s,nodemask=%*pbl,cpuset=%s,mems_allowed=%*pbl,
// global_oom|oom_memcg=%s,task_memcg=%s,task=%s,pid=%d,uid=%d". Fields cut by a pager stay absent.
struct ConstraintLine {
    LineNo line = 0;
    QString constraint; // CONSTRAINT_NONE | CONSTRAINT_CPUSET | CONSTRAINT_MEMORY_POLICY | CONSTRAINT_MEMCG
    std::optional<QString> nodemask, cpuset, memsAllowed, oomMemcg, taskMemcg, task;
    std::optional<bool> globalOom;
    std::optional<qint64> pid, uid;
    bool truncated = false; // the line was cut (ellipsis, trimmed by an author)
};

// The victim: "%s: Killed process %d (%s) total-vm:%lukB, anon-rss:%lukB, file-rss:%lukB,
// shmem-rss:%lukB, UID:%u pgtables:%lukB oom_score_adj:%hd" (__oom_kill_process()); before 5.1
// preceded by "%s: Kill process %d (%s) score %u or sacrifice child" (oom_kill_process()), whose
// pid may differ (a child was sacrificed): the Killed line wins.
struct Victim {
    LineNo line = 0; // the Killed process line (or the scoring / oom-kill: line if that is all)
    QString
        reason; // "Out of memory", "Memory cgroup out of memory", "Out of memory (oom_kill_allocating_task)"
    std::optional<qint64> pid;
    QString comm;
    OptBytes totalVm, anonRss, fileRss, shmemRss, pgtables;
    std::optional<qint64> uid;
    std::optional<int> oomScoreAdj;
    // The old scoring line, when present.
    LineNo scoredLine = 0;
    std::optional<qint64> scoredPid;
    QString scoredComm;
    std::optional<std::uint64_t> score;
    bool killed = false;    // a "Killed process" line was seen (else: only chosen)
    bool truncated = false; // the kill line was cut
};

// oom_reap_task(): "oom_reaper: reaped process %d (%s), now anon-rss:%lukB, file-rss:%lukB, shmem-rss:%lukB"
// or "oom_reaper: unable to reap pid:%d (%s)".
struct ReaperResult {
    LineNo line = 0;
    qint64 pid = 0;
    QString comm;
    bool reaped = false;
    OptBytes anonRss, fileRss, shmemRss;
};

// Panics and "nothing to kill" (out_of_memory(), check_panic_on_oom()).
struct PanicInfo {
    LineNo line = 0;
    QString reason;                 // the text after "Kernel panic - not syncing: " (or the warning)
    bool noKillableProcess = false; // "Out of memory and no killable processes..."
    bool deadlocked = false;        // "System is deadlocked on memory"
    std::optional<int> panicOnOom;  // 1 "system-wide", 2 "compulsory"
    bool kernelPanic = false;       // a "Kernel panic - not syncing" line was seen
};

// warn_alloc(): "%s: page allocation failure: order:%d, mode:%#x(%pGg), nodemask=..."
struct AllocationFailure {
    LineNo line = 0;
    QString comm;
    QString what; // "page allocation failure", "vmemmap alloc failure", ...
    std::optional<int> order;
    std::optional<GfpMask> mode;
    QString nodemask, cpuset, memsAllowed;
};

struct OomEvent {
    OomEventKind kind = OomEventKind::OomKill;

    // Where it came from.
    QString file; // the source file as given ("-" for stdin)
    QString host; // from syslog/journal prefixes; empty = unknown
    LineNo firstLine = 0, lastLine = 0;
    EventTime time;

    // What we could rebuild. `complete` = a header (invoker) and an outcome (kill, panic, or for
    // an allocation failure its header) were seen; `missing` names the parts not found, using
    // the ids: "invoker", "cpu_line", "mem_info", "zones", "buddy", "task_table", "constraint",
    // "victim", "kill_line", "outcome".
    bool complete = false;
    QStringList missing;
    bool elided = false;         // the log shows "...", "[...]", "<snip>" or ellipsized lines inside
    bool ringBufferLoss = false; // "** N printk messages dropped **"
    int duplicates = 0;          // how many identical copies of this report were dropped

    std::optional<Invoker> invoker;
    std::optional<CpuLine> cpu;
    std::optional<CpusetLine> cpuset;
    bool manualSysrq = false;        // "sysrq: Manual OOM execution" (order=-1)
    bool compactionDisabled = false; // "COMPACTION is disabled!!!"

    // Memory state (show_free_areas()).
    std::optional<MemInfoSummary> memInfo;
    QList<NodeLine> nodes;
    QList<ZoneWatermarks> zones;
    QList<BuddyLine> buddy;
    QList<HugepagesLine> hugepages;
    MemTotals totals;
    QList<SlabRow> unreclaimableSlab;
    OptBytes pageSize;      // from the buddy line's first block size or the victim's rss, else unknown
    QString pageSizeSource; // "buddy" | "kill_line" | empty
    MemcgContext memcg;

    // The task table (dump_tasks()).
    QStringList taskColumns; // header column names as printed, e.g. {"pid","uid","tgid",...}
    QList<TaskRow> tasks;
    bool taskTableSeen = false; // the header was seen (an empty table is meaningful)

    // The outcome.
    std::optional<ConstraintLine> constraint;
    std::optional<Victim> victim;
    QList<Victim> extraKills; // memory.oom.group kills of other tasks
    std::optional<ReaperResult> reaper;
    std::optional<PanicInfo> panic;
    std::optional<AllocationFailure> allocationFailure;

    // The report's lines (message text, prefix removed) with their file line numbers.
    QList<ReportLine> rawLines;

    // Bytes of a page-count value, when the page size is known.
    OptBytes pagesToBytes(std::optional<std::uint64_t> pages) const {
        if (!pages || !pageSize) return std::nullopt;
        return *pages * *pageSize;
    }
};

inline QString kindName(OomEventKind kind) {
    switch (kind) {
    case OomEventKind::OomKill:
        return QStringLiteral("oom_kill");
    case OomEventKind::Panic:
        return QStringLiteral("panic");
    case OomEventKind::AllocationFailure:
        return QStringLiteral("allocation_failure");
    }
    return {};
}

} // namespace oomlens
