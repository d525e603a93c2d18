// The parts of real reports, field by field, against values read from the log lines by hand
// (the line is quoted next to each check).
#include "KernlogTestUtil.h"

#include <QtTest>

using namespace kernlogtest;
using namespace oomlens;

namespace {

QList<OomEvent> eventsOf(const char *file) {
    return oomlens::analyzeFile(corpusDir() + u'/' + QLatin1String(file)).events;
}

const TaskRow *taskNamed(const OomEvent &e, const QString &name) {
    for (const auto &t : e.tasks)
        if (t.name == name) return &t;
    return nullptr;
}

} // namespace

class TestKernlogParts : public QObject {
    Q_OBJECT
private slots:
    // 64 kB pages, CMA: "Node 0 DMA32 free:613120kB min:91584kB low:114432kB high:137280kB ...
    // free_cma:523776kB"
    void arm64LargePagesAndCma() {
        const auto evs = eventsOf("k5.4-arm64-64k-pages-cma-vendor-hook-panic-on-oom-2-kdb.log");
        QCOMPARE(evs.size(), 3);
        const OomEvent &e = evs.first();
        QCOMPARE(e.pageSize.value_or(0), Bytes(64 * KiB));
        QCOMPARE(e.pageSizeSource, QStringLiteral("buddy"));
        QCOMPARE(e.zones.size(), 1);
        QCOMPARE(e.zones[0].zone, QStringLiteral("DMA32"));
        QCOMPARE(e.zones[0].node.value_or(-1), 0);
        QCOMPARE(e.zones[0].free.value_or(0), Bytes(613120) * KiB);
        QCOMPARE(e.zones[0].min.value_or(0), Bytes(91584) * KiB);
        QCOMPARE(e.zones[0].freeCma.value_or(0), Bytes(523776) * KiB);
        // "Node 0 DMA32: 12*64kB (UM) 10*128kB (UM) ... 1*262144kB (C) 0*524288kB = 613120kB"
        QCOMPARE(e.buddy.size(), 1);
        QCOMPARE(e.buddy[0].orders.size(), 14);
        QCOMPARE(e.buddy[0].orders[0].count, 12u);
        QCOMPARE(e.buddy[0].orders[0].migrateTypes, QStringLiteral("UM"));
        QCOMPARE(e.buddy[0].orders.last().blockBytes, Bytes(524288) * KiB);
        QCOMPARE(e.buddy[0].total.value_or(0), Bytes(613120) * KiB);
        QCOMPARE(e.hugepages.size(), 3);
        QCOMPARE(e.hugepages[0].pageSize.value_or(0), Bytes(16777216) * KiB);
        QCOMPARE(e.totals.pagesRam.value_or(0), 31744u); // "31744 pages RAM"
        QCOMPARE(e.totals.pagesCmaReserved.value_or(0), 8192u);
        QCOMPARE(e.totals.totalSwap.value_or(1), Bytes(0));
        QCOMPARE(evs[1].kind, OomEventKind::AllocationFailure);
        QCOMPARE(evs[1].allocationFailure->mode->flags,
                 (QStringList{QStringLiteral("GFP_KERNEL"), QStringLiteral("__GFP_NORETRY"),
                              QStringLiteral("__GFP_COMP")}));
        QCOMPARE(evs[2].panic->panicOnOom.value_or(0), 2); // "compulsory panic_on_oom is enabled"
    }

    // sparc64: "Normal free:230984kB boost:202752kB min:292864kB ... reserved_highatomic:0KB", 8 kB pages
    void sparcBoostAndEightKPages() {
        const auto evs = eventsOf("k5.17rc-sparc64-8k-pages-meminfo-fragment.log");
        QCOMPARE(evs.size(), 1);
        const OomEvent &e = evs.first();
        QCOMPARE(e.pageSize.value_or(0), Bytes(8 * KiB));
        QCOMPARE(e.zones.size(), 1);
        QVERIFY(!e.zones[0].node.has_value());
        QCOMPARE(e.zones[0].boost.value_or(0), Bytes(202752) * KiB);
        QCOMPARE(e.zones[0].reservedHighatomic.value_or(1), Bytes(0));
        QCOMPARE(e.buddy[0].orders.size(), 13);
        QCOMPARE(e.nodes.size(), 1);
    }

    // "[     57]     0    57 34359215953      695      256        0       439 1064390656        0 0
    // virtual_address"
    void hugeValuesAndSixEightColumns() {
        const auto evs = eventsOf("k6.13rc-global-huge-total-vm-tab-indented-fragment.log");
        QCOMPARE(evs.size(), 1);
        const OomEvent &e = evs.first();
        QCOMPARE(e.tasks.size(), 1);
        const TaskRow &t = e.tasks.first();
        QCOMPARE(t.totalVmPages.value_or(0), 34359215953ull);
        QCOMPARE(t.rssAnonPages.value_or(0), 256u);
        QCOMPARE(t.rssShmemPages.value_or(0), 439u);
        QCOMPARE(t.pgtables.value_or(0), 1064390656ull);
        QCOMPARE(t.name, QStringLiteral("virtual_address"));
        // No buddy line: the kill line (anon 1024 + file 0 + shmem 1756 kB) against rss 695 pages.
        QCOMPARE(e.pageSize.value_or(0), Bytes(4096));
        QCOMPARE(e.pageSizeSource, QStringLiteral("kill_line"));
        QCOMPARE(t.totalVm.value_or(0), 34359215953ull * 4096);
        QCOMPARE(e.victim->totalVm.value_or(0), 137436863812ull * 1024);
    }

    // "Out of memory: Kill process 9772 (ruby) score 940 or sacrifice child" / "Killed process 9787 (ruby)
    // ..."
    void sacrificedChild() {
        const auto evs = eventsOf("k3.19-global-syslog-sacrifice-child-R-migratetype-cut-at-table.log");
        QCOMPARE(evs[0].victim->pid.value_or(0), 9787);
        QCOMPARE(evs[0].victim->scoredPid.value_or(0), 9772);
        QCOMPARE(evs[0].victim->score.value_or(0), 940u);
        // "Node 0 DMA32: 1416*4kB (UE) ... 2*2048kB (MR) 1*4096kB (R) = 44800kB" (MIGRATE_RESERVE,
        // before 4.4)
        QCOMPARE(evs[1].buddy[1].orders.last().migrateTypes, QStringLiteral("R"));
        QCOMPARE(evs[1].totals.freeSwap.value_or(1), Bytes(0));
        QCOMPARE(evs[1].totals.totalSwap.value_or(0), Bytes(262140) * KiB);
    }

    // "CPU: 60 PID: 70888 Comm: CPU 11/KVM Not tainted 5.3.18-150300.59.101-default #1 SLE15-SP3"
    void commWithSpacesAndMixedPrefixes() {
        const auto evs = eventsOf("k5.14-k5.3-memcg-v1-kubevirt-pod-mixed-prefix-elided.log");
        QCOMPARE(evs.size(), 2);
        QCOMPARE(evs[0].host, QStringLiteral("**"));
        QCOMPARE(evs[1].invoker->comm, QStringLiteral("CPU 11/KVM"));
        QCOMPARE(evs[1].cpu->comm, QStringLiteral("CPU 11/KVM"));
        QCOMPARE(evs[1].cpu->pid.value_or(0), 70888);
        QCOMPARE(evs[1].cpu->kernelRelease, QStringLiteral("5.3.18-150300.59.101-default"));
        QCOMPARE(evs[1].cpu->tainted, std::optional<bool>(false));
        QVERIFY(evs[1].constraint->taskMemcg->contains(u"kubepods-urstable.slice"));
        QVERIFY(evs[1].reaper && evs[1].reaper->reaped);
        QCOMPARE(evs[0].cpu->taint, QStringLiteral("G I X")); // "Tainted: G          I    X    5.14.21-..."
        QVERIFY(evs[0].memcg.counters[1].unlimited());        // memory+swap limit 9007199254740988kB
    }

    // Wrapped by a mail client: "[330319.251380] Out of memory: Killed process 541 (dbus-broker) " +
    // "total-vm:4400kB, anon-rss:892kB, file-rss:380kB, shmem-rss:0kB, UID:999 " + "pgtables:44kB
    // oom_score_adj:-900"
    void mailWrappedLines() {
        const auto evs = eventsOf("k5.4-arm64-global-kmemleak-slab-no-killable-panic-mail-wrapped.log");
        QCOMPARE(evs.size(), 2);
        QCOMPARE(evs[0].victim->oomScoreAdj.value_or(0), -900);
        QCOMPARE(evs[0].victim->uid.value_or(0), 999);
        QVERIFY(evs[0].reaper && evs[0].reaper->reaped);
        const OomEvent &e = evs[1];
        QCOMPARE(e.invoker->gfpMask->flags,
                 (QStringList{QStringLiteral("GFP_KERNEL"), QStringLiteral("__GFP_COMP")}));
        const TaskRow *udevd = taskNamed(e, QStringLiteral("systemd-udevd"));
        QVERIFY(udevd);
        QCOMPARE(udevd->oomScoreAdj.value_or(0), -1000);
        QVERIFY(e.panic && e.panic->noKillableProcess && e.panic->deadlocked);
        QVERIFY(e.memInfo->pages.value(u"slab_unreclaimable").value_or(0) == 795718u);
        QVERIFY(!e.unreclaimableSlab.isEmpty());
    }

    // "kmalloc-2048           59164KB      59164KB", then "Out of memory and no killable processes..."
    void unreclaimableSlabTable() {
        const auto evs = eventsOf("k4.19-kdump-capture-kernel-boot-oom-no-killable-slab-info.log");
        QCOMPARE(evs.size(), 1);
        bool found = false;
        for (const auto &s : evs[0].unreclaimableSlab)
            if (s.name == u"kmalloc-2048") found = s.used == Bytes(59164) * KiB;
        QVERIFY(found);
        QVERIFY(evs[0].taskTableSeen);
        QVERIFY(evs[0].tasks.isEmpty()); // header only
        QCOMPARE(evs[0].kind, OomEventKind::Panic);
    }

    // rsyslog: one line with "#012" for each newline of the Mem-Info record; DMA32 free == min.
    void rsyslogMemInfo() {
        const auto evs = eventsOf("k3.10-el7-global-syslog-rsyslog-012-interleaved.log");
        QCOMPARE(evs.size(), 1);
        QVERIFY(evs[0].memInfo);
        QVERIFY(evs[0].memInfo->pages.value(u"free").has_value());
        QVERIFY(evs[0].memInfo->pages.value(u"slab_unreclaimable").has_value());
        const ZoneWatermarks *dma32 = nullptr;
        for (const auto &z : evs[0].zones)
            if (z.zone == u"DMA32") dma32 = &z;
        QVERIFY(dma32);
        QCOMPARE(dma32->free.value_or(0), Bytes(44348) * KiB);
        QCOMPARE(dma32->min, dma32->free);
        QCOMPARE(evs[0].invoker->pid.value_or(0), 22113); // a java thread, not the victim 22037
    }

    void sysrqManualOom() {
        const auto evs = eventsOf("k6.1-unraid-global-sysrq-f-docker-postgres-syslog-then-show-memory.log");
        QCOMPARE(evs.size(), 1); // the later "sysrq: Show Memory" dump is not an event
        QVERIFY(evs[0].manualSysrq);
        QVERIFY(taskNamed(evs[0], QStringLiteral("tmux: server")));
        QCOMPARE(evs[0].victim->oomScoreAdj.value_or(1), 0);
        QCOMPARE(evs[0].constraint->taskMemcg.value_or(QString()), QStringLiteral("/c71"));
    }

    void cancelAndProgress() {
        std::atomic_bool cancel{true};
        const LogAnalysis a = oomlens::analyzeFile(
            corpusDir() +
                QStringLiteral("/k6.1-unraid-global-sysrq-f-docker-postgres-syslog-then-show-memory.log"),
            {}, &cancel);
        QVERIFY(a.cancelled);
        QVERIFY(a.events.isEmpty());
        qint64 last = 0, total = 0;
        const LogAnalysis b = oomlens::analyzeFile(
            corpusDir() +
                QStringLiteral("/k6.1-unraid-global-sysrq-f-docker-postgres-syslog-then-show-memory.log"),
            [&](qint64 done, qint64 all) {
                last = done;
                total = all;
            });
        QVERIFY(total > 0);
        QCOMPARE(last, total);
        QCOMPARE(b.events.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestKernlogParts)
#include "tst_kernlog_parts.moc"
