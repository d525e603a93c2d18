// numa_constrained: a cpuset or a NUMA memory policy kept the allocation on nodes that ran out.
//
// mm/oom_kill.c constrained_alloc() (oom_constraint): CONSTRAINT_MEMORY_POLICY when the
// allocation's nodemask does not cover every node with memory (mbind/set_mempolicy/numactl
// --membind); CONSTRAINT_CPUSET when some zone of the zonelist is outside the task's cpuset
// (cpuset_zone_allowed()). Either way the kernel itself says other nodes exist that the request
// could not use, and out_of_memory() runs only after reclaim on the allowed nodes failed. The
// zones printed are those of the allowed nodes (show_mem() filters by the nodemask); the Mem-Info
// "free:" count is machine-wide, so it can show the memory left on the other nodes.
#include "analysis/DiagnosisRule.h"
#include "analysis/ReportEvidence.h"
#include "analysis/ZoneCheck.h"

namespace oomlens {

namespace {

class NumaConstrainedRule final : public CauseRule {
public:
    QString id() const override { return QStringLiteral("numa_constrained"); }

    CauseVerdict evaluate(const OomEvent &event, const EventContext &) const override {
        if (!event.constraint) return CauseVerdict::notApplicable();
        const ConstraintLine &c = *event.constraint;
        const bool policy = c.constraint == QLatin1String("CONSTRAINT_MEMORY_POLICY");
        const bool cpuset = c.constraint == QLatin1String("CONSTRAINT_CPUSET");
        if (!policy && !cpuset) return CauseVerdict::notApplicable();

        QList<Evidence> evidence;
        addEvidence(evidence, event, c.line);
        const QString nodeText = policy ? c.nodemask.value_or(QString()) : c.memsAllowed.value_or(QString());
        const auto allowed = parseNodeList(nodeText);
        Bytes allowedFree = 0;
        QStringList zones;
        for (const auto &z : event.zones) {
            if (allowed && z.node && !allowed->contains(*z.node)) continue;
            allowedFree += z.free.value_or(0);
            zones.append(zoneFreeText(z));
            addEvidence(evidence, event, z.line);
        }
        const QString nodes = nodeText.isEmpty() ? QStringLiteral("n/a") : nodeText;
        QString summary =
            policy ? QCoreApplication::translate("Diagnosis",
                                                 "A NUMA memory policy restricted the allocation to node(s) "
                                                 "%1, and they ran out of memory.")
                         .arg(nodes)
                   : QCoreApplication::translate("Diagnosis",
                                                 "The task's cpuset %1 restricted the allocation to node(s) "
                                                 "%2, and they ran out of memory.")
                         .arg(c.cpuset.value_or(QStringLiteral("n/a")), nodes);
        if (!zones.isEmpty())
            summary += QLatin1Char(' ') + QCoreApplication::translate("Diagnosis", "Allowed zones: %1.")
                                              .arg(zones.join(QStringLiteral("; ")));
        // Machine-wide free pages vs the allowed zones: the difference was free on other nodes.
        // Without a known page size 4 KiB (the smallest Linux page) gives a lower bound.
        const auto freePages = event.memInfo ? event.memInfo->pages.value(u"free") : std::nullopt;
        if (freePages && !zones.isEmpty()) {
            const Bytes machineFree = *freePages * event.pageSize.value_or(4 * KiB);
            if (machineFree > allowedFree) {
                summary += QLatin1Char(' ') + QCoreApplication::translate(
                                                  "Diagnosis", "The machine as a whole still had at least %1 "
                                                               "free on other nodes.")
                                                  .arg(formatBytes(machineFree - allowedFree));
                mergeEvidence(evidence, memInfoEvidence(event, QStringLiteral("free")));
            }
        }
        if (event.invoker) addEvidence(evidence, event, event.invoker->line);
        const QString remedy =
            policy
                ? QCoreApplication::translate(
                      "Diagnosis", "Widen the memory policy (numactl --membind / mbind / set_mempolicy) to "
                                   "more nodes or use a preferred policy, or reduce what the task needs "
                                   "on those nodes.")
                : QCoreApplication::translate(
                      "Diagnosis", "Give the cpuset more memory nodes (cpuset.mems) or move memory-hungry "
                                   "tasks out of it, or reduce what they need on those nodes.");
        return CauseVerdict::confirmed(Cause::NumaConstrained, summary, remedy, evidence);
    }
};

} // namespace

std::unique_ptr<CauseRule> makeNumaConstrainedRule() {
    return std::make_unique<NumaConstrainedRule>();
}

} // namespace oomlens
