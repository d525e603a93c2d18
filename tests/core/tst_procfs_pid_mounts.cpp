// /proc/<pid>/{stat,status,cgroup,cmdline} and /proc/self/mountinfo against real captures.
#include "ProcFixtures.h"
#include "procfs/Mountinfo.h"
#include "procfs/PidCgroup.h"
#include "procfs/PidStat.h"
#include "procfs/PidStatus.h"

using namespace oomlens;
using oomlens::test::procData;

class TestPidMounts : public QObject {
    Q_OBJECT
private slots:
    void stat_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("pid");
        QTest::addColumn<QString>("comm");
        QTest::addColumn<char>("state");
        QTest::addColumn<int>("ppid");
        QTest::addColumn<quint64>("startTime");
        QTest::addColumn<quint64>("rssPages");
        QTest::newRow("nested parens + junk line") << "procfs/proc/584/stat" << 1020 << "(a b ) ( c d) "
                                                   << 'R' << 28378 << quint64(10839175) << quint64(155);
        QTest::newRow("negative fields")
            << "procfs/proc/26232/stat" << 33 << "ata_sff" << 'S' << 2 << quint64(5) << quint64(0);
        QTest::newRow("vim") << "procfs/proc/26231/stat" << 26231 << "vim" << 'R' << 5392 << quint64(82375)
                             << quint64(1981);
        QTest::newRow("5.5.7 systemd") << "pcp-qa-procpid-5.5.7/proc/1309/stat" << 1309 << "systemd" << 'S'
                                       << 1 << quint64(1415) << quint64(1256);
        QTest::newRow("vm 6.18 spaces and parens")
            << "vm-6.18-capture/proc/21947/stat" << 21947 << "my (weird) proc" << 'S' << 21941
            << quint64(119724) << quint64(391);
    }
    void stat() {
        QFETCH(QString, file);
        QFETCH(int, pid);
        QFETCH(QString, comm);
        QFETCH(char, state);
        QFETCH(int, ppid);
        QFETCH(quint64, startTime);
        QFETCH(quint64, rssPages);
        const auto r = parsePidStat(procData(file));
        QVERIFY(r.ok());
        QCOMPARE(r->pid, pid);
        QCOMPARE(r->comm, comm);
        QCOMPARE(r->state, state);
        QCOMPARE(r->ppid, ppid);
        QCOMPARE(r->startTime, startTime);
        QCOMPARE(r->rssPages, rssPages);
    }
    void statGarbage() {
        QVERIFY(!parsePidStat("").ok());
        QVERIFY(!parsePidStat("12 no-parens S 1\n").ok());
        QVERIFY(!parsePidStat("x (a) S 1\n").ok());
        QVERIFY(!parsePidStat("12 (a) S\n").ok());       // no ppid
        const auto old = parsePidStat("12 (a) S 1 2 3"); // an ancient kernel: few fields
        QVERIFY(old.ok());
        QVERIFY(!old->startTime);
        QCOMPARE(old.issues.size(), 1);
        const auto comm = parsePidStat("7 ()) S 1 0 0 0 0 0 0 0 0 0 0 0 0 0 20 0 1 0 99 0 0\n");
        QCOMPARE(comm->comm, QStringLiteral(")"));
        QCOMPARE(comm->startTime, quint64(99));
    }

    void status() {
        const auto r = parsePidStatus(procData(QStringLiteral("procfs/proc/26231/status")));
        QVERIFY(r.ok());
        QVERIFY(r.issues.isEmpty());
        QCOMPARE(r->name, QStringLiteral("prometheus"));
        QCOMPARE(r->uid, 1000u);
        QCOMPARE(r->ppid, 1);
        QCOMPARE(r->vmRss, quint64(6716) * 1024);
        QCOMPARE(r->rssAnon, quint64(2092) * 1024);
        QCOMPARE(r->vmSwap, quint64(660) * 1024);
        QCOMPARE(r->vmPte, quint64(128) * 1024);

        const auto spaces = parsePidStatus(procData(QStringLiteral("procfs/proc/26235/status")));
        QCOMPARE(spaces->name, QStringLiteral("kube-proxy"));
        QCOMPARE(spaces->ppid, 1234);
        QCOMPARE(spaces->uid, 0u);

        const auto v557 = parsePidStatus(procData(QStringLiteral("pcp-qa-procpid-5.5.7/proc/1309/status")));
        QCOMPARE(v557->rssFile, quint64(3768) * 1024);
        QCOMPARE(v557->rssShmem, quint64(0));
        QCOMPARE(v557->vmSwap, quint64(1168) * 1024);
    }
    void statusKernelThread() {
        // kthreadd from the VM capture: no Vm*/Rss* lines at all -> absent, never 0.
        const auto r = parsePidStatus(procData(QStringLiteral("vm-6.18-capture/proc/2/status")));
        QVERIFY(r.ok());
        QCOMPARE(r->name, QStringLiteral("kthreadd"));
        QVERIFY(!r->vmRss);
        QVERIFY(!r->vmSwap);
        QCOMPARE(r->kthread, true);
        QVERIFY(!parsePidStatus("garbage\n").ok());
        const auto bad = parsePidStatus("Name:\tx\nVmRSS:\t12 MB\n");
        QVERIFY(!bad->vmRss);
        QCOMPARE(bad.issues.size(), 1);
    }

    void cgroupAndCmdline() {
        const auto v2 = parsePidCgroup(procData(QStringLiteral("pcp-qa-procpid-5.5.7/proc/1309/cgroup")));
        QVERIFY(v2.ok());
        QCOMPARE(memoryCgroupPath(*v2, false),
                 QStringLiteral("/user.slice/user-1000.slice/user@1000.service/init.scope"));
        QCOMPARE(memoryCgroupPath(*v2, true), QString());
        const auto hybrid = parsePidCgroup(procData(QStringLiteral("vm-6.18-capture/proc/21947/cgroup")));
        QCOMPARE(memoryCgroupPath(*hybrid, true), QStringLiteral("/oomlens-fixture-4033/child"));
        const auto ns = parsePidCgroup(procData(QStringLiteral("elastic-docker2/proc/2233801/cgroup")));
        QCOMPARE(memoryCgroupPath(*ns, false), QStringLiteral("/../../user-1000.slice/session-520.scope"));
        const auto deleted = parsePidCgroup("0::/system.slice/foo.service (deleted)\n");
        QVERIFY(deleted->first().deleted);
        QCOMPARE(deleted->first().path, QStringLiteral("/system.slice/foo.service"));
        QVERIFY(!parsePidCgroup("nonsense\n").ok());

        QCOMPARE(parseCmdline(procData(QStringLiteral("procfs/proc/26231/cmdline"))),
                 QStringLiteral("vim test.go +10"));
        QCOMPARE(parseCmdline(QByteArrayView("nginx: worker process")),
                 QStringLiteral("nginx: worker process"));
        QCOMPARE(parseCmdline(QByteArrayView("")), QString());
    }

    void mountinfo() {
        const auto vm = parseMountinfo(procData(QStringLiteral("vm-6.18-capture/proc/self/mountinfo")));
        QVERIFY(vm.ok());
        QVERIFY(vm.issues.isEmpty());
        QCOMPARE(vm->size(), 20);
        const CgroupMounts hybrid = classifyCgroupMounts(*vm, "hugetlb\n");
        QCOMPARE(hybrid.mode, CgroupMode::Hybrid);
        QCOMPARE(hybrid.v1Memory->mountPoint, QStringLiteral("/sys/fs/cgroup/memory"));
        QCOMPARE(hybrid.v2->mountPoint, QStringLiteral("/sys/fs/cgroup/unified"));

        const auto ubuntu =
            parseMountinfo(procData(QStringLiteral("elastic-ubuntu1804/proc/self/mountinfo")));
        QCOMPARE(classifyCgroupMounts(*ubuntu, "").mode, CgroupMode::Hybrid);

        const auto none = parseMountinfo(procData(QStringLiteral("node_exporter/proc/1/mountinfo")));
        QVERIFY(none.ok());
        QCOMPARE(none->size(), 32);
        QCOMPARE(classifyCgroupMounts(*none, "").mode, CgroupMode::None);

        const auto mounts = parseMounts(procData(QStringLiteral("pcp-qa-cgroups-004/proc/self/mounts")));
        QCOMPARE(classifyCgroupMounts(*mounts, "cpuset cpu io memory pids\n").mode, CgroupMode::V2);
        QCOMPARE(classifyCgroupMounts(*mounts, "cpuset cpu io pids\n").mode, CgroupMode::None);
    }
    void mountinfoEscapes() {
        const auto r = parseMountinfo(
            "36 35 98:0 /mnt\\040dir /mnt/a\\134b rw,noatime master:1 shared:2 - ext3 /dev/root "
            "rw,errors=continue\nbroken line\n");
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 1);
        QCOMPARE(r->first().root, QStringLiteral("/mnt dir"));
        QCOMPARE(r->first().mountPoint, QStringLiteral("/mnt/a\\b"));
        QCOMPARE(r->first().fsType, QStringLiteral("ext3"));
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues.first().line, 2);
    }
};

QTEST_GUILESS_MAIN(TestPidMounts)
#include "tst_procfs_pid_mounts.moc"
