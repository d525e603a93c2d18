// SnapshotReader, part 4: /proc/<pid>/{stat,status,oom_score,oom_score_adj,cgroup,cmdline}.
//
// This is the hot loop of a live snapshot (2,000 processes = 12,000 small files): paths are
// built in a stack buffer, every read goes into the one reused buffer, and only the lines we
// need are parsed. A process that exits between two reads is skipped silently (formats doc 11.7).
#include "PidCgroup.h"
#include "PidStat.h"
#include "PidStatus.h"
#include "ReaderContext.h"
#include "SingleValue.h"
#include "TextScan.h"

#include <QHash>

#include <algorithm>
#include <cstdio>

namespace oomlens::detail {

namespace {

// Problems per file name ("oom_score") are summarised, not listed per process: 2,000 identical
// "permission denied" lines help nobody.
struct ProblemTally {
    QHash<QString, QPair<int, SourceError>> byFile;
    void add(const char *file, const SourceError &e) {
        auto &entry = byFile[QString::fromLatin1(file)];
        if (entry.first++ == 0) entry.second = e;
    }
    void flush(Snapshot &s) {
        for (auto it = byFile.cbegin(); it != byFile.cend(); ++it) {
            const SourceError &e = it->second;
            s.addProblem(e.path, 0,
                         it->first == 1 ? e.reason
                                        : QStringLiteral("%1 (and %2 more /proc/<pid>/%3 files)")
                                              .arg(e.reason)
                                              .arg(it->first - 1)
                                              .arg(it.key()),
                         false);
        }
    }
};

class ProcessReader {
public:
    ProcessReader(ReaderContext &ctx, bool cmdlines)
        : m_ctx(ctx)
        , m_cmdlines(cmdlines) {
        const QList<Cgroup> &cgroups = ctx.snapshot.cgroups;
        for (qsizetype i = 0; i < cgroups.size(); ++i) {
            for (int pid : cgroups[i].pids)
                m_cgroupOfPid.insert(pid, int(i));
        }
    }

    // Returns false when the process vanished (or has no readable stat): skip it.
    bool read(int pid, Process &p) {
        m_pid = pid;
        if (!file("stat", true)) return false;
        {
            const auto r = parsePidStat(m_ctx.buffer);
            if (!r.ok()) {
                m_ctx.note(path("stat"), r, false);
                return false;
            }
            p.pid = pid;
            p.comm = r->comm;
            p.state = r->state;
            p.ppid = r->ppid;
            p.startTime = r->startTime.value_or(0);
        }
        if (file("status")) {
            const auto r = parsePidStatus(m_ctx.buffer);
            if (r.ok()) {
                p.uid = r->uid;
                p.rss = r->vmRss;
                p.rssAnon = r->rssAnon;
                p.rssFile = r->rssFile;
                p.rssShmem = r->rssShmem;
                p.swap = r->vmSwap;
                p.pageTables = r->vmPte;
            } else {
                m_ctx.note(path("status"), r, false);
            }
        } else if (m_vanished) {
            return false;
        }
        if (file("oom_score")) {
            if (const auto v = scan::toInt<int>(scan::trimmed(m_ctx.buffer))) p.oomScore = *v;
        } else if (m_vanished) {
            return false;
        }
        if (file("oom_score_adj")) {
            if (const auto v = scan::toInt<int>(scan::trimmed(m_ctx.buffer))) p.oomScoreAdj = *v;
        } else if (m_vanished) {
            return false;
        }
        // The memory cgroup: known from the cgroup.procs files read during the cgroup walk, which
        // saves one file per process; /proc/<pid>/cgroup only for a pid no list had (it started
        // after the walk, or cgroups were not read).
        if (const auto it = m_cgroupOfPid.constFind(pid); it != m_cgroupOfPid.constEnd()) {
            p.cgroup = m_ctx.snapshot.cgroups[*it].path;
        } else if (file("cgroup")) {
            const auto r = parsePidCgroup(m_ctx.buffer);
            if (r.ok()) p.cgroup = relativeToMount(memoryCgroupPath(*r, m_ctx.memoryOnV1));
        } else if (m_vanished) {
            return false;
        }
        if (m_cmdlines) {
            if (file("cmdline"))
                p.cmdline = parseCmdline(m_ctx.buffer);
            else if (m_vanished)
                return false;
        }
        return true;
    }

    ProblemTally tally;

private:
    const QByteArrayView path(const char *name) {
        const int n = std::snprintf(m_path, sizeof m_path, "/proc/%d/%s", m_pid, name);
        return QByteArrayView(m_path, n);
    }

    // Reads /proc/<pid>/<name>. A missing file on the live host means the process exited:
    // m_vanished is set and nothing is recorded.
    bool file(const char *name, bool first = false) {
        m_vanished = false;
        const SourceError e = m_ctx.source.read(path(name), m_ctx.buffer);
        if (e.ok()) return true;
        if (e.kind == SourceError::NotFound && (m_ctx.source.isLive() || first)) {
            m_vanished = true;
            return false;
        }
        tally.add(name, e);
        return false;
    }

    // /proc/<pid>/cgroup paths are relative to the hierarchy's root; a mount of a subtree (in a
    // container, root "/docker/<id>") shows the cgroups below that root.
    QString relativeToMount(const QString &path) const {
        const QString &root = m_ctx.memoryMountRoot;
        if (root == QLatin1String("/") || path.isEmpty()) return path;
        if (path == root) return QStringLiteral("/");
        if (path.startsWith(root) && path.at(root.size()) == u'/') return path.mid(root.size());
        return path;
    }

    ReaderContext &m_ctx;
    bool m_cmdlines;
    QHash<int, int> m_cgroupOfPid; // pid -> index in Snapshot::cgroups
    int m_pid = 0;
    bool m_vanished = false;
    char m_path[64];
};

} // namespace

void readProcesses(ReaderContext &ctx, bool cmdlines) {
    QList<DirEntry> entries;
    if (const SourceError e = ctx.source.list("/proc", entries)) {
        ctx.snapshot.addProblem(e.path, 0, QStringLiteral("%1: no processes").arg(e.reason), true);
        return;
    }
    QList<int> pids;
    pids.reserve(entries.size());
    for (const DirEntry &d : entries) {
        if (const std::optional<int> pid = scan::toInt<int>(d.name); pid && *pid > 0) pids.append(*pid);
    }
    std::sort(pids.begin(), pids.end());
    ProcessReader reader(ctx, cmdlines);
    ctx.snapshot.hasCmdlines = cmdlines;
    ctx.snapshot.processes.reserve(pids.size());
    for (int pid : pids) {
        Process p;
        if (reader.read(pid, p)) ctx.snapshot.processes.append(std::move(p));
    }
    reader.tally.flush(ctx.snapshot);
}

} // namespace oomlens::detail
