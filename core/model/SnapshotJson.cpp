#include "SnapshotJson.h"

#include "JsonWriter.h"

#include <QJsonDocument>

namespace oomlens {

namespace {

// A limit that may be absent (outer optional) or unlimited (inner): both are null in schema 1.
void limit(JsonWriter &w, const char *key, const std::optional<LimitBytes> &v) {
    w.key(key);
    if (v && *v)
        w.value(**v);
    else
        w.null();
}

template <typename Map> void counters(JsonWriter &w, const char *key, const Map &m) {
    w.key(key).beginObject();
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        w.key(it.key()).value(it.value());
    w.endObject();
}

void pressureLine(JsonWriter &w, const char *key, const std::optional<PressureLine> &l) {
    w.key(key);
    if (!l) {
        w.null();
        return;
    }
    w.beginObject()
        .field("avg10", l->avg10)
        .field("avg60", l->avg60)
        .field("avg300", l->avg300)
        .field("total_us", l->totalUs)
        .endObject();
}

void pressure(JsonWriter &w, const char *key, const std::optional<Pressure> &p) {
    w.key(key);
    if (!p) {
        w.null();
        return;
    }
    w.beginObject();
    pressureLine(w, "some", p->some);
    pressureLine(w, "full", p->full);
    w.endObject();
}

void zone(JsonWriter &w, const Zone &z) {
    w.beginObject()
        .field("name", z.name)
        .field("free_pages", z.freePages)
        .field("boost_pages", z.boostPages)
        .field("min_pages", z.minPages)
        .field("low_pages", z.lowPages)
        .field("high_pages", z.highPages)
        .field("promo_pages", z.promoPages)
        .field("spanned_pages", z.spannedPages)
        .field("present_pages", z.presentPages)
        .field("managed_pages", z.managedPages);
    w.key("protection").array(z.protection);
    w.key("buddy");
    if (z.buddy)
        w.array(*z.buddy);
    else
        w.null();
    w.key("migrate_types");
    if (z.migrateTypes.isEmpty()) {
        w.null();
    } else {
        w.beginObject();
        for (const MigrateTypeFreeBlocks &m : z.migrateTypes)
            w.key(m.type).array(m.blocks);
        w.endObject();
    }
    w.endObject();
}

void node(JsonWriter &w, const MemoryNode &n) {
    w.beginObject().field("id", n.id);
    w.key("cpus");
    if (n.cpus)
        w.array(*n.cpus);
    else
        w.null();
    w.key("distances").array(n.distances);
    counters(w, "meminfo", n.meminfo);
    counters(w, "stats", n.stats);
    w.key("zones").beginArray();
    for (const Zone &z : n.zones)
        zone(w, z);
    w.endArray().endObject();
}

void cgroup(JsonWriter &w, const Cgroup &c) {
    w.beginObject()
        .field("path", c.path)
        .field("version", c.version == CgroupVersion::V1 ? 1 : 2)
        .field("usage_bytes", c.usage)
        .field("peak_bytes", c.peak)
        .field("limit_bytes", c.limit)
        .field("effective_limit_bytes", c.effectiveLimit);
    limit(w, "high_bytes", c.high);
    limit(w, "low_bytes", c.low);
    limit(w, "min_bytes", c.min);
    w.field("swap_bytes", c.swapUsage);
    limit(w, "swap_max_bytes", c.swapMax);
    w.field("memsw_usage_bytes", c.memswUsage);
    limit(w, "memsw_limit_bytes", c.memswLimit);
    w.field("failcnt", c.failcnt).field("oom_kills", c.oomKills());
    counters(w, "events", c.version == CgroupVersion::V2 ? c.events : c.oomControl);
    pressure(w, "pressure", c.pressure);
    w.key("pids").array(c.pids);
    w.endObject();
}

void process(JsonWriter &w, const Process &p, const KillCandidate *k, bool hasCmdline) {
    w.beginObject()
        .field("pid", p.pid)
        .field("ppid", p.ppid)
        .field("comm", p.comm)
        .field("state", QString(QLatin1Char(p.state)))
        .field("uid", p.uid)
        .field("rss_bytes", p.rss)
        .field("swap_bytes", p.swap)
        .field("page_tables_bytes", p.pageTables)
        .field("oom_score", p.oomScore)
        .field("oom_score_adj", p.oomScoreAdj)
        .field("badness_pages", k ? k->badness : std::nullopt)
        .field("estimated_oom_score", k ? k->estimatedOomScore : std::nullopt)
        .field("kill_rank", k && k->rank > 0 ? std::optional<int>(k->rank) : std::nullopt);
    w.key("cgroup");
    if (p.cgroup.isEmpty())
        w.null();
    else
        w.value(p.cgroup);
    w.key("cmdline");
    if (hasCmdline)
        w.value(p.cmdline);
    else
        w.null();
    w.endObject();
}

void sysctls(JsonWriter &w, const VmSysctls &v) {
    w.key("sysctls")
        .beginObject()
        .field("overcommit_memory", v.overcommitMemory)
        .field("overcommit_ratio", v.overcommitRatio)
        .field("panic_on_oom", v.panicOnOom)
        .field("oom_kill_allocating_task", v.oomKillAllocatingTask)
        .field("oom_dump_tasks", v.oomDumpTasks)
        .field("min_free_kbytes", v.minFreeKbytes)
        .field("watermark_scale_factor", v.watermarkScaleFactor)
        .field("watermark_boost_factor", v.watermarkBoostFactor);
    w.key("lowmem_reserve_ratio");
    if (v.lowmemReserveRatio)
        w.array(*v.lowmemReserveRatio);
    else
        w.null();
    w.field("swappiness", v.swappiness).endObject();
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

namespace {

void writeSnapshot(JsonWriter &w, const Snapshot &s, const KillOrder &k) {
    w.beginObject()
        .field("schema", "oomlens-snapshot/1")
        .field("source", s.source)
        .field("host", s.host)
        .field("kernel", s.kernelRelease);
    w.key("time");
    if (s.time.isValid())
        w.value(s.time.toUTC().toString(Qt::ISODate));
    else
        w.null();
    w.field("page_size", s.pageSize).field("partial", s.partial);
    w.key("problems").beginArray();
    for (const SnapshotProblem &p : s.problems)
        w.beginObject().field("file", p.file).field("line", p.line).field("reason", p.reason).endObject();
    w.endArray();
    w.key("nodes").beginArray();
    for (const MemoryNode &n : s.nodes)
        node(w, n);
    w.endArray();
    counters(w, "meminfo", s.meminfo);
    counters(w, "vmstat", s.vmstat);
    pressure(w, "pressure", s.memoryPressure);
    sysctls(w, s.sysctls);
    w.field("cgroup_mode", cgroupModeName(s.cgroupMode));
    w.key("cgroups").beginArray();
    for (const Cgroup &c : s.cgroups)
        cgroup(w, c);
    w.endArray();
    w.key("processes").beginArray();
    for (const Process &p : s.processes)
        process(w, p, k.forPid(p.pid), s.hasCmdlines);
    w.endArray();
    w.key("kill_order").beginObject().field("total_pages", k.totalPages);
    w.key("cgroups").beginArray();
    for (const CgroupKillOrder &c : k.cgroups) {
        w.beginObject().field("cgroup", c.cgroupPath).field("total_pages", c.totalPages);
        w.key("pids").beginArray();
        for (const KillCandidate &kc : c.candidates) {
            if (kc.rank > 0) w.value(kc.pid);
        }
        w.endArray().endObject();
    }
    w.endArray().endObject();
    w.endObject();
}

} // namespace

QByteArray snapshotToJson(const Snapshot &s, const KillOrder &k) {
    JsonWriter w(qsizetype(1 << 16) + s.processes.size() * 700);
    writeSnapshot(w, s, k);
    return w.take();
}

bool writeSnapshotJson(const Snapshot &s, const KillOrder &k, QIODevice &out) {
    JsonWriter w(&out);
    writeSnapshot(w, s, k);
    return w.finish();
}

QJsonObject snapshotToJsonObject(const Snapshot &s, const KillOrder &k) {
    return QJsonDocument::fromJson(snapshotToJson(s, k)).object();
}

} // namespace oomlens
