// SnapshotReader, part 2: /sys/devices/system/node/nodeN/{meminfo,cpulist,distance}.
#include "NodeFiles.h"
#include "procfs/Meminfo.h"
#include "procfs/ReaderContext.h"
#include "procfs/TextScan.h"

#include <algorithm>

namespace oomlens::detail {

namespace {

MemoryNode &nodeFor(Snapshot &s, int id) {
    auto it = std::lower_bound(s.nodes.begin(), s.nodes.end(), id,
                               [](const MemoryNode &n, int v) { return n.id < v; });
    if (it == s.nodes.end() || it->id != id) {
        MemoryNode n;
        n.id = id; // a node without memory: zoneinfo printed no zone for it
        it = s.nodes.insert(it, n);
    }
    return *it;
}

} // namespace

void readNodes(ReaderContext &ctx) {
    static constexpr QByteArrayView base = "/sys/devices/system/node";
    QList<DirEntry> entries;
    const SourceError e = ctx.source.list(base, entries);
    if (e) {
        // Kernels without CONFIG_NUMA have no node directory; captures may lack /sys.
        ctx.snapshot.addProblem(
            e.path, 0, QStringLiteral("%1: per-node meminfo, CPUs and distances n/a").arg(e.reason), false);
        return;
    }
    QList<int> ids;
    for (const DirEntry &d : entries) {
        if (!d.name.startsWith("node")) continue;
        const std::optional<int> id = scan::toInt<int>(QByteArrayView(d.name).sliced(4));
        if (id && *id >= 0) ids.append(*id);
    }
    std::sort(ids.begin(), ids.end());
    for (int id : ids) {
        const QByteArray dir = base.toByteArray() + "/node" + QByteArray::number(id);
        MemoryNode &node = nodeFor(ctx.snapshot, id);
        if (ctx.read(dir + "/meminfo", false)) {
            const auto r = parseNodeMeminfo(ctx.buffer);
            ctx.note(dir + "/meminfo", r, false);
            if (r.ok()) {
                node.meminfo = r->values;
                if (r->node != id)
                    ctx.snapshot.addProblem(QString::fromLatin1(dir + "/meminfo"), 1,
                                            QStringLiteral("file says node %1").arg(r->node), false);
            }
        }
        if (ctx.read(dir + "/cpulist", false)) {
            const auto r = parseIdList(ctx.buffer);
            ctx.note(dir + "/cpulist", r, false);
            if (r.ok()) node.cpus = *r;
        }
        if (ctx.read(dir + "/distance", false)) {
            const auto r = parseNodeDistance(ctx.buffer);
            ctx.note(dir + "/distance", r, false);
            if (r.ok()) node.distances = *r;
        }
    }
}

} // namespace oomlens::detail
