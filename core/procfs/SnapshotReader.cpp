#include "SnapshotReader.h"

#include "ReaderContext.h"
#include "TextScan.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace oomlens {

namespace {

// Who and when: manifest.json (our captures), /proc/sys/kernel/{hostname,osrelease} (live and
// captures), sosreport's top-level `hostname` and `uname -a` files, /proc/version.
void readIdentity(detail::ReaderContext &ctx) {
    Snapshot &s = ctx.snapshot;
    Source &src = ctx.source;
    SourceError e;
    if (!src.isLive()) {
        const QByteArray manifest = src.readAll("/manifest.json", &e);
        if (e.ok()) {
            QJsonParseError error;
            const QJsonObject m = QJsonDocument::fromJson(manifest, &error).object();
            if (error.error != QJsonParseError::NoError)
                s.addProblem(QStringLiteral("/manifest.json"), 0, error.errorString(), false);
            s.host = m.value(QLatin1String("host")).toString();
            s.kernelRelease = m.value(QLatin1String("kernel")).toString();
            s.time = QDateTime::fromString(m.value(QLatin1String("time")).toString(), Qt::ISODate);
            if (const qint64 ps = m.value(QLatin1String("page_size")).toInteger(); ps > 0)
                s.pageSize = Bytes(ps);
        }
    }
    auto firstLine = [&](QByteArrayView path) {
        const QByteArray b = src.readAll(path, &e);
        return e.ok() ? scan::utf8(scan::trimmed(b.left(b.indexOf('\n') < 0 ? b.size() : b.indexOf('\n'))))
                      : QString();
    };
    if (s.host.isEmpty()) s.host = firstLine("/proc/sys/kernel/hostname");
    if (s.kernelRelease.isEmpty()) s.kernelRelease = firstLine("/proc/sys/kernel/osrelease");
    if (s.host.isEmpty()) s.host = firstLine("/hostname"); // sosreport
    if (s.kernelRelease.isEmpty()) {
        // sosreport "uname": "Linux host 5.14.0-70.el9.x86_64 #1 SMP ..."; /proc/version:
        // "Linux version 6.1.0-18-amd64 (debian-kernel@...) ...".
        const QStringList uname = firstLine("/uname").split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QStringList version = firstLine("/proc/version").split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (uname.size() >= 3)
            s.kernelRelease = uname[2];
        else if (version.size() >= 3 && version[1] == QLatin1String("version"))
            s.kernelRelease = version[2];
    }
    if (src.isLive()) {
        s.time = QDateTime::currentDateTimeUtc();
        s.pageSize = Bytes(::sysconf(_SC_PAGESIZE));
    }
}

// A snapshot without a recorded page size (a sosreport, a hand-made tree): derive it from the
// node meminfo (kB) against the zones' managed pages, which agree exactly on every kernel we
// have seen (formats doc 3.6); failing that, assume 4 KiB and say so.
void derivePageSize(Snapshot &s) {
    if (s.pageSize) return;
    for (const MemoryNode &n : s.nodes) {
        quint64 managed = 0;
        for (const Zone &z : n.zones)
            managed += z.managedPages.value_or(0);
        const auto total = n.meminfo.constFind(QStringLiteral("MemTotal"));
        if (managed == 0 || total == n.meminfo.constEnd() || *total % managed != 0) continue;
        const quint64 ps = *total / managed;
        if (ps >= 4096 && ps <= 65536 && (ps & (ps - 1)) == 0) {
            s.pageSize = ps;
            return;
        }
    }
    s.pageSize = 4096;
    s.addProblem(QString(), 0, QStringLiteral("page size not recorded; assuming 4096 bytes"), false);
}

} // namespace

SnapshotReader::SnapshotReader(Source &source, SnapshotReadOptions options)
    : m_source(source)
    , m_options(options) {}

Snapshot SnapshotReader::read() {
    Snapshot s;
    s.source = m_source.description();
    detail::ReaderContext ctx{m_source, s, {}};
    ctx.buffer.reserve(64 * 1024); // zoneinfo of a small host fits; bigger files grow it once
    for (const SourceError &e : m_source.skipped())
        s.addProblem(e.path, 0, e.reason, false);
    readIdentity(ctx);
    detail::readSystemFiles(ctx, m_options.pagetypeinfo);
    detail::readNodes(ctx);
    derivePageSize(s);
    if (m_options.cgroups) detail::readCgroups(ctx);
    if (m_options.processes) detail::readProcesses(ctx, m_options.cmdlines);
    return s;
}

std::optional<Snapshot> readSnapshot(const QString &location, SourceError *error,
                                     SnapshotReadOptions options) {
    std::unique_ptr<Source> source = Source::open(location, error);
    if (!source) return std::nullopt;
    return SnapshotReader(*source, options).read();
}

} // namespace oomlens
