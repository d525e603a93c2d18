// oomlens-cli analyze [--json] FILE...: rebuild every OOM event from kernel logs ("-" = stdin).
// JSON is streamed event by event (docs/analyze-json.md), so memory does not grow with the log.
#include "command.h"

#include "analysis/Diagnosis.h"
#include "analysis/DiagnosisJson.h"
#include "kernlog/LogAnalysis.h"
#include "kernlog/OomEventJson.h"
#include "kernlog/OomEventText.h"
#include "model/Printable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace oomlens::cli {

namespace {

void writeOut(const QByteArray &bytes) {
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

int runJson(const QStringList &files) {
    writeOut(QByteArrayLiteral("{\"schema\":") + QByteArray::number(AnalyzeJsonSchemaVersion) +
             QByteArrayLiteral(",\"events\":[\n"));
    qsizetype count = 0;
    LogAnalysis total;
    DiagnosisSession diagnosis; // core/analysis: diagnoses each event as it streams by
    for (const QString &file : files) {
        LogAnalysis one = analyzeFileTo(file, [&](OomEvent &&e) {
            if (count++ > 0) writeOut(QByteArrayLiteral(",\n"));
            QJsonObject o = toJson(e);
            o.insert(QStringLiteral("diagnosis"), diagnosisToJson(diagnosis.add(e)));
            writeOut(QJsonDocument(o).toJson(QJsonDocument::Compact));
        });
        total.errors.append(one.errors);
        total.linesRead += one.linesRead;
        total.bytesRead += one.bytesRead;
        total.reboots += one.reboots;
        total.duplicatesDropped += one.duplicatesDropped;
    }
    QJsonArray errors;
    for (const LogError &err : std::as_const(total.errors))
        errors.append(toJson(err));
    writeOut(QByteArrayLiteral("\n],\"errors\":") + QJsonDocument(errors).toJson(QJsonDocument::Compact) +
             QByteArrayLiteral(",\"summary\":") +
             QJsonDocument(summaryJson(total, count)).toJson(QJsonDocument::Compact) +
             QByteArrayLiteral("}\n"));
    std::fflush(stdout);
    return total.errors.isEmpty() ? ExitOk : ExitError;
}

int runText(const QStringList &files) {
    const LogAnalysis a = analyzeFiles(files);
    QString out;
    if (a.events.isEmpty()) {
        out += u"No OOM events found"_qs;
    } else {
        out += eventTableHeader() + u'\n';
        for (int i = 0; i < a.events.size(); ++i)
            out += eventTableRow(i + 1, a.events[i]) + u'\n';
        out += u'\n';
        const QList<Diagnosis> diagnoses = diagnose(a.events);
        for (int i = 0; i < a.events.size(); ++i)
            out += eventDetail(i + 1, a.events[i]) + diagnosisToText(diagnoses[i]) + u'\n';
        out += QString::number(a.events.size()) + u" event(s)"_qs;
    }
    out += u" in "_qs + QString::number(a.linesRead) + u" line(s)"_qs;
    if (a.duplicatesDropped)
        out += u", "_qs + QString::number(a.duplicatesDropped) + u" duplicate report(s) dropped"_qs;
    if (a.reboots) out += u", "_qs + QString::number(a.reboots) + u" reboot(s) seen"_qs;
    out += u".\n"_qs;
    // Comms, cgroup names and quoted lines come from the log: ESC, OSC and BEL sequences in them
    // must not reach the terminal as commands (model/Printable.h).
    writeOut(printable(out, -1, Newlines::Keep).toUtf8());
    for (const LogError &err : a.errors)
        std::fprintf(stderr, "oomlens-cli analyze: %s%s: %s\n", qPrintable(printable(err.file, 4096)),
                     err.line > 0 ? qPrintable(QStringLiteral(":%1").arg(err.line)) : "",
                     qPrintable(printable(err.reason, 1000)));
    return a.errors.isEmpty() ? ExitOk : ExitError;
}

int runAnalyze(const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Rebuild every OOM kill, OOM panic and page allocation failure from kernel logs "
                       "(dmesg, syslog, journalctl, compressed or not; '-' reads stdin)."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print JSON (docs/analyze-json.md)."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Log files, '-' for stdin."),
                                 QStringLiteral("FILE..."));
    QStringList argv = args;
    argv.prepend(QStringLiteral("oomlens-cli analyze"));
    if (!parser.parse(argv)) {
        std::fprintf(stderr, "oomlens-cli analyze: %s\n", qPrintable(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        std::fprintf(stderr, "oomlens-cli analyze: no FILE given (use '-' for stdin)\n");
        return ExitUsage;
    }
    return parser.isSet(json) ? runJson(files) : runText(files);
}

const CommandRegistration reg({"analyze", "Rebuild OOM events from kernel logs (text or --json)",
                               runAnalyze});

} // namespace

} // namespace oomlens::cli
