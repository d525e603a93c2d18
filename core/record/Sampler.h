// SPDX-License-Identifier: GPL-2.0-or-later
// Sampler: reads the live host on a timer, off the GUI thread.
//
// - Each read runs in QtConcurrent::run; its result comes back to the sampler's thread through
//   a QFutureWatcher (a watcher, unlike QFuture::then(context), lets an exception thrown by a
//   view surface instead of vanishing into the continuation's future). The next read is scheduled only when
//   the last one finished (never two reads at once; a read slower than the interval delays the next instead
//   of piling up).
// - Results of a read started before pause()/setReadFunction()/a restart carry an old generation
//   number and are dropped: a view never gets a stale sample after it asked for a change.
// - Two cadences: every sample is a Fast one (meminfo, vmstat, zoneinfo, buddyinfo, PSI,
//   sysctls, cgroups); every `fullEvery()`-th is a Full one that adds /proc/<pid>/* for every
//   process and /proc/pagetypeinfo (the expensive reads: thousands of small files, and
//   pagetypeinfo walks every pageblock of every zone under the zone lock, mm/vmstat.c
//   pagetypeinfo_showblockcount_print()). A Fast sample carries the processes and migrate-type
//   tables of the latest Full one, so every emitted Snapshot is complete.
#pragma once

#include "model/Snapshot.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace oomlens {

enum class SampleDepth { Fast, Full };

class Sampler : public QObject {
    Q_OBJECT
public:
    // Runs in a worker thread: must not touch QObjects; returns a new Snapshot by value.
    using ReadFunction = std::function<Snapshot(SampleDepth depth)>;

    explicit Sampler(ReadFunction read, QObject *parent = nullptr);
    ~Sampler() override;

    // The live host through core/procfs's SnapshotReader ("/" as source).
    static ReadFunction liveReader();

    void setReadFunction(ReadFunction read);

    // Interval from the start of one read to the start of the next, in ms (default 1000); a read
    // slower than that delays the next one instead of overlapping it.
    void setInterval(int ms);
    int interval() const { return m_intervalMs; }
    // Every n-th sample is a Full one (default 5: per-process detail every 5 s at 1 s).
    void setFullEvery(int n);
    int fullEvery() const { return m_fullEvery; }

    void start();
    void pause();
    // Makes the next sample a Full one and takes it as soon as no read is in flight (the recorder
    // asks for this the moment an OOM kill is seen).
    void requestFull();
    void resume() { start(); }
    bool isRunning() const { return m_running; }
    bool isBusy() const { return m_busy; }

    // Samples taken and dropped (stale) since construction.
    quint64 samplesTaken() const { return m_taken; }
    quint64 samplesDropped() const { return m_dropped; }
    // Wall time of the last read in microseconds.
    qint64 lastReadMicroseconds() const { return m_lastReadUs; }

    // Blocks (spinning the event loop) until no read is in flight; for shutdown and tests.
    void waitForIdle();

Q_SIGNALS:
    // A complete snapshot (see the Fast/Full note above); `depth` says which parts are fresh.
    void sampled(std::shared_ptr<const oomlens::Snapshot> snapshot, oomlens::SampleDepth depth);
    void runningChanged(bool running);

private:
    void launch();
    void finished(quint64 generation, Snapshot snapshot, SampleDepth depth, qint64 elapsedUs);

    ReadFunction m_read;
    QTimer m_timer;
    int m_intervalMs = 1000;
    int m_fullEvery = 5;
    bool m_running = false;
    bool m_busy = false;
    bool m_forceFull = false;
    quint64 m_generation = 0;
    quint64 m_counter = 0; // samples launched in this generation
    quint64 m_taken = 0;
    quint64 m_dropped = 0;
    qint64 m_lastReadUs = 0;
    std::shared_ptr<const Snapshot> m_lastFull;
};

} // namespace oomlens
Q_DECLARE_METATYPE(std::shared_ptr<const oomlens::Snapshot>)
