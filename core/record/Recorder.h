// SPDX-License-Identifier: GPL-2.0-or-later
// Recorder: the flight recorder. The live view's Sampler and OomWatcher (same reads, same
// cadences, same kill detection) feed a RecordingWriter:
//  - every sample: the raw system files it read (TeeSource) and, for Full samples, the process
//    table;
//  - every kill notice: an event with the report's kernel lines and the diagnosis, then at once a
//    Full sample (Sampler::requestFull) and a flush, so the kill and the minutes before it are on
//    disk within a second.
#pragma once

#include "OomWatcher.h"
#include "RecordingWriter.h"
#include "Sampler.h"

#include <QJsonObject>
#include <QMutex>

#include <deque>
#include <memory>

namespace oomlens::rec {

// The JSON of one kill event as stored in the recording (docs/recording-format.md).
QJsonObject eventJson(const OomNotice &notice);

class Recorder : public QObject {
    Q_OBJECT
public:
    // `kmsgPath`: the kernel log to follow (empty = none; tests pass a FIFO).
    Recorder(RecordingWriter &writer, int intervalMs, int fullEvery, QObject *parent = nullptr);
    ~Recorder() override;

    bool startKernelLog(const QString &path = QStringLiteral("/dev/kmsg")) {
        return m_watcher.startKernelLog(path);
    }
    QString kernelLogStatus() const { return m_watcher.kernelLogStatus(); }
    void start() { m_sampler.start(); }
    // Stops sampling, waits for the read in flight and writes the last chunk.
    bool stop();

    Sampler &sampler() { return m_sampler; }
    OomWatcher &watcher() { return m_watcher; }
    quint64 samplesWritten() const { return m_samples; }
    quint64 killsWritten() const { return m_kills; }

Q_SIGNALS:
    // The store failed (full disk, directory gone): recording has stopped; `reason` names the file.
    void failed(const QString &reason);
    void sampleWritten(std::shared_ptr<const oomlens::Snapshot> snapshot);

private:
    struct Mailbox {
        QMutex mutex;
        std::deque<std::pair<qint64, FileState>> frames; // (snapshot time ms, files)
    };
    void onSample(const std::shared_ptr<const Snapshot> &snapshot, SampleDepth depth);
    void onKill(const OomNotice &notice);
    void fail();

    RecordingWriter &m_writer;
    std::shared_ptr<Mailbox> m_mailbox;
    Sampler m_sampler;
    OomWatcher m_watcher;
    bool m_failed = false;
    quint64 m_samples = 0;
    quint64 m_kills = 0;
};

} // namespace oomlens::rec
