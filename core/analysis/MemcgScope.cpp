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
        // dump_oom_summary() always prints ",task=%s,pid=%d,uid=%d" after task_memcg: a line that
        // stops before uid= was cut (pager, syslog's 1024-byte limit, an author); the parser keeps the
        // cut field apart (ConstraintLine::cutField), so a task_memcg it kept is whole.
        if (c->oomMemcg && c->taskMemcg && isCgroupPath(*c->oomMemcg) && isCgroupPath(*c->taskMemcg)) {
            s.limitPath = *c->oomMemcg;
            s.taskPath = *c->taskMemcg;
            s.pathsLine = c->line;
        } else if (c->oomMemcg && isCgroupPath(*c->oomMemcg) && c->cutField == QLatin1String("task_memcg") &&
                   c->cutValue.startsWith(*c->oomMemcg + u'/')) {
            // Cut inside task_memcg, but already past oom_memcg + "/": whatever followed, the victim's
            // cgroup is a descendant of the limited one.
            s.limitPath = *c->oomMemcg;
            s.taskPath = c->cutValue;
            s.taskPathCut = true;
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
    const MemcgCounter *memory = nullptr;
    for (const auto &c : event.memcg.counters)
        if (c.name == QLatin1String("memory")) memory = &c;
    if (memory && memory->limit && !memory->unlimited())
        return QCoreApplication::translate("Diagnosis", " (limit %1)").arg(formatBytes(*memory->limit));
    if (!memory || !memory->unlimited()) return {};
    // mem_cgroup_print_oom_meminfo() prints the OOMing cgroup's counters: with "memory" unlimited,
    // the charge failed on another counter (v1 memory+swap or kmem) at its limit, or the report
    // does not show which.
    for (const auto &c : event.memcg.counters)
        if (&c != memory && c.limit && !c.unlimited() && c.usage &&
            *c.usage >= *c.limit - std::min(*c.limit, Bytes(64 * KiB)))
            return QCoreApplication::translate(
                       "Diagnosis", " (its memory counter is unlimited; its %1 limit %2 was reached)")
                .arg(c.name, formatBytes(*c.limit));
    return QCoreApplication::translate(
        "Diagnosis", " (its memory counter shows no limit: the limit that was hit is not in the report)");
}

} // namespace oomlens
