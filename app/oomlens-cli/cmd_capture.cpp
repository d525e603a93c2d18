// `oomlens-cli capture [-o FILE]`: save the live host's raw memory files (at their original
// paths) plus manifest.json, as a .tar.zst (default), .tar, .tar.gz, .tar.xz or a directory.
#include "command.h"

#include "capture/Capture.h"
#include "source/LiveSource.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <cstdio>

using namespace oomlens;

namespace {

int runCapture(const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Capture the live host's memory state: /proc and /sys files at their original paths plus "
        "manifest.json. The output's name picks the format: .tar.zst, .tar.xz, .tar.gz (.tgz), .tar; "
        "any other name is a directory (created; must be empty). Default: "
        "oomlens-<host>-<UTC time>.tar.zst in the current directory."));
    parser.addHelpOption();
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("Output archive or directory."),
                      QStringLiteral("FILE")});
    if (!parser.parse(QStringList{QStringLiteral("oomlens-cli capture")} + args)) {
        std::fprintf(stderr, "oomlens-cli capture: %s\n", qPrintable(parser.errorText()));
        return cli::ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return cli::ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "oomlens-cli capture: unexpected argument '%s'\n",
                     qPrintable(parser.positionalArguments().first()));
        return cli::ExitUsage;
    }
    LiveSource host;
    QString output = parser.value(QStringLiteral("output"));
    if (parser.isSet(QStringLiteral("output")) && output.isEmpty()) {
        std::fprintf(stderr, "oomlens-cli capture: -o needs a file name\n");
        return cli::ExitUsage;
    }
    if (output.isEmpty()) {
        const QString hostName = QString::fromUtf8(host.readAll("/proc/sys/kernel/hostname")).trimmed();
        output = QStringLiteral("oomlens-%1-%2.tar.zst")
                     .arg(hostName.isEmpty() ? QStringLiteral("host") : hostName,
                          QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    }
    QString error;
    std::unique_ptr<CaptureSink> sink = CaptureSink::create(output, QDateTime::currentDateTimeUtc(), &error);
    if (!sink) {
        std::fprintf(stderr, "oomlens-cli capture: %s\n", qPrintable(error));
        return cli::ExitError;
    }
    const CaptureReport report = captureHost(host, *sink);
    if (!report.writeError.isEmpty() || !sink->finish()) {
        std::fprintf(stderr, "oomlens-cli capture: %s\n",
                     qPrintable(report.writeError.isEmpty() ? sink->errorString() : report.writeError));
        return cli::ExitError;
    }
    std::printf("%s: %d files (%lld bytes), %d processes, %lld unreadable (listed in manifest.json)\n",
                qPrintable(output), report.files, static_cast<long long>(report.bytes), report.processes,
                static_cast<long long>(report.unreadable.size()));
    return cli::ExitOk;
}

const cli::CommandRegistration
    registration({"capture", "Save the live host's memory state to an archive or directory", runCapture});

} // namespace
