// SPDX-License-Identifier: GPL-2.0-or-later
// The plain types behind the post-mortem views, on real corpus logs: watermark bars per node,
// the buddy matrix, the timeline placement, the gfp decode and the event facts.
#include "PostMortemTestData.h"
#include "postmortem/BuddyData.h"
#include "postmortem/EventFacts.h"
#include "postmortem/GfpFlags.h"
#include "postmortem/TimelineLayout.h"
#include "postmortem/WatermarkData.h"

#include <QtTest>

using namespace oomlens;
using namespace oomlens::ui;

class TestPostMortemData : public QObject {
    Q_OBJECT
public:
    static void initMain() {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    }

private slots:
    void watermarkBarsAreTheZoneLines() {
        const LoadedLog log =
            testdata::load({QStringLiteral("k3.10-el7-global-syslog-rsyslog-012-interleaved.log")});
        QCOMPARE(log.events().size(), 1);
        const OomEvent &event = log.events().first();
        QVERIFY(!event.zones.isEmpty());
        const QList<NodeWatermarks> nodes = watermarksOf(event);
        int bars = 0;
        for (const NodeWatermarks &node : nodes) {
            for (const ZoneAtOom &bar : node.zones) {
                ++bars;
                // Each bar is exactly the zone line it came from.
                const auto zone =
                    std::find_if(event.zones.cbegin(), event.zones.cend(), [&](const ZoneWatermarks &z) {
                        return z.node == node.node && z.zone == bar.zone;
                    });
                QVERIFY(zone != event.zones.cend());
                QCOMPARE(bar.free, zone->free);
                QCOMPARE(bar.min, zone->min);
                QCOMPARE(bar.low, zone->low);
                QCOMPARE(bar.high, zone->high);
                QCOMPARE(bar.line, zone->line);
            }
        }
        QCOMPARE(bars, int(event.zones.size()));
        // MANIFEST: "DMA32 free 44348kB == min 44348kB": at min (the allocator fails), not below it.
        const auto dma32 = std::find_if(nodes.first().zones.cbegin(), nodes.first().zones.cend(),
                                        [](const ZoneAtOom &b) { return b.zone == QLatin1String("DMA32"); });
        QVERIFY(dma32 != nodes.first().zones.cend());
        QCOMPARE(*dma32->free, Bytes(44348) * KiB);
        QVERIFY(dma32->atOrBelowMin());
        QVERIFY(!dma32->belowMin());
        QCOMPARE(*dma32->relative(dma32->high), 1.0);
    }

    void zonesWithoutNodeNumberFormOneGroup() {
        // MIPS router: "Normal free:1236kB min:1236kB", no "Node 0" prefix.
        const LoadedLog log = testdata::load(
            {QStringLiteral("k3.x-mips-broadcom-router-compulsory-panic-on-oom-vendor-lines.log")});
        QVERIFY(!log.events().isEmpty());
        const QList<NodeWatermarks> nodes = watermarksOf(log.events().first());
        QCOMPARE(nodes.size(), 1);
        QVERIFY(!nodes.first().node.has_value());
        QVERIFY(nodes.first().zones.size() >= 2);
    }

    void buddyMatrixHoldsTheCounts() {
        const LoadedLog log =
            testdata::load({QStringLiteral("k4.4-ubuntu-global-order3-fragmentation-syslog.log")});
        QCOMPARE(log.events().size(), 1);
        const OomEvent &event = log.events().first();
        const HeatmapMatrix matrix = buddyMatrixOf(event);
        QCOMPARE(matrix.rowCount(), int(event.buddy.size()));
        for (int row = 0; row < matrix.rowCount(); ++row) {
            const BuddyLine &line = event.buddy.at(row);
            QCOMPARE(matrix.rowLabels.at(row), facts::zoneLabel(line.node, line.zone));
            for (int order = 0; order < line.orders.size(); ++order)
                QCOMPARE(matrix.value(row, order), std::optional<std::uint64_t>(line.orders.at(order).count));
        }
        QCOMPARE(matrix.columnCount(), 11); // x86: orders 0..10
        QCOMPARE(matrix.blockBytes.front(), std::uint64_t(4096));
        QCOMPARE(facts::requestedOrder(event), std::optional<int>(3));
        // MANIFEST: DMA32 has no free block at order 3 and above.
        const int dma32 = int(matrix.rowLabels.indexOf(QStringLiteral("Node 0 DMA32")));
        QVERIFY(dma32 >= 0);
        for (int order = 3; order < matrix.columnCount(); ++order)
            QCOMPARE(matrix.value(dma32, order), std::optional<std::uint64_t>(0));
    }

    void buddyMatrixOnEightKilobytePages() {
        const LoadedLog log =
            testdata::load({QStringLiteral("k5.17rc-sparc64-8k-pages-meminfo-fragment.log")});
        QVERIFY(!log.events().isEmpty());
        const HeatmapMatrix matrix = buddyMatrixOf(log.events().first());
        QVERIFY(matrix.rowCount() >= 1);
        QCOMPARE(matrix.columnCount(), 13);
        QCOMPARE(matrix.blockBytes.front(), std::uint64_t(8192));
    }

    void timelineUsesWallClockWhenEveryEventHasOne() {
        const LoadedLog log = testdata::load(
            {QStringLiteral("k5.14-sle-global-rfc3339-syslog-printk-caller-elided-two-events.log")});
        QCOMPARE(log.events().size(), 2);
        const TimelineLayout layout = TimelineLayout::compute(log.events());
        QCOMPARE(layout.axis, TimelineLayout::Axis::WallClock);
        QCOMPARE(layout.rows, QStringList{QStringLiteral("testbox")});
        QCOMPARE(layout.x.at(0), double(log.events().at(0).time.wallClock->toMSecsSinceEpoch()));
        QVERIFY(layout.x.at(0) < layout.x.at(1));
        QCOMPARE(layout.minX, layout.x.at(0));
        QCOMPARE(layout.maxX, layout.x.at(1));
    }

    void timelineFallsBackWhenTimesAreMissing() {
        // No timestamps at all: events are placed by number, the row is the file.
        const LoadedLog log = testdata::load({QStringLiteral("k5.8-memcg-v1-ltp-subgroup-elided-nots.log")});
        QCOMPARE(log.events().size(), 1);
        const TimelineLayout layout = TimelineLayout::compute(log.events());
        QCOMPARE(layout.axis, TimelineLayout::Axis::Sequence);
        QCOMPARE(layout.x, QList<double>{1.0});
        QCOMPARE(layout.rows.size(), 1);
        QVERIFY(layout.rows.first().contains(QLatin1String("k5.8-memcg-v1-ltp-subgroup-elided-nots.log")));
    }

    void timelineRowsPerHost() {
        QTemporaryDir dir;
        const QString path = testdata::concatenated(dir, testdata::multiEventNames());
        const LoadedLog log = readLogs({path});
        QVERIFY(log.events().size() >= 8);
        const TimelineLayout layout = TimelineLayout::compute(log.events());
        QCOMPARE(layout.x.size(), log.events().size());
        // Every named host of the log has its row, and each event sits in its host's row.
        for (int i = 0; i < log.events().size(); ++i) {
            const QString host = log.events().at(i).host;
            if (!host.isEmpty()) QCOMPARE(layout.rows.at(layout.row.at(i)), host);
        }
        QVERIFY(layout.rows.contains(QStringLiteral("testbox")));
        QVERIFY(layout.rows.contains(QStringLiteral("anderson")));
    }

    void gfpFlagsDecoded() {
        GfpMask symbolic;
        symbolic.text = QStringLiteral("0x1100dca");
        symbolic.value = 0x1100dca;
        symbolic.flags = {QStringLiteral("GFP_HIGHUSER_MOVABLE"), QStringLiteral("__GFP_ZERO")};
        const auto explained = explainGfp(symbolic);
        QCOMPARE(explained.size(), 2);
        QCOMPARE(explained.at(0).flag, QStringLiteral("GFP_HIGHUSER_MOVABLE"));
        QVERIFY(!explained.at(0).guessed);
        QVERIFY(explained.at(1).meaning.contains(QLatin1String("zero")));

        // Hex only, a value of known era: named but marked as a guess.
        GfpMask old;
        old.text = QStringLiteral("0xd0");
        old.value = 0xd0;
        const auto guessed = explainGfp(old);
        QCOMPARE(guessed.size(), 1);
        QCOMPARE(guessed.first().flag, QStringLiteral("GFP_KERNEL"));
        QVERIFY(guessed.first().guessed);

        // k4.4's 0x240c0d0 is not a value we can name: nothing is invented.
        GfpMask unknown;
        unknown.text = QStringLiteral("0x240c0d0");
        unknown.value = 0x240c0d0;
        QVERIFY(explainGfp(unknown).isEmpty());
        // Masked by the author: no value, no names.
        GfpMask masked;
        masked.text = QStringLiteral("0x60****");
        QVERIFY(explainGfp(masked).isEmpty());
    }

    void factsOfAnEvent() {
        const LoadedLog log =
            testdata::load({QStringLiteral("k3.10-el7-global-syslog-rsyslog-012-interleaved.log")});
        const OomEvent &event = log.events().first();
        // MANIFEST: victim 22037 java; the invoker is a java thread 22113, not the victim.
        QCOMPARE(facts::victimPid(event), std::optional<qint64>(22037));
        QCOMPARE(facts::victimText(event), QStringLiteral("java (22037)"));
        QVERIFY(facts::invokerText(event).startsWith(QLatin1String("java")));
        QCOMPARE(event.host, QStringLiteral("localhost"));
        const auto &v = *event.victim;
        QCOMPARE(facts::memoryFreed(event), OptBytes(*v.anonRss + *v.fileRss + v.shmemRss.value_or(0)));
        QCOMPARE(facts::scopeOf(event), facts::Scope::Global);

        // A fragment without a kill line frees nothing we can name: absent, not zero.
        const LoadedLog fragment =
            testdata::load({QStringLiteral("k6.x-armv7-rpi-multiline-meminfo-fragment.log")});
        QVERIFY(!fragment.events().isEmpty());
        QVERIFY(!facts::memoryFreed(fragment.events().first()).has_value());
    }
};

QTEST_MAIN(TestPostMortemData)
#include "tst_postmortemdata.moc"
