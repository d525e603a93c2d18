// SPDX-License-Identifier: GPL-2.0-or-later
#include "OomScoreAdjOutcome.h"

#include <QList>

namespace oomlens {

namespace {

// "result=kernel_refused pid=7 errno=EACCES old=0" → value of one key, empty if absent.
QByteArray replyField(const QByteArray &line, const QByteArray &key) {
    for (const QByteArray &pair : line.trimmed().split(' ')) {
        if (pair.startsWith(key + '=')) return pair.mid(key.size() + 1);
    }
    return {};
}

std::optional<int> replyInt(const QByteArray &line, const QByteArray &key) {
    bool ok = false;
    const int v = replyField(line, key).toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

} // namespace

QString OomScoreAdjOutcome::reason() const {
    switch (status) {
    case Status::Done:
        return {};
    case Status::Cancelled:
        return QStringLiteral("cancelled: authentication was dismissed");
    case Status::NotAuthorised:
        return QStringLiteral("not authorised%1").arg(detail.isEmpty() ? QString() : u": "_qs + detail);
    case Status::Refused:
        break;
    }
    switch (refusal) {
    case Refusal::InvalidRequest:
        return QStringLiteral("invalid request: %1").arg(detail);
    case Refusal::NoSuchProcess:
        return QStringLiteral("no such process (it exited)");
    case Refusal::PidReused:
        return QStringLiteral("the pid now belongs to another process (start time differs)");
    case Refusal::NotUserProcess:
        return QStringLiteral("not a user process (%1)").arg(detail);
    case Refusal::KernelRefused:
        if (errnoName == QLatin1String("EACCES") || errnoName == QLatin1String("EPERM")) {
            return QStringLiteral(
                       "kernel refused (%1): values below the process's floor need CAP_SYS_RESOURCE")
                .arg(errnoName);
        }
        return QStringLiteral("kernel refused (%1)").arg(errnoName);
    case Refusal::HelperUnavailable:
        return QStringLiteral("privileged helper unavailable: %1").arg(detail);
    case Refusal::HelperFailed:
        return QStringLiteral("privileged helper failed: %1").arg(detail);
    case Refusal::Unexpected:
        return errnoName.isEmpty() ? detail : QStringLiteral("%1 (%2)").arg(detail, errnoName);
    case Refusal::None:
        break;
    }
    return detail;
}

OomScoreAdjOutcome outcomeFromHelper(const HelperLaunch &launch) {
    using S = OomScoreAdjOutcome::Status;
    using R = OomScoreAdjOutcome::Refusal;
    OomScoreAdjOutcome out;
    out.viaHelper = true;
    switch (launch.state) {
    case HelperLaunch::State::FailedToStart:
        out.refusal = R::HelperUnavailable;
        out.detail = launch.errorString;
        return out;
    case HelperLaunch::State::Crashed:
    case HelperLaunch::State::TimedOut:
        out.refusal = R::HelperFailed;
        out.detail = launch.errorString;
        return out;
    case HelperLaunch::State::Finished:
        break;
    }

    const QByteArray line = launch.standardOutput.split('\n').value(0);
    out.oldValue = replyInt(line, "old");
    out.errnoName = QString::fromLatin1(replyField(line, "errno"));
    const QString reasonWord = QString::fromLatin1(replyField(line, "reason"));
    // The helper's documented codes (app/oomlens-helper/request.h Result); 126/127 are pkexec's.
    switch (launch.exitCode) {
    case 0:
        out.status = S::Done;
        break;
    case 2:
        out.refusal = R::InvalidRequest, out.detail = reasonWord;
        break;
    case 3:
        out.refusal = R::NoSuchProcess;
        break;
    case 4:
        out.refusal = R::PidReused;
        break;
    case 5:
        out.refusal = R::NotUserProcess, out.detail = reasonWord;
        break;
    case 6:
        out.refusal = R::KernelRefused;
        break;
    case 7:
        out.status = S::NotAuthorised, out.detail = reasonWord;
        break;
    case 126:
        out.status = S::Cancelled;
        break;
    case 127: {
        out.status = S::NotAuthorised;
        out.detail = QStringLiteral("polkit did not authorise the helper");
        const QByteArray why = launch.standardError.trimmed().split('\n').value(0).left(200);
        if (!why.isEmpty()) out.detail += QStringLiteral(" (pkexec: %1)").arg(QString::fromLocal8Bit(why));
        break;
    }
    default:
        out.refusal = R::HelperFailed;
        out.detail = QStringLiteral("exit code %1: %2").arg(launch.exitCode).arg(QString::fromLatin1(line));
        break;
    }
    return out;
}

} // namespace oomlens
