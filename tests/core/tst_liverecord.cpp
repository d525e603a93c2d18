// SPDX-License-Identifier: GPL-2.0-or-later
// core/record: History's bound and budget, the sampler's scheduling (no overlap, stale results
// dropped, fast/full cadence), the OOM counters watcher and the unusable free index, driven by
// the real captures of tests/data/live (see its README.md).
#include "procfs/SnapshotReader.h"
#include "record/FragmentationIndex.h"
#include "record/History.h"
#include "record/KmsgReader.h"
#include "record/OomWatcher.h"
#include "record/Sampler.h"

#include <QSignalSpy>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace oomlens;

namespace {
Snapshot load(int n) {
    SourceError error;
    auto s = readSnapshot(QStringLiteral(OOMLENS_TEST_DATA "/live/seq-%1.tar.zst").arg(n), &error);
    if (!s) qFatal("cannot read fixture seq-%d: %s", n, qPrintable(error.reason));
    return *s;
}
} // namespace

class TestLiveRecord : public QObject {
    Q_OBJECT
private slots:
    void sampleIsCompactAndFaithful() {
        const Snapshot s = load(0);
        const auto layout = zoneLayoutOf(s);
        // The capture's populated zones: DMA, DMA32, Normal (Movable and Device are empty).
        QCOMPARE(layout.size(), std::size_t(3));
        QCOMPARE(layout[2].zone, QStringLiteral("Normal"));
        const HostSample h = sampleFromSnapshot(s, layout);
        QCOMPARE(HostSample::get(h.memTotal), s.meminfoValue(QStringLiteral("MemTotal")));
        QCOMPARE(HostSample::get(h.memAvailable), s.meminfoValue(QStringLiteral("MemAvailable")));
        QCOMPARE(HostSample::get(h.oomKill),
                 std::optional<quint64>(s.vmstat.value(QStringLiteral("oom_kill"))));
        const Zone &normal = s.nodes[0].zones[2];
        QCOMPARE(ZoneSample::get(h.zones[2].free), normal.freePages);
        QCOMPARE(ZoneSample::get(h.zones[2].min), normal.minPages);
        QCOMPARE(ZoneSample::get(h.zones[2].high), normal.highPages);
        QCOMPARE(int(h.zones[2].orders), int(normal.buddy->size()));
        for (int o = 0; o < int(normal.buddy->size()); ++o)
            QCOMPARE(quint64(h.zones[2].buddy[std::size_t(o)]), normal.buddy->at(o));
        // Compact: well under half a KiB for this host.
        QVERIFY(h.footprint() < 512);
        qInfo("HostSample: %zu bytes inline, %zu bytes per zone, %zu bytes for this host", sizeof(HostSample),
              sizeof(ZoneSample), h.footprint());
    }

    void historyKeepsAnHourWithinBudget() {
        const Snapshot s = load(0);
        History h; // defaults: 3,600 samples, 16 MiB
        QCOMPARE(h.capacity(), std::size_t(3600));
        const auto layout = zoneLayoutOf(s);
        HostSample sample = sampleFromSnapshot(s, layout);
        for (int i = 0; i < 3600 + 250; ++i) {
            sample.timeMs = 1000LL * i;
            h.append(sample, layout);
        }
        QCOMPARE(h.size(), std::size_t(3600)); // one hour at 1 s
        QCOMPARE(h.dropped(), std::size_t(250));
        QCOMPARE(h.at(0).timeMs, 250000LL); // oldest kept
        QCOMPARE(h.latest().timeMs, 1000LL * (3600 + 249));
        QVERIFY(h.bytesUsed() <= h.budgetBytes());
        qInfo("one hour of this host: %zu bytes", h.bytesUsed());
        // Ordering holds across the ring's wrap.
        for (std::size_t i = 1; i < h.size(); ++i)
            QVERIFY(h.at(i).timeMs > h.at(i - 1).timeMs);
    }

    void budgetWinsOverCapacity() {
        const Snapshot s = load(0);
        const auto layout = zoneLayoutOf(s);
        HostSample sample = sampleFromSnapshot(s, layout);
        const std::size_t per = HostSample(sample).footprint();
        History h(3600, per * 100); // room for exactly 100 samples
        for (int i = 0; i < 1000; ++i) {
            sample.timeMs = i;
            h.append(sample, layout);
            QVERIFY(h.bytesUsed() <= h.budgetBytes());
        }
        QCOMPARE(h.size(), std::size_t(100));
        QCOMPARE(h.at(0).timeMs, 900LL);
    }

    void historyFollowsZoneLayoutChanges() {
        History h(10);
        Snapshot s = load(0);
        h.append(s);
        s.nodes[0].zones[2].freePages = 12345;
        s.nodes[0].zones.removeAt(0); // DMA gone (hot-remove): a new layout
        h.append(s);
        QCOMPARE(h.zoneIndex(h.at(0), 0, QStringLiteral("DMA")), 0);
        QCOMPARE(h.zoneIndex(h.at(1), 0, QStringLiteral("DMA")), -1);
        const int n = h.zoneIndex(h.at(1), 0, QStringLiteral("Normal"));
        QCOMPARE(h.at(1).zones[std::size_t(n)].free, 12345u);
    }

    void unusableFreeIndex_data() {
        QTest::addColumn<QList<quint64>>("blocks");
        QTest::addColumn<QList<double>>("expected");
        // Only order-0 pages: nothing is usable for order >= 1.
        QTest::newRow("order0") << QList<quint64>{8, 0, 0} << QList<double>{0, 1, 1};
        // 4 single pages + 1 order-2 block (4 pages): half the free pages are in the big block.
        QTest::newRow("mixed") << QList<quint64>{4, 0, 1} << QList<double>{0, 0.5, 0.5};
        // This host's DMA zone from seq-0's buddyinfo: only orders 8..10 have blocks.
        QTest::newRow("dma") << QList<quint64>{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 3}
                             << QList<double>{0, 0, 0, 0, 0, 0, 0, 0, 0, 256.0 / 3840, 768.0 / 3840};
    }
    void unusableFreeIndex() {
        QFETCH(QList<quint64>, blocks);
        QFETCH(QList<double>, expected);
        const auto got = oomlens::unusableFreeIndex(blocks);
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            QVERIFY(got[i]);
            QVERIFY2(qAbs(*got[i] - expected[i]) < 1e-12,
                     qPrintable(QStringLiteral("order %1: %2").arg(i).arg(*got[i])));
        }
        const auto empty = oomlens::unusableFreeIndex({0, 0, 0});
        QVERIFY(!empty[0] && !empty[2]); // no free pages: n/a, not 0 %
    }

    void samplerNeverOverlapsAndAlternatesCadence() {
        std::atomic<int> inFlight{0}, maxInFlight{0};
        QList<SampleDepth> depths;
        const Snapshot s0 = load(0);
        Sampler sampler([&](SampleDepth depth) {
            const int now = ++inFlight;
            maxInFlight = std::max(maxInFlight.load(), now);
            std::this_thread::sleep_for(std::chrono::milliseconds(30)); // slower than the interval
            Snapshot s = s0;
            if (depth == SampleDepth::Fast) s.processes.clear(); // what a Fast read returns
            --inFlight;
            return s;
        });
        sampler.setInterval(50);
        sampler.setFullEvery(3);
        QList<int> processCounts;
        connect(&sampler, &Sampler::sampled, this,
                [&](std::shared_ptr<const Snapshot> snap, SampleDepth depth) {
                    depths << depth;
                    processCounts << int(snap->processes.size());
                });
        sampler.start();
        QTRY_VERIFY_WITH_TIMEOUT(depths.size() >= 7, 10000);
        sampler.pause();
        sampler.waitForIdle();
        QCOMPARE(maxInFlight.load(), 1);
        QCOMPARE(
            depths.mid(0, 7),
            (QList<SampleDepth>{SampleDepth::Full, SampleDepth::Fast, SampleDepth::Fast, SampleDepth::Full,
                                SampleDepth::Fast, SampleDepth::Fast, SampleDepth::Full}));
        // Fast samples carry the latest Full sample's processes.
        for (int n : processCounts)
            QCOMPARE(n, int(s0.processes.size()));
    }

    void staleResultsAreDropped() {
        std::atomic<bool> release{false};
        Sampler sampler([&](SampleDepth) {
            while (!release)
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            return Snapshot{};
        });
        int delivered = 0;
        connect(&sampler, &Sampler::sampled, this, [&] { ++delivered; });
        sampler.start();
        QTRY_VERIFY(sampler.isBusy());
        sampler.pause(); // the read in flight is now stale
        release = true;
        sampler.waitForIdle();
        QCoreApplication::processEvents();
        QCOMPARE(delivered, 0);
        QCOMPARE(sampler.samplesDropped(), quint64(1));
        // Resumed, samples flow again.
        sampler.setInterval(50);
        sampler.resume();
        QTRY_VERIFY(delivered >= 2);
        sampler.pause();
        sampler.waitForIdle();
    }

    void countersTellWhereWithoutKernelLog() {
        OomWatcher w; // no kernel log started: counters only
        QSignalSpy spy(&w, &OomWatcher::oomKill);
        Snapshot s1 = load(1);
        w.observe(s1); // baseline
        w.observe(load(1));
        QCOMPARE(spy.size(), 0);
        // One kill in the fixture cgroup: its v1 memory.oom_control oom_kill and vmstat oom_kill go up.
        Snapshot s2 = s1;
        const int idx = s2.cgroupIndex(QStringLiteral("/oomlens-fixture-a"));
        QVERIFY(idx >= 0);
        s2.cgroups[idx].oomControl[QStringLiteral("oom_kill")] += 1;
        s2.vmstat[QStringLiteral("oom_kill")] += 1;
        w.observe(s2);
        QCOMPARE(spy.size(), 1);
        const auto notice = spy.at(0).at(0).value<OomNotice>();
        QCOMPARE(notice.origin, OomNotice::Origin::Counters);
        QCOMPARE(notice.kills, quint64(1));
        QCOMPARE(notice.victimCgroup, QStringLiteral("/oomlens-fixture-a"));
        QCOMPARE(notice.cgroupsWithNewKills, QStringList{QStringLiteral("/oomlens-fixture-a")});
        // Nothing new: nothing announced.
        w.observe(s2);
        QCOMPARE(spy.size(), 1);
        // A global kill outside any limited cgroup: vmstat only.
        Snapshot s3 = s2;
        s3.vmstat[QStringLiteral("oom_kill")] += 2;
        w.observe(s3);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(0).value<OomNotice>().kills, quint64(2));
        QVERIFY(spy.at(1).at(0).value<OomNotice>().cgroupsWithNewKills.isEmpty());
    }

    void kmsgRecordsBecomeDmesgLines() {
        QCOMPARE(oomlens::KmsgReader::recordToLine(
                     "6,1234,5678901234,-;Out of memory: Killed process 42 (a b)\n SUBSYSTEM=x\n"),
                 QStringLiteral("[ 5678.901234] Out of memory: Killed process 42 (a b)"));
        QCOMPARE(oomlens::KmsgReader::recordToLine("3,1,17,-;x"), QStringLiteral("[    0.000017] x"));
        QVERIFY(oomlens::KmsgReader::recordToLine("garbage").isEmpty());
        QVERIFY(oomlens::KmsgReader::recordToLine("6,1,notanumber,-;x").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLiveRecord)
#include "tst_liverecord.moc"
