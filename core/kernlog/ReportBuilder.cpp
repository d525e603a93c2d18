#include "ReportBuilder.h"

#include "ReportBuilderState.h"
#include "ReportLines.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <cmath>

namespace oomlens::kernlog {

namespace {

constexpr int KillWindowLines = 300; // lines to wait after the kill for the oom_reaper
constexpr int IdleLines = 400;       // lines without any report part before an open report is closed
constexpr qsizetype MaxRawLines = 20000;

} // namespace

// The two markers that sit after a comm, so not at a known position: "<comm> invoked oom-killer:"
// and "<comm>: page allocation failure". One pass looks for their anchor bytes 'v' and 'f' (16 bytes
// at a time with SSE2) and compares the text around each hit.

bool ReportBuilder::hasMidLineMarker(string_view m) {
    static constexpr string_view invoked = " invoked oom"; // 'v' at 3
    static constexpr string_view failure = " failure";     // 'f' at 1
    auto check = [&](size_t pos) {
        if (m[pos] == 'v')
            return pos >= 3 && pos + 9 <= m.size() && m[pos + 1] == 'o' && m[pos - 1] == 'n' &&
                   memcmp(m.data() + pos - 3, invoked.data(), invoked.size()) == 0;
        return pos >= 1 && pos + 7 <= m.size() && m[pos + 1] == 'a' && m[pos + 2] == 'i' &&
               memcmp(m.data() + pos - 1, failure.data(), failure.size()) == 0;
    };
#ifdef __SSE2__
    if (m.size() >= 16) {
        const __m128i vv = _mm_set1_epi8('v'), ff = _mm_set1_epi8('f');
        auto scan = [&](size_t at, unsigned skip) {
            const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m.data() + at));
            unsigned mask = unsigned(
                _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(chunk, vv), _mm_cmpeq_epi8(chunk, ff))));
            mask &= ~((1u << skip) - 1); // bytes an earlier load already looked at
            for (; mask; mask &= mask - 1)
                if (check(at + unsigned(__builtin_ctz(mask)))) return true;
            return false;
        };
        size_t i = 0;
        for (; i + 16 <= m.size(); i += 16)
            if (scan(i, 0)) return true;
        // The tail: one more load that overlaps the last full one, masked to the new bytes.
        return i < m.size() && scan(m.size() - 16, unsigned(i - (m.size() - 16)));
    }
#endif
    for (size_t i = 0; i < m.size(); ++i)
        if ((m[i] == 'v' || m[i] == 'f') && check(i)) return true;
    return false;
}

namespace {

bool isElisionMarker(string_view msg) {
    if (msg == "[...]" || msg == "<snip>" || msg == "[\xe2\x80\xa6]" || msg == "\xe2\x80\xa6" ||
        contains(msg, "[truncated"))
        return true;
    if (msg.size() >= 3 && msg.find_first_not_of('.') == string_view::npos) return true;
    return false;
}

bool isEllipsized(string_view msg) {
    return endsWith(msg, "...") || endsWith(msg, "\xe2\x80\xa6");
}

std::uint64_t fnv1a(std::uint64_t h, string_view s) {
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    h ^= 0xff; // line separator
    h *= 1099511628211ull;
    return h;
}

} // namespace

ReportBuilder::ReportBuilder(QString file, EventSink sink, DuplicateSink duplicate)
    : m_file(std::move(file))
    , m_sink(std::move(sink))
    , m_duplicate(std::move(duplicate)) {}

ReportBuilder::~ReportBuilder() = default;

bool ReportBuilder::mayStartReport(string_view m) {
    return startsWithReportMarker(m) || hasMidLineMarker(m);
}

bool ReportBuilder::startsWithReportMarker(string_view m) {
    if (m.empty()) return false;
    switch (m[0]) {
    case 'o': // oom-kill:, oom_reaper:, 2.6 "oom-killer: gfp_mask"
        if (startsWith(m, "oom-kill") || startsWith(m, "oom_reaper:") || startsWith(m, "out of memory"))
            return true; // (2.6: "out of memory. panic_on_oom is selected")
        break;
    case 'O': // Out of memory: Kill(ed) process / panic_on_oom / no killable processes
        if (startsWith(m, "Out of memory") || startsWith(m, "Out of Memory")) return true;
        break;
    case 'M':
        if (startsWith(m, "Memory cgroup ") || startsWith(m, "Mem-Info:") || startsWith(m, "Mem-info:") ||
            startsWith(m, "Movable free:") || startsWith(m, "Movable: "))
            return true;
        break;
    case 'K':
        if (startsWith(m, "Killed process") || startsWith(m, "Kernel panic") || startsWith(m, "Kill process"))
            return true;
        break;
    case 'N':
        if (startsWith(m, "Node ") || startsWith(m, "Normal free:") || startsWith(m, "Normal: ")) return true;
        break;
    case 'D':
        // zone and buddy lines of UMA builds that print no "Node N"
        if (startsWith(m, "DMA free:") || startsWith(m, "DMA32 free:") || startsWith(m, "DMA: ") ||
            startsWith(m, "DMA32: ") || startsWith(m, "Device free:"))
            return true;
        break;
    case 'H':
        if (startsWith(m, "Hardware name:") || startsWith(m, "HighMem free:") || startsWith(m, "HighMem: "))
            return true;
        break;
    case 'C':
        if (startsWith(m, "CPU: ")) return true;
        break;
    case 'T':
        // "Tasks state", "Tasks in ... memory.oom.group", "Task in X killed as a result of limit of Y",
        // the old "Task N (x) is already exiting"
        if (startsWith(m, "Tasks ") || startsWith(m, "Task ")) return true;
        break;
    case '[':
        if (startsWith(m, "[ pid ]") || startsWith(m, "[  pid  ]")) return true;
        break;
    case 'm':
        if (startsWith(m, "memory: usage") || startsWith(m, "memory+swap: usage")) return true;
        break;
    case 'a':
        if (startsWith(m, "active_anon:")) return true;
        break;
    case 'A': // 2.6 Mem-Info summary
        if (startsWith(m, "Active:")) return true;
        break;
    case 'U':
        if (startsWith(m, "Unreclaimable slab info:")) return true;
        break;
    case 's':
    case 'S':
        if (startsWith(m, "sysrq: ") || startsWith(m, "SysRq : ")) return true;
        break;
    case 'L':
        if (startsWith(m, "Linux version ")) return true;
        break;
    case 'P':
        if (startsWith(m, "Pid: ")) return true;
        break;
    default:
        break;
    }
    return false;
}

ReportBuilder::HostState &ReportBuilder::stateFor(string_view host) {
    if (m_lastHost && string_view(m_lastHost->host) == host) return *m_lastHost;
    for (auto &h : m_hosts) {
        if (string_view(h->host) == host) {
            m_lastHost = h.get();
            return *h;
        }
    }
    m_hosts.push_back(std::make_unique<HostState>());
    m_hosts.back()->host.assign(host.data(), host.size());
    m_lastHost = m_hosts.back().get();
    return *m_lastHost;
}

bool ReportBuilder::idleFor(string_view host) const {
    if (m_lastHost && string_view(m_lastHost->host) == host) return !m_lastHost->ev;
    for (const auto &h : m_hosts)
        if (string_view(h->host) == host) return !h->ev;
    return true;
}

void ReportBuilder::countIdleLine(string_view host) {
    ++stateFor(host).linesSeen;
}

void ReportBuilder::countIdleLines(string_view host, qint64 lines) {
    stateFor(host).linesSeen += lines;
}

void ReportBuilder::feed(const FramedLine &line, LineNo lineNo) {
    if (!line.kernel || line.message.empty())
        return; // other programs' syslog lines never belong to a kernel report
    HostState &h = stateFor(line.host);
    ++h.linesSeen;
    if (!h.ev && !mayStartReport(line.message))
        return; // the hot path: an ordinary kernel line with nothing open
    handle(h, line, lineNo);
}

void ReportBuilder::finish() {
    for (auto &h : m_hosts)
        closeEvent(*h);
}

void ReportBuilder::addRaw(HostState &h, string_view msg, LineNo lineNo, bool part) {
    if (!h.ev) return;
    if (part) h.hash = fnv1a(h.hash, msg);
    if (h.ev->rawLines.size() < MaxRawLines) h.ev->rawLines.append({lineNo, qs(msg)});
    h.ev->lastLine = lineNo;
}

void ReportBuilder::noteTime(HostState &h, const FramedLine &line) {
    if (!h.ev) return;
    EventTime &t = h.ev->time;
    if (!t.uptimeSeconds && !line.uptimeText.empty()) t.uptimeSeconds = parseUptime(line.uptimeText);
    if (!t.wallClock && line.wallStyle != WallStyle::None) {
        bool guessed = false;
        t.wallClock = parseWallClock(line.wallText, line.wallStyle,
                                     m_fallbackYear ? m_fallbackYear : QDate::currentDate().year(), &guessed);
        t.wallClockYearGuessed = guessed;
    }
}

void ReportBuilder::startEvent(HostState &h, OomEventKind kind, const FramedLine &line, LineNo lineNo,
                               bool fragment) {
    closeEvent(h);
    h.ev.emplace();
    OomEvent &e = *h.ev;
    e.kind = kind;
    e.file = m_file;
    e.host = qs(h.host);
    e.firstLine = lineNo;
    e.time.bootIndex = h.bootIndex;
    h.phase = Header;
    h.section = Section::None;
    h.linesSincePart = 0;
    h.lastKillUptime.reset();
    h.lastKillWall.reset();
    h.lastPart = Part::None;
    h.hash = FnvOffset ^ std::uint64_t(kind);
    if (h.sysrqLine && lineNo - h.sysrqLine < 50) {
        e.manualSysrq = true;
        e.firstLine = h.sysrqLine;
        addRaw(h, h.sysrqText.toUtf8().toStdString(), h.sysrqLine, false);
    }
    h.sysrqLine = 0;
    if (fragment && h.preamble && lineNo - h.preambleAt < PreambleLines) {
        if (h.preamble->pid || !h.preamble->comm.isEmpty()) { // a real CPU line, not only "Hardware name:"
            e.cpu = h.preamble;
            e.cpu->hardwareName = h.hardwareName;
        }
        e.firstLine = h.preambleAt;
        for (const auto &r : std::as_const(h.preambleLines))
            addRaw(h, r.text.toUtf8().toStdString(), r.line, false);
    }
    h.preamble.reset();
    h.preambleLines.clear();
    h.hardwareName.clear();
    noteTime(h, line);
}

OomEvent *ReportBuilder::openFor(HostState &h, int phase, const FramedLine &line, LineNo lineNo) {
    if (h.suppressDump && phase == Memory) return nullptr;
    const bool wrongKind = h.ev && h.ev->kind == OomEventKind::AllocationFailure && phase >= Tasks;
    if (!h.ev || phase < h.phase || wrongKind) startEvent(h, OomEventKind::OomKill, line, lineNo, true);
    h.phase = std::max(h.phase, phase);
    return &*h.ev;
}

// A line stamped clearly earlier than the start of the open event cannot belong to it: the log
// was pasted together (a file concatenated with itself) or a new boot began. (Later stamps are
// fine: authors splice lines of other runs into a report, see the HCE excerpt in the corpus.)
bool ReportBuilder::goesBack(HostState &h, const FramedLine &line) const {
    const EventTime &t = h.ev->time;
    if (t.uptimeSeconds && !line.uptimeText.empty()) {
        const auto up = parseUptime(line.uptimeText);
        return up && *up + 1.0 < *t.uptimeSeconds;
    }
    if (t.wallClock && !t.uptimeSeconds && line.wallStyle != WallStyle::None && line.uptimeText.empty()) {
        const auto wall = parseWallClock(line.wallText, line.wallStyle, t.wallClock->date().year(), nullptr);
        return wall && wall->secsTo(*t.wallClock) > 1;
    }
    return false;
}

void ReportBuilder::handle(HostState &h, const FramedLine &line, LineNo lineNo) {
    const string_view msg = line.message;
    if (h.ev && goesBack(h, line)) closeEvent(h);
    // (A line's time is noted only once it is known to belong to the open event: the line that
    // starts the next report must not lend its stamp to one whose own stamps did not parse.)
    if (h.lastPart != Part::None) {
        if (continuePart(h, line, lineNo)) return;
        h.lastPart = Part::None;
    }
    // After the kill only a few parts can follow (reaper, more kills, panic) or start the next
    // report: skip the full dispatch for the ordinary lines in between.
    const bool quick = h.ev && h.phase >= Kill && !mayStartReport(msg);
    if (quick || !handlePart(h, line, lineNo)) {
        if (!h.ev) return;
        if (isElisionMarker(msg)) {
            h.ev->elided = true;
        } else if (contains(msg, "printk messages dropped")) {
            h.ev->ringBufferLoss = true;
        }
        // A report is a burst: after its kill, wait a little for the oom_reaper; before it, give up
        // when no part has come for a while (a fragment that ends, a cut-off report).
        if (++h.linesSincePart > (h.phase >= Kill ? KillWindowLines : IdleLines)) {
            closeEvent(h);
            return;
        }
        if (h.phase >= Kill) return;
        if (h.preamble && h.preambleAt > h.ev->lastLine)
            return; // after a new CPU line: the stack of something else (or of the next report)
        noteTime(h, line);
        addRaw(h, msg, lineNo, false); // call trace, registers, interleaved lines: context for the reader
        return;
    }
    if (h.ev) {
        noteTime(h, line);
        if (isEllipsized(msg)) h.ev->elided = true;
        addRaw(h, msg, lineNo, true);
        h.linesSincePart = 0;
    }
}

} // namespace oomlens::kernlog

namespace oomlens::kernlog {

// Emits the open event unless it is a copy of one already emitted for this host (a log
// concatenated with itself, syslog plus journal): same text and the same or no uptime.
void ReportBuilder::closeEvent(HostState &h) {
    if (!h.ev) return;
    OomEvent event = std::move(*h.ev);
    h.ev.reset();
    h.section = Section::None;
    h.phase = Header;
    const std::uint64_t hash = h.hash;
    const auto up = event.time.uptimeSeconds;
    for (const auto &p : h.prints) {
        if (p.hash != hash) continue;
        if (p.uptime && up && std::abs(*p.uptime - *up) > 0.0005) continue;
        if (m_duplicate) m_duplicate(p.ordinal);
        return;
    }
    // Seconds since boot going backwards between two reports: a new boot (or two pastes).
    if (up && h.lastUptime && *up + 1.0 < *h.lastUptime) {
        ++h.bootIndex;
        ++m_reboots;
    }
    if (up) h.lastUptime = up;
    event.time.bootIndex = h.bootIndex;
    h.prints.push_back({hash, up, m_emitted});
    finalizeEvent(event);
    ++m_emitted;
    m_sink(std::move(event));
}

} // namespace oomlens::kernlog
