// `oomlens-cli snapshot [--source PATH] [--json]`: the parsed memory state of the live host or of
// a snapshot directory, archive or sosreport. JSON schema: docs/snapshot-json.md.
#include "command.h"

#include "analysis/KillOrder.h"
#include "model/Printable.h"
#include "model/SnapshotJson.h"
#include "procfs/SnapshotReader.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace oomlens;

namespace {

QString na() {
    return QStringLiteral("n/a");
}

template <typename T> QString num(const std::optional<T> &v) {
    return v ? QString::number(*v) : na();
}

QString bytes(std::optional<quint64> v) {
    if (!v) return na();
    const double b = double(*v);
    if (b >= double(GiB)) return QString::number(b / double(GiB), 'f', 1) + QStringLiteral(" GiB");
    if (b >= double(MiB)) return QString::number(b / double(MiB), 'f', 1) + QStringLiteral(" MiB");
    if (b >= double(KiB)) return QString::number(b / double(KiB), 'f', 1) + QStringLiteral(" KiB");
    return QString::number(*v) + QStringLiteral(" B");
}

QString limitText(const LimitBytes &l) {
    return l ? bytes(*l) : QStringLiteral("unlimited");
}

void printZones(QTextStream &out, const Snapshot &s) {
    out << "\nNodes and zones (pages of " << num(s.pageSize) << " bytes):\n";
    out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7  %8\n")
               .arg(QStringLiteral("node"), -4)
               .arg(QStringLiteral("zone"), -8)
               .arg(QStringLiteral("free"), 10)
               .arg(QStringLiteral("min"), 8)
               .arg(QStringLiteral("low"), 8)
               .arg(QStringLiteral("high"), 8)
               .arg(QStringLiteral("managed"), 10)
               .arg(QStringLiteral("free blocks per order (buddyinfo)"));
    for (const MemoryNode &n : s.nodes) {
        if (n.zones.isEmpty()) out << "  " << QString::number(n.id).leftJustified(4) << " (no memory)\n";
        for (const Zone &z : n.zones) {
            QStringList buddy;
            if (z.buddy) {
                for (quint64 b : *z.buddy)
                    buddy << QString::number(b);
            }
            out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7  %8\n")
                       .arg(n.id, -4)
                       .arg(z.name, -8)
                       .arg(num(z.freePages), 10)
                       .arg(num(z.minPages), 8)
                       .arg(num(z.lowPages), 8)
                       .arg(num(z.highPages), 8)
                       .arg(num(z.managedPages), 10)
                       .arg(z.buddy ? buddy.join(QLatin1Char(' ')) : na());
        }
    }
}

void printMemory(QTextStream &out, const Snapshot &s) {
    out << "\nMemory (/proc/meminfo):\n";
    for (const char *key : {"MemTotal", "MemFree", "MemAvailable", "Cached", "AnonPages", "Shmem",
                            "SUnreclaim", "SwapTotal", "SwapFree", "CommitLimit", "Committed_AS"}) {
        const QString k = QString::fromLatin1(key);
        out << "  " << (k + QLatin1Char(':')).leftJustified(14) << bytes(s.meminfoValue(k)) << '\n';
    }
    const auto psi = [](const std::optional<PressureLine> &l) {
        return l ? QStringLiteral("avg10=%1 avg60=%2 avg300=%3")
                       .arg(l->avg10, 0, 'f', 2)
                       .arg(l->avg60, 0, 'f', 2)
                       .arg(l->avg300, 0, 'f', 2)
                 : na();
    };
    out << "  Pressure:     some " << (s.memoryPressure ? psi(s.memoryPressure->some) : na()) << "; full "
        << (s.memoryPressure ? psi(s.memoryPressure->full) : na()) << '\n';
    const VmSysctls &v = s.sysctls;
    out << "  Sysctls:      overcommit_memory=" << num(v.overcommitMemory)
        << " panic_on_oom=" << num(v.panicOnOom)
        << " oom_kill_allocating_task=" << num(v.oomKillAllocatingTask)
        << " min_free_kbytes=" << num(v.minFreeKbytes)
        << " watermark_scale_factor=" << num(v.watermarkScaleFactor) << '\n';
}

void printCgroups(QTextStream &out, const Snapshot &s) {
    out << "\nMemory cgroups (" << cgroupModeName(s.cgroupMode) << ", " << s.cgroups.size() << "):\n";
    for (const Cgroup &c : s.cgroups) {
        out << "  " << c.path << "  usage " << bytes(c.usage) << ", limit "
            << (c.limitKnown ? limitText(c.limit) : na());
        if (c.effectiveLimit != c.limit || c.effectiveLimitKnown != c.limitKnown)
            out << " (effective " << (c.effectiveLimitKnown ? limitText(c.effectiveLimit) : na()) << ')';
        out << ", oom_kill " << num(c.oomKills()) << ", " << c.pids.size() << " processes\n";
    }
}

void printProcesses(QTextStream &out, const Snapshot &s, const KillOrder &k) {
    constexpr int shown = 20;
    out << "\nKill order (first " << shown << " of " << s.processes.size() << " processes):\n";
    out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7  %8\n")
               .arg(QStringLiteral("rank"), 4)
               .arg(QStringLiteral("pid"), 7)
               .arg(QStringLiteral("oom_score"), 9)
               .arg(QStringLiteral("estimate"), 8)
               .arg(QStringLiteral("adj"), 5)
               .arg(QStringLiteral("rss"), 10)
               .arg(QStringLiteral("comm"), -16)
               .arg(QStringLiteral("cgroup"));
    int n = 0;
    for (const KillCandidate &c : k.host) {
        if (c.rank == 0 || n++ >= shown) break;
        const Process *p = s.process(c.pid);
        out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7  %8\n")
                   .arg(c.rank, 4)
                   .arg(c.pid, 7)
                   .arg(num(p->oomScore), 9)
                   .arg(num(c.estimatedOomScore), 8)
                   .arg(num(p->oomScoreAdj), 5)
                   .arg(bytes(p->rss), 10)
                   .arg(p->comm, -16)
                   .arg(p->cgroup.isEmpty() ? na() : p->cgroup);
    }
}

// For every cgroup under a limit: whom a memcg OOM there would kill first.
void printCgroupVictims(QTextStream &out, const Snapshot &s, const KillOrder &k) {
    if (k.cgroups.isEmpty()) return;
    out << "\nFirst victim of a memcg OOM, per cgroup under a limit:\n";
    for (const CgroupKillOrder &c : k.cgroups) {
        const KillCandidate &first = c.candidates.first();
        const Process *p = s.process(first.pid);
        out << "  " << c.cgroupPath
            << " (limit + usable swap: " << bytes(c.totalPages.value_or(0) * s.pageSize.value_or(0)) << "): ";
        if (first.rank == 0 || !p)
            out << "none (no killable process)\n";
        else
            out << "pid " << first.pid << " " << p->comm << ", badness " << *first.badness << " pages\n";
    }
}

void printText(const Snapshot &s, const KillOrder &k) {
    QString text;
    QTextStream out(&text);
    out << "Source:  " << s.source << "\nHost:    " << (s.host.isEmpty() ? na() : s.host)
        << "\nKernel:  " << (s.kernelRelease.isEmpty() ? na() : s.kernelRelease)
        << "\nTime:    " << (s.time.isValid() ? s.time.toUTC().toString(Qt::ISODate) : na()) << '\n';
    if (s.partial) out << "PARTIAL: some data is missing (see problems below)\n";
    printZones(out, s);
    printMemory(out, s);
    printCgroups(out, s);
    printProcesses(out, s, k);
    printCgroupVictims(out, s, k);
    if (!s.problems.isEmpty()) {
        out << "\nProblems (" << s.problems.size() << "):\n";
        for (const SnapshotProblem &p : s.problems)
            out << "  " << (p.file.isEmpty() ? QStringLiteral("-") : p.file)
                << (p.line ? QStringLiteral(":%1").arg(p.line) : QString()) << ": " << p.reason << '\n';
    }
    out.flush();
    // comm, cmdline and cgroup names are chosen by whoever made the snapshot's processes: escape
    // control characters so they cannot act on the terminal (model/Printable.h).
    QTextStream(stdout) << printable(text, -1, Newlines::Keep);
}

int runSnapshot(const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Show the memory state of the live host or of a snapshot."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("source"),
         QStringLiteral("Snapshot directory, archive (.tar, .tar.gz, .tar.xz, .tar.zst) or sosreport; "
                        "default: the live host."),
         QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (schema: docs/snapshot-json.md).")});
    parser.addOption(
        {QStringLiteral("pagetypeinfo"),
         QStringLiteral("Live host: also read /proc/pagetypeinfo (free blocks per migrate type; the "
                        "kernel walks its free lists under the zone lock to print it).")});
    parser.addOption(
        {QStringLiteral("cmdlines"),
         QStringLiteral("Also read every process's command line (/proc/<pid>/cmdline; slower).")});
    if (!parser.parse(QStringList{QStringLiteral("oomlens-cli snapshot")} + args)) {
        std::fprintf(stderr, "oomlens-cli snapshot: %s\n", qPrintable(parser.errorText()));
        return cli::ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return cli::ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "oomlens-cli snapshot: unexpected argument '%s'\n",
                     qPrintable(parser.positionalArguments().first()));
        return cli::ExitUsage;
    }
    const QString location = parser.value(QStringLiteral("source"));
    if (parser.isSet(QStringLiteral("source")) && location.isEmpty()) {
        std::fprintf(stderr, "oomlens-cli snapshot: --source needs a path\n");
        return cli::ExitUsage;
    }
    SourceError error;
    // Live, cmdline is not part of the documented output and is the costliest per-process file
    // (the kernel copies it out of the process's memory with access_remote_vm()): read on
    // request. From a capture both are just files.
    SnapshotReadOptions options;
    options.cmdlines = !location.isEmpty() || parser.isSet(QStringLiteral("cmdlines"));
    // Live, /proc/pagetypeinfo makes the kernel walk every free list with the zone lock held
    // (mm/vmstat.c pagetypeinfo_showfree_print(); ~20 ms of system time on this 24 GB VM, more
    // than all 2,000 processes' stat files): only on request. From a capture it is just a file.
    options.pagetypeinfo = !location.isEmpty() || parser.isSet(QStringLiteral("pagetypeinfo"));
    const std::optional<Snapshot> snapshot = readSnapshot(location, &error, options);
    if (!snapshot) {
        std::fprintf(stderr, "oomlens-cli snapshot: %s: %s\n", qPrintable(error.path),
                     qPrintable(error.reason));
        return cli::ExitError;
    }
    const KillOrder killOrder = estimateKillOrder(*snapshot);
    if (parser.isSet(QStringLiteral("json"))) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered) ||
            !writeSnapshotJson(*snapshot, killOrder, out)) {
            std::fprintf(stderr, "oomlens-cli snapshot: standard output: write error\n");
            return cli::ExitError;
        }
    } else {
        printText(*snapshot, killOrder);
    }
    return cli::ExitOk;
}

const cli::CommandRegistration
    registration({"snapshot", "Show the memory state of the live host or a snapshot", runSnapshot});

} // namespace
