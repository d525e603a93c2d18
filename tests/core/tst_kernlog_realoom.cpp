// A REAL OOM kill (as root, in a 32 MiB cgroup-v1 memory cgroup), read back from dmesg: the analyzer
// must name the killed pid and the cgroups exactly as the kernel chose them.
#include "KernlogTestUtil.h"
#include "RealOom.h"

#include <QtTest>

using namespace kernlogtest;

namespace {

const oomlens::OomEvent *eventOf(const oomlens::LogAnalysis &a, qint64 pid) {
    for (const auto &e : a.events)
        if (e.victim && e.victim->pid == pid) return &e;
    return nullptr;
}

} // namespace

class TestKernlogRealOom : public QObject {
    Q_OBJECT
private slots:
    void ownCgroupLimit() {
        const RealOom oom = triggerMemcgOom(QStringLiteral("kernlog-own"), RealOomLimit::OwnCgroup);
        if (!oom.skipReason.isEmpty()) QSKIP(qPrintable(oom.skipReason));
        QVERIFY2(oom.error.isEmpty(), qPrintable(oom.error));
        const oomlens::LogAnalysis a = analyzeBytes(oom.kernelLines);
        const oomlens::OomEvent *e = eventOf(a, oom.hogPid);
        QVERIFY2(e, oom.kernelLines.left(4000).constData());
        QCOMPARE(e->kind, oomlens::OomEventKind::OomKill);
        QVERIFY(e->victim->killed);
        QCOMPARE(e->victim->comm, QStringLiteral("tail"));
        QVERIFY(e->victim->anonRss && *e->victim->anonRss > 16 * 1024 * 1024);
        QVERIFY(e->constraint);
        QCOMPARE(e->constraint->constraint, QStringLiteral("CONSTRAINT_MEMCG"));
        QCOMPARE(e->constraint->oomMemcg.value_or(QString()), oom.limitCgroup);
        QCOMPARE(e->constraint->taskMemcg.value_or(QString()), oom.taskCgroup);
        QVERIFY(!e->memcg.counters.isEmpty());
        QCOMPARE(e->memcg.counters.first().limit.value_or(0), oomlens::Bytes(oom.limitBytes));
        QVERIFY(e->invoker);
        QCOMPARE(e->invoker->pid.value_or(0), oom.hogPid); // the hog itself allocated
        QVERIFY(!e->tasks.isEmpty());
        QVERIFY2(e->complete, qPrintable(e->missing.join(u',')));
        QVERIFY(e->pageSize.has_value()); // derived from the kill line against the task table
    }

    void parentCgroupLimit() {
        const RealOom oom = triggerMemcgOom(QStringLiteral("kernlog-parent"), RealOomLimit::ParentCgroup);
        if (!oom.skipReason.isEmpty()) QSKIP(qPrintable(oom.skipReason));
        QVERIFY2(oom.error.isEmpty(), qPrintable(oom.error));
        const oomlens::LogAnalysis a = analyzeBytes(oom.kernelLines);
        const oomlens::OomEvent *e = eventOf(a, oom.hogPid);
        QVERIFY2(e, oom.kernelLines.left(4000).constData());
        QVERIFY(e->victim->killed);
        QVERIFY(e->constraint);
        QCOMPARE(e->constraint->constraint, QStringLiteral("CONSTRAINT_MEMCG"));
        QCOMPARE(e->constraint->oomMemcg.value_or(QString()), oom.limitCgroup);
        QCOMPARE(e->constraint->taskMemcg.value_or(QString()), oom.taskCgroup);
        QVERIFY(oom.taskCgroup.startsWith(oom.limitCgroup + u'/'));
        QVERIFY2(e->complete, qPrintable(e->missing.join(u',')));
    }
};

QTEST_GUILESS_MAIN(TestKernlogRealOom)
#include "tst_kernlog_realoom.moc"
