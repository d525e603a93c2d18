// SPDX-License-Identifier: GPL-2.0-or-later
#include "Recorder.h"

#include "LiveAnalysis.h"
#include "procfs/SnapshotReader.h"
#include "source/LiveSource.h"

#include <QJsonArray>

namespace oomlens::rec {

QJsonObject eventJson(const OomNotice &n) {
    QJsonObject o{{QStringLiteral("time_ms"), n.time.toMSecsSinceEpoch()},
                  {QStringLiteral("origin"), n.origin == OomNotice::Origin::KernelLog
                                                 ? QStringLiteral("kernel_log")
                                                 : QStringLiteral("counters")},
                  {QStringLiteral("kills"), qint64(n.kills)}};
    if (n.pid) o.insert(QStringLiteral("pid"), *n.pid);
    if (!n.comm.isEmpty()) o.insert(QStringLiteral("comm"), n.comm);
    if (!n.victimCgroup.isEmpty()) o.insert(QStringLiteral("victim_cgroup"), n.victimCgroup);
    if (!n.constraintCgroup.isEmpty()) o.insert(QStringLiteral("constraint_cgroup"), n.constraintCgroup);
    if (!n.cgroupsWithNewKills.isEmpty())
        o.insert(QStringLiteral("cgroups_with_new_kills"), QJsonArray::fromStringList(n.cgroupsWithNewKills));
    if (!n.cause.isEmpty()) o.insert(QStringLiteral("cause"), n.cause);
    if (!n.reportLines.isEmpty())
        o.insert(QStringLiteral("lines"), QJsonArray::fromStringList(n.reportLines));
    return o;
}

Recorder::Recorder(RecordingWriter &writer, int intervalMs, int fullEvery, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_mailbox(std::make_shared<Mailbox>())
    , m_sampler(Sampler::ReadFunction{}) {
    // Sampler::liveReader()'s reads, through a tee that keeps the system files for the store.
    std::shared_ptr<Mailbox> mailbox = m_mailbox;
    m_sampler.setReadFunction([mailbox](SampleDepth depth) {
        SnapshotReadOptions options;
        options.processes = depth == SampleDepth::Full;
        options.cmdlines = depth == SampleDepth::Full;
        options.pagetypeinfo = depth == SampleDepth::Full;
        options.cgroups = true;
        LiveSource live;
        TeeSource tee(live);
        Snapshot s = SnapshotReader(tee, options).read();
        const QMutexLocker lock(&mailbox->mutex);
        mailbox->frames.emplace_back(s.time.toMSecsSinceEpoch(), tee.takeState());
        return s;
    });
    m_sampler.setInterval(intervalMs);
    m_sampler.setFullEvery(fullEvery);
    m_watcher.setAnalyzer(defaultOomAnalyzer());
    m_watcher.setDiagnoser(defaultOomDiagnoser());
    connect(&m_sampler, &Sampler::sampled, this, &Recorder::onSample);
    connect(&m_watcher, &OomWatcher::oomKill, this, &Recorder::onKill);
}

Recorder::~Recorder() = default;

void Recorder::onSample(const std::shared_ptr<const Snapshot> &snapshot, SampleDepth depth) {
    if (m_failed) return;
    FileState files;
    {
        const QMutexLocker lock(&m_mailbox->mutex);
        const qint64 ms = snapshot->time.toMSecsSinceEpoch();
        while (!m_mailbox->frames.empty() && m_mailbox->frames.front().first <= ms) {
            if (m_mailbox->frames.front().first == ms) files = std::move(m_mailbox->frames.front().second);
            m_mailbox->frames.pop_front(); // older ones belonged to reads the sampler dropped
        }
    }
    m_watcher.observe(*snapshot);
    if (!m_writer.addSample(*snapshot, std::move(files), depth == SampleDepth::Full)) return fail();
    ++m_samples;
    emit sampleWritten(snapshot);
}

void Recorder::onKill(const OomNotice &notice) {
    if (m_failed) return;
    if (!m_writer.addEvent(eventJson(notice))) return fail();
    ++m_kills;
    m_sampler.requestFull(); // the state right after the kill, flushed with it
}

void Recorder::fail() {
    m_failed = true;
    m_sampler.pause();
    emit failed(m_writer.error());
}

bool Recorder::stop() {
    m_sampler.pause();
    m_sampler.waitForIdle();
    if (m_failed) return false;
    if (!m_writer.flush()) {
        m_failed = true;
        emit failed(m_writer.error());
        return false;
    }
    return true;
}

} // namespace oomlens::rec
