// The pipeline: LogReader (bytes -> lines) -> mail-wrap joining and #012 splitting ->
// LineFramer (line -> message) -> ReportBuilder (messages -> events).
#include "LogAnalysis.h"
#include "KillerAnalysis.h"

#include "BareLineSkim.h"
#include "CrossFileDedup.h"
#include "LineFramer.h"
#include "LogReader.h"
#include "ReportBuilder.h"
#include "SyslogLineSkim.h"

#include "journal/ExportReader.h"
#include "journal/JournalAnalysis.h"
#include "journal/JournalFeed.h"
#include "journal/JournalInputs.h"

#include <QFileInfo>

#include <cstring>
#include <string>

namespace oomlens {

namespace {

using namespace kernlog;

class Pipeline {
public:
    Pipeline(ReportBuilder &builder)
        : m_builder(builder) {
        // The fast paths must never change a result; tests compare against the full path with this.
        m_fastPaths = qEnvironmentVariableIsEmpty("OOMLENS_KERNLOG_FULL_PATH");
    }

    void line(string_view raw) {
        ++m_lineNo;
        if (m_fastPaths && !m_hasPending) {
            if (m_idle && isOrdinaryBareLine(raw)) {
                m_framer.noteBareLine();
                m_builder.countIdleLine({});
                return;
            }
            if (ordinarySyslogLine(raw)) return;
        }
        if (m_hasPending) {
            FramedLine next = m_framer.frame(raw);
            if (!next.prefixed && !next.message.empty()) {
                // A mail client's soft line break (format=flowed keeps the trailing space): the
                // unprefixed line continues the message of the prefixed line before it.
                m_pending.append(next.message.data(), next.message.size());
                if (next.trailingSpace) m_pending += ' ';
                if (next.trailingSpace) return; // wrapped again: keep joining
                m_hasPending = false;
                process(m_framer.frame(m_pending), m_pendingLine);
                return;
            }
            m_hasPending = false;
            process(m_framer.frame(m_pending), m_pendingLine);
        }
        FramedLine f = m_framer.frame(raw);
        if (f.prefixed && f.trailingSpace && f.kernel) {
            m_pending.assign(raw.data(), raw.size());
            while (!m_pending.empty() && (m_pending.back() == '\r'))
                m_pending.pop_back();
            m_pendingLine = m_lineNo;
            m_hasPending = true;
            return;
        }
        process(f, m_lineNo);
    }

    // The idle fast paths over a run of whole lines of one block, without a call per line: takes
    // lines while line() would take them on its fast paths (the same tests, in the same order, with
    // the same effects) and stops at the first line that needs the full path. Runs of bare dmesg
    // lines are proved ordinary a block at a time (BareLineSkim.h); the rest one line at a time.
    size_t skim(const char *from, const char *end) {
        if (!m_fastPaths || m_hasPending) return 0;
        const char *p = from;
        LineNo bare = 0; // bare dmesg lines taken since the last syslog line: counted in one go
        while (p < end) {
            if (m_idle) {
                const SkimRun run = skimOrdinaryBareLines(p, end);
                bare += run.lines;
                m_lineNo += run.lines;
                p += run.bytes;
                if (p >= end) break;
            }
            if (bare) flushBare(bare); // (which forgets the host: no syslog line is ordinary now)
            if (const string_view host = m_framer.lastHost(); !host.empty()) {
                const SkimRun run = skimOrdinarySyslogLines(p, end, host, m_builder.idleFor(host));
                if (run.counted) m_builder.countIdleLines(host, run.counted);
                m_lineNo += run.lines;
                p += run.bytes;
                if (p >= end) break;
            }
            const char *nl = static_cast<const char *>(memchr(p, '\n', size_t(end - p)));
            if (!nl || size_t(nl - p) > LogReader::MaxLineBytes) break;
            const string_view raw(p, size_t(nl - p));
            if (m_idle && isOrdinaryBareLine(raw)) {
                ++bare;
            } else {
                if (bare) flushBare(bare);
                if (!ordinarySyslogLine(raw)) break;
            }
            ++m_lineNo;
            p = nl + 1;
        }
        if (bare) flushBare(bare);
        return size_t(p - from);
    }

    // The same for classic syslog lines "Mmm dd hh:mm:ss host ident: ...": other programs' lines
    // (never part of a report) and ordinary kernel lines of a host with no report open
    // (SyslogLineSkim.h). Only for the host an unprefixed line would inherit already, so the framer
    // has nothing to note.
    bool ordinarySyslogLine(string_view raw) {
        const string_view host = m_framer.lastHost();
        switch (classifySyslogLine(raw, host)) {
        case SyslogLineKind::OtherProgram:
            return true;
        case SyslogLineKind::Kernel:
            if (!m_builder.idleFor(host)) return false;
            m_builder.countIdleLine(host);
            return true;
        default:
            return false;
        }
    }

    void finish() {
        if (m_hasPending) {
            m_hasPending = false;
            process(m_framer.frame(m_pending), m_pendingLine);
        }
        m_builder.finish();
    }

    LineNo lines() const { return m_lineNo; }
    void flushBare(LineNo &bare) {
        m_framer.noteBareLine();
        m_builder.countIdleLines({}, bare);
        bare = 0;
    }
    bool m_idle = true; // no report open for host-less lines: the fast path may run
    bool m_fastPaths = true;

private:
    void process(FramedLine f, LineNo lineNo) {
        processMessages(f, lineNo);
        m_idle = m_builder.idleFor({});
    }

    void processMessages(FramedLine f, LineNo lineNo) {
        const string_view msg = f.message;
        // rsyslog escapes the newlines of multi-line records as "#012"; the journal keeps '\n'.
        // (dmesg itself never escapes: only lines that came through a syslog daemon are searched)
        const bool hash =
            f.viaSyslog && memchr(msg.data(), '#', msg.size()) != nullptr && contains(msg, "#012");
        const bool nl = f.multiline;
        if (!hash && !nl) {
            m_builder.feed(f, lineNo);
            return;
        }
        string_view rest = msg;
        while (true) {
            size_t cut = string_view::npos, skip = 0;
            if (hash) {
                cut = find(rest, "#012");
                skip = 4;
            }
            if (nl) {
                const size_t n = rest.find('\n');
                if (n < cut) {
                    cut = n;
                    skip = 1;
                }
            }
            f.message = trimmed(rest.substr(0, cut));
            if (!f.message.empty()) m_builder.feed(f, lineNo);
            if (cut == string_view::npos) break;
            rest.remove_prefix(cut + skip);
        }
    }

    ReportBuilder &m_builder;
    LineFramer m_framer;
    LineNo m_lineNo = 0;
    std::string m_pending;
    LineNo m_pendingLine = 0;
    bool m_hasPending = false;
};

} // namespace

LogAnalysis analyzeFileTo(const QString &path, const EventSink &sink, const ProgressFn &progress,
                          const std::atomic_bool *cancel) {
    return analyzeFileWithKillers(path, sink, nullptr, progress, cancel);
}

LogAnalysis analyzeFileWithKillers(const QString &path, const EventSink &sink, QList<KillerEvent> *killers,
                                   const ProgressFn &progress, const std::atomic_bool *cancel) {
    // Journal files, journal directories and OS roots are told by content (core/journal/).
    if (path != QLatin1String("-") && journal::isJournalInput(path))
        return journal::analyzeJournalTo({path, {}, {}, {}, {}}, sink, killers, progress, cancel);
    LogAnalysis result;
    LogReader reader(path);
    if (!reader.open()) {
        result.errors.append({path, 0, reader.errorString()});
        return result;
    }
    ReportBuilder builder(
        path, [&](OomEvent &&e) { sink(std::move(e)); }, [&](qsizetype) { ++result.duplicatesDropped; });
    if (path != QLatin1String("-")) builder.setFallbackYear(QFileInfo(path).lastModified().date().year());
    Pipeline pipeline(builder);
    // `journalctl -o export` text is one more log form, told by its first line: its entries go
    // through the journal's feed (the same engine behind it) instead of the line framer.
    std::unique_ptr<journal::JournalFeed> exportFeed;
    std::unique_ptr<journal::ExportParser> exportParser;
    bool decided = false;
    LineNo exportLines = 0;
    const bool ok = reader.readLines(
        [&](string_view raw) {
            if (!decided) {
                decided = true;
                if (journal::ExportParser::looksLikeExport(raw)) {
                    exportFeed = std::make_unique<journal::JournalFeed>(path, sink);
                    exportParser = std::make_unique<journal::ExportParser>(
                        [&](const journal::JournalEntry &e) { exportFeed->add(e); });
                }
            }
            if (exportParser)
                exportParser->line(raw, ++exportLines);
            else
                pipeline.line(raw);
        },
        [&](qint64 done, qint64 total) {
            if (progress) progress(done, total);
        },
        cancel,
        [&](const char *from, const char *end) {
            return decided && !exportParser ? pipeline.skim(from, end) : size_t(0);
        });
    if (exportParser) {
        exportParser->finish();
        exportFeed->finish(result, killers);
        if (exportParser->malformedLine())
            result.errors.append({path, exportParser->malformedLine(),
                                  QStringLiteral("binary field value does not end where its length says")});
        if (!ok) result.errors.append({path, exportLines, reader.errorString()});
        result.linesRead = exportLines;
        result.bytesRead = reader.bytesRead();
        result.cancelled = reader.wasCancelled();
        return result;
    }
    pipeline.finish();
    if (!ok) result.errors.append({path, pipeline.lines(), reader.errorString()});
    if (reader.truncatedLines() > 0)
        result.errors.append({path, 0,
                              QStringLiteral("%1 line(s) longer than %2 bytes were cut")
                                  .arg(reader.truncatedLines())
                                  .arg(LogReader::MaxLineBytes)});
    result.linesRead = pipeline.lines();
    result.bytesRead = reader.bytesRead();
    result.reboots = builder.reboots();
    result.cancelled = reader.wasCancelled();
    return result;
}

LogAnalysis analyzeFile(const QString &path, const ProgressFn &progress, const std::atomic_bool *cancel) {
    QList<OomEvent> events;
    qsizetype base = 0;
    LogAnalysis r = analyzeFileTo(
        path, [&](OomEvent &&e) { events.append(std::move(e)); }, progress, cancel);
    Q_UNUSED(base);
    r.events = std::move(events);
    return r;
}

LogAnalysis analyzeFiles(const QStringList &paths, const ProgressFn &progress,
                         const std::atomic_bool *cancel) {
    return analyzeFilesWithKillers(paths, nullptr, progress, cancel);
}

LogAnalysis analyzeFilesWithKillers(const QStringList &paths, QList<KillerEvent> *killers,
                                    const ProgressFn &progress, const std::atomic_bool *cancel) {
    LogAnalysis all;
    kernlog::CrossFileDedup dedup;
    for (const QString &p : paths) {
        QList<OomEvent> events;
        QList<KillerEvent> kills;
        LogAnalysis one = analyzeFileWithKillers(
            p, [&](OomEvent &&e) { events.append(std::move(e)); }, &kills, progress, cancel);
        // Kernel events seen in an earlier input are dropped; links from killers follow them.
        QList<qsizetype> where; // index in `all.events` of each of this file's events
        for (OomEvent &e : events) {
            if (const auto copy = dedup.copyOf(e, all.events.size())) {
                where.append(*copy);
                ++all.duplicatesDropped;
                continue;
            }
            where.append(all.events.size());
            all.events.append(std::move(e));
        }
        for (KillerEvent &k : kills)
            if (k.linkedKernelEvent) k.linkedKernelEvent = where.value(*k.linkedKernelEvent);
        if (killers) killers->append(std::move(kills));
        all.errors.append(one.errors);
        all.linesRead += one.linesRead;
        all.bytesRead += one.bytesRead;
        all.reboots += one.reboots;
        all.duplicatesDropped += one.duplicatesDropped;
        if (one.cancelled) {
            all.cancelled = true;
            break;
        }
    }
    return all;
}

} // namespace oomlens
