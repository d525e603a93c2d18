#include "Capture.h"

#include "procfs/Mountinfo.h"
#include "procfs/TextScan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace oomlens {

namespace {

// /proc files read by SnapshotReader or worth having for a diagnosis.
constexpr const char *procFiles[] = {
    "/proc/meminfo",
    "/proc/vmstat",
    "/proc/zoneinfo",
    "/proc/buddyinfo",
    "/proc/pagetypeinfo",
    "/proc/slabinfo",
    "/proc/swaps",
    "/proc/cgroups",
    "/proc/version",
    "/proc/cmdline",
    "/proc/self/mountinfo",
    "/proc/pressure/memory",
    "/proc/pressure/cpu",
    "/proc/pressure/io",
    "/proc/sys/kernel/hostname",
    "/proc/sys/kernel/osrelease",
};
constexpr const char *pidFiles[] = {"stat", "status", "oom_score", "oom_score_adj", "cgroup", "cmdline"};
constexpr const char *nodeFiles[] = {"meminfo", "cpulist", "distance", "numastat", "vmstat"};
// Per cgroup: what SnapshotReader reads plus context; absent ones are skipped silently.
constexpr const char *cgroupFiles[] = {
    "cgroup.procs", "cgroup.controllers", "cgroup.subtree_control", "cgroup.events", "cgroup.type",
    // v2
    "memory.current", "memory.peak", "memory.max", "memory.high", "memory.low", "memory.min",
    "memory.swap.current", "memory.swap.max", "memory.swap.events", "memory.events", "memory.events.local",
    "memory.stat", "memory.pressure", "memory.oom.group", "memory.numa_stat",
    // v1
    "memory.usage_in_bytes", "memory.limit_in_bytes", "memory.max_usage_in_bytes",
    "memory.soft_limit_in_bytes", "memory.failcnt", "memory.oom_control", "memory.memsw.usage_in_bytes",
    "memory.memsw.limit_in_bytes", "memory.memsw.max_usage_in_bytes", "memory.memsw.failcnt",
    "memory.use_hierarchy", "memory.swappiness"};

class Capturer {
public:
    Capturer(Source &host, CaptureSink &sink, CaptureReport &report)
        : m_host(host)
        , m_sink(sink)
        , m_report(report) {}

    // Copies one file. Absent files (another kernel, a process that exited) are not an error.
    bool copy(QByteArrayView path, bool reportAbsent = false) {
        if (!m_report.writeError.isEmpty()) return false;
        const SourceError e = m_host.read(path, m_buffer);
        if (e) {
            if (e.kind != SourceError::NotFound || reportAbsent)
                m_report.unreadable.append({e.path, e.reason});
            return false;
        }
        return write(path, m_buffer);
    }

    bool write(QByteArrayView path, QByteArrayView data) {
        if (!m_sink.add(path, data)) {
            m_report.writeError = m_sink.errorString();
            return false;
        }
        ++m_report.files;
        m_report.bytes += data.size();
        return true;
    }

    void copyDirFiles(const QByteArray &dir, QByteArrayView skip) {
        QList<DirEntry> entries;
        if (m_host.list(dir, entries)) return;
        for (const DirEntry &e : entries) {
            if (!e.isDir && e.name != skip) copy(dir + '/' + e.name);
        }
    }

    void system() {
        for (const char *f : procFiles)
            copy(f);
        // vm sysctls: all readable ones; compact_memory and drop_caches are write-only (0200).
        QList<DirEntry> entries;
        if (!m_host.list("/proc/sys/vm", entries)) {
            for (const DirEntry &e : entries) {
                if (!e.isDir && e.name != "compact_memory" && e.name != "drop_caches")
                    copy("/proc/sys/vm/" + e.name);
            }
        }
        static constexpr QByteArrayView nodeBase = "/sys/devices/system/node";
        for (const char *f : {"online", "possible", "has_cpu", "has_memory", "has_normal_memory"})
            copy(nodeBase.toByteArray() + '/' + f);
        if (!m_host.list(nodeBase, entries)) {
            for (const DirEntry &e : entries) {
                if (e.isDir && e.name.startsWith("node") &&
                    scan::toInt<int>(QByteArrayView(e.name).sliced(4))) {
                    for (const char *f : nodeFiles)
                        copy(nodeBase.toByteArray() + '/' + e.name + '/' + f);
                }
            }
        }
        if (!m_host.list("/sys/kernel/mm/hugepages", entries)) {
            for (const DirEntry &e : entries) {
                if (e.isDir)
                    copyDirFiles("/sys/kernel/mm/hugepages/" + e.name, "demote"); // write-only (0200)
            }
        }
    }

    void cgroups() {
        const QByteArray mountinfo = m_host.readAll("/proc/self/mountinfo");
        const auto mounts = parseMountinfo(mountinfo);
        if (!mounts.ok()) return;
        for (const MountEntry &m : *mounts) {
            const bool memoryV1 =
                m.fsType == QLatin1String("cgroup") && m.superOptions.contains(QLatin1String("memory"));
            if (memoryV1 || m.fsType == QLatin1String("cgroup2")) walk(QFile::encodeName(m.mountPoint));
        }
    }

    void walk(const QByteArray &dir) {
        for (const char *f : cgroupFiles)
            copy(dir + '/' + f);
        QList<DirEntry> entries;
        if (m_host.list(dir, entries)) return; // removed while we walked
        std::sort(entries.begin(), entries.end(),
                  [](const DirEntry &a, const DirEntry &b) { return a.name < b.name; });
        for (const DirEntry &e : entries) {
            if (e.isDir) walk(dir + '/' + e.name);
        }
    }

    void processes() {
        QList<DirEntry> entries;
        if (const SourceError e = m_host.list("/proc", entries)) {
            m_report.unreadable.append({e.path, e.reason});
            return;
        }
        char path[64];
        QByteArray files[std::size(pidFiles)];
        for (const DirEntry &d : entries) {
            const std::optional<int> pid = scan::toInt<int>(d.name);
            if (!pid) continue;
            // Read all six first, so that a process exiting half-way leaves nothing behind.
            bool gone = false;
            for (size_t i = 0; i < std::size(pidFiles) && !gone; ++i) {
                const int n = std::snprintf(path, sizeof path, "/proc/%d/%s", *pid, pidFiles[i]);
                const SourceError e = m_host.read(QByteArrayView(path, n), files[i]);
                gone = e.kind == SourceError::NotFound;
                if (e && !gone) m_report.unreadable.append({e.path, e.reason});
            }
            if (gone) continue;
            for (size_t i = 0; i < std::size(pidFiles); ++i) {
                const int n = std::snprintf(path, sizeof path, "/proc/%d/%s", *pid, pidFiles[i]);
                if (!write(QByteArrayView(path, n), files[i])) return;
            }
            ++m_report.processes;
        }
    }

private:
    Source &m_host;
    CaptureSink &m_sink;
    CaptureReport &m_report;
    QByteArray m_buffer;
};

QString firstLine(Source &host, QByteArrayView path) {
    const QByteArray b = host.readAll(path);
    const qsizetype nl = b.indexOf('\n');
    return QString::fromUtf8(nl < 0 ? b : b.left(nl)).trimmed();
}

} // namespace

QByteArray manifestJson(const CaptureReport &r) {
    QJsonArray unreadable;
    for (const CaptureReport::Unreadable &u : r.unreadable)
        unreadable.append(
            QJsonObject{{QStringLiteral("path"), u.path}, {QStringLiteral("reason"), u.reason}});
    const QJsonObject m{{QStringLiteral("format"), QStringLiteral("oomlens-capture/1")},
                        {QStringLiteral("host"), r.host},
                        {QStringLiteral("kernel"), r.kernel},
                        {QStringLiteral("time"), r.time.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("page_size"), qint64(r.pageSize)},
                        {QStringLiteral("tool"), QStringLiteral("oomlens-cli")},
                        {QStringLiteral("tool_version"), QStringLiteral(OOMLENS_VERSION)},
                        {QStringLiteral("files"), r.files},
                        {QStringLiteral("processes"), r.processes},
                        {QStringLiteral("unreadable"), unreadable}};
    return QJsonDocument(m).toJson(QJsonDocument::Indented);
}

CaptureReport captureHost(Source &host, CaptureSink &sink) {
    CaptureReport report;
    report.time = QDateTime::currentDateTimeUtc();
    report.host = firstLine(host, "/proc/sys/kernel/hostname");
    report.kernel = firstLine(host, "/proc/sys/kernel/osrelease");
    report.pageSize = quint64(::sysconf(_SC_PAGESIZE));
    Capturer c(host, sink, report);
    c.system();
    c.cgroups();
    c.processes();
    if (report.writeError.isEmpty()) {
        const QByteArray manifest = manifestJson(report);
        c.write("/manifest.json", manifest);
    }
    return report;
}

} // namespace oomlens
