// SPDX-License-Identifier: GPL-2.0-or-later
#include "HelperLauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <unistd.h>

namespace oomlens {

QString PkexecHelperLauncher::helperPath() {
    QStringList candidates{QString::fromLatin1(kInstalledHelper)};
    if (QCoreApplication::instance()) {
        candidates << QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                      QStringLiteral("/../oomlens-helper/oomlens-helper"));
    }
    for (const QString &c : candidates) {
        const QFileInfo info(c);
        if (info.isFile() && info.isExecutable()) return info.absoluteFilePath();
    }
    return {};
}

QStringList PkexecHelperLauncher::commandLine(const QString &helper, const QStringList &requestArguments,
                                              bool runningAsRoot) {
    QStringList cmd;
    if (!runningAsRoot) cmd << QString::fromLatin1(kPkexec);
    cmd << helper << requestArguments;
    return cmd;
}

HelperLaunch PkexecHelperLauncher::run(const QStringList &requestArguments) {
    HelperLaunch result;
    const QString helper = helperPath();
    if (helper.isEmpty()) {
        result.errorString =
            QStringLiteral("oomlens-helper is not installed (%1)").arg(QLatin1String(kInstalledHelper));
        return result;
    }
    QStringList cmd = commandLine(helper, requestArguments, geteuid() == 0);
    const QString program = cmd.takeFirst();

    QProcess process;
    process.setProgram(program);
    process.setArguments(cmd);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted()) {
        result.errorString = QStringLiteral("cannot start %1: %2").arg(program, process.errorString());
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.state = HelperLaunch::State::TimedOut;
        result.errorString =
            QStringLiteral("%1 gave no answer within %2 s").arg(program).arg(timeoutMs / 1000);
        return result;
    }
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    if (process.exitStatus() == QProcess::CrashExit) {
        result.state = HelperLaunch::State::Crashed;
        result.errorString = QStringLiteral("%1 crashed").arg(program);
        return result;
    }
    result.state = HelperLaunch::State::Finished;
    result.exitCode = process.exitCode();
    return result;
}

} // namespace oomlens
