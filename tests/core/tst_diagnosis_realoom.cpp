// A real memcg OOM from this machine's kernel, diagnosed: the analyzer must name the hog's pid,
// its cgroup and the cause: memcg_limit when the limit is on the hog's own cgroup,
// memcg_ancestor_limit when it is on the parent (memory.use_hierarchy=1) and the hog in a child.
// Needs root and a cgroup v1 memory controller (RealOom.h skips with the reason otherwise); only a
// 32 MiB cgroup runs out of memory, never the machine.
#include "RealOom.h"

#include "analysis/Diagnosis.h"
#include "kernlog/LogAnalysis.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace oomlens;

namespace {

struct Diagnosed {
    OomEvent event;
    Diagnosis diagnosis;
};

// The diagnosed event whose victim is the hog, from the kernel's own lines.
std::optional<Diagnosed> diagnosedHog(const RealOom &oom) {
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("dmesg.log")));
    if (!f.open(QIODevice::WriteOnly) || f.write(oom.kernelLines) != oom.kernelLines.size())
        return std::nullopt;
    f.close();
    const LogAnalysis a = analyzeFile(f.fileName());
    const QList<Diagnosis> d = diagnose(a.events);
    for (qsizetype i = 0; i < a.events.size(); ++i)
        if (a.events.at(i).victim && a.events.at(i).victim->pid == oom.hogPid)
            return Diagnosed{a.events.at(i), d.at(i)};
    return std::nullopt;
}

void checkCause(const RealOom &oom, const char *cause) {
    const auto found = diagnosedHog(oom);
    QVERIFY2(found, qPrintable(QStringLiteral("no event with victim %1 in:\n%2")
                                   .arg(oom.hogPid)
                                   .arg(QString::fromUtf8(oom.kernelLines))));
    const Diagnosis &d = found->diagnosis;
    QVERIFY2(causeId(d.cause) == QLatin1String(cause),
             qPrintable(causeId(d.cause) + QStringLiteral(": ") + d.summary));
    QVERIFY(d.summary.contains(oom.limitCgroup));
    QVERIFY(d.summary.contains(oom.taskCgroup));
    QVERIFY(d.summary.contains(QString::number(oom.hogPid)));
    QVERIFY(found->event.constraint);
    QCOMPARE(found->event.constraint->oomMemcg, std::optional<QString>(oom.limitCgroup));
    QCOMPARE(found->event.constraint->taskMemcg, std::optional<QString>(oom.taskCgroup));
    // The evidence is the kernel's oom-kill: line, which names both cgroups.
    bool cited = false;
    for (const auto &e : d.evidence)
        cited = cited || (e.text.contains(QLatin1String("oom-kill:")) && e.text.contains(oom.taskCgroup));
    QVERIFY(cited);
}

} // namespace

class TestDiagnosisRealOom : public QObject {
    Q_OBJECT
private slots:
    void ownLimitIsMemcgLimit() {
        const RealOom oom = triggerMemcgOom(QStringLiteral("diag-own"), RealOomLimit::OwnCgroup);
        if (!oom.skipReason.isEmpty()) QSKIP(qPrintable(oom.skipReason));
        QVERIFY2(oom.error.isEmpty(), qPrintable(oom.error));
        checkCause(oom, "memcg_limit");
    }
    void parentLimitIsMemcgAncestorLimit() {
        const RealOom oom = triggerMemcgOom(QStringLiteral("diag-parent"), RealOomLimit::ParentCgroup);
        if (!oom.skipReason.isEmpty()) QSKIP(qPrintable(oom.skipReason));
        QVERIFY2(oom.error.isEmpty(), qPrintable(oom.error));
        QVERIFY(oom.taskCgroup != oom.limitCgroup);
        checkCause(oom, "memcg_ancestor_limit");
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisRealOom)
#include "tst_diagnosis_realoom.moc"
