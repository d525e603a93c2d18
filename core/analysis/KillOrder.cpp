#include "KillOrder.h"

#include <algorithm>

namespace oomlens {

namespace {

// oom_unkillable_task(): the global init and kernel threads; find_lock_task_mm() fails for tasks
// without an mm (zombies). The snapshot shows kernel threads as processes without memory lines
// and without a cmdline, and pid 2 (kthreadd) is their parent.
bool neverPicked(const Process &p) {
    return p.pid == 1 || p.state == 'Z' || p.state == 'X' || p.isKernelThread() || p.oomScoreAdj == -1000;
}

// Sort key of select_bad_process(): the highest badness wins; on a tie oom_evaluate_task()
// takes the LATER task of the task list (it replaces the choice when points == chosen_points),
// and the task list is in fork order, so the younger process comes first.
bool killsBefore(const KillCandidate &a, const KillCandidate &b) {
    if (a.badness.has_value() != b.badness.has_value()) return a.badness.has_value();
    if (a.badness != b.badness) return *a.badness > *b.badness;
    if (a.badness && a.startTime != b.startTime) return a.startTime > b.startTime;
    return a.badness ? a.pid > b.pid : a.pid < b.pid;
}

void rank(QList<KillCandidate> &list) {
    std::sort(list.begin(), list.end(), killsBefore);
    int next = 1;
    for (KillCandidate &c : list)
        c.rank = c.badness ? next++ : 0;
}

// mem_cgroup_get_max(): the memcg's limit plus the swap it may use, in pages.
std::optional<quint64> memcgMaxPages(const Cgroup &cg, quint64 pageSize, quint64 swapPages) {
    if (!cg.effectiveLimit) return std::nullopt;
    const quint64 max = *cg.effectiveLimit / pageSize;
    quint64 swap = swapPages;
    if (cg.version == CgroupVersion::V2 && cg.swapMax && *cg.swapMax)
        swap = std::min(swap, **cg.swapMax / pageSize);
    if (cg.version == CgroupVersion::V1 && cg.memswLimit && *cg.memswLimit) {
        const quint64 memsw = **cg.memswLimit / pageSize;
        swap = std::min(swap, memsw > max ? memsw - max : 0);
    }
    return max + swap;
}

} // namespace

std::optional<qint64> oomBadness(const Process &p, quint64 pageSize, quint64 totalPages) {
    if (neverPicked(p) || pageSize == 0) return std::nullopt;
    // get_mm_rss() = MM_FILEPAGES + MM_ANONPAGES + MM_SHMEMPAGES = VmRSS in pages.
    const std::optional<Bytes> rss = (p.rssAnon && p.rssFile && p.rssShmem)
                                         ? std::optional<Bytes>(*p.rssAnon + *p.rssFile + *p.rssShmem)
                                         : p.rss;
    if (!rss) return std::nullopt;
    qint64 points = qint64(*rss / pageSize) + qint64(p.swap.value_or(0) / pageSize) +
                    qint64(p.pageTables.value_or(0) / pageSize);
    const qint64 adj = p.oomScoreAdj.value_or(0);
    points += adj * qint64(totalPages / 1000);
    return points;
}

int oomScoreFor(std::optional<qint64> badness, quint64 totalPages) {
    if (!badness || totalPages == 0) return 0;
    // (1000 + badness * 1000 / (long)totalpages) * 2 / 3, in C's truncating long arithmetic.
    const qint64 points = (1000 + *badness * 1000 / qint64(totalPages)) * 2 / 3;
    return int(std::max<qint64>(points, 0));
}

const KillCandidate *KillOrder::forPid(int pid) const {
    const auto it = m_hostIndex.constFind(pid);
    return it == m_hostIndex.constEnd() ? nullptr : &host[*it];
}

KillOrder estimateKillOrder(const Snapshot &s) {
    KillOrder order;
    const std::optional<quint64> memTotal = s.meminfoValue(QStringLiteral("MemTotal"));
    if (!memTotal || !s.pageSize || *s.pageSize == 0) {
        for (const Process &p : s.processes)
            order.host.append({p.pid, std::nullopt, std::nullopt, 0, p.startTime});
    } else {
        const quint64 pageSize = *s.pageSize;
        const quint64 swapPages = s.meminfoValue(QStringLiteral("SwapTotal")).value_or(0) / pageSize;
        // constrained_alloc(): totalpages = totalram_pages() + total_swap_pages.
        const quint64 total = *memTotal / pageSize + swapPages;
        order.totalPages = total;
        for (const Process &p : s.processes) {
            KillCandidate c{p.pid, oomBadness(p, pageSize, total), std::nullopt, 0, p.startTime};
            const bool countersKnown = c.badness || neverPicked(p);
            if (countersKnown) c.estimatedOomScore = oomScoreFor(c.badness, total);
            order.host.append(c);
        }
        // A memcg OOM scans the whole subtree (mem_cgroup_scan_tasks()): each process is a candidate
        // in its own cgroup and in every ancestor. Walk up from each process once.
        QHash<QString, int> byPath;
        for (qsizetype i = 0; i < s.cgroups.size(); ++i)
            byPath.insert(s.cgroups[i].path, int(i));
        QList<QList<KillCandidate>> perCgroup(s.cgroups.size());
        QList<quint64> cgTotal(s.cgroups.size());
        QList<std::optional<quint64>> cgMax(s.cgroups.size());
        for (qsizetype i = 0; i < s.cgroups.size(); ++i) {
            cgMax[i] = memcgMaxPages(s.cgroups[i], pageSize, swapPages);
            cgTotal[i] = cgMax[i].value_or(total);
        }
        for (const Process &p : s.processes) {
            for (int i = byPath.value(p.cgroup, -1); i >= 0; i = s.cgroups[i].parent)
                perCgroup[i].append(
                    {p.pid, oomBadness(p, pageSize, cgTotal[i]), std::nullopt, 0, p.startTime});
        }
        for (qsizetype i = 0; i < s.cgroups.size(); ++i) {
            // Only a cgroup with a limit somewhere up its path can have a memcg OOM of its own.
            if (perCgroup[i].isEmpty() || !cgMax[i]) continue;
            rank(perCgroup[i]);
            order.cgroups.append({s.cgroups[i].path, cgMax[i], std::move(perCgroup[i])});
        }
    }
    rank(order.host);
    for (qsizetype i = 0; i < order.host.size(); ++i)
        order.m_hostIndex.insert(order.host[i].pid, i);
    return order;
}

} // namespace oomlens
