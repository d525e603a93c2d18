#include "OomEventJson.h"

#include <QJsonArray>

namespace oomlens {

namespace {

QJsonValue opt(const std::optional<std::uint64_t> &v) {
    return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
}
QJsonValue opt(const std::optional<qint64> &v) {
    return v ? QJsonValue(double(*v)) : QJsonValue();
}
QJsonValue opt(const std::optional<int> &v) {
    return v ? QJsonValue(*v) : QJsonValue();
}
QJsonValue opt(const std::optional<double> &v) {
    return v ? QJsonValue(*v) : QJsonValue();
}
QJsonValue opt(const std::optional<bool> &v) {
    return v ? QJsonValue(*v) : QJsonValue();
}
QJsonValue opt(const std::optional<QString> &v) {
    return v ? QJsonValue(*v) : QJsonValue();
}
QJsonValue str(const QString &s) {
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
QJsonValue line(LineNo l) {
    return l > 0 ? QJsonValue(double(l)) : QJsonValue();
}

QJsonValue gfp(const std::optional<GfpMask> &g) {
    return g ? QJsonValue(g->text) : QJsonValue();
}
QJsonValue gfpFlags(const std::optional<GfpMask> &g) {
    return g && !g->flags.isEmpty() ? QJsonValue(QJsonArray::fromStringList(g->flags)) : QJsonValue();
}

QJsonValue invokerJson(const OomEvent &e) {
    if (!e.invoker) return {};
    const Invoker &i = *e.invoker;
    return QJsonObject{{QStringLiteral("comm"), str(i.comm)},
                       {QStringLiteral("pid"), opt(i.pid)},
                       {QStringLiteral("order"), opt(i.order)},
                       {QStringLiteral("gfp_mask"), gfp(i.gfpMask)},
                       {QStringLiteral("gfp_flags"), gfpFlags(i.gfpMask)},
                       {QStringLiteral("oom_score_adj"), opt(i.oomScoreAdj)},
                       {QStringLiteral("line"), line(i.line)}};
}

QJsonValue victimJson(const std::optional<Victim> &v) {
    if (!v) return {};
    return QJsonObject{{QStringLiteral("pid"), opt(v->pid)},
                       {QStringLiteral("comm"), str(v->comm)},
                       {QStringLiteral("killed"), v->killed},
                       {QStringLiteral("reason"), str(v->reason)},
                       {QStringLiteral("total_vm_bytes"), opt(v->totalVm)},
                       {QStringLiteral("anon_rss_bytes"), opt(v->anonRss)},
                       {QStringLiteral("file_rss_bytes"), opt(v->fileRss)},
                       {QStringLiteral("shmem_rss_bytes"), opt(v->shmemRss)},
                       {QStringLiteral("pgtables_bytes"), opt(v->pgtables)},
                       {QStringLiteral("uid"), opt(v->uid)},
                       {QStringLiteral("oom_score_adj"), opt(v->oomScoreAdj)},
                       {QStringLiteral("scored_pid"), opt(v->scoredPid)},
                       {QStringLiteral("score"), opt(v->score)},
                       {QStringLiteral("line"), line(v->line)}};
}

QJsonArray zonesJson(const OomEvent &e) {
    QJsonArray out;
    for (const ZoneWatermarks &z : e.zones)
        out.append(QJsonObject{{QStringLiteral("node"), opt(z.node)},
                               {QStringLiteral("zone"), z.zone},
                               {QStringLiteral("free_bytes"), opt(z.free)},
                               {QStringLiteral("min_bytes"), opt(z.min)},
                               {QStringLiteral("low_bytes"), opt(z.low)},
                               {QStringLiteral("high_bytes"), opt(z.high)},
                               {QStringLiteral("boost_bytes"), opt(z.boost)},
                               {QStringLiteral("managed_bytes"), opt(z.managed)},
                               {QStringLiteral("free_cma_bytes"), opt(z.freeCma)},
                               {QStringLiteral("all_unreclaimable"), opt(z.allUnreclaimable)},
                               {QStringLiteral("line"), line(z.line)}});
    return out;
}

QJsonArray buddyJson(const OomEvent &e) {
    QJsonArray out;
    for (const BuddyLine &b : e.buddy) {
        QJsonArray blocks, sizes, types;
        for (const BuddyOrder &o : b.orders) {
            blocks.append(double(o.count));
            sizes.append(double(o.blockBytes));
            types.append(o.migrateTypes);
        }
        out.append(QJsonObject{{QStringLiteral("node"), opt(b.node)},
                               {QStringLiteral("zone"), b.zone},
                               {QStringLiteral("free_blocks"), blocks},
                               {QStringLiteral("block_bytes"), sizes},
                               {QStringLiteral("migrate_types"), types},
                               {QStringLiteral("total_bytes"), opt(b.total)},
                               {QStringLiteral("line"), line(b.line)}});
    }
    return out;
}

QJsonValue panicJson(const std::optional<PanicInfo> &p) {
    if (!p) return {};
    return QJsonObject{{QStringLiteral("reason"), p->reason},
                       {QStringLiteral("kernel_panic"), p->kernelPanic},
                       {QStringLiteral("no_killable_process"), p->noKillableProcess},
                       {QStringLiteral("deadlocked"), p->deadlocked},
                       {QStringLiteral("panic_on_oom"), opt(p->panicOnOom)},
                       {QStringLiteral("line"), line(p->line)}};
}

QJsonValue allocJson(const std::optional<AllocationFailure> &a) {
    if (!a) return {};
    return QJsonObject{
        {QStringLiteral("comm"), str(a->comm)},           {QStringLiteral("what"), a->what},
        {QStringLiteral("order"), opt(a->order)},         {QStringLiteral("gfp_mask"), gfp(a->mode)},
        {QStringLiteral("gfp_flags"), gfpFlags(a->mode)}, {QStringLiteral("line"), line(a->line)}};
}

QJsonValue memcgJson(const OomEvent &e) {
    if (e.memcg.isEmpty()) return {};
    QJsonArray counters;
    for (const MemcgCounter &c : e.memcg.counters)
        counters.append(
            QJsonObject{{QStringLiteral("name"), c.name},
                        {QStringLiteral("usage_bytes"), opt(c.usage)},
                        {QStringLiteral("limit_bytes"), c.unlimited() ? QJsonValue() : opt(c.limit)},
                        {QStringLiteral("unlimited"), c.unlimited()},
                        {QStringLiteral("failcnt"), opt(c.failcnt)},
                        {QStringLiteral("line"), line(c.line)}});
    return QJsonObject{{QStringLiteral("task_in"), str(e.memcg.taskIn)},
                       {QStringLiteral("limit_of"), str(e.memcg.limitOf)},
                       {QStringLiteral("counters"), counters},
                       {QStringLiteral("oom_group"), str(e.memcg.oomGroup)}};
}

QJsonValue timeJson(const EventTime &t) {
    if (!t.wallClock || !t.wallClock->isValid()) return {};
    return t.wallClock->toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject toJson(const OomEvent &e) {
    const auto &c = e.constraint;
    auto cfield = [&](const std::optional<QString> ConstraintLine::*member) -> QJsonValue {
        return c ? opt((*c).*member) : QJsonValue();
    };
    // v1 kernels before 4.19 name the limit cgroup in "Task in A killed as a result of limit of B".
    QJsonValue oomMemcg = cfield(&ConstraintLine::oomMemcg);
    QJsonValue taskMemcg = cfield(&ConstraintLine::taskMemcg);
    if (oomMemcg.isNull() && e.memcg.limitOf.startsWith(QLatin1Char('/')))
        oomMemcg = e.memcg.limitOf; // (Alibaba's "limit of host" for a global OOM is no cgroup)
    if (taskMemcg.isNull() && e.memcg.taskIn.startsWith(QLatin1Char('/')) && !oomMemcg.isNull())
        taskMemcg = e.memcg.taskIn;
    QJsonObject o{
        {QStringLiteral("file"), e.file},
        {QStringLiteral("line"), line(e.firstLine)},
        {QStringLiteral("last_line"), line(e.lastLine)},
        {QStringLiteral("host"), str(e.host)},
        {QStringLiteral("time"), timeJson(e.time)},
        {QStringLiteral("time_year_guessed"),
         e.time.wallClock ? QJsonValue(e.time.wallClockYearGuessed) : QJsonValue()},
        {QStringLiteral("uptime_s"), opt(e.time.uptimeSeconds)},
        {QStringLiteral("boot"), e.time.bootIndex},
        {QStringLiteral("kind"), kindName(e.kind)},
        {QStringLiteral("complete"), e.complete},
        {QStringLiteral("missing"), QJsonArray::fromStringList(e.missing)},
        {QStringLiteral("elided"), e.elided},
        {QStringLiteral("manual_sysrq"), e.manualSysrq},
        {QStringLiteral("invoker"), invokerJson(e)},
        {QStringLiteral("kernel_release"), e.cpu ? str(e.cpu->kernelRelease) : QJsonValue()},
        {QStringLiteral("constraint"), c ? str(c->constraint) : QJsonValue()},
        {QStringLiteral("nodemask"), cfield(&ConstraintLine::nodemask)},
        {QStringLiteral("cpuset"),
         c ? opt(c->cpuset) : (e.cpuset ? QJsonValue(e.cpuset->cpuset) : QJsonValue())},
        {QStringLiteral("mems_allowed"),
         c ? opt(c->memsAllowed) : (e.cpuset ? QJsonValue(e.cpuset->memsAllowed) : QJsonValue())},
        {QStringLiteral("oom_memcg"), oomMemcg},
        {QStringLiteral("task_memcg"), taskMemcg},
        {QStringLiteral("memcg"), memcgJson(e)},
        {QStringLiteral("victim"), victimJson(e.victim)},
        {QStringLiteral("reaper"),
         e.reaper ? QJsonValue(QJsonObject{{QStringLiteral("pid"), double(e.reaper->pid)},
                                           {QStringLiteral("reaped"), e.reaper->reaped},
                                           {QStringLiteral("anon_rss_bytes"), opt(e.reaper->anonRss)},
                                           {QStringLiteral("line"), line(e.reaper->line)}})
                  : QJsonValue()},
        {QStringLiteral("panic"), panicJson(e.panic)},
        {QStringLiteral("allocation_failure"), allocJson(e.allocationFailure)},
        {QStringLiteral("page_size_bytes"), opt(e.pageSize)},
        {QStringLiteral("zones"), zonesJson(e)},
        {QStringLiteral("buddy"), buddyJson(e)},
        {QStringLiteral("tasks"), double(e.tasks.size())},
        {QStringLiteral("diagnosis"), QJsonValue()},
    };
    return o;
}

QJsonObject toJson(const LogError &err) {
    return QJsonObject{{QStringLiteral("file"), err.file},
                       {QStringLiteral("line"), line(err.line)},
                       {QStringLiteral("reason"), err.reason}};
}

QJsonObject summaryJson(const LogAnalysis &a, qsizetype eventCount) {
    return QJsonObject{{QStringLiteral("events"), double(eventCount)},
                       {QStringLiteral("lines"), double(a.linesRead)},
                       {QStringLiteral("bytes"), double(a.bytesRead)},
                       {QStringLiteral("reboots"), a.reboots},
                       {QStringLiteral("duplicates_dropped"), double(a.duplicatesDropped)},
                       {QStringLiteral("cancelled"), a.cancelled}};
}

QJsonObject toJson(const LogAnalysis &a) {
    QJsonArray events, errors;
    for (const OomEvent &e : a.events)
        events.append(toJson(e));
    for (const LogError &err : a.errors)
        errors.append(toJson(err));
    return QJsonObject{{QStringLiteral("schema"), AnalyzeJsonSchemaVersion},
                       {QStringLiteral("events"), events},
                       {QStringLiteral("errors"), errors},
                       {QStringLiteral("summary"), summaryJson(a, a.events.size())}};
}

} // namespace oomlens
