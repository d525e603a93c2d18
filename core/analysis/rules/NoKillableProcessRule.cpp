// no_killable_process: the OOM killer looked for a victim and found none.
//
// mm/oom_kill.c out_of_memory(): when select_bad_process() finds no eligible task,
//   if (!oc->chosen) { dump_header(oc, NULL);
//       pr_warn("Out of memory and no killable processes...\n");
//       if (!is_sysrq_oom(oc) && !is_memcg_oom(oc)) panic("System is deadlocked on memory\n"); }
// (up to about 4.18: panic("Out of memory and no killable processes...\n") directly).
// Tasks with oom_score_adj -1000 (OOM_SCORE_ADJ_MIN) are never eligible (oom_badness()), kernel
// threads and init neither: an empty task table means no user space existed yet (boot).
#include "analysis/DiagnosisRule.h"
#include "analysis/ReportEvidence.h"

namespace oomlens {

namespace {

QString taskMemory(const OomEvent &event, const TaskRow &row) {
    if (row.rss) return formatBytes(*row.rss);
    if (const auto b = event.pagesToBytes(row.rssPages)) return formatBytes(*b);
    if (row.rssPages) return QCoreApplication::translate("Diagnosis", "%1 pages").arg(*row.rssPages);
    return QStringLiteral("n/a");
}

class NoKillableProcessRule final : public CauseRule {
public:
    QString id() const override { return QStringLiteral("no_killable_process"); }

    CauseVerdict evaluate(const OomEvent &event, const EventContext &) const override {
        QList<Evidence> evidence = evidenceContaining(event, u"no killable process");
        if (event.panic && event.panic->noKillableProcess) addEvidence(evidence, event, event.panic->line);
        if (evidence.isEmpty()) return CauseVerdict::notApplicable();
        mergeEvidence(evidence, evidenceContaining(event, u"System is deadlocked on memory"));

        QString summary = QCoreApplication::translate(
            "Diagnosis", "The OOM killer found no process it was allowed to kill.");
        if (event.panic && (event.panic->kernelPanic || event.panic->deadlocked))
            summary = QCoreApplication::translate(
                "Diagnosis", "The OOM killer found no process it was allowed to kill, so the kernel "
                             "panicked.");
        QStringList protectedTasks;
        for (const auto &row : event.tasks) {
            if (row.oomScoreAdj != -1000) continue;
            protectedTasks.append(QCoreApplication::translate("Diagnosis", "%1 (pid %2, %3)")
                                      .arg(row.name)
                                      .arg(row.pid ? QString::number(*row.pid) : QStringLiteral("n/a"))
                                      .arg(taskMemory(event, row)));
            addEvidence(evidence, event, row.line);
        }
        if (!protectedTasks.isEmpty())
            summary += QLatin1Char(' ') +
                       QCoreApplication::translate("Diagnosis", "Protected by oom_score_adj -1000: %1.")
                           .arg(protectedTasks.join(QStringLiteral(", ")));
        else if (event.taskTableSeen && event.tasks.isEmpty())
            summary += QLatin1Char(' ') + QCoreApplication::translate(
                                              "Diagnosis", "The task table is empty: no user-space process "
                                                           "existed (the OOM happened during boot or in a "
                                                           "kernel thread).");
        const QString remedy = QCoreApplication::translate(
            "Diagnosis",
            "The memory is held by the kernel or by protected processes: look at kernel memory (slab, "
            "the Unreclaimable slab info table), drop oom_score_adj -1000 where it is not essential, "
            "and give the machine more memory (for a kdump capture kernel: a larger crashkernel=).");
        return CauseVerdict::confirmed(Cause::NoKillableProcess, summary, remedy, evidence);
    }
};

} // namespace

std::unique_ptr<CauseRule> makeNoKillableProcessRule() {
    return std::make_unique<NoKillableProcessRule>();
}

} // namespace oomlens
