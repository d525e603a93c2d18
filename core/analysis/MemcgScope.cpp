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
        // dump_oom_summary() always prints ",task=%s,pid=%d,uid=%d" after task_memcg: without
        // them the line was cut (pager, syslog's 1024-byte limit, an author) and task_memcg may be
        // cut too, even when nothing marks the cut.
        const bool taskMemcgComplete = c->taskMemcg && (c->task || c->pid);
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
            s.limitPathLast = true;
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
    // The call trace is the last resort: only when nothing else says (a 4.19+ oom-kill: line
    // that is not CONSTRAINT_MEMCG already settles it the other way).
    if (!s.isMemcgOom && !event.constraint) {
        for (const char *frame : {"mem_cgroup_out_of_memory", "mem_cgroup_oom_synchronize"}) {
            const auto lines = evidenceContaining(event, QString::fromLatin1(frame));
            if (!lines.isEmpty()) {
                s.isMemcgOom = true;
                mergeEvidence(s.signs, lines.mid(0, 1));
            }
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
    if (scope.limitPathLast) return std::nullopt;
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
            return QCoreApplication::translate("Diagnosis", " (limit %1)").arg(formatBytes(*c.limit));
    return {};
}

} // namespace oomlens
