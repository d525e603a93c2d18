// restart_loop: the same command is killed again and again on one host (3 or more kills of
// distinct processes with the same comm): something keeps starting it anew (a service manager's
// Restart=, a container runtime, a parent that forks again) and it keeps running out of memory.
//
// The comm is the victim's (mm/oom_kill.c __oom_kill_process(): "Killed process %d (%s)", the
// 15-byte task->comm); the pid tells new processes apart. Needs every event of the host
// (EventContext), in any order.
#include "analysis/DiagnosisRule.h"
#include "analysis/ReportEvidence.h"

#include <QSet>

#include <algorithm>

namespace oomlens {

namespace {

constexpr int MinKills = 3;

struct KilledTask {
    QString comm;
    std::optional<qint64> pid;
    LineNo line = 0;
};

std::optional<KilledTask> killedTask(const OomEvent &e) {
    if (!e.victim || !e.victim->killed || e.victim->comm.isEmpty()) return std::nullopt;
    return KilledTask{e.victim->comm, e.victim->pid, e.victim->line};
}

class RestartLoopRule final : public FindingRule {
public:
    QString id() const override { return QStringLiteral("restart_loop"); }

    std::optional<Finding> evaluate(const OomEvent &event, const EventContext &context) const override {
        const auto mine = killedTask(event);
        if (!mine) return std::nullopt;
        QSet<qint64> pids;
        QList<Evidence> evidence;
        for (const OomEvent *other : context.hostEvents) {
            const auto k = killedTask(*other);
            if (!k || k->comm != mine->comm || !k->pid || pids.contains(*k->pid)) continue;
            pids.insert(*k->pid);
            // Appended as is: two files of one host may share line numbers.
            if (const auto e = evidenceAt(*other, k->line)) evidence.append(*e);
        }
        if (pids.size() < MinKills) return std::nullopt;
        QList<qint64> sorted(pids.begin(), pids.end());
        std::sort(sorted.begin(), sorted.end());
        QStringList pidText;
        for (qint64 p : sorted)
            pidText.append(QString::number(p));
        Finding f;
        f.id = id();
        f.evidence = evidence;
        f.summary = trDiagnosis("%1 was killed %2 times on this host (pids %3): something keeps starting it "
                                "again and it keeps running out of memory.")
                        .arg(mine->comm)
                        .arg(pids.size())
                        .arg(pidText.join(QStringLiteral(", ")));
        f.remedy = trDiagnosis("Restarting will not help: fix the memory need or the memory limit of %1, and "
                               "check the restart policy of whatever starts it (systemd Restart=, a "
                               "container's restart policy, a parent process).")
                       .arg(mine->comm);
        return f;
    }
};

} // namespace

std::unique_ptr<FindingRule> makeRestartLoopRule() {
    return std::make_unique<RestartLoopRule>();
}

} // namespace oomlens
