// SnapshotReader, part 1: the system-wide files (meminfo, vmstat, zoneinfo, buddyinfo,
// pagetypeinfo, PSI, vm sysctls).
#include "Buddyinfo.h"
#include "Meminfo.h"
#include "Pagetypeinfo.h"
#include "Pressure.h"
#include "ReaderContext.h"
#include "SingleValue.h"
#include "Vmstat.h"
#include "Zoneinfo.h"

namespace oomlens::detail {

namespace {

Zone *findZone(Snapshot &s, int node, const QString &zone) {
    for (MemoryNode &n : s.nodes) {
        if (n.id != node) continue;
        for (Zone &z : n.zones) {
            if (z.name == zone) return &z;
        }
    }
    return nullptr;
}

// A zone listed in buddyinfo/pagetypeinfo but not in zoneinfo (zoneinfo missing or cut off): add
// it so the counts are not lost; its watermarks stay n/a.
Zone &zoneFor(Snapshot &s, int node, const QString &zone) {
    if (Zone *z = findZone(s, node, zone)) return *z;
    auto it =
        std::find_if(s.nodes.begin(), s.nodes.end(), [node](const MemoryNode &n) { return n.id == node; });
    if (it == s.nodes.end()) {
        MemoryNode n;
        n.id = node;
        it = s.nodes.insert(std::upper_bound(s.nodes.begin(), s.nodes.end(), node,
                                             [](int id, const MemoryNode &m) { return id < m.id; }),
                            n);
    }
    Zone z;
    z.name = zone;
    z.index = int(it->zones.size());
    it->zones.append(z);
    return it->zones.last();
}

void readMeminfoAndVmstat(ReaderContext &ctx) {
    if (ctx.read("/proc/meminfo", true)) {
        const auto r = parseMeminfo(ctx.buffer);
        ctx.note("/proc/meminfo", r, true);
        if (r.ok()) ctx.snapshot.meminfo = *r;
    }
    if (ctx.read("/proc/vmstat", true)) {
        const auto r = parseVmstat(ctx.buffer);
        ctx.note("/proc/vmstat", r, true);
        if (r.ok()) ctx.snapshot.vmstat = *r;
    }
}

void readZones(ReaderContext &ctx, bool withPagetypeinfo) {
    Snapshot &s = ctx.snapshot;
    if (ctx.read("/proc/zoneinfo", true)) {
        const auto r = parseZoneinfo(ctx.buffer);
        ctx.note("/proc/zoneinfo", r, true);
        if (r.ok()) s.nodes = *r;
    }
    if (ctx.read("/proc/buddyinfo", true)) {
        const auto r = parseBuddyinfo(ctx.buffer);
        ctx.note("/proc/buddyinfo", r, true);
        if (r.ok()) {
            for (const BuddyinfoRow &b : *r)
                zoneFor(s, b.node, b.zone).buddy = b.freeBlocks;
        }
    }
    // Root-only since 5.4: without root it is simply not offered; no data we should have had.
    if (withPagetypeinfo && ctx.read("/proc/pagetypeinfo", false)) {
        const auto r = parsePagetypeinfo(ctx.buffer);
        ctx.note("/proc/pagetypeinfo", r, false);
        if (r.ok()) {
            s.pageblockOrder = r->pageblockOrder;
            s.pagesPerBlock = r->pagesPerBlock;
            for (const PagetypeFreeLine &f : r->free)
                zoneFor(s, f.node, f.zone).migrateTypes.append(f.free);
            for (const PagetypeBlockLine &b : r->blocks)
                zoneFor(s, b.node, b.zone).pageblocksPerType = b.pageblocks;
        }
    }
}

template <typename T> void readSysctl(ReaderContext &ctx, const char *name, std::optional<T> &out) {
    QByteArray path = QByteArrayLiteral("/proc/sys/vm/") + name;
    if (!ctx.read(path, false)) return;
    const auto r = parseSingleInt(ctx.buffer);
    ctx.note(path, r, false);
    if (r.ok()) out = T(*r);
}

void readSysctls(ReaderContext &ctx) {
    VmSysctls &v = ctx.snapshot.sysctls;
    readSysctl(ctx, "overcommit_memory", v.overcommitMemory);
    readSysctl(ctx, "overcommit_ratio", v.overcommitRatio);
    readSysctl(ctx, "panic_on_oom", v.panicOnOom);
    readSysctl(ctx, "oom_kill_allocating_task", v.oomKillAllocatingTask);
    readSysctl(ctx, "oom_dump_tasks", v.oomDumpTasks);
    readSysctl(ctx, "min_free_kbytes", v.minFreeKbytes);
    readSysctl(ctx, "watermark_scale_factor", v.watermarkScaleFactor);
    readSysctl(ctx, "watermark_boost_factor", v.watermarkBoostFactor);
    readSysctl(ctx, "swappiness", v.swappiness);
    if (ctx.read("/proc/sys/vm/lowmem_reserve_ratio", false)) {
        const auto r = parseIntList(ctx.buffer);
        ctx.note("/proc/sys/vm/lowmem_reserve_ratio", r, false);
        if (r.ok()) v.lowmemReserveRatio = *r;
    }
}

} // namespace

void readSystemFiles(ReaderContext &ctx, bool pagetypeinfo) {
    readMeminfoAndVmstat(ctx);
    readZones(ctx, pagetypeinfo);
    // No /proc/pressure: a kernel before 4.20 or without CONFIG_PSI / booted with psi=0.
    SourceError e;
    if (ctx.read("/proc/pressure/memory", false,
                 quiet(SourceError::NotFound) | quiet(SourceError::NotSupported), &e)) {
        const auto r = parsePressure(ctx.buffer);
        ctx.note("/proc/pressure/memory", r, false);
        if (r.ok()) ctx.snapshot.memoryPressure = *r;
    } else if (e.kind == SourceError::NotFound || e.kind == SourceError::NotSupported) {
        ctx.snapshot.addProblem(e.path, 0,
                                QStringLiteral("no pressure stall information (kernel before 4.20 or PSI "
                                               "disabled)"),
                                false);
    }
    readSysctls(ctx);
}

} // namespace oomlens::detail
