// SPDX-License-Identifier: GPL-2.0-or-later
#include "SnapshotLoader.h"

#include "procfs/SnapshotReader.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace oomlens::ui {

SnapshotLoader::SnapshotLoader(QObject *parent)
    : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<LoadedSnapshot>::finished, this, [this] {
        if (m_dropResult || m_watcher.isCanceled()) return;
        emit finished(m_watcher.result());
    });
}

SnapshotLoader::~SnapshotLoader() {
    m_dropResult = true;
    m_watcher.waitForFinished();
}

bool SnapshotLoader::isSnapshotPath(const QString &path) {
    const QFileInfo info(path);
    if (info.isDir()) return true;
    const QString name = info.fileName().toLower();
    for (const char *suffix : {".tar", ".tar.gz", ".tgz", ".tar.xz", ".txz", ".tar.zst", ".tzst", ".tar.bz2"})
        if (name.endsWith(QLatin1String(suffix))) return true;
    return false;
}

void SnapshotLoader::load(const QString &path) {
    if (isRunning()) {
        m_dropResult = true;
        m_watcher.waitForFinished();
    }
    m_dropResult = false;
    emit started(path);
    m_watcher.setFuture(QtConcurrent::run([path] {
        LoadedSnapshot result;
        result.path = path;
        result.snapshot = readSnapshot(path, &result.error);
        return result;
    }));
}

void SnapshotLoader::cancel() {
    if (!isRunning()) return;
    m_dropResult = true;
    // Tell the window the load is over; the worker finishes in the background.
    LoadedSnapshot cancelled;
    cancelled.cancelled = true;
    emit finished(cancelled);
}

bool SnapshotLoader::isRunning() const {
    return m_watcher.isRunning();
}

void SnapshotLoader::waitForFinished() {
    m_watcher.waitForFinished();
}

} // namespace oomlens::ui
