// SPDX-License-Identifier: GPL-2.0-or-later
// Reads a snapshot (directory, archive, sosreport) off the GUI thread with
// oomlens::readSnapshot() and hands it back by value. The read cannot be interrupted; cancel()
// drops its result instead.
#pragma once

#include "model/Snapshot.h"
#include "source/Source.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace oomlens::ui {

struct LoadedSnapshot {
    QString path;
    std::optional<oomlens::Snapshot> snapshot; // absent when the source could not be opened
    oomlens::SourceError error;
    bool cancelled = false;
};

class SnapshotLoader : public QObject {
    Q_OBJECT
public:
    explicit SnapshotLoader(QObject *parent = nullptr);
    ~SnapshotLoader() override;

    // Whether a path names a snapshot rather than a log: a directory, or a tar archive by its
    // name (.tar, .tar.gz, .tgz, .tar.xz, .txz, .tar.zst, .tar.bz2). A single compressed file
    // (kern.log.gz) is a log.
    static bool isSnapshotPath(const QString &path);

    void load(const QString &path);
    void cancel();
    bool isRunning() const;
    void waitForFinished();

signals:
    void started(const QString &path);
    void finished(const oomlens::ui::LoadedSnapshot &result);

private:
    QFutureWatcher<LoadedSnapshot> m_watcher;
    bool m_dropResult = false;
};

} // namespace oomlens::ui

Q_DECLARE_METATYPE(oomlens::ui::LoadedSnapshot)
