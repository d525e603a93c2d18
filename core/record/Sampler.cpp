// SPDX-License-Identifier: GPL-2.0-or-later
#include "Sampler.h"

#include "procfs/SnapshotReader.h"
#include "source/Source.h"

#include <QCoreApplication>

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace oomlens {

Sampler::Sampler(ReadFunction read, QObject *parent)
    : QObject(parent)
    , m_read(std::move(read)) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Sampler::launch);
}

Sampler::~Sampler() {
    // The watcher of a read in flight is our child; wait so the worker thread is idle at exit.
    m_running = false;
    ++m_generation;
    waitForIdle();
}

Sampler::ReadFunction Sampler::liveReader() {
    return [](SampleDepth depth) {
        SnapshotReadOptions options;
        options.processes = depth == SampleDepth::Full;
        options.cmdlines = depth == SampleDepth::Full;
        options.pagetypeinfo = depth == SampleDepth::Full;
        options.cgroups = true; // their OOM counters tell where a kill happened
        SourceError error;
        std::optional<Snapshot> s = readSnapshot(QString(), &error, options);
        if (!s) {
            Snapshot failed;
            failed.source = QStringLiteral("live");
            failed.time = QDateTime::currentDateTime();
            failed.addProblem(error.path, 0, error.reason, true);
            return failed;
        }
        return std::move(*s);
    };
}

void Sampler::setReadFunction(ReadFunction read) {
    m_read = std::move(read);
    ++m_generation; // whatever is in flight came from the old function
    m_counter = 0;
    m_lastFull.reset();
}

void Sampler::setInterval(int ms) {
    m_intervalMs = std::max(50, ms);
    if (m_running && m_timer.isActive()) m_timer.start(m_intervalMs);
}

void Sampler::setFullEvery(int n) {
    m_fullEvery = std::max(1, n);
}

void Sampler::start() {
    if (m_running) return;
    m_running = true;
    emit runningChanged(true);
    if (!m_busy) m_timer.start(0);
    // else: the read in flight was started in an older generation and will be dropped; its
    // completion schedules the next read.
}

void Sampler::pause() {
    if (!m_running) return;
    m_running = false;
    ++m_generation;
    m_timer.stop();
    emit runningChanged(false);
}

void Sampler::requestFull() {
    m_forceFull = true;
    if (m_running && !m_busy) m_timer.start(0);
}

void Sampler::launch() {
    if (!m_running || m_busy || !m_read) return;
    m_busy = true;
    const quint64 generation = m_generation;
    const SampleDepth depth = (m_forceFull || m_counter % quint64(m_fullEvery) == 0 || !m_lastFull)
                                  ? SampleDepth::Full
                                  : SampleDepth::Fast;
    m_forceFull = false;
    ++m_counter;
    ReadFunction read = m_read;
    // The worker returns a shared_ptr so the result store only ever holds a pointer: the GUI thread
    // copies it out after QFutureWatcher::finished, when the worker is done with the future.
    using Result = std::pair<std::shared_ptr<Snapshot>, qint64>;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, depth]() {
        const Result result = watcher->result();
        watcher->deleteLater();
        finished(generation, std::move(*result.first), depth, result.second);
    });
    watcher->setFuture(QtConcurrent::run([read, depth]() {
        QElapsedTimer t;
        t.start();
        auto s = std::make_shared<Snapshot>(read(depth));
        return Result(std::move(s), t.nsecsElapsed() / 1000);
    }));
}

void Sampler::finished(quint64 generation, Snapshot snapshot, SampleDepth depth, qint64 elapsedUs) {
    m_busy = false;
    m_lastReadUs = elapsedUs;
    if (generation != m_generation) {
        ++m_dropped; // superseded: paused, restarted or a new read function meanwhile
        if (m_running) m_timer.start(0);
        return;
    }
    ++m_taken;
    if (depth == SampleDepth::Fast && m_lastFull) {
        // Carry the slow parts over from the latest full sample (QList is implicitly shared:
        // this copies no process).
        snapshot.processes = m_lastFull->processes;
        for (MemoryNode &node : snapshot.nodes) {
            for (const MemoryNode &old : m_lastFull->nodes) {
                if (old.id != node.id) continue;
                for (Zone &zone : node.zones)
                    for (const Zone &oldZone : old.zones)
                        if (oldZone.name == zone.name) {
                            zone.migrateTypes = oldZone.migrateTypes;
                            zone.pageblocksPerType = oldZone.pageblocksPerType;
                        }
            }
        }
        if (!snapshot.pageblockOrder) snapshot.pageblockOrder = m_lastFull->pageblockOrder;
        if (!snapshot.pagesPerBlock) snapshot.pagesPerBlock = m_lastFull->pagesPerBlock;
        // Problems of the slow reads (pagetypeinfo needs root) stay visible.
        for (const SnapshotProblem &p : m_lastFull->problems)
            if (!snapshot.problems.contains(p)) snapshot.problems.append(p);
    }
    auto shared = std::make_shared<const Snapshot>(std::move(snapshot));
    if (depth == SampleDepth::Full) m_lastFull = shared;
    emit sampled(shared, depth);
    if (m_running) m_timer.start(m_intervalMs);
}

void Sampler::waitForIdle() {
    while (m_busy)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

} // namespace oomlens
