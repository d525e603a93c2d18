// oom_score_adj_protected: processes the OOM killer may never pick (oom_score_adj -1000) hold a
// large share (10% or more) of RAM.
//
// mm/oom_kill.c oom_badness(): a task with oom_score_adj == OOM_SCORE_ADJ_MIN (-1000) is skipped
// ("LONG_MIN"); before 2.6.36 the same was oom_adj -17 (OOM_DISABLE). Their memory stays put
// whatever happens, so a big protected process forces the kernel to kill others (or nothing).
// The task table's rss is in pages, like "N pages RAM" (show_mem()), so the share needs no page
// size. A memcg OOM's task table lists only the cgroup's tasks; RAM is still the measure here.
#include "analysis/DiagnosisRule.h"
#include "analysis/ReportEvidence.h"

namespace oomlens {

namespace {

constexpr double Threshold = 0.10;

bool isProtected(const TaskRow &row) {
    if (row.oomScoreAdj) return *row.oomScoreAdj == -1000;
    return row.oomAdj && *row.oomAdj == -17;
}

class OomScoreAdjProtectedRule final : public FindingRule {
public:
    QString id() const override { return QStringLiteral("oom_score_adj_protected"); }

    std::optional<Finding> evaluate(const OomEvent &event, const EventContext &) const override {
        if (!event.totals.pagesRam || *event.totals.pagesRam == 0) return std::nullopt;
        std::uint64_t protectedPages = 0;
        QStringList names;
        QList<Evidence> evidence;
        for (const auto &row : event.tasks) {
            if (!isProtected(row) || !row.rssPages) continue;
            protectedPages += *row.rssPages;
            const auto bytes = event.pagesToBytes(row.rssPages);
            names.append(
                QStringLiteral("%1 (pid %2, %3)")
                    .arg(row.name, row.pid ? QString::number(*row.pid) : QStringLiteral("n/a"),
                         bytes ? formatBytes(*bytes)
                               : QCoreApplication::translate("Diagnosis", "%1 pages").arg(*row.rssPages)));
            addEvidence(evidence, event, row.line);
        }
        if (double(protectedPages) < Threshold * double(*event.totals.pagesRam)) return std::nullopt;
        addEvidence(evidence, event, event.totals.ramLine);
        Finding f;
        f.id = id();
        f.evidence = evidence;
        f.summary = QCoreApplication::translate(
                        "Diagnosis",
                        "Processes the OOM killer may not touch (oom_score_adj -1000) held %1 of RAM: %2.")
                        .arg(formatPercent(double(protectedPages), double(*event.totals.pagesRam)),
                             names.join(QStringLiteral(", ")));
        f.remedy = QCoreApplication::translate(
            "Diagnosis", "Give these processes a memory limit, or drop the -1000 protection "
                         "(OOMScoreAdjust= in the systemd unit, /proc/PID/oom_score_adj) where it is "
                         "not essential, so their memory is not off limits.");
        return f;
    }
};

} // namespace

std::unique_ptr<FindingRule> makeOomScoreAdjProtectedRule() {
    return std::make_unique<OomScoreAdjProtectedRule>();
}

} // namespace oomlens
