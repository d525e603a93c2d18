// OOM report reconstruction: a state machine over framed kernel-log lines, one per host.
//
// A report is a burst of printk records in a known order (mm/oom_kill.c dump_header() ->
// show_mem()/memcg info -> dump_tasks() -> dump_oom_summary() -> the kill line; or a panic).
// Real logs break that order: lines of other subsystems and CPUs land inside, rate limiting and
// authors drop parts, reports are cut off or pasted twice. So:
//  - an invoker line (" invoked oom-killer:") or a page allocation failure always starts an event;
//  - any other report part starts a *fragment* event when none is open, or when it comes earlier
//    in the order than what the open event has already seen (the start of the next report);
//  - lines that are not report parts are kept as context while the header is open and are
//    otherwise ignored; after the kill the event waits a while for the oom_reaper's line;
//  - identical reports (same text, same or absent uptime) are emitted once.
// The builder never opens files: it is fed lines (see LogReader, LineFramer).
#pragma once

#include "LineFramer.h"

#include "model/OomEvent.h"

#include <functional>
#include <memory>
#include <vector>

namespace oomlens::kernlog {

class ReportBuilder {
public:
    using EventSink = std::function<void(OomEvent &&event)>;
    // Called with the ordinal (0-based emit count) of an emitted event when a copy was dropped.
    using DuplicateSink = std::function<void(qsizetype ordinal)>;

    ReportBuilder(QString file, EventSink sink, DuplicateSink duplicate = {});
    ~ReportBuilder();

    void feed(const FramedLine &line, LineNo lineNo);

    // The idle fast path (LogAnalysis.cpp): while no report is open for lines without a host, an
    // ordinary bare-dmesg line needs no framing beyond its stamp; it is only counted.
    bool idleFor(string_view host) const;
    void countIdleLine(string_view host);
    void countIdleLines(string_view host, qint64 lines);
    void finish(); // closes every open event (end of input)

    // Classic syslog stamps carry no year: they take this one (the file's modification year) and
    // are flagged EventTime::wallClockYearGuessed.
    void setFallbackYear(int year) { m_fallbackYear = year; }

    int reboots() const { return m_reboots; }
    qsizetype emitted() const { return m_emitted; }

    // The cheap test run on every line while no event is open: could this line start or
    // announce a report? Public for the benchmark and tests.
    static bool mayStartReport(string_view msg); // = startsWithReportMarker() || hasMidLineMarker()
    // Its two halves: a marker at the start of the message ("Node ", "Killed process", ...), and one
    // of the markers that sit after a comm (" invoked oom", " failure"), anywhere in it.
    static bool startsWithReportMarker(string_view msg);
    static bool hasMidLineMarker(string_view msg);

private:
    struct HostState;
    // A report part the next line of a wrapped paste may continue (ReportContinuation.cpp).
    enum class Part { None, Invoker, Kill, Constraint, Buddy };
    static void notePart(HostState &h, Part kind, string_view msg);
    HostState &stateFor(string_view host);
    void handle(HostState &h, const FramedLine &line, LineNo lineNo);
    bool handlePart(HostState &h, const FramedLine &line, LineNo lineNo);
    OomEvent *openFor(HostState &h, int phase, const FramedLine &line, LineNo lineNo);
    void startEvent(HostState &h, OomEventKind kind, const FramedLine &line, LineNo lineNo, bool fragment);
    void closeEvent(HostState &h);
    // `part`: a report line proper (it counts for the duplicate fingerprint), not context.
    void addRaw(HostState &h, string_view msg, LineNo lineNo, bool part);
    void noteTime(HostState &h, const FramedLine &line);
    bool goesBack(HostState &h, const FramedLine &line) const;
    bool continuesGroupKill(const HostState &h, const Victim &v, const FramedLine &line) const;
    void noteKillTime(HostState &h, const FramedLine &line);
    bool continuePart(HostState &h, const FramedLine &line, LineNo lineNo);

    QString m_file;
    EventSink m_sink;
    DuplicateSink m_duplicate;
    std::vector<std::unique_ptr<HostState>> m_hosts;
    HostState *m_lastHost = nullptr;
    int m_reboots = 0;
    int m_fallbackYear = 0;
    qsizetype m_emitted = 0;
};

// Fills what can be derived once an event is closed: page size, bytes of page counts, the victim
// when only the oom-kill: line names it, kind, the list of missing parts. (EventFinalizer.cpp)
void finalizeEvent(OomEvent &event);

} // namespace oomlens::kernlog
