// Parsers for the single lines of an OOM report. Each takes the message text of one line (the
// log prefix already removed by LineFramer) and returns the part it describes, or nothing when
// the line is not that part. They never guess: a field that is not printed stays absent.
#pragma once

#include "TextScan.h"

#include "model/OomEvent.h"

#include <vector>

namespace oomlens::kernlog {

// "a=1,b=0-1,c,d=x" split on ",key=" boundaries (node lists contain commas: "mems_allowed=0,2-4").
struct Field {
    string_view key, value;
    bool bare = false; // a flag without '=' ("global_oom")
};
std::vector<Field> splitFields(string_view s);

GfpMask parseGfpMask(string_view text); // "0x40cc0(GFP_KERNEL|__GFP_COMP)"

// HeaderLines.cpp
std::optional<Invoker> parseInvoker(string_view msg);       // "... invoked oom-killer: ..."
std::optional<CpuLine> parseCpuLine(string_view msg);       // "CPU: .. PID: .. Comm: .." / "Pid: N, comm: x"
std::optional<CpusetLine> parseCpusetLine(string_view msg); // "x cpuset=/ mems_allowed=0"
std::optional<AllocationFailure> parseAllocationFailure(string_view msg);
bool parseMemcgTaskIn(string_view msg, MemcgContext &ctx); // "Task in A killed as a result of limit of B"
std::optional<MemcgCounter> parseMemcgCounter(string_view msg); // "memory: usage ..kB, limit ..kB, failcnt N"
std::optional<MemcgStats> parseMemcgStatsHeader(string_view msg); // "Memory cgroup stats for P:[k:vKB ...]"
bool parseMemcgStatLine(string_view msg, MemcgStats &stats);      // "anon 98742272" (memory.stat copy)
std::optional<PanicInfo> parsePanicLine(string_view msg);

// MemoryLines.cpp
bool isMemInfoSummaryStart(string_view msg);                 // "active_anon:..." / 2.6 "Active:..."
bool parseMemInfoPairs(string_view msg, NamedValues &pages); // every token must be key:number
std::optional<ZoneWatermarks> parseZoneLine(string_view msg);
std::optional<NodeLine> parseNodeLine(string_view msg);
std::optional<BuddyLine> parseBuddyLine(string_view msg);
std::optional<HugepagesLine> parseHugepagesLine(string_view msg);
bool parseLowmemReserve(string_view msg, QList<std::uint64_t> &out);
bool parseTotalsLine(string_view msg, MemTotals &totals, LineNo line);
std::optional<SlabRow> parseSlabRow(string_view msg);

// OutcomeLines.cpp
QStringList parseTaskHeader(string_view msg, bool *truncated); // "[ pid ]   uid  tgid total_vm ..."
std::optional<TaskRow> parseTaskRow(string_view msg, const QStringList &columns);
std::optional<ConstraintLine> parseConstraintLine(string_view msg); // "oom-kill:constraint=..."
std::optional<Victim> parseKilledLine(string_view msg);             // "...Killed process N (x) total-vm:..."
std::optional<Victim> parseScoredLine(string_view msg); // "...Kill process N (x) score S or sacrifice child"
std::optional<Victim> parseAlreadyExitingLine(string_view msg); // "OOM victim N (x) is already exiting"
std::optional<ReaperResult> parseReaperLine(string_view msg);

} // namespace oomlens::kernlog
