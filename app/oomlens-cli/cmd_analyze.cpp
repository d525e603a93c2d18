// oomlens-cli analyze [--json] FILE...: rebuild every OOM event from kernel logs ("-" = stdin).
// JSON is streamed event by event (docs/analyze-json.md), so memory does not grow with the log.
#include "command.h"

#include "analysis/Diagnosis.h"
#include "analysis/DiagnosisJson.h"
#include "journal/KillerEventJson.h"
#include "kernlog/CrossFileDedup.h"
#include "kernlog/KillerAnalysis.h"
#include "kernlog/LogAnalysis.h"
#include "kernlog/OomEventJson.h"
#include "kernlog/OomEventText.h"

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
    QList<KillerEvent> killers;
    DiagnosisSession diagnosis;    // core/analysis: diagnoses each event as it streams by
    kernlog::CrossFileDedup dedup; // the same report in two inputs (dmesg + journal) is printed once
    auto writeEvent = [&](const QJsonObject &o) {
        if (count++ > 0) writeOut(QByteArrayLiteral(",\n"));
        writeOut(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    for (const QString &file : files) {
        QList<qsizetype> where; // position in `events` of each kernel event of this file
        QList<KillerEvent> kills;
        LogAnalysis one = analyzeFileWithKillers(
            file,
            [&](OomEvent &&e) {
                if (const auto copy = dedup.copyOf(e, count)) {
                    where.append(*copy);
                    ++total.duplicatesDropped;
                    return;
                }
                where.append(count);
                QJsonObject o = toJson(e);
                o.insert(QStringLiteral("diagnosis"), diagnosisToJson(diagnosis.add(e)));
                writeEvent(o);
            },
            &kills);
        // The userspace kills of this input follow its kernel events; links point into `events`.
        for (KillerEvent &k : kills) {
            if (k.linkedKernelEvent) k.linkedKernelEvent = where.value(*k.linkedKernelEvent);
            writeEvent(journal::killerToJson(k));
        }
        killers.append(kills);
        total.errors.append(one.errors);
        total.linesRead += one.linesRead;
        total.bytesRead += one.bytesRead;
        total.reboots += one.reboots;
        total.duplicatesDropped += one.duplicatesDropped;
    }
    QJsonArray errors;
    for (const LogError &err : std::as_const(total.errors))
        errors.append(toJson(err));
    QJsonObject summary = summaryJson(total, count);
    journal::addKillerSummary(summary, count - killers.size(), killers);
    writeOut(QByteArrayLiteral("\n],\"errors\":") + QJsonDocument(errors).toJson(QJsonDocument::Compact) +
             QByteArrayLiteral(",\"summary\":") + QJsonDocument(summary).toJson(QJsonDocument::Compact) +
             QByteArrayLiteral("}\n"));
    std::fflush(stdout);
    return total.errors.isEmpty() ? ExitOk : ExitError;
}

int runText(const QStringList &files) {
    QList<KillerEvent> killers;
    const LogAnalysis a = analyzeFilesWithKillers(files, &killers);
    QByteArray out;
    const int kernel = int(a.events.size()), all = kernel + int(killers.size());
    if (all == 0) {
        out += "No OOM events found";
    } else {
        out += eventTableHeader().toUtf8() + '\n';
        for (int i = 0; i < kernel; ++i)
            out += eventTableRow(i + 1, a.events[i]).toUtf8() + '\n';
        // Userspace kills (journal input) are numbered after the kernel's events.
        for (int i = 0; i < killers.size(); ++i)
            out += journal::killerTableRow(kernel + i + 1, killers[i]).toUtf8() + '\n';
        out += '\n';
        const QList<Diagnosis> diagnoses = diagnose(a.events);
        for (int i = 0; i < kernel; ++i)
            out += eventDetail(i + 1, a.events[i]).toUtf8() + diagnosisToText(diagnoses[i]).toUtf8() + '\n';
        for (int i = 0; i < killers.size(); ++i)
            out += journal::killerDetail(kernel + i + 1, killers[i]).toUtf8() + '\n';
        out += QByteArray::number(all) + " event(s)";
        if (!killers.isEmpty())
            out += " (" + QByteArray::number(killers.size()) + " by userspace killers, " +
                   QByteArray::number(journal::linkedKills(killers)) +
                   " of them the same kill as a kernel report)";
    }
    out += " in " + QByteArray::number(a.linesRead) + " line(s)";
    if (a.duplicatesDropped)
        out += ", " + QByteArray::number(a.duplicatesDropped) + " duplicate report(s) dropped";
    if (a.reboots) out += ", " + QByteArray::number(a.reboots) + " reboot(s) seen";
    out += ".\n";
    writeOut(out);
    for (const LogError &err : a.errors)
        std::fprintf(stderr, "oomlens-cli analyze: %s%s: %s\n", qPrintable(err.file),
                     err.line > 0 ? qPrintable(QStringLiteral(":%1").arg(err.line)) : "",
                     qPrintable(err.reason));
    return a.errors.isEmpty() ? ExitOk : ExitError;
}

int runAnalyze(const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Rebuild every OOM kill, OOM panic and page allocation failure from kernel logs "
        "(dmesg, syslog, journalctl text or export, systemd journal files, directories and OS roots, "
        "compressed or not; '-' reads stdin)."));
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
