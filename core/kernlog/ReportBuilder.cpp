#include "ReportBuilder.h"

#include "ReportBuilderState.h"
#include "ReportLines.h"

#include <array>
#include <cmath>

namespace oomlens::kernlog {

namespace {

constexpr int KillWindowLines = 300; // lines to wait after the kill for the oom_reaper
constexpr int PreambleLines = 300;   // a CPU/Hardware line this close before a fragment belongs to it
constexpr qsizetype MaxRawLines = 20000;

// Boyer-Moore-Horspool over a fixed needle: the two markers that sit mid-line (after a comm).
class Horspool {
public:
    constexpr explicit Horspool(string_view needle)
        : m_needle(needle) {
        for (auto &s : m_shift)
            s = needle.size();
        for (size_t i = 0; i + 1 < needle.size(); ++i)
            m_shift[static_cast<unsigned char>(needle[i])] = needle.size() - 1 - i;
    }
    bool in(string_view hay) const {
        const size_t n = m_needle.size();
        if (hay.size() < n) return false;
        const char last = m_needle[n - 1];
        for (size_t i = 0; i + n <= hay.size();) {
            const char c = hay[i + n - 1];
            if (c == last && memcmp(hay.data() + i, m_needle.data(), n - 1) == 0) return true;
            i += m_shift[static_cast<unsigned char>(c)];
        }
        return false;
    }

private:
    string_view m_needle;
    std::array<size_t, 256> m_shift{};
};

const Horspool &invokedMarker() {
    static const Horspool h(" invoked oom");
    return h;
}
const Horspool &failureMarker() {
    static const Horspool h(" failure");
    return h;
}

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
    if (m.empty()) return false;
    switch (m[0]) {
    case 'o': // oom-kill:, oom_reaper:, 2.6 "oom-killer: gfp_mask"
        if (startsWith(m, "oom-kill") || startsWith(m, "oom_reaper:")) return true;
        break;
    case 'O': // Out of memory: Kill(ed) process / panic_on_oom / no killable processes
        if (startsWith(m, "Out of memory") || startsWith(m, "Out of Memory")) return true;
        break;
    case 'M':
        if (startsWith(m, "Memory cgroup ") || startsWith(m, "Mem-Info:") || startsWith(m, "Mem-info:") ||
            startsWith(m, "Movable free:"))
            return true;
        break;
    case 'K':
        if (startsWith(m, "Killed process") || startsWith(m, "Kernel panic") || startsWith(m, "Kill process"))
            return true;
        break;
    case 'N':
        if (startsWith(m, "Node ") || startsWith(m, "Normal free:")) return true;
        break;
    case 'D':
        if (startsWith(m, "DMA free:") || startsWith(m, "DMA32 free:")) return true;
        break;
    case 'H':
        if (startsWith(m, "Hardware name:") || startsWith(m, "HighMem free:")) return true;
        break;
    case 'C':
        if (startsWith(m, "CPU: ")) return true;
        break;
    case 'T':
        if (startsWith(m, "Tasks state") || startsWith(m, "Task in ")) return true;
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
    return invokedMarker().in(m) || (failureMarker().in(m) && contains(m, "failure"));
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

void ReportBuilder::addRaw(HostState &h, string_view msg, LineNo lineNo) {
    if (!h.ev) return;
    h.hash = fnv1a(h.hash, msg);
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
    h.linesSinceKill = 0;
    h.hash = FnvOffset ^ std::uint64_t(kind);
    if (h.sysrqLine && lineNo - h.sysrqLine < 50) {
        e.manualSysrq = true;
        e.firstLine = h.sysrqLine;
        addRaw(h, h.sysrqText.toUtf8().toStdString(), h.sysrqLine);
    }
    h.sysrqLine = 0;
    if (fragment && h.preamble && lineNo - h.preambleAt < PreambleLines) {
        e.cpu = h.preamble;
        e.cpu->hardwareName = h.hardwareName;
        e.firstLine = h.preambleAt;
        for (const auto &r : std::as_const(h.preambleLines))
            addRaw(h, r.text.toUtf8().toStdString(), r.line);
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

void ReportBuilder::handle(HostState &h, const FramedLine &line, LineNo lineNo) {
    const string_view msg = line.message;
    if (h.ev) noteTime(h, line);
    if (!handlePart(h, line, lineNo)) {
        if (!h.ev) return;
        if (isElisionMarker(msg)) {
            h.ev->elided = true;
        } else if (contains(msg, "printk messages dropped")) {
            h.ev->ringBufferLoss = true;
        }
        if (h.phase >= Kill) {
            if (++h.linesSinceKill > KillWindowLines) closeEvent(h);
            return;
        }
        addRaw(h, msg, lineNo); // call trace, registers, interleaved lines: context for the reader
        return;
    }
    if (h.ev) {
        if (isEllipsized(msg)) h.ev->elided = true;
        addRaw(h, msg, lineNo);
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
