#include "SnapshotJson.h"

#include <QJsonArray>

#include <limits>

namespace oomlens {

namespace {

QJsonValue number(quint64 v) {
    // QJsonValue keeps qint64 exactly; beyond that only a double is possible.
    return v <= quint64(std::numeric_limits<qint64>::max()) ? QJsonValue(qint64(v)) : QJsonValue(double(v));
}
template <typename T> QJsonValue opt(const std::optional<T> &v) {
    if (!v) return QJsonValue(QJsonValue::Null);
    if constexpr (std::is_same_v<T, bool>)
        return QJsonValue(*v);
    else if constexpr (std::is_unsigned_v<T>)
        return number(quint64(*v));
    else
        return QJsonValue(qint64(*v));
}
// A limit that may be absent (outer) or unlimited (inner): both are null; the difference is in
// the *_set companion only where a reader needs it (not in schema 1).
QJsonValue limit(const std::optional<LimitBytes> &v) {
    return v && *v ? number(**v) : QJsonValue(QJsonValue::Null);
}

template <typename Map> QJsonObject counters(const Map &m) {
    QJsonObject o;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        o.insert(it.key(), number(it.value()));
    return o;
}

template <typename T> QJsonArray array(const QList<T> &list) {
    QJsonArray a;
    for (const T &v : list) {
        if constexpr (std::is_unsigned_v<T>)
            a.append(number(v));
        else
            a.append(qint64(v));
    }
    return a;
}

QJsonValue pressure(const std::optional<Pressure> &p) {
    if (!p) return QJsonValue(QJsonValue::Null);
    auto line = [](const std::optional<PressureLine> &l) -> QJsonValue {
        if (!l) return QJsonValue(QJsonValue::Null);
        return QJsonObject{{QStringLiteral("avg10"), l->avg10},
                           {QStringLiteral("avg60"), l->avg60},
                           {QStringLiteral("avg300"), l->avg300},
                           {QStringLiteral("total_us"), number(l->totalUs)}};
    };
    return QJsonObject{{QStringLiteral("some"), line(p->some)}, {QStringLiteral("full"), line(p->full)}};
}

QJsonObject zoneJson(const Zone &z) {
    QJsonObject o{
        {QStringLiteral("name"), z.name},
        {QStringLiteral("free_pages"), opt(z.freePages)},
        {QStringLiteral("boost_pages"), opt(z.boostPages)},
        {QStringLiteral("min_pages"), opt(z.minPages)},
        {QStringLiteral("low_pages"), opt(z.lowPages)},
        {QStringLiteral("high_pages"), opt(z.highPages)},
        {QStringLiteral("promo_pages"), opt(z.promoPages)},
        {QStringLiteral("spanned_pages"), opt(z.spannedPages)},
        {QStringLiteral("present_pages"), opt(z.presentPages)},
        {QStringLiteral("managed_pages"), opt(z.managedPages)},
        {QStringLiteral("protection"), array(z.protection)},
        {QStringLiteral("buddy"), z.buddy ? QJsonValue(array(*z.buddy)) : QJsonValue(QJsonValue::Null)}};
    if (!z.migrateTypes.isEmpty()) {
        QJsonObject types;
        for (const MigrateTypeFreeBlocks &m : z.migrateTypes)
            types.insert(m.type, array(m.blocks));
        o.insert(QStringLiteral("migrate_types"), types);
    }
    return o;
}

QJsonObject nodeJson(const MemoryNode &n) {
    QJsonArray zones;
    for (const Zone &z : n.zones)
        zones.append(zoneJson(z));
    return {{QStringLiteral("id"), n.id},
            {QStringLiteral("cpus"), n.cpus ? QJsonValue(array(*n.cpus)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("distances"), array(n.distances)},
            {QStringLiteral("meminfo"), counters(n.meminfo)},
            {QStringLiteral("stats"), counters(n.stats)},
            {QStringLiteral("zones"), zones}};
}

QJsonObject cgroupJson(const Cgroup &c) {
    return {{QStringLiteral("path"), c.path},
            {QStringLiteral("version"), c.version == CgroupVersion::V1 ? 1 : 2},
            {QStringLiteral("usage_bytes"), opt(c.usage)},
            {QStringLiteral("peak_bytes"), opt(c.peak)},
            {QStringLiteral("limit_bytes"), c.limit ? number(*c.limit) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("effective_limit_bytes"),
             c.effectiveLimit ? number(*c.effectiveLimit) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("high_bytes"), limit(c.high)},
            {QStringLiteral("low_bytes"), limit(c.low)},
            {QStringLiteral("min_bytes"), limit(c.min)},
            {QStringLiteral("swap_bytes"), opt(c.swapUsage)},
            {QStringLiteral("swap_max_bytes"), limit(c.swapMax)},
            {QStringLiteral("memsw_usage_bytes"), opt(c.memswUsage)},
            {QStringLiteral("memsw_limit_bytes"), limit(c.memswLimit)},
            {QStringLiteral("failcnt"), opt(c.failcnt)},
            {QStringLiteral("oom_kills"), opt(c.oomKills())},
            {QStringLiteral("events"), counters(c.version == CgroupVersion::V2 ? c.events : c.oomControl)},
            {QStringLiteral("pressure"), pressure(c.pressure)},
            {QStringLiteral("pids"), array(c.pids)}};
}

QJsonObject processJson(const Process &p, const KillCandidate *k) {
    return {
        {QStringLiteral("pid"), p.pid},
        {QStringLiteral("ppid"), p.ppid},
        {QStringLiteral("comm"), p.comm},
        {QStringLiteral("state"), QString(QLatin1Char(p.state))},
        {QStringLiteral("uid"), opt(p.uid)},
        {QStringLiteral("rss_bytes"), opt(p.rss)},
        {QStringLiteral("swap_bytes"), opt(p.swap)},
        {QStringLiteral("page_tables_bytes"), opt(p.pageTables)},
        {QStringLiteral("oom_score"), opt(p.oomScore)},
        {QStringLiteral("oom_score_adj"), opt(p.oomScoreAdj)},
        {QStringLiteral("badness_pages"), k ? opt(k->badness) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("estimated_oom_score"), k ? opt(k->estimatedOomScore) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("kill_rank"), k && k->rank > 0 ? QJsonValue(k->rank) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("cgroup"), p.cgroup.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.cgroup)},
        {QStringLiteral("cmdline"), p.cmdline}};
}

} // namespace

QString cgroupModeName(CgroupMode mode) {
    switch (mode) {
    case CgroupMode::None:
        return QStringLiteral("none");
    case CgroupMode::V1:
        return QStringLiteral("v1");
    case CgroupMode::V2:
        return QStringLiteral("v2");
    case CgroupMode::Hybrid:
        return QStringLiteral("hybrid");
    case CgroupMode::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonObject snapshotToJson(const Snapshot &s, const KillOrder &k) {
    QJsonArray problems, nodes, cgroups, processes, cgroupOrders;
    for (const SnapshotProblem &p : s.problems)
        problems.append(QJsonObject{{QStringLiteral("file"), p.file},
                                    {QStringLiteral("line"), p.line},
                                    {QStringLiteral("reason"), p.reason}});
    for (const MemoryNode &n : s.nodes)
        nodes.append(nodeJson(n));
    for (const Cgroup &c : s.cgroups)
        cgroups.append(cgroupJson(c));
    for (const Process &p : s.processes)
        processes.append(processJson(p, k.forPid(p.pid)));
    for (const CgroupKillOrder &c : k.cgroups) {
        QJsonArray pids;
        for (const KillCandidate &kc : c.candidates) {
            if (kc.rank > 0) pids.append(kc.pid);
        }
        cgroupOrders.append(QJsonObject{{QStringLiteral("cgroup"), c.cgroupPath},
                                        {QStringLiteral("total_pages"), opt(c.totalPages)},
                                        {QStringLiteral("pids"), pids}});
    }
    const VmSysctls &v = s.sysctls;
    const QJsonObject sysctls{
        {QStringLiteral("overcommit_memory"), opt(v.overcommitMemory)},
        {QStringLiteral("overcommit_ratio"), opt(v.overcommitRatio)},
        {QStringLiteral("panic_on_oom"), opt(v.panicOnOom)},
        {QStringLiteral("oom_kill_allocating_task"), opt(v.oomKillAllocatingTask)},
        {QStringLiteral("oom_dump_tasks"), opt(v.oomDumpTasks)},
        {QStringLiteral("min_free_kbytes"), opt(v.minFreeKbytes)},
        {QStringLiteral("watermark_scale_factor"), opt(v.watermarkScaleFactor)},
        {QStringLiteral("watermark_boost_factor"), opt(v.watermarkBoostFactor)},
        {QStringLiteral("lowmem_reserve_ratio"),
         v.lowmemReserveRatio ? QJsonValue(array(*v.lowmemReserveRatio)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("swappiness"), opt(v.swappiness)}};
    return {{QStringLiteral("schema"), QStringLiteral("oomlens-snapshot/1")},
            {QStringLiteral("source"), s.source},
            {QStringLiteral("host"), s.host},
            {QStringLiteral("kernel"), s.kernelRelease},
            {QStringLiteral("time"), s.time.isValid() ? QJsonValue(s.time.toUTC().toString(Qt::ISODate))
                                                      : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("page_size"), opt(s.pageSize)},
            {QStringLiteral("partial"), s.partial},
            {QStringLiteral("problems"), problems},
            {QStringLiteral("nodes"), nodes},
            {QStringLiteral("meminfo"), counters(s.meminfo)},
            {QStringLiteral("vmstat"), counters(s.vmstat)},
            {QStringLiteral("pressure"), pressure(s.memoryPressure)},
            {QStringLiteral("sysctls"), sysctls},
            {QStringLiteral("cgroup_mode"), cgroupModeName(s.cgroupMode)},
            {QStringLiteral("cgroups"), cgroups},
            {QStringLiteral("processes"), processes},
            {QStringLiteral("kill_order"), QJsonObject{{QStringLiteral("total_pages"), opt(k.totalPages)},
                                                       {QStringLiteral("cgroups"), cgroupOrders}}}};
}

} // namespace oomlens
