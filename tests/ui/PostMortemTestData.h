// SPDX-License-Identifier: GPL-2.0-or-later
// Shared by the post-mortem GUI tests: real corpus logs from tests/data/oom-logs (see the README
// there for where each came from), read through the same readLogs() the window uses.
#pragma once

#include "postmortem/LoadedLog.h"

#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest>

namespace testdata {

inline QString logPath(const QString &name) {
    return QDir(QStringLiteral(OOMLENS_TEST_DATA "/oom-logs")).filePath(name);
}

inline oomlens::ui::LoadedLog load(const QStringList &names) {
    QStringList paths;
    for (const QString &name : names)
        paths << logPath(name);
    return oomlens::ui::readLogs(paths);
}

// A long multi-event log: several captures concatenated into one file, as when a person pastes
// the logs of several incidents together.
inline QString concatenated(const QTemporaryDir &dir, const QStringList &names) {
    const QString path = dir.filePath(QStringLiteral("concatenated.log"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly)) return {};
    for (const QString &name : names) {
        QFile in(logPath(name));
        if (!in.open(QIODevice::ReadOnly)) return {};
        QByteArray bytes = in.readAll();
        if (!bytes.endsWith('\n')) bytes += '\n';
        out.write(bytes);
    }
    return path;
}

// The logs the long multi-event file is made of: global, memcg v1/v2, cpuset, panic, fragments.
inline QStringList multiEventNames() {
    return {QStringLiteral("k3.10-el7-global-syslog-rsyslog-012-interleaved.log"),
            QStringLiteral("k4.4-ubuntu-global-order3-fragmentation-syslog.log"),
            QStringLiteral("k5.14-sle-global-rfc3339-syslog-printk-caller-elided-two-events.log"),
            QStringLiteral("k5.15-azure-memcg-v2-aks-pod-syslog-npd-echo.log"),
            QStringLiteral("k5.13-next-global-hyperv-kde-journal-warn-alloc-first.log"),
            QStringLiteral("k6.1-unraid-global-sysrq-f-docker-postgres-syslog-then-show-memory.log"),
            QStringLiteral("k5.4-arm64-global-kmemleak-slab-no-killable-panic-mail-wrapped.log"),
            QStringLiteral("k6.3rc-cpuset-two-runs-trimmed-lines.log")};
}

} // namespace testdata
