// SPDX-License-Identifier: GPL-2.0-or-later
// oomlens-cli set-oom-score-adj PID VALUE: the CLI twin of the process table's editor. Writes
// directly, and through pkexec + oomlens-helper only when the kernel says EACCES/EPERM.
#include "command.h"

#include "process/OomScoreAdjWriter.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

using namespace oomlens;
using namespace oomlens::cli;

namespace {

// Same spelling rule as the helper: the canonical decimal form only (no '+', no "-0", no
// leading zeros or spaces), so what we print and log is exactly what was asked.
std::optional<qint64> parseCanonical(const QString &text, qint64 min, qint64 max) {
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || QString::number(v) != text || v < min || v > max) return std::nullopt;
    return v;
}

int run(const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sets /proc/PID/oom_score_adj (-1000 never kill .. 1000 kill first). Tries with your own "
        "rights first; lowering below the process's floor or touching another user's process goes "
        "through pkexec and oomlens-helper."));
    // "PID -500": after the first positional argument, a leading '-' is a value, not an option.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PID"), QStringLiteral("The process."));
    parser.addPositionalArgument(QStringLiteral("VALUE"),
                                 QStringLiteral("The new oom_score_adj, -1000..1000."));
    QTextStream err(stderr);
    if (!parser.parse(QStringList{QStringLiteral("oomlens-cli set-oom-score-adj")} + args)) {
        err << "oomlens-cli set-oom-score-adj: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2) {
        err << "Usage: oomlens-cli set-oom-score-adj PID VALUE\n";
        return ExitUsage;
    }
    const auto pid = parseCanonical(pos.at(0), 1, 4194304);
    const auto value = parseCanonical(pos.at(1), -1000, 1000);
    if (!pid || !value) {
        err << "oomlens-cli set-oom-score-adj: " << (!pid ? "PID" : "VALUE") << " '"
            << (!pid ? pos.at(0) : pos.at(1)) << "' is not "
            << (!pid ? "a process id" : "an integer in [-1000, 1000]") << '\n';
        return ExitUsage;
    }

    const OomScoreAdjWriter writer(std::make_shared<PkexecHelperLauncher>());
    const QString file = QStringLiteral("/proc/%1/oom_score_adj").arg(*pid);
    const auto start = writer.readStartTime(*pid);
    if (!start) {
        err << "oomlens-cli: " << file << ": no such process\n";
        return ExitError;
    }
    const OomScoreAdjOutcome out = writer.write({*pid, *start, static_cast<int>(*value)});
    const QString now = out.currentValue ? QString::number(*out.currentValue) : QStringLiteral("n/a");
    if (!out.done()) {
        err << "oomlens-cli: " << file << ": " << out.reason() << (out.viaHelper ? " [oomlens-helper]" : "");
        if (out.currentValue) err << " (value now " << now << ')';
        err << '\n';
        return ExitError;
    }
    QTextStream(stdout) << "pid " << *pid << ": oom_score_adj "
                        << (out.oldValue ? QString::number(*out.oldValue) : QStringLiteral("n/a")) << " -> "
                        << now << (out.viaHelper ? " (via oomlens-helper)" : "") << '\n';
    return ExitOk;
}

const CommandRegistration registration{
    {"set-oom-score-adj", "Set a process's oom_score_adj (through oomlens-helper when needed)", run}};

} // namespace
