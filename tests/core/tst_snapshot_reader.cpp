// SnapshotReader over real captures: a whole 6.18 snapshot, old v1 and v2 cgroup trees, and the
// bad cases (cut-off zoneinfo, no pagetypeinfo, processes and cgroups vanishing mid-read).
#include "ProcFixtures.h"
#include "procfs/SnapshotReader.h"
#include "source/DirectorySource.h"

#include <QTemporaryDir>

using namespace oomlens;
using oomlens::test::procDataPath;

namespace {

// A directory source that pretends to be the live host and drops chosen paths, as a process that
// exits or a cgroup removed between two reads would.
class VanishingSource final : public Source {
public:
    VanishingSource(std::unique_ptr<Source> inner, QList<QByteArray> gone)
        : m_inner(std::move(inner))
        , m_gone(std::move(gone)) {}
    QString description() const override { return m_inner->description(); }
    bool isLive() const override { return true; }
    SourceError read(QByteArrayView path, QByteArray &out) override {
        for (const QByteArray &g : m_gone) {
            if (path.startsWith(g)) {
                out.clear();
                return sourceErrorFromErrno(ENOENT, path);
            }
        }
        return m_inner->read(path, out);
    }
    SourceError list(QByteArrayView path, QList<DirEntry> &out) override { return m_inner->list(path, out); }

private:
    std::unique_ptr<Source> m_inner;
    QList<QByteArray> m_gone;
};

Snapshot readDir(const QString &relative) {
    SourceError e;
    std::optional<Snapshot> s = readSnapshot(procDataPath(relative), &e);
    if (!s) qFatal("cannot open %s: %s", qPrintable(relative), qPrintable(e.reason));
    return *s;
}

bool hasProblem(const Snapshot &s, const QString &file, const QString &reasonPart = {}) {
    return std::any_of(s.problems.cbegin(), s.problems.cend(), [&](const SnapshotProblem &p) {
        return p.file == file && p.reason.contains(reasonPart);
    });
}

// Copies the 6.18 capture to a temporary directory so a test can damage it.
bool copyTree(const QString &from, const QString &to) {
    QDir src(from);
    if (!QDir().mkpath(to)) return false;
    for (const QFileInfo &fi : src.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString target = to + QLatin1Char('/') + fi.fileName();
        if (fi.isDir()) {
            if (!copyTree(fi.filePath(), target)) return false;
            continue;
        }
        // Plain read/write: QFile::copy() syncs each file and takes seconds for 200 files.
        QFile in(fi.filePath()), out(target);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) ||
            out.write(in.readAll()) != fi.size())
            return false;
    }
    return true;
}

} // namespace

class TestSnapshotReader : public QObject {
    Q_OBJECT
private slots:
    void vm618() {
        const Snapshot s = readDir(QStringLiteral("vm-6.18-capture"));
        for (const SnapshotProblem &p : s.problems)
            qInfo() << "problem:" << p.file << p.line << p.reason;
        QVERIFY(!s.partial);
        QVERIFY(s.problems.isEmpty());
        // manifest.json
        QCOMPARE(s.host, QStringLiteral("vm"));
        QCOMPARE(s.kernelRelease, QStringLiteral("6.18.44-fc-v769"));
        QCOMPARE(s.pageSize, Bytes(4096));
        QCOMPARE(s.time, QDateTime(QDate(2026, 11, 23), QTime(10, 57, 12), Qt::UTC));
        // zoneinfo + buddyinfo + pagetypeinfo + node sysfs merged per node and zone
        QCOMPARE(s.nodes.size(), 1);
        const MemoryNode &n = s.nodes.first();
        QCOMPARE(n.zones.size(), 5);
        const Zone &normal = n.zones[2];
        QCOMPARE(normal.name, QStringLiteral("Normal"));
        QCOMPARE(normal.managedPages, quint64(851968));
        QCOMPARE(normal.buddy->value(10), quint64(28));
        QCOMPARE(normal.migrateTypes.size(), 5);
        QCOMPARE(normal.pageblocksPerType.value(QStringLiteral("Movable")), quint64(1541));
        QVERIFY(!n.zones[3].buddy); // Movable is empty: no buddyinfo line -> n/a
        QCOMPARE(s.pagesPerBlock, quint64(512));
        QCOMPARE(n.cpus, (QList<int>{0, 1}));
        QCOMPARE(n.distances, (QList<int>{10}));
        QVERIFY(n.meminfo.contains(QStringLiteral("MemTotal")));
        QCOMPARE(s.meminfoValue(QStringLiteral("MemTotal")), quint64(24683656) * 1024);
        QVERIFY(!s.meminfoValue(QStringLiteral("NoSuchKey")));
        QVERIFY(s.memoryPressure && s.memoryPressure->full);
        QCOMPARE(s.sysctls.minFreeKbytes, quint64(67584));
        QCOMPARE(s.sysctls.watermarkBoostFactor, 15000);
        QCOMPARE(s.sysctls.lowmemReserveRatio, (QList<qint64>{256, 256, 32, 0, 0}));
        // cgroups: hybrid host, v1 memory hierarchy walked
        QCOMPARE(s.cgroupMode, CgroupMode::Hybrid);
        QCOMPARE(s.cgroups.size(), 5);
        const int child = s.cgroupIndex(QStringLiteral("/oomlens-fixture-4033/child"));
        const int child2 = s.cgroupIndex(QStringLiteral("/oomlens-fixture-4033/child2"));
        QVERIFY(child > 0 && child2 > 0);
        QCOMPARE(s.cgroups[child].version, CgroupVersion::V1);
        QCOMPARE(s.cgroups[child].limit, LimitBytes(33554432));
        QCOMPARE(s.cgroups[child].effectiveLimit, LimitBytes(33554432));
        QCOMPARE(s.cgroups[child].pids, QList<int>{21947});
        QCOMPARE(s.cgroups[child].usage, Bytes(249856));
        QCOMPARE(s.cgroups[child2].limit, LimitBytes());                  // own limit unlimited...
        QCOMPARE(s.cgroups[child2].effectiveLimit, LimitBytes(67108864)); // ...but the parent's binds
        QCOMPARE(s.cgroups[s.cgroups[child2].parent].path, QStringLiteral("/oomlens-fixture-4033"));
        QCOMPARE(s.cgroups[child2].oomKills(), quint64(0));
        QCOMPARE(s.cgroups[0].path, QStringLiteral("/"));
        QCOMPARE(s.cgroups[0].limit, LimitBytes());
        // processes
        QCOMPARE(s.processes.size(), 6);
        const Process *weird = s.process(21947);
        QVERIFY(weird);
        QCOMPARE(weird->comm, QStringLiteral("my (weird) proc"));
        QCOMPARE(weird->cgroup, QStringLiteral("/oomlens-fixture-4033/child"));
        QCOMPARE(weird->oomScoreAdj, 0);
        const Process *sleeper = s.process(21949);
        QCOMPARE(sleeper->oomScoreAdj, 500);
        QCOMPARE(sleeper->oomScore, 999);
        const Process *kthreadd = s.process(2);
        QVERIFY(kthreadd->isKernelThread());
        QVERIFY(!kthreadd->rss);
        QCOMPARE(kthreadd->oomScore, 0);
    }

    void v1RhelAtCgroupMemory() {
        // RHEL 6: /proc/mounts only, hierarchy at /cgroup/memory, LLONG_MAX, use_hierarchy 0.
        const Snapshot s = readDir(QStringLiteral("pcp-qa-cgroups-001"));
        QVERIFY(s.partial); // no meminfo/zoneinfo in that capture
        QVERIFY(hasProblem(s, QStringLiteral("/proc/meminfo"), QStringLiteral("no such file")));
        QCOMPARE(s.cgroupMode, CgroupMode::V1);
        QCOMPARE(s.cgroups.size(), 3);
        QCOMPARE(s.cgroups[0].usage, Bytes(1389240320));
        QCOMPARE(s.cgroups[0].pids.size(), 354);
        QCOMPARE(s.cgroups[0].useHierarchy, false);
        QCOMPARE(s.cgroups[2].path, QStringLiteral("/libvirt/lxc"));
        QCOMPARE(s.cgroups[2].limit, LimitBytes());
        QVERIFY(!s.cgroups[2].oomKills()); // 2.6.32 has no oom_kill counter: n/a, not 0
    }

    void v2Fedora() {
        const Snapshot s = readDir(QStringLiteral("pcp-qa-cgroups-004"));
        QCOMPARE(s.cgroupMode, CgroupMode::V2);
        QCOMPARE(s.cgroups.size(), 4);
        QVERIFY(!s.cgroups[0].usage); // the v2 root has no memory.current
        const Cgroup &system = s.cgroups[s.cgroupIndex(QStringLiteral("/system.slice"))];
        QCOMPARE(system.oomKills(), quint64(5));                                    // hierarchical
        QCOMPARE(system.eventsLocal.value(QStringLiteral("oom_kill")), quint64(0)); // local
        const Cgroup &mm = s.cgroups[s.cgroupIndex(QStringLiteral("/system.slice/ModemManager.service"))];
        QCOMPARE(mm.usage, Bytes(1474560));
        QCOMPARE(mm.pids, QList<int>{942});
        QCOMPARE(mm.limit, LimitBytes());
        QVERIFY(mm.high && !*mm.high); // "max"
    }

    void truncatedZoneinfoIsPartial() {
        QTemporaryDir tmp;
        QVERIFY(copyTree(procDataPath(QStringLiteral("vm-6.18-capture")), tmp.path()));
        QFile z(tmp.filePath(QStringLiteral("proc/zoneinfo")));
        QVERIFY(z.open(QIODevice::ReadWrite));
        const QByteArray all = z.readAll();
        QVERIFY(z.resize(all.indexOf("Node 0, zone   Normal") + 60)); // inside Normal's watermarks
        z.close();
        QVERIFY(QFile::remove(tmp.filePath(QStringLiteral("proc/pagetypeinfo"))));
        SourceError e;
        const std::optional<Snapshot> s = readSnapshot(tmp.path(), &e);
        QVERIFY(s);
        QVERIFY(s->partial);
        QVERIFY(hasProblem(*s, QStringLiteral("/proc/zoneinfo"), QStringLiteral("cut off")));
        // Zones before the cut are intact; the cut zone keeps its buddy counts.
        QCOMPARE(s->nodes.first().zones[1].managedPages, quint64(772808));
        QVERIFY(s->nodes.first().zones[2].buddy);
        // No pagetypeinfo: recorded, but it alone would not make the snapshot partial.
        QVERIFY(hasProblem(*s, QStringLiteral("/proc/pagetypeinfo")));
        QVERIFY(s->nodes.first().zones[2].migrateTypes.isEmpty());
    }

    void pagetypeinfoMissingAloneIsNotPartial() {
        QTemporaryDir tmp;
        QVERIFY(copyTree(procDataPath(QStringLiteral("vm-6.18-capture")), tmp.path()));
        QVERIFY(QFile::remove(tmp.filePath(QStringLiteral("proc/pagetypeinfo"))));
        QVERIFY(QFile::remove(tmp.filePath(QStringLiteral("proc/pressure/memory"))));
        SourceError e;
        const std::optional<Snapshot> s = readSnapshot(tmp.path(), &e);
        QVERIFY(!s->partial);
        QVERIFY(hasProblem(*s, QStringLiteral("/proc/pressure/memory"), QStringLiteral("no pressure stall")));
        QVERIFY(!s->memoryPressure);
    }

    void vanishingProcessAndCgroupAreSkippedSilently() {
        SourceError e;
        VanishingSource src(Source::open(procDataPath(QStringLiteral("vm-6.18-capture")), &e),
                            {"/proc/21949/oom_score", "/sys/fs/cgroup/memory/oomlens-fixture-4033/child2/"});
        const Snapshot s = SnapshotReader(src).read();
        QVERIFY(!s.partial);
        QVERIFY(s.problems.isEmpty());
        QCOMPARE(s.processes.size(), 5);
        QVERIFY(!s.process(21949));
        QCOMPARE(s.cgroups.size(), 4);
        QCOMPARE(s.cgroupIndex(QStringLiteral("/oomlens-fixture-4033/child2")), -1);
    }

    void missingPath() {
        SourceError e;
        QVERIFY(!readSnapshot(QStringLiteral("/nonexistent/oomlens"), &e));
        QCOMPARE(e.kind, SourceError::NotFound);
        QVERIFY(
            !readSnapshot(QStringLiteral(OOMLENS_TEST_DATA "/proc/procfs/proc"), &e)); // not a snapshot root
        QCOMPARE(e.kind, SourceError::NotFound);
        QVERIFY(e.reason.contains(QLatin1String("not a snapshot")));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotReader)
#include "tst_snapshot_reader.moc"
