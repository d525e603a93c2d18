// SPDX-License-Identifier: GPL-2.0-or-later
#include "LoadedLog.h"

#include "EventFacts.h"
#include "analysis/Diagnosis.h"

#include <QCoreApplication>
#include <QHash>

namespace oomlens::ui {

namespace {
// lupdate files tr() calls in free functions under the enclosing namespace, so the runtime
// context must be that namespace too, or the translations would never be found.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("oomlens::ui", text, disambiguation, n);
}

// For a LoadedLog built without explainEvents() (tests, a log still loading): the report's own
// scope is all we can say.
EventExplanation explanationFromScope(const OomEvent &event) {
    EventExplanation e;
    switch (facts::scopeOf(event)) {
    case facts::Scope::Global:
        e.cause.id = QStringLiteral("global_shortage");
        e.summary = tr("The whole machine ran out of memory.");
        break;
    case facts::Scope::Memcg:
        e.cause.id = QStringLiteral("memcg_limit");
        e.summary = tr("A memory cgroup reached its limit.");
        break;
    case facts::Scope::Cpuset:
    case facts::Scope::MemoryPolicy:
        e.cause.id = QStringLiteral("numa_constrained");
        e.summary = tr("The allowed NUMA nodes ran out of memory.");
        break;
    case facts::Scope::Manual:
    case facts::Scope::Unknown:
        e.cause.id = event.panic ? QStringLiteral("panic_on_oom") : QStringLiteral("undetermined");
        e.summary = tr("The report does not show enough to tell why.");
        break;
    }
    e.cause.title = causeTitle(e.cause.id);
    auto add = [&](LineNo line) {
        if (line <= 0) return;
        for (const ReportLine &raw : event.rawLines)
            if (raw.line == line) e.evidence.append({line, raw.text});
    };
    if (event.invoker) add(event.invoker->line);
    if (event.constraint) add(event.constraint->line);
    if (event.victim) add(event.victim->line);
    if (event.panic) add(event.panic->line);
    return e;
}

QList<EvidenceLine> convert(const QList<Evidence> &evidence) {
    QList<EvidenceLine> lines;
    for (const Evidence &e : evidence)
        lines.append({e.line, e.text});
    return lines;
}

EventExplanation explanationFrom(const Diagnosis &d) {
    EventExplanation e;
    e.cause.id = causeId(d.cause);
    e.cause.title = causeTitle(e.cause.id);
    e.summary = d.summary;
    e.remedy = d.remedy;
    e.evidence = convert(d.evidence);
    for (const Finding &f : d.findings)
        e.findings.append({f.id, f.summary, f.remedy, convert(f.evidence)});
    e.diagnosed = true;
    return e;
}
} // namespace

QList<LineNo> EventExplanation::allEvidenceLines() const {
    QList<LineNo> lines;
    auto add = [&](const QList<EvidenceLine> &from) {
        for (const EvidenceLine &e : from)
            if (e.line > 0 && !lines.contains(e.line)) lines.append(e.line);
    };
    add(evidence);
    for (const ExplainedFinding &f : findings)
        add(f.evidence);
    return lines;
}

QString causeTitle(const QString &causeId) {
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("undetermined"), QT_TRANSLATE_NOOP("oomlens::ui", "undetermined")},
        {QStringLiteral("memcg_limit"), QT_TRANSLATE_NOOP("oomlens::ui", "cgroup limit")},
        {QStringLiteral("memcg_ancestor_limit"), QT_TRANSLATE_NOOP("oomlens::ui", "parent cgroup limit")},
        {QStringLiteral("global_shortage"), QT_TRANSLATE_NOOP("oomlens::ui", "machine out of memory")},
        {QStringLiteral("numa_constrained"), QT_TRANSLATE_NOOP("oomlens::ui", "NUMA constraint")},
        {QStringLiteral("fragmentation"), QT_TRANSLATE_NOOP("oomlens::ui", "fragmentation")},
        {QStringLiteral("no_killable_process"), QT_TRANSLATE_NOOP("oomlens::ui", "nothing killable")},
        {QStringLiteral("panic_on_oom"), QT_TRANSLATE_NOOP("oomlens::ui", "panic on OOM")},
        {QStringLiteral("allocation_failure"),
         QT_TRANSLATE_NOOP("oomlens::ui", "allocation failure, no kill")},
    };
    const auto it = titles.constFind(causeId);
    return it == titles.cend() ? causeId : tr(it.value());
}

QColor causeColour(const QString &causeId) {
    // Distinct hues from a colour-blind-safe palette (Okabe-Ito); grey for "undetermined".
    static const QHash<QString, QColor> colours = {
        {QStringLiteral("memcg_limit"), QColor(0x00, 0x72, 0xb2)},
        {QStringLiteral("memcg_ancestor_limit"), QColor(0x56, 0xb4, 0xe9)},
        {QStringLiteral("global_shortage"), QColor(0xd5, 0x5e, 0x00)},
        {QStringLiteral("numa_constrained"), QColor(0x00, 0x9e, 0x73)},
        {QStringLiteral("fragmentation"), QColor(0xcc, 0x79, 0xa7)},
        {QStringLiteral("no_killable_process"), QColor(0x00, 0x00, 0x00)},
        {QStringLiteral("panic_on_oom"), QColor(0xe6, 0x9f, 0x00)},
        {QStringLiteral("allocation_failure"), QColor(0xc8, 0xc8, 0xc8)},
    };
    return colours.value(causeId, QColor(0x99, 0x99, 0x99));
}

EventCause LoadedLog::causeOf(int index) const {
    return explanationOf(index).cause;
}

EventExplanation LoadedLog::explanationOf(int index) const {
    if (index < 0 || index >= events().size()) return {};
    if (index < explanations.size()) return explanations.at(index);
    return explanationFromScope(events().at(index));
}

void explainEvents(LoadedLog &log) {
    log.explanations.clear();
    const QList<Diagnosis> diagnoses = diagnose(log.events());
    for (const Diagnosis &d : diagnoses)
        log.explanations.append(explanationFrom(d));
    // A failed allocation (mm/page_alloc.c warn_alloc()) killed nothing: the list keeps it,
    // because it often comes just before an OOM, but never under an OOM cause.
    for (int i = 0; i < log.explanations.size() && i < log.events().size(); ++i) {
        if (log.events().at(i).kind != OomEventKind::AllocationFailure) continue;
        EventExplanation &e = log.explanations[i];
        e.cause = {QStringLiteral("allocation_failure"), causeTitle(QStringLiteral("allocation_failure"))};
        if (e.summary.isEmpty() || !e.diagnosed)
            e.summary = tr("An allocation failed without the OOM killer running (a page allocation failure "
                           "warning, not an OOM kill).");
    }
}

LoadedLog readLogs(const QStringList &paths, const ProgressFn &progress, const std::atomic_bool *cancel) {
    LoadedLog log;
    log.paths = paths;
    log.analysis = analyzeFiles(paths, progress, cancel);
    if (!log.analysis.cancelled) explainEvents(log);
    return log;
}

} // namespace oomlens::ui
