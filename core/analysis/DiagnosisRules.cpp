// The one list of diagnosis rules. Adding a rule = one file in rules/ plus one line here.
#include "analysis/DiagnosisRule.h"

namespace oomlens {

// Factories, one per file in core/analysis/rules/.
std::unique_ptr<CauseRule> makePanicOnOomRule();
std::unique_ptr<CauseRule> makeNoKillableProcessRule();
std::unique_ptr<CauseRule> makeMemcgLimitRule();
std::unique_ptr<CauseRule> makeMemcgAncestorLimitRule();
std::unique_ptr<CauseRule> makeMemcgUnresolvedRule();
std::unique_ptr<CauseRule> makeManualOomRule();
std::unique_ptr<CauseRule> makeNumaConstrainedRule();
std::unique_ptr<CauseRule> makeFragmentationRule();
std::unique_ptr<CauseRule> makeGlobalShortageRule();
std::unique_ptr<FindingRule> makeSlabUnreclaimableHighRule();
std::unique_ptr<FindingRule> makeHugepagesReservedRule();
std::unique_ptr<FindingRule> makeOomScoreAdjProtectedRule();
std::unique_ptr<FindingRule> makeRestartLoopRule();
std::unique_ptr<FindingRule> makeNoSwapRule();
std::unique_ptr<FindingRule> makeSwapExhaustedRule();

const std::vector<std::unique_ptr<CauseRule>> &causeRules() {
    // Priority order: what ended the event (a panic, nothing to kill) outranks why memory ran
    // out; a memcg limit is decided before the zone-based causes, because a memcg OOM happens
    // whatever the zones hold; a manual sysrq-f kill is not an allocation at all.
    static const auto rules = [] {
        std::vector<std::unique_ptr<CauseRule>> r;
        r.push_back(makePanicOnOomRule());
        r.push_back(makeNoKillableProcessRule());
        r.push_back(makeMemcgLimitRule());
        r.push_back(makeMemcgAncestorLimitRule());
        r.push_back(makeMemcgUnresolvedRule());
        r.push_back(makeManualOomRule());
        r.push_back(makeNumaConstrainedRule());
        r.push_back(makeFragmentationRule());
        r.push_back(makeGlobalShortageRule());
        return r;
    }();
    return rules;
}

const std::vector<std::unique_ptr<FindingRule>> &findingRules() {
    static const auto rules = [] {
        std::vector<std::unique_ptr<FindingRule>> r;
        r.push_back(makeSlabUnreclaimableHighRule());
        r.push_back(makeHugepagesReservedRule());
        r.push_back(makeOomScoreAdjProtectedRule());
        r.push_back(makeRestartLoopRule());
        r.push_back(makeNoSwapRule());
        r.push_back(makeSwapExhaustedRule());
        return r;
    }();
    return rules;
}

} // namespace oomlens
