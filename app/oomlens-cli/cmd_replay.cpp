// SPDX-License-Identifier: GPL-2.0-or-later
// `oomlens-cli replay DIR`: reads a recording (docs/recording-format.md).
//   --at TIME --json   the host's state at TIME in the snapshot schema (docs/snapshot-json.md);
//                      TIME = ISO 8601 ("2026-12-04T16:30:00Z", local time without an offset) or
//                      "kill:N", the state recorded right after the N-th kill (1 = first).
//   --events --json    the recorded kills in the analyze schema (docs/analyze-json.md): each
//                      kill's report is rebuilt from its kernel lines by core/kernlog and
//                      diagnosed by core/analysis, exactly as `analyze` does; the recorder's own
//                      notices (also counter-only ones) follow as "recorded_kills".
//   (neither)          a summary: time span, samples, kills, problems.
// Damaged chunks are reported on stderr (file, byte offset, reason) and skipped.
#include "command.h"

#include "analysis/Diagnosis.h"
#include "analysis/DiagnosisJson.h"
#include "analysis/KillOrder.h"
#include "kernlog/LogAnalysis.h"
#include "kernlog/OomEventJson.h"
#include "model/SnapshotJson.h"
#include "record/RecordingReader.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryFile>

#include <cstdio>

namespace oomlens::cli {
namespace {

void writeOut(const QByteArray &bytes) {
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

QString isoUtc(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

void reportProblems(const rec::RecordingReader &reader, qsizetype from = 0) {
    for (qsizetype i = from; i < reader.problems().size(); ++i) {
        const rec::RecordingProblem &p = reader.problems()[i];
        std::fprintf(stderr, "oomlens-cli replay: %s at byte %lld: %s\n", qPrintable(p.file),
                     static_cast<long long>(p.offset), qPrintable(p.reason));
    }
}

int runEvents(rec::RecordingReader &reader) {
    const QList<rec::RecordedEvent> events = reader.events();
    // The kernel lines of every distinct report, in time order, in one temporary log.
    QTemporaryFile log;
    if (!log.open()) {
        std::fprintf(stderr, "oomlens-cli replay: cannot create a temporary file\n");
        return ExitError;
    }
    QJsonArray notices;
    for (const rec::RecordedEvent &e : events) {
        for (const QJsonValue line : e.json.value(QStringLiteral("lines")).toArray()) {
            log.write(line.toString().toUtf8());
            log.write("\n", 1);
        }
        QJsonObject n = e.json;
        n.remove(QStringLiteral("lines"));
        n.insert(QStringLiteral("time"), isoUtc(e.timeMs));
        notices.append(n);
    }
    log.flush();
    writeOut(QByteArrayLiteral("{\"schema\":") + QByteArray::number(AnalyzeJsonSchemaVersion) +
             QByteArrayLiteral(",\"events\":[\n"));
    qsizetype count = 0;
    DiagnosisSession diagnosis;
    LogAnalysis total = analyzeFileTo(log.fileName(), [&](OomEvent &&e) {
        e.file = reader.directory();
        if (count++ > 0) writeOut(QByteArrayLiteral(",\n"));
        QJsonObject o = toJson(e);
        o.insert(QStringLiteral("diagnosis"), diagnosisToJson(diagnosis.add(e)));
        writeOut(QJsonDocument(o).toJson(QJsonDocument::Compact));
    });
    QJsonArray errors;
    for (LogError err : std::as_const(total.errors)) {
        err.file = reader.directory();
        errors.append(toJson(err));
    }
    writeOut(QByteArrayLiteral("\n],\"errors\":") + QJsonDocument(errors).toJson(QJsonDocument::Compact) +
             QByteArrayLiteral(",\"summary\":") +
             QJsonDocument(summaryJson(total, count)).toJson(QJsonDocument::Compact) +
             QByteArrayLiteral(",\"recorded_kills\":") +
             QJsonDocument(notices).toJson(QJsonDocument::Compact) + QByteArrayLiteral("}\n"));
    std::fflush(stdout);
    return ExitOk;
}

// TIME -> ms since the epoch; nullopt with `error`.
std::optional<qint64> resolveTime(rec::RecordingReader &reader, const QString &text, QString *error) {
    if (text.startsWith(QLatin1String("kill:"))) {
        bool ok = false;
        const int n = text.mid(5).toInt(&ok);
        const QList<rec::RecordedEvent> events = reader.events();
        if (!ok || n < 1 || n > events.size()) {
            *error = QStringLiteral("%1: the recording holds %2 kill(s)").arg(text).arg(events.size());
            return std::nullopt;
        }
        // The Full sample the recorder took the moment it saw the kill follows the event: the
        // first sample at or after it.
        const qint64 at = events[n - 1].timeMs;
        for (int i = 0; i < reader.chunks().size(); ++i) {
            if (reader.chunks()[i].header.lastMs < at) continue;
            std::optional<qint64> found;
            reader.decodeChunk(i, [&](const rec::RecordedSample &s) {
                if (s.timeMs >= at && s.freshProcesses) found = s.timeMs;
                return !found;
            });
            if (found) return found;
        }
        return at;
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        *error = QStringLiteral("%1: not an ISO 8601 time or kill:N").arg(text);
        return std::nullopt;
    }
    return t.toMSecsSinceEpoch();
}

int runReplay(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Read a recording made by `oomlens-cli record --output DIR`."));
    p.addHelpOption();
    QCommandLineOption at(QStringLiteral("at"), QStringLiteral("The state at TIME (ISO 8601 or kill:N)."),
                          QStringLiteral("TIME"));
    QCommandLineOption events(QStringLiteral("events"), QStringLiteral("The recorded OOM kills."));
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    p.addOptions({at, events, json});
    p.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The recording directory."));
    if (!p.parse(QStringList{QStringLiteral("oomlens-cli replay")} + args)) {
        std::fprintf(stderr, "oomlens-cli replay: %s\n", qPrintable(p.errorText()));
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(p.helpText()), stdout);
        return ExitOk;
    }
    if (p.positionalArguments().size() != 1 || (p.isSet(at) && p.isSet(events))) {
        std::fprintf(stderr, "oomlens-cli replay: give one DIR and at most one of --at, --events\n");
        return ExitUsage;
    }
    rec::RecordingReader reader;
    if (!reader.open(p.positionalArguments().first())) {
        reportProblems(reader);
        std::fprintf(stderr, "oomlens-cli replay: %s\n", qPrintable(reader.error()));
        return ExitError;
    }
    reportProblems(reader);
    const qsizetype known = reader.problems().size();
    if (p.isSet(events)) {
        const int rc = runEvents(reader);
        reportProblems(reader, known);
        return rc;
    }
    if (p.isSet(at)) {
        QString error;
        const std::optional<qint64> ms = resolveTime(reader, p.value(at), &error);
        std::optional<Snapshot> snapshot;
        if (ms) snapshot = reader.snapshotAt(*ms, &error);
        reportProblems(reader, known);
        if (!snapshot) {
            std::fprintf(stderr, "oomlens-cli replay: %s\n", qPrintable(error));
            return ExitError;
        }
        const KillOrder killOrder = estimateKillOrder(*snapshot);
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered)) return ExitError;
        if (p.isSet(json)) {
            if (!writeSnapshotJson(*snapshot, killOrder, out)) return ExitError;
        } else {
            out.write(QStringLiteral("state at %1 (%2 processes, %3 cgroups); use --json for all of it\n")
                          .arg(snapshot->time.toString(Qt::ISODateWithMs))
                          .arg(snapshot->processes.size())
                          .arg(snapshot->cgroups.size())
                          .toUtf8());
        }
        return ExitOk;
    }
    const QList<rec::RecordedEvent> kills = reader.events();
    QByteArray text = QStringLiteral("recording %1\nfrom %2 to %3\nsamples %4 in %5 chunks\nkills %6\n")
                          .arg(reader.directory(), isoUtc(reader.firstMs()), isoUtc(reader.lastMs()))
                          .arg(reader.sampleCount())
                          .arg(reader.chunks().size())
                          .arg(kills.size())
                          .toUtf8();
    for (qsizetype i = 0; i < kills.size(); ++i) {
        const QJsonObject &k = kills[i].json;
        text += QStringLiteral("  kill:%1 %2 pid %3 (%4) cgroup %5: %6\n")
                    .arg(i + 1)
                    .arg(isoUtc(kills[i].timeMs))
                    .arg(k.value(QStringLiteral("pid")).toInteger())
                    .arg(k.value(QStringLiteral("comm")).toString(),
                         k.value(QStringLiteral("victim_cgroup")).toString(),
                         k.value(QStringLiteral("cause")).toString())
                    .toUtf8();
    }
    text += QByteArray::number(reader.problems().size()) + " problem(s)\n";
    writeOut(text);
    reportProblems(reader, known);
    return ExitOk;
}

CommandRegistration registration{
    {"replay", "Read a recording: the state at a time, or its OOM kills", runReplay}};

} // namespace
} // namespace oomlens::cli
