// /proc/meminfo, nodeN/meminfo and /proc/vmstat parsers against real captures.
#include "ProcFixtures.h"
#include "procfs/Meminfo.h"
#include "procfs/Vmstat.h"

using namespace oomlens;
using oomlens::test::procData;

class TestMeminfo : public QObject {
    Q_OBJECT
private slots:
    void meminfo_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::addColumn<quint64>("expected");
        QTest::addColumn<int>("keys");
        // Values read from the captures by hand (kB x 1024; HugePages_* are counts).
        QTest::newRow("procfs MemTotal") << "procfs/proc/meminfo"
                                         << "MemTotal" << quint64(15666184) * 1024 << 45;
        QTest::newRow("procfs Active(anon)") << "procfs/proc/meminfo"
                                             << "Active(anon)" << quint64(267256) * 1024 << 45;
        QTest::newRow("procfs HugePages_Total count") << "procfs/proc/meminfo"
                                                      << "HugePages_Total" << quint64(0) << 45;
        QTest::newRow("procfs DirectMap2M") << "procfs/proc/meminfo"
                                            << "DirectMap2M" << quint64(16039936) * 1024 << 45;
        QTest::newRow("vm 6.18 MemTotal") << "vm-6.18-capture/proc/meminfo"
                                          << "MemTotal" << quint64(24683656) * 1024 << -1;
    }
    void meminfo() {
        QFETCH(QString, file);
        QFETCH(QString, key);
        QFETCH(quint64, expected);
        QFETCH(int, keys);
        const auto r = parseMeminfo(procData(file));
        QVERIFY(r.ok());
        QVERIFY2(r.issues.isEmpty(), qPrintable(r.issues.value(0).reason));
        QCOMPARE(r->value(key), expected);
        if (keys >= 0) QCOMPARE(r->size(), keys);
    }

    void meminfoEdgeCases() {
        // No trailing newline, a malformed line, an unknown unit, an unknown key kept.
        const auto r = parseMeminfo("MemTotal: 100 kB\nGarbage line\nOdd: 5 MB\nNewKey2031:   7 kB");
        QVERIFY(r.ok());
        QCOMPARE(r->value(QStringLiteral("MemTotal")), quint64(102400));
        QCOMPARE(r->value(QStringLiteral("NewKey2031")), quint64(7168));
        QVERIFY(!r->contains(QStringLiteral("Odd")));
        QCOMPARE(r.issues.size(), 2);
        QCOMPARE(r.issues[0].line, 2);
        QCOMPARE(r.issues[1].line, 3);
        QVERIFY(r.issues[1].reason.contains(QLatin1String("unit")));
        QVERIFY(!parseMeminfo("").ok());
        QVERIFY(!parseMeminfo("\x01\x02 binary garbage\n").ok());
    }

    void nodeMeminfo() {
        // 2-node Xeon (pcp-qa meminfo-root-002): node 1.
        const auto r = parseNodeMeminfo(
            procData(QStringLiteral("pcp-qa-meminfo-002/sys/devices/system/node/node1/meminfo")));
        QVERIFY(r.ok());
        QVERIFY(r.issues.isEmpty());
        QCOMPARE(r->node, 1);
        QCOMPARE(r->values.value(QStringLiteral("MemTotal")), quint64(67108864) * 1024);
        QCOMPARE(r->values.value(QStringLiteral("MemUsed")), quint64(22733240) * 1024);
        QCOMPARE(r->values.size(), 29);
        // A line of another node is rejected, not merged.
        const auto mixed = parseNodeMeminfo("Node 0 MemTotal: 4 kB\nNode 1 MemFree: 2 kB\n");
        QVERIFY(mixed.ok());
        QCOMPARE(mixed->values.size(), 1);
        QCOMPARE(mixed.issues.size(), 1);
    }

    void vmstat() {
        const auto r = parseVmstat(procData(QStringLiteral("node_exporter/proc/vmstat")));
        QVERIFY(r.ok());
        QVERIFY(r.issues.isEmpty());
        QCOMPARE(r->size(), 120);
        QCOMPARE(r->value(QStringLiteral("nr_free_pages")), quint64(977769));
        QCOMPARE(r->value(QStringLiteral("pgfault")), quint64(2320168809));
        QVERIFY(r->contains(QStringLiteral("oom_kill")));
        // Negative or garbage values are issues, not zeros.
        const auto bad = parseVmstat("nr_a 1\nnr_b -3\nnr_c\n");
        QCOMPARE(bad->size(), 1);
        QCOMPARE(bad.issues.size(), 2);
        QVERIFY(!bad->contains(QStringLiteral("nr_b")));
    }
};

QTEST_GUILESS_MAIN(TestMeminfo)
#include "tst_procfs_meminfo.moc"
