// The two kinds of diagnosis rule. Each rule is a small class in core/analysis/rules/ with an
// id() and an evaluate(); the list of rules is in core/analysis/DiagnosisRules.cpp (and only there).
#pragma once

#include "analysis/Diagnosis.h"

#include <memory>
#include <vector>

namespace oomlens {

// What a cause rule concluded about one event.
struct CauseVerdict {
    enum class Kind {
        NotApplicable, // this rule has nothing to say; ask the next one
        Confirmed,     // `cause` is the primary cause, resting on `evidence`
        Undetermined,  // the rule applies (e.g. a memcg OOM) but the report cannot settle it:
                       // stop here and say why in `summary` rather than let a later rule guess
    };
    Kind kind = Kind::NotApplicable;
    Cause cause = Cause::Undetermined;
    QString summary;
    QString remedy;
    QList<Evidence> evidence;

    static CauseVerdict notApplicable() { return {}; }
    static CauseVerdict confirmed(Cause cause, QString summary, QString remedy, QList<Evidence> evidence) {
        return {Kind::Confirmed, cause, std::move(summary), std::move(remedy), std::move(evidence)};
    }
    static CauseVerdict undetermined(QString reason, QList<Evidence> evidence, QString remedy = {}) {
        return {Kind::Undetermined, Cause::Undetermined, std::move(reason), std::move(remedy),
                std::move(evidence)};
    }
};

class CauseRule {
public:
    virtual ~CauseRule() = default;
    virtual QString id() const = 0;
    virtual CauseVerdict evaluate(const OomEvent &event, const EventContext &context) const = 0;
};

class FindingRule {
public:
    virtual ~FindingRule() = default;
    virtual QString id() const = 0;
    virtual std::optional<Finding> evaluate(const OomEvent &event, const EventContext &context) const = 0;
};

// The registered rules: cause rules in priority order, then finding rules.
const std::vector<std::unique_ptr<CauseRule>> &causeRules();
const std::vector<std::unique_ptr<FindingRule>> &findingRules();

} // namespace oomlens
