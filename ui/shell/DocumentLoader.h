// SPDX-License-Identifier: GPL-2.0-or-later
// Reads kernel logs off the GUI thread (QtConcurrent) and hands the result back by value.
// Progress is published through atomics and polled by a timer in the GUI thread, so a 1 GiB
// log costs the event loop ten cheap reads a second instead of a queued signal per chunk.
#pragma once

#include "postmortem/LoadedLog.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <memory>

namespace oomlens::ui {

class DocumentLoader : public QObject {
    Q_OBJECT
public:
    explicit DocumentLoader(QObject *parent = nullptr);
    ~DocumentLoader() override;

    // Starts reading; a load already running is cancelled and its result dropped.
    void load(const QStringList &paths);
    void cancel();
    bool isRunning() const;
    // Blocks until the current job ended (tests, and the destructor).
    void waitForFinished();

signals:
    void started(const QStringList &paths);
    void progress(qint64 done, qint64 total);
    // Emitted once per load() that was not superseded, also when cancelled (log.cancelled).
    void finished(const oomlens::ui::LoadedLog &log);

private:
    struct Job;
    void onFinished();

    std::shared_ptr<Job> m_job;
    QFutureWatcher<LoadedLog> m_watcher;
    QTimer m_progressTimer;
};

} // namespace oomlens::ui
