// restart_loop: the same command is killed again and again on one host: this kill is at least the
// third of distinct processes with the same comm. Something keeps starting it anew (a service
// manager's Restart=, a container runtime, a parent that forks again) and it keeps running out of
// memory. Judged at each kill from the kills before it (DiagnosisSession), so a streaming reader
// and a whole-file reader agree: the first two kills of a loop carry no finding.
//
// The comm is the victim's (mm/oom_kill.c __oom_kill_process(): "Killed process %d (%s)", the
// 15-byte task->comm); the pid tells new processes apart from a report printed twice.
#include "analysis/DiagnosisRule.h"
#include "analysis/ReportEvidence.h"

namespace oomlens {

namespace {

constexpr int MinKills = 3;

class RestartLoopRule final : public FindingRule {
public:
    QString id() const override { return QStringLiteral("restart_loop"); }

    std::optional<Finding> evaluate(const OomEvent &event, const EventContext &context) const override {
        if (!context.hostKills || !event.victim || !event.victim->killed || !event.victim->pid ||
            event.victim->comm.isEmpty())
            return std::nullopt;
        const QString &comm = event.victim->comm;
        const KillHistory before = context.hostKills->value(comm);
        const bool repeated = before.pids.contains(*event.victim->pid);
        const int kills = before.kills + (repeated ? 0 : 1);
        if (kills < MinKills) return std::nullopt;

        Finding f;
        f.id = id();
        f.evidence = before.evidence;
        if (!repeated)
            if (const auto e = evidenceAt(event, event.victim->line)) f.evidence.append(*e);
        QStringList pids;
        for (qint64 p : before.pids)
            pids.append(QString::number(p));
        if (!repeated) {
            if (before.pids.size() < before.kills) pids.append(QStringLiteral("...")); // only the first kept
            pids.append(QString::number(*event.victim->pid));
        }
        f.summary = QCoreApplication::translate(
                        "Diagnosis", "%1 was killed %2 times on this host so far (pids %3): something keeps "
                                     "starting it again and it keeps running out of memory.")
                        .arg(comm)
                        .arg(kills)
                        .arg(pids.join(QStringLiteral(", ")));
        f.remedy =
            QCoreApplication::translate(
                "Diagnosis", "Restarting will not help: fix the memory need or the memory limit of %1, and "
                             "check the restart policy of whatever starts it (systemd Restart=, a "
                             "container's restart policy, a parent process).")
                .arg(comm);
        return f;
    }
};

} // namespace

std::unique_ptr<FindingRule> makeRestartLoopRule() {
    return std::make_unique<RestartLoopRule>();
}

} // namespace oomlens
