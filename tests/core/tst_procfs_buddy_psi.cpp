// buddyinfo, pagetypeinfo, PSI and the single-value sysctl files, against real captures.
#include "ProcFixtures.h"
#include "procfs/Buddyinfo.h"
#include "procfs/Pagetypeinfo.h"
#include "procfs/Pressure.h"
#include "procfs/SingleValue.h"

#include <clocale>
#include <string>

using namespace oomlens;
using oomlens::test::procData;

class TestBuddyPsi : public QObject {
    Q_OBJECT
private slots:
    void buddyinfo_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("lines");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QList<quint64>>("blocks");
        // With trailing spaces (kernel output) and without (hand-made fixture).
        QTest::newRow("pcp-001 DMA32") << "pcp-qa-meminfo-001/proc/buddyinfo" << 3 << "DMA32"
                                       << QList<quint64>{470, 524, 98, 154, 86, 30, 23, 10, 26, 12, 681};
        QTest::newRow("procfs Normal") << "procfs/proc/buddyinfo" << 3 << "Normal"
                                       << QList<quint64>{4381, 1093, 185, 1530, 567, 102, 4, 0, 0, 0, 0};
        QTest::newRow("vm 6.18 Normal")
            << "vm-6.18-capture/proc/buddyinfo" << 3 << "Normal"
            << QList<quint64>{301, 182, 2773, 2852, 1575, 463, 342, 319, 51, 4, 28};
    }
    void buddyinfo() {
        QFETCH(QString, file);
        QFETCH(int, lines);
        QFETCH(QString, zone);
        QFETCH(QList<quint64>, blocks);
        const auto r = parseBuddyinfo(procData(file));
        QVERIFY(r.ok());
        QVERIFY(r.issues.isEmpty());
        QCOMPARE(r->size(), lines);
        const auto it =
            std::find_if(r->cbegin(), r->cend(), [&](const BuddyinfoRow &b) { return b.zone == zone; });
        QVERIFY(it != r->cend());
        QCOMPARE(it->node, 0);
        QCOMPARE(it->freeBlocks, blocks);
    }
    void buddyinfoEdgeCases() {
        // 14 orders (64 KiB arm64), node id >= 10, garbage cell, no newline.
        const auto r = parseBuddyinfo("Node 12, zone   Normal 1 2 3 4 5 6 7 8 9 10 11 12 13 14\n"
                                      "Node 0, zone DMA 1 x 3\nNode 0, zone Movable");
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 1);
        QCOMPARE(r->first().node, 12);
        QCOMPARE(r->first().freeBlocks.size(), 14);
        QCOMPARE(r.issues.size(), 2);
        QVERIFY(!parseBuddyinfo("").ok());
    }

    void pagetypeinfo() {
        const auto r = parsePagetypeinfo(procData(QStringLiteral("vm-6.18-capture/proc/pagetypeinfo")));
        QVERIFY(r.ok());
        QVERIFY(r.issues.isEmpty());
        QCOMPARE(r->pageblockOrder, quint64(9));
        QCOMPARE(r->pagesPerBlock, quint64(512));
        QCOMPARE(r->free.size(), 15); // 3 populated zones x 5 types
        const auto movable = std::find_if(r->free.cbegin(), r->free.cend(), [](const PagetypeFreeLine &l) {
            return l.zone == QLatin1String("Normal") && l.free.type == QLatin1String("Movable");
        });
        QVERIFY(movable != r->free.cend());
        QCOMPARE(movable->free.blocks, (QList<quint64>{0, 1, 2740, 2845, 1474, 403, 323, 309, 48, 3, 28}));
        QCOMPARE(r->blocks.size(), 3);
        QCOMPARE(r->blocks[2].zone, QStringLiteral("Normal"));
        QCOMPARE(r->blocks[2].pageblocks.value(QStringLiteral("Movable")), quint64(1541));
        QCOMPARE(r->blocks[2].pageblocks.value(QStringLiteral("Reclaimable")), quint64(69));
    }
    void pagetypeinfoCapped() {
        // 5.4+ stops counting at 100000 and prints ">100000".
        const auto r = parsePagetypeinfo("Page block order: 9\nPages per block:  512\n\n"
                                         "Free pages count per migrate type at order       0      1 \n"
                                         "Node    1, zone   Normal, type      Movable >100000  12345 \n");
        QVERIFY(r.ok());
        QCOMPARE(r->free.first().node, 1);
        QCOMPARE(r->free.first().free.blocks, (QList<quint64>{100000, 12345}));
        QCOMPARE(r->free.first().free.atLeast, (QList<bool>{true, false}));
    }

    void pressure_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("hasSome");
        QTest::addColumn<double>("avg10");
        QTest::addColumn<quint64>("fullTotal");
        QTest::newRow("pcp-001 memory")
            << "pcp-qa-pressure-001/proc/pressure/memory" << true << 70.24 << quint64(3300487258);
        QTest::newRow("pcp-002 irq full only")
            << "pcp-qa-pressure-002/proc/pressure/irq" << false << 0.0 << quint64(100648410);
        QTest::newRow("node_exporter irq no newline")
            << "node_exporter/proc/pressure/irq" << false << 0.0 << quint64(8494);
        QTest::newRow("procfs memory") << "procfs/proc/pressure/memory" << true << 0.10 << quint64(25);
    }
    void pressure() {
        QFETCH(QString, file);
        QFETCH(bool, hasSome);
        QFETCH(double, avg10);
        QFETCH(quint64, fullTotal);
        const auto r = parsePressure(procData(file));
        QVERIFY(r.ok());
        QVERIFY(r.issues.isEmpty());
        QCOMPARE(r->some.has_value(), hasSome);
        if (hasSome) QCOMPARE(r->some->avg10, avg10);
        QVERIFY(r->full);
        QCOMPARE(r->full->totalUs, fullTotal);
    }
    void pressureCpuSomeOnly() {
        const auto r = parsePressure(procData(QStringLiteral("pcp-qa-pressure-001/proc/pressure/cpu")));
        QVERIFY(r.ok());
        QVERIFY(!r->full); // absent, not zero
        QCOMPARE(r->some->avg300, 0.42);
        QCOMPARE(r->some->totalUs, quint64(157656722));
    }
    void pressureLegacyFormat() {
        const auto r = parsePressure(procData(QStringLiteral("oomd-legacy-psi/memory.pressure")));
        QVERIFY(!r.ok());
        QVERIFY(!r.issues.isEmpty());
        QVERIFY(r.issues.first().reason.contains(QLatin1String("unsupported")));
    }
    void pressureUnderDecimalCommaLocale() {
        // QCoreApplication calls setlocale(LC_ALL, ""); under a decimal-comma locale strtod()
        // would stop at the '.', so the parser must not depend on LC_NUMERIC.
        const char *previous = std::setlocale(LC_NUMERIC, nullptr);
        const std::string saved = previous ? previous : "C";
        if (!std::setlocale(LC_NUMERIC, "de_DE.UTF-8") && !std::setlocale(LC_NUMERIC, "de_DE"))
            QSKIP("no de_DE locale installed on this machine");
        const auto r = parsePressure("some avg10=1.50 avg60=0.25 avg300=0.00 total=7\n");
        std::setlocale(LC_NUMERIC, saved.c_str());
        QCOMPARE(r->some->avg10, 1.5);
    }
    void sysctls() {
        QCOMPARE(*parseSingleInt(procData(QStringLiteral("vm-6.18-capture/proc/sys/vm/min_free_kbytes"))),
                 qint64(67584));
        QCOMPARE(
            *parseSingleInt(procData(QStringLiteral("vm-6.18-capture/proc/sys/vm/watermark_boost_factor"))),
            qint64(15000));
        QCOMPARE(*parseSingleInt(procData(QStringLiteral("vm-6.18-capture/proc/sys/vm/oom_dump_tasks"))),
                 qint64(1));
        QCOMPARE(*parseIntList(procData(QStringLiteral("vm-6.18-capture/proc/sys/vm/lowmem_reserve_ratio"))),
                 (QList<qint64>{256, 256, 32, 0, 0}));
        QCOMPARE(*parseSingleInt("-1000\n"), qint64(-1000));
        QVERIFY(!parseSingleInt("").ok());
        QVERIFY(!parseSingleInt("12 kB\n").ok());
        QVERIFY(!parseSingleU64("-1\n").ok());
        QVERIFY(!parseIntList("1 2 x\n").ok());
        QCOMPARE(parseIntList("")->size(), 0); // an empty cgroup.procs
    }
};

QTEST_GUILESS_MAIN(TestBuddyPsi)
#include "tst_procfs_buddy_psi.moc"
