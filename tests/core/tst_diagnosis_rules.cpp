// Edge cases of the memcg, panic and manual causes, the findings, the registry and the JSON shape,
// on events built from the figures of real corpus reports (named per test).
#include "DiagnosisTestEvents.h"

#include "analysis/DiagnosisJson.h"
#include "analysis/DiagnosisRule.h"
#include "analysis/ZoneCheck.h"

#include <QJsonArray>
#include <QtTest>

using namespace oomlens;
using namespace diagnosis_test;

class TestDiagnosisRules : public QObject {
    Q_OBJECT
private slots:
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
