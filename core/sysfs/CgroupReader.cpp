// SnapshotReader, part 3: the memory cgroup tree (v1 or v2), found through mountinfo.
#include "CgroupFiles.h"
#include "procfs/Mountinfo.h"
#include "procfs/Pressure.h"
#include "procfs/ReaderContext.h"
#include "procfs/SingleValue.h"
#include "procfs/Vmstat.h"

#include <QFile>

#include <algorithm>

namespace oomlens::detail {

namespace {

constexpr unsigned quietAbsent = quiet(SourceError::NotFound);

struct CgroupWalk {
    ReaderContext &ctx;
    CgroupVersion version;
    QByteArray mountPoint; // "/sys/fs/cgroup/memory"
    quint64 pageSize = 0;
    QByteArray path; // scratch

    // Reads dir/name; false (silently) when the file is absent, with a problem otherwise.
    bool read(const QByteArray &dir, const char *name, SourceError *error = nullptr) {
        path = dir + '/' + name;
        return ctx.read(path, false, quietAbsent | quiet(SourceError::NotSupported), error);
    }
    template <typename T> void note(const ParseResult<T> &r) { ctx.note(path, r, false); }

    std::optional<quint64> u64(const QByteArray &dir, const char *name) {
        if (!read(dir, name)) return std::nullopt;
        const auto r = parseSingleU64(ctx.buffer);
        note(r);
        return r.value;
    }
    // nullopt when absent or not understood; `unreadable` tells the second from the first.
    std::optional<LimitBytes> limit(const QByteArray &dir, const char *name, bool *unreadable = nullptr) {
        SourceError e;
        if (!read(dir, name, &e)) {
            if (unreadable) *unreadable = e.kind != SourceError::NotFound;
            return std::nullopt;
        }
        const auto r =
            version == CgroupVersion::V2 ? parseV2Limit(ctx.buffer) : parseV1Limit(ctx.buffer, pageSize);
        note(r);
        if (unreadable) *unreadable = !r.value;
        return r.value;
    }
    QMap<QString, quint64> counters(const QByteArray &dir, const char *name) {
        if (!read(dir, name)) return {};
        const auto r = parseKeyValueCounters(ctx.buffer);
        note(r);
        return r.value.value_or(QMap<QString, quint64>());
    }

    // Fills one cgroup; false when it vanished while we read it (live host only).
    bool readOne(const QByteArray &dir, Cgroup &cg) {
        const bool v2 = version == CgroupVersion::V2;
        SourceError e;
        // cgroup.procs exists in every cgroup, root included: the vanish check.
        if (!read(dir, "cgroup.procs", &e)) {
            if (ctx.source.isLive() && e.kind == SourceError::NotFound) return false;
        } else {
            const auto r = parseIntList(ctx.buffer);
            note(r);
            for (qint64 pid : r.value.value_or(QList<qint64>()))
                cg.pids.append(int(pid));
            std::sort(cg.pids.begin(), cg.pids.end());
        }
        cg.usage = u64(dir, v2 ? "memory.current" : "memory.usage_in_bytes");
        cg.peak = u64(dir, v2 ? "memory.peak" : "memory.max_usage_in_bytes");
        // No memory.max (the v2 root): nothing limits it but the host.
        bool limitUnreadable = false;
        cg.limit =
            limit(dir, v2 ? "memory.max" : "memory.limit_in_bytes", &limitUnreadable).value_or(LimitBytes());
        cg.limitKnown = !limitUnreadable;
        cg.stat = counters(dir, "memory.stat");
        if (v2) {
            cg.high = limit(dir, "memory.high");
            cg.low = limit(dir, "memory.low");
            cg.min = limit(dir, "memory.min");
            cg.swapUsage = u64(dir, "memory.swap.current");
            cg.swapMax = limit(dir, "memory.swap.max");
            cg.events = counters(dir, "memory.events");
            cg.eventsLocal = counters(dir, "memory.events.local");
            if (const std::optional<quint64> g = u64(dir, "memory.oom.group")) cg.oomGroup = *g != 0;
            if (read(dir, "memory.pressure")) {
                const auto r = parsePressure(ctx.buffer);
                note(r);
                cg.pressure = r.value;
            }
        } else {
            cg.failcnt = u64(dir, "memory.failcnt");
            cg.oomControl = counters(dir, "memory.oom_control");
            cg.memswUsage = u64(dir, "memory.memsw.usage_in_bytes");
            cg.memswLimit = limit(dir, "memory.memsw.limit_in_bytes");
            if (const std::optional<quint64> h = u64(dir, "memory.use_hierarchy")) cg.useHierarchy = *h != 0;
        }
        return true;
    }

    void walk(const QByteArray &rel, int parent) {
        const QByteArray dir = rel == "/" ? mountPoint : mountPoint + rel;
        Cgroup cg;
        cg.path = QString::fromUtf8(rel);
        cg.version = version;
        cg.parent = parent;
        if (!readOne(dir, cg)) return; // removed mid-walk
        // The binding limit: ours or the tightest above (v1 parents with use_hierarchy 0 do not
        // pass theirs down; mm/memcontrol-v1.c, always 1 since ~5.11).
        cg.effectiveLimit = cg.limit;
        cg.effectiveLimitKnown = cg.limitKnown;
        if (parent >= 0) {
            const Cgroup &p = ctx.snapshot.cgroups[parent];
            const bool inherits = version == CgroupVersion::V2 || p.useHierarchy.value_or(true);
            if (inherits && !p.effectiveLimitKnown) cg.effectiveLimitKnown = false;
            if (inherits && p.effectiveLimit &&
                (!cg.effectiveLimit || *p.effectiveLimit < *cg.effectiveLimit))
                cg.effectiveLimit = p.effectiveLimit;
        }
        ctx.snapshot.cgroups.append(std::move(cg));
        const int self = int(ctx.snapshot.cgroups.size() - 1);

        QList<DirEntry> entries;
        if (ctx.source.list(dir, entries)) return; // vanished between reading its files and listing it
        std::sort(entries.begin(), entries.end(),
                  [](const DirEntry &a, const DirEntry &b) { return a.name < b.name; });
        for (const DirEntry &d : entries) {
            if (d.isDir) walk(rel == "/" ? "/" + d.name : rel + '/' + d.name, self);
        }
    }
};

std::optional<QList<MountEntry>> readMounts(ReaderContext &ctx) {
    if (ctx.read("/proc/self/mountinfo", false, quietAbsent)) {
        const auto r = parseMountinfo(ctx.buffer);
        ctx.note("/proc/self/mountinfo", r, false);
        return r.value;
    }
    // Older captures (pcp's, sosreports of old hosts) have only the mounts table.
    for (const char *path : {"/proc/self/mounts", "/proc/mounts"}) {
        if (ctx.read(path, false, quietAbsent)) {
            const auto r = parseMounts(ctx.buffer);
            ctx.note(path, r, false);
            return r.value;
        }
    }
    return std::nullopt;
}

} // namespace

void readCgroups(ReaderContext &ctx) {
    Snapshot &s = ctx.snapshot;
    const std::optional<QList<MountEntry>> mounts = readMounts(ctx);
    if (!mounts) {
        s.addProblem(QStringLiteral("/proc/self/mountinfo"), 0,
                     QStringLiteral("no mount table: cgroups not read"), true);
        return;
    }
    QByteArray controllers;
    for (const MountEntry &m : *mounts) {
        if (m.fsType == QLatin1String("cgroup2")) {
            SourceError e;
            controllers = ctx.source.readAll(QFile::encodeName(m.mountPoint) + "/cgroup.controllers", &e);
            // A capture without the root's cgroup.controllers: on a cgroup2-only host the memory
            // controller is there in practice (classifyCgroupMounts() still prefers a v1 mount).
            if (e.kind == SourceError::NotFound) controllers = "memory";
            break;
        }
    }
    const CgroupMounts found = classifyCgroupMounts(*mounts, controllers);
    s.cgroupMode = found.mode;
    const std::optional<MountEntry> &mount = found.v1Memory ? found.v1Memory : found.v2;
    if (found.mode == CgroupMode::None || !mount) {
        s.addProblem(QStringLiteral("/proc/self/mountinfo"), 0,
                     QStringLiteral("memory controller not mounted"), false);
        return;
    }
    ctx.memoryOnV1 = found.v1Memory.has_value();
    ctx.memoryMountRoot = mount->root;
    CgroupWalk walk{ctx,
                    ctx.memoryOnV1 ? CgroupVersion::V1 : CgroupVersion::V2,
                    QFile::encodeName(mount->mountPoint),
                    s.pageSize.value_or(0),
                    {}};
    while (walk.mountPoint.size() > 1 && walk.mountPoint.endsWith('/'))
        walk.mountPoint.chop(1);
    walk.walk("/", -1);
    if (s.cgroups.isEmpty())
        s.addProblem(mount->mountPoint, 0, QStringLiteral("memory hierarchy not readable"), true);
}

} // namespace oomlens::detail
