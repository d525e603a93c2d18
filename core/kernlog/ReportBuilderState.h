// Private to ReportBuilder*.cpp: the per-host state of the report state machine.
#pragma once

#include "ReportBuilder.h"

#include <string>
#include <vector>

namespace oomlens::kernlog {

// The order in which dump_header() and out_of_memory() print the parts of one report.
enum Phase : int { Header = 0, Memory = 1, Tasks = 2, Summary = 3, Kill = 4, Outcome = 5 };
// Multi-line parts whose continuation lines only make sense right after their header.
enum class Section { None, MemInfo, MemcgStats, TaskTable, Slab };

inline constexpr int PreambleLines = 300; // a CPU/Hardware line this close before a fragment belongs to it
inline constexpr std::uint64_t FnvOffset = 14695981039346656037ull;

struct ReportBuilder::HostState {
    std::string host;
    // The last report part that a wrapped paste may continue on the next line (ReportContinuation.cpp).
    Part lastPart = Part::None;
    std::string lastPartText;
    std::optional<OomEvent> ev;
    int phase = Header;
    Section section = Section::None;
    int linesSincePart = 0; // ordinary lines since the last report part
    std::uint64_t hash = FnvOffset;
    bool suppressDump = false; // "sysrq: Show Memory" prints Mem-Info without an OOM
    LineNo sysrqLine = 0;      // "sysrq: Manual OOM execution" (order=-1 follows)
    QString sysrqText;
    std::optional<CpuLine> preamble; // a CPU line seen before a fragment started
    LineNo preambleAt = 0;
    QList<ReportLine> preambleLines;
    QString hardwareName;
    int bootIndex = 0;
    qint64 linesSeen = 0;
    std::optional<double> lastUptime;     // of the last emitted event
    std::optional<double> lastKillUptime; // of the open event's last "Killed process" line
    std::optional<QDateTime> lastKillWall;
    struct Print {
        std::uint64_t hash;
        std::optional<double> uptime;
        qsizetype ordinal;
    };
    std::vector<Print> prints;
};

} // namespace oomlens::kernlog

namespace oomlens::kernlog {

inline void ReportBuilder::notePart(HostState &h, Part kind, string_view msg) {
    h.lastPart = kind;
    h.lastPartText.assign(msg.data(), msg.size());
}

} // namespace oomlens::kernlog
