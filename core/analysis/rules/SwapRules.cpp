// no_swap and swap_exhausted: what the swap lines of a global report say.
//
// mm/swap_state.c show_swap_cache_info() prints "Free swap  = %ldkB" and "Total swap = %lukB"
// (two spaces after "Free swap") as part of show_mem(); memcg reports print the cgroup's own
// "swap:"/"memory+swap:" counters instead and are not judged here. Without swap, anonymous memory
// can only be freed by killing its owner; with swap full, the same holds.
#include "analysis/DiagnosisRule.h"
#include "analysis/ReportEvidence.h"

namespace oomlens {

namespace {

QList<Evidence> swapEvidence(const OomEvent &event) {
    QList<Evidence> out = evidenceContaining(event, u"Free swap");
    mergeEvidence(out, evidenceContaining(event, u"Total swap"));
    addEvidence(out, event, event.totals.swapLine);
    return out;
}

class NoSwapRule final : public FindingRule {
public:
    QString id() const override { return QStringLiteral("no_swap"); }

    std::optional<Finding> evaluate(const OomEvent &event, const EventContext &) const override {
        if (!event.totals.totalSwap || *event.totals.totalSwap != 0) return std::nullopt;
        Finding f;
        f.id = id();
        f.evidence = swapEvidence(event);
        f.summary = QCoreApplication::translate(
            "Diagnosis", "The machine had no swap, so every anonymous page had to stay in RAM.");
        f.remedy = QCoreApplication::translate(
            "Diagnosis", "Consider some swap or zram so that rarely used anonymous memory can leave "
                         "RAM, or size RAM for the whole anonymous working set.");
        return f;
    }
};

// "Exhausted": less than 1% of the swap space left (the free figure drifts by a few pages).
class SwapExhaustedRule final : public FindingRule {
public:
    QString id() const override { return QStringLiteral("swap_exhausted"); }

    std::optional<Finding> evaluate(const OomEvent &event, const EventContext &) const override {
        const auto &t = event.totals;
        if (!t.totalSwap || !t.freeSwap || *t.totalSwap == 0) return std::nullopt;
        if (double(*t.freeSwap) >= 0.01 * double(*t.totalSwap)) return std::nullopt;
        Finding f;
        f.id = id();
        f.evidence = swapEvidence(event);
        f.summary = QCoreApplication::translate("Diagnosis", "Swap was exhausted: %1 free of %2.")
                        .arg(formatBytes(*t.freeSwap), formatBytes(*t.totalSwap));
        f.remedy = QCoreApplication::translate(
            "Diagnosis", "RAM and swap together were too small for the anonymous memory in use: add "
                         "memory or swap, or limit the largest consumer.");
        return f;
    }
};

} // namespace

std::unique_ptr<FindingRule> makeNoSwapRule() {
    return std::make_unique<NoSwapRule>();
}
std::unique_ptr<FindingRule> makeSwapExhaustedRule() {
    return std::make_unique<SwapExhaustedRule>();
}

} // namespace oomlens
