// Why an OOM event happened: one primary cause from a fixed vocabulary, contributing findings,
// each resting on the report's own lines (the evidence) and ending in a remedy in plain words.
//
// The diagnosis reads only what OomEvent holds (core/model/OomEvent.h, rebuilt by core/kernlog/).
// A rule that lacks the evidence it needs says so (cause "undetermined" with the reason) instead
// of guessing: a trimmed paste must never be turned into a confident answer.
//
// Rules live in core/analysis/rules/, one small unit each, and are listed in exactly one place:
// core/analysis/DiagnosisRules.cpp.
#pragma once

#include "model/OomEvent.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace oomlens {

// The fixed vocabulary of primary causes (ids as in the JSON output: causeId()).
enum class Cause {
    Undetermined,       // the report does not support any cause (trimmed, manual kill, free memory)
    MemcgLimit,         // the victim's own memory cgroup hit its limit
    MemcgAncestorLimit, // a parent cgroup hit its limit although the child had room
    GlobalShortage,     // every usable zone below its min watermark; reclaim could not help
    NumaConstrained,    // a cpuset or memory policy restricted the allocation to exhausted nodes
    Fragmentation,      // high-order request, free memory above the watermark, no block big enough
    NoKillableProcess,  // nothing could be killed (panic or endless memcg retries)
    PanicOnOom,         // vm.panic_on_oom turned the OOM into a kernel panic
};

QString causeId(Cause cause);
std::optional<Cause> causeFromId(QStringView id);

// Short translated titles for views ("Parent cgroup limit"); the id itself for unknown findings.
QString causeTitle(Cause cause);
QString findingTitle(QStringView findingId);

// One line of the report a conclusion rests on: its line number in the source file and its text
// (the kernel's message without the log prefix).
struct Evidence {
    LineNo line = 0;
    QString text;
    friend bool operator==(const Evidence &, const Evidence &) = default;
};

// A contributing finding beside the cause (ids: slab_unreclaimable_high, hugepages_reserved,
// oom_score_adj_protected, restart_loop, no_swap, swap_exhausted).
struct Finding {
    QString id;
    QString summary; // one sentence, translated (QCoreApplication::translate("Diagnosis", ...))
    QString remedy;  // plain words, translated
    QList<Evidence> evidence;
};

struct Diagnosis {
    Cause cause = Cause::Undetermined;
    QString decidedBy; // id of the rule that gave the cause or the reason it is undetermined
    QString summary;   // one sentence, translated
    QString remedy;    // plain words, translated; may be empty when undetermined
    QList<Evidence> evidence;
    QList<Finding> findings;

    const Finding *finding(QStringView id) const {
        for (const auto &f : findings)
            if (f.id == id) return &f;
        return nullptr;
    }
};

// Kills of one command on one host seen so far (restart_loop's memory): compact, so a session
// over a log of many GiB stays small.
struct KillHistory {
    int kills = 0;            // distinct pids killed with this comm
    QList<qint64> pids;       // the first few, to tell a new process from a repeated report
    QList<Evidence> evidence; // the kill lines of the first few kills
};

// What a rule may know beyond its own event: the earlier kills on the same host (the host the
// log prefix names, else the file), by victim comm. Empty for a lone event.
struct EventContext {
    const QHash<QString, KillHistory> *hostKills = nullptr;
};

// Diagnoses one event. Cause rules run in priority order; the first that decides (or that says the
// cause cannot be determined) wins. Every finding rule runs.
Diagnosis diagnoseEvent(const OomEvent &event, const EventContext &context = {});

// Diagnoses events one after the other in log order, remembering what restart_loop needs, so a
// streaming reader can diagnose each event as it comes (oomlens-cli analyze --json). Memory stays
// bounded: at most 4096 commands per host are remembered (those killed once are forgotten first).
class DiagnosisSession {
public:
    Diagnosis add(const OomEvent &event);

private:
    QHash<QString, QHash<QString, KillHistory>> m_killsByHost;
};

// Diagnoses every event in order (a DiagnosisSession); result[i] belongs to events[i].
QList<Diagnosis> diagnose(const QList<OomEvent> &events);

} // namespace oomlens
