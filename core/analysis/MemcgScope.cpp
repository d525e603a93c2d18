#include "analysis/MemcgScope.h"

#include "analysis/ReportEvidence.h"

namespace oomlens {

namespace {

bool isCgroupPath(const QString &p) {
    return p.startsWith(u'/');
}

} // namespace

MemcgScope memcgScopeOf(const OomEvent &event) {
    MemcgScope s;
    if (const auto &c = event.constraint) {
        if (c->constraint == QLatin1String("CONSTRAINT_MEMCG") || c->oomMemcg) {
            s.isMemcgOom = true;
            addEvidence(s.signs, event, c->line);
        }
        // A field is complete when the field printed after it is there too (a pager or an
        // author may cut the line anywhere): oom_memcg < task_memcg < task.
        const bool taskMemcgComplete = c->taskMemcg && (!c->truncated || c->task);
        if (c->oomMemcg && taskMemcgComplete && isCgroupPath(*c->oomMemcg) && isCgroupPath(*c->taskMemcg)) {
            s.limitPath = *c->oomMemcg;
            s.taskPath = *c->taskMemcg;
            s.pathsLine = c->line;
        }
    }
    const auto &m = event.memcg;
    if (m.taskInLine > 0 && isCgroupPath(m.limitOf) && isCgroupPath(m.taskIn)) {
        s.isMemcgOom = true;
        addEvidence(s.signs, event, m.taskInLine);
        if (!s.limitPath) {
            s.limitPath = m.limitOf;
            s.taskPath = m.taskIn;
            s.pathsLine = m.taskInLine;
        }
    }
    for (const auto &counter : m.counters)
        if (counter.name == QLatin1String("memory")) {
            s.isMemcgOom = true;
            addEvidence(s.signs, event, counter.line);
        }
    if (const auto &v = event.victim) {
        if (v->reason.startsWith(QLatin1String("Memory cgroup out of memory"))) {
            s.isMemcgOom = true;
            addEvidence(s.signs, event, v->killed ? v->line : (v->scoredLine ? v->scoredLine : v->line));
        }
    }
    for (const char *frame : {"mem_cgroup_out_of_memory", "mem_cgroup_oom_synchronize"}) {
        const auto lines = evidenceContaining(event, QString::fromLatin1(frame));
        if (!lines.isEmpty()) {
            s.isMemcgOom = true;
            mergeEvidence(s.signs, lines.mid(0, 1));
        }
    }
    return s;
}

std::optional<MemcgRelation> memcgRelation(const MemcgScope &scope) {
    if (!scope.limitPath || !scope.taskPath) return std::nullopt;
    const QString &limit = *scope.limitPath;
    const QString &task = *scope.taskPath;
    if (limit == task) return MemcgRelation::Same;
    if (limit == QLatin1String("/") || task.startsWith(limit + u'/')) return MemcgRelation::ProperAncestor;
    return MemcgRelation::DifferentUnnested;
}

QList<Evidence> memcgCounterEvidence(const OomEvent &event) {
    QList<Evidence> out;
    for (const auto &counter : event.memcg.counters)
        addEvidence(out, event, counter.line);
    return out;
}

QString memcgLimitText(const OomEvent &event) {
    for (const auto &c : event.memcg.counters)
        if (c.name == QLatin1String("memory") && c.limit && !c.unlimited())
            return trDiagnosis(" (limit %1)").arg(formatBytes(*c.limit));
    return {};
}

} // namespace oomlens
