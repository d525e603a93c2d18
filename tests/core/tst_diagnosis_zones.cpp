// Edge cases of the zone-based causes (fragmentation, global_shortage, manual sysrq-f) on events
// built from the figures of real corpus reports, each varied in the one detail the rule must get right:
// lowmem_reserve, CMA, watermark boost, the GFP zone class, the order.
#include "DiagnosisTestEvents.h"

#include "analysis/ZoneCheck.h"

#include <QtTest>

using namespace oomlens;
using namespace diagnosis_test;

class TestDiagnosisZones : public QObject {
    Q_OBJECT
private slots:
    void fragmentationNeedsAZoneAboveWatermarkWithoutBlocks() {
        const Diagnosis d = run(k44Fragmentation());
        QCOMPARE(causeId(d.cause), QStringLiteral("fragmentation"));
        // DMA has 32 KiB+ blocks but sits behind its lowmem_reserve: it must not count as room.
        QVERIFY(d.summary.contains(QLatin1String("Node 0 DMA32")));
        QVERIFY(!d.summary.contains(QLatin1String("Node 0 DMA free")));
        QList<LineNo> lines;
        for (const auto &ev : d.evidence)
            lines.append(ev.line);
        QVERIFY(lines.contains(1) && lines.contains(51) && lines.contains(56));
    }
    void aBlockOfTheOrderMeansNoFragmentation() {
        OomEvent e = k44Fragmentation();
        e.buddy[1].orders[3].count = 1; // one 32 KiB block in DMA32
        const Diagnosis d = run(e);
        QCOMPARE(d.cause, Cause::Undetermined); // memory was there: not a shortage either
        QCOMPARE(d.decidedBy, QStringLiteral("global_shortage"));
    }
    void cmaOnlyBlocksDoNotServeUnmovableRequests() {
        OomEvent e = k44Fragmentation();
        e.buddy[1].orders[3].count = 1;
        e.buddy[1].orders[3].migrateTypes = QStringLiteral("C");
        QCOMPARE(run(e).cause, Cause::Fragmentation);
    }
    void orderZeroIsNeverFragmentation() {
        OomEvent e = k44Fragmentation();
        e.invoker->order = 0;
        QVERIFY(run(e).cause != Cause::Fragmentation);
    }
    void unknownZoneClassIsNotFragmentation() {
        OomEvent e = k44Fragmentation();
        e.invoker->gfpMask.reset();
        QVERIFY(run(e).cause != Cause::Fragmentation);
    }
    void hexMaskLowBitsGiveTheZoneClass() {
        OomEvent e = k44Fragmentation();
        e.invoker->gfpMask = GfpMask{QStringLiteral("0x240c0d0"), 0x240c0d0, {}};
        QCOMPARE(requestOf(e).highestZone, ZoneType::Normal);
        e.invoker->gfpMask = GfpMask{QStringLiteral("0x201da"), 0x201da, {}};
        QCOMPARE(requestOf(e).highestZone, ZoneType::Movable);
        QVERIFY(requestOf(e).canUseCma);
    }

    void globalShortageCountsLowmemReserve() {
        const Diagnosis d = run(k513Global());
        QCOMPARE(causeId(d.cause), QStringLiteral("global_shortage"));
        QCOMPARE(d.evidence.first().line, LineNo(56));
    }
    void withoutReserveDma32HasRoomSoNoShortageIsClaimed() {
        OomEvent e = k513Global();
        e.zones[1].lowmemReserve.clear(); // DMA32 free 35512 kB > min 27540 kB, reserve unknown
        e.zones[0].lowmemReserve.clear();
        QCOMPARE(run(e).cause, Cause::Undetermined);
    }
    void noZonesButUnconstrainedOrderZeroIsShortage() {
        OomEvent e = k513Global();
        e.zones.clear();
        QCOMPARE(run(e).cause, Cause::GlobalShortage);
        e.invoker->order = 2; // could be fragmentation: the kernel's verdict alone is not enough
        QCOMPARE(run(e).cause, Cause::Undetermined);
        e.invoker.reset(); // order unknown
        QCOMPARE(run(e).cause, Cause::Undetermined);
    }
    void aBareMemInfoDumpIsNotAnOom() {
        OomEvent e = k513Global();
        e.invoker.reset();
        e.constraint.reset(); // sysrq-m "Show Memory" or a fragment: zones below min alone
        QCOMPARE(run(e).cause, Cause::Undetermined);
    }
    void cmaCountsOnlyForMovableRequests() {
        // k5.4-arm64-64k-pages-cma-...: DMA32 free 613120 kB, free_cma 523776 kB, min 91584 kB.
        OomEvent e;
        e.invoker = invoker("GFP_HIGHUSER_MOVABLE", 0);
        e.constraint = constraint("CONSTRAINT_NONE");
        e.pageSize = 64 * KiB;
        e.zones = {zone(0, "DMA32", 613120, 91584, {0, 0, 0}, 29)};
        e.zones[0].freeCma = 523776 * KiB;
        QCOMPARE(run(e).cause, Cause::Undetermined);
        e.invoker = invoker("GFP_KERNEL", 0);
        QCOMPARE(run(e).cause, Cause::GlobalShortage);
    }
    void highMemOutOfReachOfGfpKernel() {
        // 32-bit: GFP_KERNEL cannot use HighMem, so Normal below min is a shortage for it even
        // with HighMem full of free pages; the summary says so.
        OomEvent e;
        e.invoker = invoker("GFP_KERNEL", 0);
        e.pageSize = 4 * KiB;
        e.zones = {zone(0, "Normal", 3000, 3400, {0, 0, 0}, 10),
                   zone(0, "HighMem", 900000, 500, {0, 0, 0}, 12)};
        Diagnosis d = run(e);
        QCOMPARE(d.cause, Cause::GlobalShortage);
        QVERIFY(d.summary.contains(QLatin1String("Node 0 HighMem")));
        e.invoker = invoker("GFP_HIGHUSER", 0); // may use HighMem: plenty free there
        QCOMPARE(run(e).cause, Cause::Undetermined);
    }
    void boostedWatermarkAloneIsNoShortage() {
        // k5.17rc-sparc64-...: free 230984 kB, boost 202752 kB, min 292864 kB (boost included).
        OomEvent e;
        e.invoker = invoker("GFP_KERNEL", 0);
        e.zones = {zone(0, "Normal", 230984, 292864, {0, 0}, 2)};
        e.zones[0].boost = 202752 * KiB;
        QCOMPARE(run(e).cause, Cause::Undetermined);
        e.zones[0].boost.reset();
        QCOMPARE(run(e).cause, Cause::GlobalShortage);
    }

    void sysrqIsUndeterminedUnlessPanicOrShortage() {
        OomEvent e = k513Global();
        e.invoker->order = -1;
        e.manualSysrq = true;
        // Every zone below min: pressed on a machine that was out of memory anyway.
        QCOMPARE(run(e).cause, Cause::GlobalShortage);
        QVERIFY(run(e).summary.contains(QLatin1String("sysrq-f")));
        e.zones[2].free = 200 * MiB; // Normal has room: a forced kill, no cause
        QCOMPARE(run(e).cause, Cause::Undetermined);
        QCOMPARE(run(e).decidedBy, QStringLiteral("manual_oom"));
        e.zones.clear(); // nothing to judge by
        QCOMPARE(run(e).decidedBy, QStringLiteral("manual_oom"));
        e.panic = PanicInfo{200, QString(), false, false, 2, true};
        QCOMPARE(run(e).cause, Cause::PanicOnOom);
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisZones)
#include "tst_diagnosis_zones.moc"
