// /proc/zoneinfo against captures of five layouts (pre-4.8 2-node, 4.x, RHEL 8.0 keyless line,
// 2-node with the per-node block inside node 1's Normal zone, 6.18) plus cut-off and garbage.
#include "ProcFixtures.h"
#include "procfs/Zoneinfo.h"

using namespace oomlens;
using oomlens::test::procData;

namespace {

const Zone *zone(const QList<MemoryNode> &nodes, int node, const QString &name) {
    for (const MemoryNode &n : nodes) {
        for (const Zone &z : n.zones) {
            if (n.id == node && z.name == name) return &z;
        }
    }
    return nullptr;
}

} // namespace

class TestZoneinfo : public QObject {
    Q_OBJECT
private slots:
    void watermarks_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("node");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<quint64>("free");
        QTest::addColumn<quint64>("min");
        QTest::addColumn<quint64>("low");
        QTest::addColumn<quint64>("high");
        QTest::addColumn<quint64>("managed");
        // Read by hand from each capture.
        QTest::newRow("procfs 4.x DMA32")
            << "procfs/proc/zoneinfo" << 0 << "DMA32" << quint64(204252) << quint64(19510) << quint64(21059)
            << quint64(22608) << quint64(742806);
        QTest::newRow("pcp-002 pre-4.8 node0 Normal")
            << "pcp-qa-meminfo-002/proc/zoneinfo" << 0 << "Normal" << quint64(10550477) << quint64(10930)
            << quint64(13662) << quint64(16395) << quint64(15990165);
        QTest::newRow("pcp-002 pre-4.8 node1 Normal")
            << "pcp-qa-meminfo-002/proc/zoneinfo" << 1 << "Normal" << quint64(11093906) << quint64(11288)
            << quint64(14110) << quint64(16932) << quint64(16514387);
        QTest::newRow("pcp-006 keyless line DMA")
            << "pcp-qa-meminfo-006/proc/zoneinfo" << 0 << "DMA" << quint64(3975) << quint64(69) << quint64(86)
            << quint64(103) << quint64(3977);
        QTest::newRow("pcp-007 node1 Normal")
            << "pcp-qa-meminfo-007/proc/zoneinfo" << 1 << "Normal" << quint64(762548) << quint64(11328)
            << quint64(14160) << quint64(16992) << quint64(1020184);
        QTest::newRow("vm 6.18 Normal")
            << "vm-6.18-capture/proc/zoneinfo" << 0 << "Normal" << quint64(181120) << quint64(8838)
            << quint64(11047) << quint64(13256) << quint64(851968);
    }
    void watermarks() {
        QFETCH(QString, file);
        QFETCH(int, node);
        QFETCH(QString, zone);
        QFETCH(quint64, free);
        QFETCH(quint64, min);
        QFETCH(quint64, low);
        QFETCH(quint64, high);
        QFETCH(quint64, managed);
        const auto r = parseZoneinfo(procData(file));
        QVERIFY(r.ok());
        QVERIFY(!r.truncated);
        const Zone *z = ::zone(*r, node, zone);
        QVERIFY(z);
        QCOMPARE(z->freePages, free);
        QCOMPARE(z->minPages, min);
        QCOMPARE(z->lowPages, low);
        QCOMPARE(z->highPages, high); // the watermark, not the per-CPU "high:" of pagesets
        QCOMPARE(z->managedPages, managed);
    }

    void layout618() {
        const auto r = parseZoneinfo(procData(QStringLiteral("vm-6.18-capture/proc/zoneinfo")));
        QVERIFY(r.ok());
        QVERIFY(r.issues.isEmpty());
        QCOMPARE(r->size(), 1);
        const MemoryNode &n = r->first();
        QCOMPARE(n.zones.size(), 5); // DMA DMA32 Normal Movable Device, empty ones included
        const Zone &dma = n.zones[0];
        QCOMPARE(dma.boostPages, quint64(0));
        QCOMPARE(dma.promoPages, quint64(66));
        QCOMPARE(dma.presentPages, quint64(3998));
        QCOMPARE(dma.spannedPages, quint64(4095));
        QCOMPARE(dma.cmaPages, quint64(0));
        QCOMPARE(dma.protection, (QList<quint64>{0, 3018, 6346, 6346, 6346}));
        QCOMPARE(dma.startPfn, quint64(1));
        // The per-node block is the node's, not DMA's.
        QCOMPARE(n.stats.value(QStringLiteral("nr_inactive_anon")), quint64(297748));
        QVERIFY(!dma.counters.contains(QStringLiteral("nr_inactive_anon")));
        QVERIFY(dma.counters.contains(QStringLiteral("nr_free_pages")));
        const Zone &movable = n.zones[3];
        QCOMPARE(movable.name, QStringLiteral("Movable"));
        QCOMPARE(movable.minPages, quint64(32));
        QVERIFY(!movable.isPopulated());
        QVERIFY(!movable.startPfn);
    }

    void perNodeBlockInsideNormal() {
        // pcp-qa meminfo-root-007: node 1's DMA/DMA32 are empty, so its per-node block sits in Normal.
        const auto r = parseZoneinfo(procData(QStringLiteral("pcp-qa-meminfo-007/proc/zoneinfo")));
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 2);
        QCOMPARE(r->at(0).stats.value(QStringLiteral("nr_inactive_anon")), quint64(10469));
        QCOMPARE(r->at(1).stats.value(QStringLiteral("nr_inactive_anon")), quint64(22434));
        const Zone *normal1 = zone(*r, 1, QStringLiteral("Normal"));
        QCOMPARE(normal1->counters.value(QStringLiteral("nr_zone_inactive_anon")), quint64(22434));
        QVERIFY(!normal1->counters.contains(QStringLiteral("nr_inactive_anon")));
        QVERIFY(!zone(*r, 1, QStringLiteral("Normal"))->boostPages); // no "boost" line on that kernel: n/a
    }

    void oldLayoutProtectionAfterCounters() {
        const auto r = parseZoneinfo(procData(QStringLiteral("pcp-qa-meminfo-002/proc/zoneinfo")));
        QVERIFY(r.ok());
        const Zone *dma = zone(*r, 0, QStringLiteral("DMA"));
        QCOMPARE(dma->protection, (QList<quint64>{0, 1754, 64216, 64216}));
        QCOMPARE(dma->counters.value(QStringLiteral("nr_free_pages")), quint64(3830));
        QCOMPARE(r->at(1).zones.size(), 1); // node 1 has only Normal
        QVERIFY(r->at(0).stats.isEmpty());  // no per-node block before 4.8
    }

    void keylessLine() {
        // RHEL 8.0 prints a counter without a name inside the per-node block (formats doc 3.4).
        const auto r = parseZoneinfo(procData(QStringLiteral("pcp-qa-meminfo-006/proc/zoneinfo")));
        QVERIFY(r.ok());
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues[0].line, 30);
        QCOMPARE(r->at(0).stats.value(QStringLiteral("nr_written")), quint64(17146999));
    }

    void cutOffMidZone_data() {
        QTest::addColumn<int>("cutAfterLine"); // keep lines 1..cut of the 6.18 capture
        QTest::addColumn<int>("zones");
        QTest::newRow("after DMA32 min") << 102 << 2;
        QTest::newRow("in DMA32 pagesets") << 120 << 2;
        QTest::newRow("after Movable header") << 191 << 4;
    }
    void cutOffMidZone() {
        QFETCH(int, cutAfterLine);
        QFETCH(int, zones);
        const QList<QByteArray> lines = procData(QStringLiteral("vm-6.18-capture/proc/zoneinfo")).split('\n');
        const QByteArray cut = lines.mid(0, cutAfterLine).join('\n') + '\n';
        const auto r = parseZoneinfo(cut);
        QVERIFY(r.ok());
        QVERIFY(r.truncated);
        QCOMPARE(r->first().zones.size(), zones);
        QVERIFY(r.issues.last().reason.startsWith(QLatin1String("cut off")));
        // What was read before the cut is intact.
        QCOMPARE(r->first().zones[0].managedPages, quint64(3840));
    }

    void cutMidLine() {
        // "min      8017" cut to "min      80": the unfinished last line is not trusted.
        const QByteArray full = procData(QStringLiteral("vm-6.18-capture/proc/zoneinfo"));
        const qsizetype at = full.indexOf("min      8017") + 11;
        const auto r = parseZoneinfo(full.left(at));
        QVERIFY(r.truncated);
        QVERIFY(!r->first().zones[1].minPages);
    }

    void garbage() {
        QVERIFY(!parseZoneinfo("").ok());
        QVERIFY(!parseZoneinfo("hello world\n\x7f\x45\x4c\x46\n").ok());
        const auto r =
            parseZoneinfo("Node x, zone DMA\nNode 0, zone Normal\n  pages free 12\n        min abc\n"
                          "        protection: (0, 1\n");
        QVERIFY(r.ok());
        QCOMPARE(r->first().zones.first().freePages, quint64(12));
        QVERIFY(!r->first().zones.first().minPages);
        QCOMPARE(r.issues.size(), 3); // bad header, bad min, bad protection
    }
};

QTEST_GUILESS_MAIN(TestZoneinfo)
#include "tst_procfs_zoneinfo.moc"
