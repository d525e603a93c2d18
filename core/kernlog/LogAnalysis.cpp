// The pipeline: LogReader (bytes -> lines) -> mail-wrap joining and #012 splitting ->
// LineFramer (line -> message) -> ReportBuilder (messages -> events).
#include "LogAnalysis.h"

#include "LineFramer.h"
#include "LogReader.h"
#include "ReportBuilder.h"

#include <QFileInfo>

#include <string>

namespace oomlens {

namespace {

using namespace kernlog;

class Pipeline {
public:
    Pipeline(ReportBuilder &builder)
        : m_builder(builder) {}

    void line(string_view raw) {
        ++m_lineNo;
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

    void finish() {
        if (m_hasPending) {
            m_hasPending = false;
            process(m_framer.frame(m_pending), m_pendingLine);
        }
        m_builder.finish();
    }

    LineNo lines() const { return m_lineNo; }

private:
    void process(FramedLine f, LineNo lineNo) {
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
    const bool ok = reader.readLines([&](string_view raw) { pipeline.line(raw); },
                                     [&](qint64 done, qint64 total) {
                                         if (progress) progress(done, total);
                                     },
                                     cancel);
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
    LogAnalysis all;
    for (const QString &p : paths) {
        LogAnalysis one = analyzeFile(p, progress, cancel);
        all.events.append(std::move(one.events));
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
