// SPDX-License-Identifier: GPL-2.0-or-later
#include "DocumentLoader.h"

#include <QtConcurrent/QtConcurrentRun>

namespace oomlens::ui {

// State shared between the GUI thread and one worker run. Owned jointly, so a superseded
// worker can still write into it after the loader moved on.
struct DocumentLoader::Job {
    QStringList paths;
    std::atomic_bool cancel{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
};

DocumentLoader::DocumentLoader(QObject *parent)
    : QObject(parent) {
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_job) emit progress(m_job->done.load(), m_job->total.load());
    });
    connect(&m_watcher, &QFutureWatcher<LoadedLog>::finished, this, &DocumentLoader::onFinished);
}

DocumentLoader::~DocumentLoader() {
    cancel();
    waitForFinished();
}

void DocumentLoader::load(const QStringList &paths) {
    if (isRunning()) {
        cancel();
        waitForFinished(); // the old job honours cancel within one chunk
    }
    auto job = std::make_shared<Job>();
    job->paths = paths;
    m_job = job;
    emit started(paths);
    m_progressTimer.start();
    m_watcher.setFuture(QtConcurrent::run([job] {
        return readLogs(
            job->paths,
            [job](qint64 done, qint64 total) {
                job->done.store(done);
                job->total.store(total);
            },
            &job->cancel);
    }));
}

void DocumentLoader::cancel() {
    if (m_job) m_job->cancel.store(true);
}

bool DocumentLoader::isRunning() const {
    return m_watcher.isRunning();
}

void DocumentLoader::waitForFinished() {
    m_watcher.waitForFinished();
}

void DocumentLoader::onFinished() {
    m_progressTimer.stop();
    if (!m_job || m_watcher.isCanceled()) return;
    LoadedLog log = m_watcher.result();
    m_job.reset();
    emit finished(log);
}

} // namespace oomlens::ui
