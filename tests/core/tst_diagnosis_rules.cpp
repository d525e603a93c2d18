// Edge cases of the diagnosis rules, on events built by hand from the figures of real corpus
// reports (named per test), each varied in the one detail the rule must get right.
#include "analysis/Diagnosis.h"
#include "analysis/DiagnosisJson.h"
#include "analysis/DiagnosisRule.h"
#include "analysis/ZoneCheck.h"

#include <QJsonArray>
#include <QtTest>

using namespace oomlens;

namespace {

ZoneWatermarks zone(int node, const char *name, Bytes freeKb, Bytes minKb, QList<std::uint64_t> reserve,
                    LineNo line) {
    ZoneWatermarks z;
    z.line = line;
    z.node = node;
    z.zone = QString::fromLatin1(name);
    z.free = freeKb * KiB;
    z.min = minKb * KiB;
    z.low = minKb * KiB * 5 / 4;
    z.high = minKb * KiB * 3 / 2;
    z.lowmemReserve = reserve;
    return z;
}

// counts per order from order 0, 4 KiB pages; letters for every non-zero count.
BuddyLine buddy(int node, const char *name, QList<std::uint64_t> counts, LineNo line) {
    BuddyLine b;
    b.line = line;
    b.node = node;
    b.zone = QString::fromLatin1(name);
    for (qsizetype o = 0; o < counts.size(); ++o)
        b.orders.append(
            BuddyOrder{Bytes(4 * KiB) << o, counts.at(o), counts.at(o) ? QStringLiteral("UM") : QString()});
    return b;
}

Invoker invoker(const char *flags, int order, LineNo line = 1) {
    Invoker i;
    i.line = line;
    i.comm = QStringLiteral("test");
    i.order = order;
    GfpMask g;
    g.flags = QString::fromLatin1(flags).split(u'|');
    i.gfpMask = g;
    return i;
}

ConstraintLine constraint(const char *c, LineNo line = 90) {
    ConstraintLine l;
    l.line = line;
    l.constraint = QString::fromLatin1(c);
    return l;
}

// k4.4-ubuntu-global-order3-fragmentation-syslog.log, lines 49-57 (x86_64, 4 KiB pages).
OomEvent k44Fragmentation() {
    OomEvent e;
    e.invoker = invoker("GFP_KERNEL|__GFP_COMP", 3);
    e.pageSize = 4 * KiB;
    e.zones = {zone(0, "DMA", 15784, 0, {0, 3365, 7828, 7828, 7828}, 49),
               zone(0, "DMA32", 17904, 0, {0, 0, 4462, 4462, 4462}, 51),
               zone(0, "Normal", 0, 0, {0, 0, 0, 0, 0}, 53)};
    e.buddy = {buddy(0, "DMA", {0, 1, 0, 1, 2, 2, 0, 0, 1, 1, 3}, 55),
               buddy(0, "DMA32", {266, 1985, 59, 0, 0, 0, 0, 0, 0, 0, 0}, 56),
               buddy(0, "Normal", {26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 57)};
    return e;
}

// k5.13-next-global-hyperv-kde-journal-warn-alloc-first.log, lines 93-98.
OomEvent k513Global() {
    OomEvent e;
    e.invoker = invoker("GFP_HIGHUSER_MOVABLE", 0, 56);
    e.constraint = constraint("CONSTRAINT_NONE", 192);
    e.pageSize = 4 * KiB;
    e.zones = {zone(0, "DMA", 6344, 296, {0, 1390, 3396, 3396, 3396}, 93),
               zone(0, "DMA32", 35512, 27540, {0, 0, 2006, 2006, 2006}, 95),
               zone(0, "Normal", 39296, 39744, {0, 0, 0, 0, 0}, 97)};
    return e;
}

Diagnosis run(const OomEvent &e) {
    return diagnose({e}).value(0);
}

} // namespace

class TestDiagnosisRules : public QObject {
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

    void memcgPaths_data() {
        QTest::addColumn<QString>("oomMemcg");
        QTest::addColumn<QString>("taskMemcg");
        QTest::addColumn<QString>("cause");
        QTest::newRow("same") << "/ltp_19257"
                              << "/ltp_19257"
                              << "memcg_limit";
        QTest::newRow("child") << "/kubepods/burstable/pod1"
                               << "/kubepods/burstable/pod1/c1"
                               << "memcg_ancestor_limit";
        QTest::newRow("root") << "/"
                              << "/a"
                              << "memcg_ancestor_limit";
        // "/a" is not a parent of "/ab": text not nested (a paste typo); the kernel's invariant
        // (victim inside oom_memcg's subtree) still makes it an ancestor limit.
        QTest::newRow("not nested") << "/a"
                                    << "/ab/c"
                                    << "memcg_ancestor_limit";
    }
    void memcgPaths() {
        QFETCH(QString, oomMemcg);
        QFETCH(QString, taskMemcg);
        QFETCH(QString, cause);
        OomEvent e;
        e.constraint = constraint("CONSTRAINT_MEMCG");
        e.constraint->oomMemcg = oomMemcg;
        e.constraint->taskMemcg = taskMemcg;
        e.constraint->task = QStringLiteral("x");
        const Diagnosis d = run(e);
        QCOMPARE(causeId(d.cause), cause);
        QVERIFY(d.summary.contains(oomMemcg));
    }
    void memcgWithTruncatedPathsIsUndetermined() {
        OomEvent e; // k6.8-memcg-v2-...: the oom-kill: line stops at mems_allowed=0...
        e.constraint = constraint("CONSTRAINT_MEMCG");
        e.constraint->truncated = true;
        e.constraint->oomMemcg = QStringLiteral("/user.slice");
        e.constraint->taskMemcg = QStringLiteral("/user.slice/user-1000.sl"); // cut: task= missing
        const Diagnosis d = run(e);
        QCOMPARE(d.cause, Cause::Undetermined);
        QCOMPARE(d.decidedBy, QStringLiteral("memcg_unresolved"));
    }
    void v1TaskInLine() {
        OomEvent e;
        e.memcg.taskInLine = 10;
        e.memcg.taskIn = QStringLiteral("/1/2");
        e.memcg.limitOf = QStringLiteral("/1");
        QCOMPARE(run(e).cause, Cause::MemcgAncestorLimit);
        e.memcg.taskIn = QStringLiteral("/1");
        QCOMPARE(run(e).cause, Cause::MemcgLimit);
        // "limit of" ends the line: "/10" may be "/1066" cut short, so not nested means unknown.
        e.memcg.taskIn = QStringLiteral("/1066/uid");
        e.memcg.limitOf = QStringLiteral("/10");
        QCOMPARE(run(e).decidedBy, QStringLiteral("memcg_unresolved"));
        // Alibaba Cloud Linux wording for a global OOM: "limit of host" is not a cgroup.
        e.memcg.limitOf = QStringLiteral("host");
        QCOMPARE(run(e).cause, Cause::Undetermined);
        QVERIFY(run(e).decidedBy != QStringLiteral("memcg_unresolved"));
    }

    void panicOutranksEverything() {
        OomEvent e = k513Global();
        e.panic = PanicInfo{
            200, QStringLiteral("Out of memory: compulsory panic_on_oom is enabled"), false, false, 2, true};
        const Diagnosis d = run(e);
        QCOMPARE(d.cause, Cause::PanicOnOom);
        QVERIFY(d.summary.contains(QLatin1String("vm.panic_on_oom=2")));
    }
    void sysrqIsUndeterminedUnlessPanic() {
        OomEvent e = k513Global();
        e.invoker->order = -1;
        e.manualSysrq = true;
        QCOMPARE(run(e).cause, Cause::Undetermined);
        QCOMPARE(run(e).decidedBy, QStringLiteral("manual_oom"));
        e.panic = PanicInfo{200, QString(), false, false, 2, true};
        QCOMPARE(run(e).cause, Cause::PanicOnOom);
    }
    void allocationFailureHasNoCause() {
        OomEvent e = k513Global();
        e.kind = OomEventKind::AllocationFailure;
        QCOMPARE(run(e).cause, Cause::Undetermined);
        QVERIFY(run(e).decidedBy.isEmpty());
    }

    void slabThresholdIsTenPercentOfRam() {
        OomEvent e;
        e.memInfo = MemInfoSummary{5, {}};
        e.memInfo->pages.items = {{QStringLiteral("slab_unreclaimable"), 1000}};
        e.totals.pagesRam = 10000;
        QVERIFY(!run(e).finding(u"slab_unreclaimable_high")); // exactly 10%: not above
        e.memInfo->pages.items = {{QStringLiteral("slab_unreclaimable"), 1001}};
        QVERIFY(run(e).finding(u"slab_unreclaimable_high"));
        e.totals.pagesRam.reset(); // no RAM figure: no claim
        QVERIFY(!run(e).finding(u"slab_unreclaimable_high"));
    }
    void swapFindings() {
        OomEvent e;
        e.totals.totalSwap = 0;
        e.totals.freeSwap = 0;
        QVERIFY(run(e).finding(u"no_swap"));
        QVERIFY(!run(e).finding(u"swap_exhausted"));
        e.totals.totalSwap = 262140 * KiB; // k3.19: Free swap 0kB of 262140kB
        QVERIFY(run(e).finding(u"swap_exhausted"));
        QVERIFY(!run(e).finding(u"no_swap"));
        e.totals.freeSwap = 262140 * KiB;
        QVERIFY(!run(e).finding(u"swap_exhausted"));
        e.totals.totalSwap.reset(); // not printed (memcg report): nothing claimed
        QVERIFY(!run(e).finding(u"no_swap"));
    }
    void restartLoopNeedsThreeDistinctKills() {
        QList<OomEvent> events;
        for (qint64 pid : {100, 101, 101, 102, 103}) {
            OomEvent e;
            e.host = QStringLiteral("h");
            e.victim = Victim{};
            e.victim->killed = true;
            e.victim->comm = QStringLiteral("worker");
            e.victim->pid = pid;
            e.victim->line = events.size() + 1;
            events.append(e);
        }
        events[3].host = QStringLiteral("other-host"); // pid 102 elsewhere: not this host's loop
        auto result = diagnose(events);
        QVERIFY(!result.at(0).finding(u"restart_loop"));
        QVERIFY(!result.at(1).finding(u"restart_loop"));
        QVERIFY(!result.at(2).finding(u"restart_loop")); // pid 101 again: the same kill reported twice
        QVERIFY(!result.at(3).finding(u"restart_loop"));
        const Finding *f = result.at(4).finding(u"restart_loop"); // 100, 101, 103 on host h
        QVERIFY(f);
        QCOMPARE(f->evidence.size(), 3);
        QVERIFY(f->summary.contains(QLatin1String("100, 101, 103")));
        events[3].host = QStringLiteral("h");
        result = diagnose(events);
        QVERIFY(result.at(3).finding(u"restart_loop"));
        QVERIFY(result.at(4).finding(u"restart_loop")->summary.contains(QLatin1String(" 4 times")));
    }
    void restartLoopSurvivesManyDistinctCommands() {
        DiagnosisSession session;
        const auto kill = [&](const QString &comm, qint64 pid) {
            OomEvent e;
            e.victim = Victim{};
            e.victim->killed = true;
            e.victim->comm = comm;
            e.victim->pid = pid;
            e.victim->line = pid;
            return session.add(e);
        };
        kill(QStringLiteral("java"), 1);
        kill(QStringLiteral("java"), 2);
        for (qint64 i = 0; i < 10000; ++i) // every fork renamed with its pid: all distinct
            QVERIFY(!kill(QStringLiteral("memeater-%1").arg(i), 100 + i).finding(u"restart_loop"));
        QVERIFY(kill(QStringLiteral("java"), 3).finding(u"restart_loop")); // java's two kills kept
    }
    void parseNodeLists() {
        QCOMPARE(parseNodeList(QStringLiteral("0-2,5")), std::optional<QSet<int>>(QSet<int>{0, 1, 2, 5}));
        QVERIFY(!parseNodeList(QStringLiteral("(null)")));
        QVERIFY(!parseNodeList(QStringLiteral("0-x")));
    }
    void vocabularyAndRegistry() {
        const QStringList ids{QStringLiteral("undetermined"),         QStringLiteral("memcg_limit"),
                              QStringLiteral("memcg_ancestor_limit"), QStringLiteral("global_shortage"),
                              QStringLiteral("numa_constrained"),     QStringLiteral("fragmentation"),
                              QStringLiteral("no_killable_process"),  QStringLiteral("panic_on_oom")};
        for (const auto &id : ids) {
            const auto cause = causeFromId(id);
            QVERIFY(cause);
            QCOMPARE(causeId(*cause), id);
            QVERIFY(!causeTitle(*cause).isEmpty());
        }
        QVERIFY(!causeFromId(u"oom"));
        QSet<QString> ruleIds;
        for (const auto &r : causeRules())
            QVERIFY(!ruleIds.contains(r->id()) && (ruleIds.insert(r->id()), true));
        QStringList findingIds;
        for (const auto &r : findingRules()) {
            findingIds.append(r->id());
            QVERIFY(findingTitle(r->id()) != r->id());
        }
        QCOMPARE(findingIds,
                 (QStringList{QStringLiteral("slab_unreclaimable_high"), QStringLiteral("hugepages_reserved"),
                              QStringLiteral("oom_score_adj_protected"), QStringLiteral("restart_loop"),
                              QStringLiteral("no_swap"), QStringLiteral("swap_exhausted")}));
    }
    void jsonShape() {
        const Diagnosis d = run(k513Global());
        const QJsonObject o = diagnosisToJson(d);
        QCOMPARE(o.value(u"cause").toString(), QStringLiteral("global_shortage"));
        QVERIFY(!o.value(u"summary").toString().isEmpty());
        QVERIFY(o.value(u"evidence_lines").toArray().first().toObject().contains(u"line"));
        QVERIFY(o.value(u"findings").isArray());
        QVERIFY(diagnosisToText(d).contains(QLatin1String("Cause: global_shortage")));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisRules)
#include "tst_diagnosis_rules.moc"
