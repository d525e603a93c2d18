// /sys/devices/system/node files and the cgroup memory files, against real captures.
#include "ProcFixtures.h"
#include "procfs/Vmstat.h"
#include "sysfs/CgroupFiles.h"
#include "sysfs/NodeFiles.h"

using namespace oomlens;
using oomlens::test::procData;

class TestSysfs : public QObject {
    Q_OBJECT
private slots:
    void cpulist_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QList<int>>("ids");
        QTest::newRow("4-node VM node2")
            << "pcp-qa-sysfs-numa-001/sys/devices/system/node/node2/cpulist" << QList<int>{4, 5};
        QTest::newRow("online") << "pcp-qa-sysfs-numa-001/sys/devices/system/node/online"
                                << QList<int>{0, 1, 2, 3};
        QTest::newRow("interleaved Xeon") << "ghw-amd64-2node/sys/devices/system/node/node1/cpulist"
                                          << QList<int>{1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23};
        QTest::newRow("CPU-less node")
            << "node_exporter/sys/devices/system/node/node2/cpulist" << QList<int>{};
    }
    void cpulist() {
        QFETCH(QString, file);
        QFETCH(QList<int>, ids);
        const auto r = parseIdList(procData(file));
        QVERIFY(r.ok());
        QCOMPARE(*r, ids);
    }
    void idListGarbage() {
        QCOMPARE(*parseIdList("0-2,8,10-11\n"), (QList<int>{0, 1, 2, 8, 10, 11}));
        QVERIFY(!parseIdList("3-1\n").ok());
        QVERIFY(!parseIdList("a-b\n").ok());
        QVERIFY(!parseIdList("0-2147483647\n").ok()); // absurd range refused, no allocation storm
    }
    void distance() {
        QCOMPARE(*parseNodeDistance(procData(
                     QStringLiteral("pcp-qa-sysfs-numa-001/sys/devices/system/node/node1/distance"))),
                 (QList<int>{20, 10, 20, 20}));
        QCOMPARE(*parseNodeDistance(
                     procData(QStringLiteral("ghw-amd64-2node/sys/devices/system/node/node0/distance"))),
                 (QList<int>{10, 20}));
        QVERIFY(!parseNodeDistance("").ok());
        QVERIFY(!parseNodeDistance("10 x\n").ok());
    }

    void v2Files() {
        const QString d =
            QStringLiteral("elastic-docker2/sys/fs/cgroup/user.slice/user-1000.slice/session-520.scope/");
        const auto max = parseV2Limit(procData(d + QStringLiteral("memory.max")));
        QVERIFY(max.ok());
        QVERIFY(!max->has_value()); // "max" = unlimited
        const auto low = parseV2Limit(procData(d + QStringLiteral("memory.low")));
        QCOMPARE(*low, LimitBytes(0));
        const auto events = parseKeyValueCounters(procData(d + QStringLiteral("memory.events")));
        QCOMPARE(events->value(QStringLiteral("oom_group_kill")), quint64(0));
        QCOMPARE(events->size(), 6);
        QCOMPARE(*parseV2Limit("1073741824\n"), LimitBytes(1073741824));
        QVERIFY(!parseV2Limit("maximum\n").ok());
        QVERIFY(!parseV2Limit("").ok());
    }
    void v1Unlimited_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<quint64>("pageSize");
        QTest::addColumn<bool>("unlimited");
        // Encodings by era (formats doc section 14).
        QTest::newRow("page_counter 4K (vm 6.18)")
            << procData(QStringLiteral("vm-6.18-capture/sys/fs/cgroup/memory/memory.limit_in_bytes"))
            << quint64(4096) << true;
        QTest::newRow("res_counter LLONG_MAX (RHEL 6)")
            << procData(QStringLiteral("pcp-qa-cgroups-001/cgroup/memory/memory.limit_in_bytes"))
            << quint64(4096) << true;
        QTest::newRow("ULLONG_MAX") << QByteArray("18446744073709551615\n") << quint64(4096) << true;
        QTest::newRow("page_counter 64K") << QByteArray("9223372036854710272\n") << quint64(65536) << true;
        QTest::newRow("32-bit 4K") << QByteArray("8796093018112\n") << quint64(4096) << true;
        QTest::newRow("64 MiB (vm 6.18)")
            << procData(QStringLiteral(
                   "vm-6.18-capture/sys/fs/cgroup/memory/oomlens-fixture-4033/memory.limit_in_bytes"))
            << quint64(4096) << false;
        QTest::newRow("8 TiB on 64-bit is a limit") << QByteArray("8796093018112\n") << quint64(0) << false;
    }
    void v1Unlimited() {
        QFETCH(QByteArray, text);
        QFETCH(quint64, pageSize);
        QFETCH(bool, unlimited);
        const auto r = parseV1Limit(text, pageSize);
        QVERIFY(r.ok());
        QCOMPARE(!r->has_value(), unlimited);
    }
    void v1Garbage() {
        QVERIFY(!parseV1Limit("max\n", 4096).ok()); // v1 never prints "max"
        QVERIFY(!parseV1Limit("-1\n", 4096).ok());
        const auto oom = parseKeyValueCounters(
            procData(QStringLiteral("pcp-qa-cgroups-001/cgroup/memory/memory.oom_control")));
        QCOMPARE(oom->size(), 2); // 2.6.32: no oom_kill line yet -> absent
        QVERIFY(!oom->contains(QStringLiteral("oom_kill")));
    }
};

QTEST_GUILESS_MAIN(TestSysfs)
#include "tst_sysfs_nodes_cgroups.moc"
