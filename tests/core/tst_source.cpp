// Sources: a snapshot directory, the same snapshot as .tar/.tar.gz/.tar.xz/.tar.zst (made by
// GNU tar, not by us), a sosreport-shaped archive with one top-level directory, and damaged input.
// The same parsers must give the same Snapshot from every one of them.
#include "ProcFixtures.h"
#include "analysis/KillOrder.h"
#include "model/SnapshotJson.h"
#include "procfs/SnapshotReader.h"
#include "source/ArchiveSource.h"
#include "source/LiveSource.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace oomlens;
using oomlens::test::procDataPath;

namespace {

QByteArray snapshotJson(const QString &location) {
    SourceError e;
    std::optional<Snapshot> s = readSnapshot(location, &e);
    if (!s) return "error: " + e.reason.toUtf8();
    QJsonObject o = snapshotToJsonObject(*s, estimateKillOrder(*s));
    o.remove(QStringLiteral("source"));
    return QJsonDocument(o).toJson();
}

bool runTar(const QStringList &args) {
    QProcess tar;
    tar.start(QStringLiteral("tar"), args);
    return tar.waitForFinished(60000) && tar.exitStatus() == QProcess::NormalExit && tar.exitCode() == 0;
}

} // namespace

class TestSource : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_fixture = procDataPath(QStringLiteral("vm-6.18-capture"));

private slots:
    void archivesEqualDirectory_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("tar") << "snap.tar";
        QTest::newRow("tar.gz") << "snap.tar.gz";
        QTest::newRow("tar.xz") << "snap.tar.xz";
        QTest::newRow("tar.zst") << "snap.tar.zst";
    }
    void archivesEqualDirectory() {
        QFETCH(QString, name);
        const QString archive = m_tmp.filePath(name);
        // -a: compression by suffix; "./" prefixes on member names must be handled too.
        QVERIFY(
            runTar({QStringLiteral("-C"), m_fixture, QStringLiteral("-caf"), archive, QStringLiteral(".")}));
        const QByteArray fromDir = snapshotJson(m_fixture);
        QVERIFY(fromDir.startsWith('{'));
        QCOMPARE(snapshotJson(archive), fromDir);
    }

    void sosreportArchiveStripsTopDirectory() {
        // sosreport-<host>-<date>/ holds proc/ and sys/ at their original paths.
        const QString top = m_tmp.filePath(QStringLiteral("sos/sosreport-vm-2026-11-23-abcdef"));
        QVERIFY(QDir().mkpath(top));
        QVERIFY(
            runTar({QStringLiteral("-C"), m_fixture, QStringLiteral("-cf"),
                    m_tmp.filePath(QStringLiteral("x.tar")), QStringLiteral("proc"), QStringLiteral("sys")}));
        QVERIFY(runTar(
            {QStringLiteral("-C"), top, QStringLiteral("-xf"), m_tmp.filePath(QStringLiteral("x.tar"))}));
        QFile host(top + QStringLiteral("/hostname"));
        QVERIFY(host.open(QIODevice::WriteOnly));
        host.write("sos-host\n");
        host.close();
        const QString sos = m_tmp.filePath(QStringLiteral("sosreport-vm.tar.xz"));
        QVERIFY(runTar({QStringLiteral("-C"), m_tmp.filePath(QStringLiteral("sos")), QStringLiteral("-cJf"),
                        sos, QStringLiteral("sosreport-vm-2026-11-23-abcdef")}));
        SourceError e;
        auto source = ArchiveSource::open(sos, &e);
        QVERIFY2(source, qPrintable(e.reason));
        QVERIFY(source->readAll("/proc/meminfo").startsWith("MemTotal:"));
        const Snapshot s = SnapshotReader(*source).read();
        QCOMPARE(s.processes.size(), 6);
        QCOMPARE(s.cgroups.size(), 5);
        QCOMPARE(s.kernelRelease, QStringLiteral("6.18.44-fc-v769")); // /proc/sys/kernel/osrelease
        // The sosreport directory opens the same way.
        std::optional<Snapshot> dir = readSnapshot(top, &e);
        QVERIFY(dir);
        QCOMPARE(dir->processes.size(), 6);
        QCOMPARE(dir->host, QStringLiteral("vm")); // /proc/sys/kernel/hostname wins over /hostname
        QList<DirEntry> entries;
        QVERIFY(source->list("/proc/21947", entries).ok());
        QCOMPARE(entries.size(), 6);
    }

    void truncatedArchiveIsAClearError_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("tar.zst") << "trunc.tar.zst";
        QTest::newRow("tar.gz") << "trunc.tar.gz";
        QTest::newRow("tar") << "trunc.tar";
    }
    void truncatedArchiveIsAClearError() {
        QFETCH(QString, name);
        const QString archive = m_tmp.filePath(name);
        QVERIFY(
            runTar({QStringLiteral("-C"), m_fixture, QStringLiteral("-caf"), archive, QStringLiteral(".")}));
        QFile f(archive);
        // +100: off the 512-byte block grid. A plain tar cut exactly between two members is
        // indistinguishable from a complete one without an end marker (GNU tar and libarchive both
        // accept it); compressed archives are caught at any byte by the compressor's framing.
        QVERIFY(f.resize(f.size() / 2 + 100));
        SourceError e;
        QVERIFY(!ArchiveSource::open(archive, &e));
        QCOMPARE(e.kind, SourceError::Corrupt);
        QCOMPARE(e.path, archive);
        QVERIFY2(!e.reason.isEmpty(), "a reason from libarchive");
        // The CLI names the file and the reason on one line and exits 1.
        QProcess cli;
        cli.start(QStringLiteral(OOMLENS_CLI_PATH),
                  {QStringLiteral("snapshot"), QStringLiteral("--source"), archive});
        QVERIFY(cli.waitForFinished());
        QCOMPARE(cli.exitCode(), 1);
        const QByteArray err = cli.readAllStandardError();
        QVERIFY(err.contains(archive.toUtf8()));
        QCOMPARE(err.count('\n'), 1);
    }

    void garbageFileIsAClearError() {
        const QString junk = m_tmp.filePath(QStringLiteral("junk.tar.zst"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\x5a'));
        f.close();
        SourceError e;
        QVERIFY(!Source::open(junk, &e));
        QCOMPARE(e.kind, SourceError::Corrupt);
        // An empty archive and an archive without snapshot files: "not a snapshot".
        const QString other = m_tmp.filePath(QStringLiteral("other.tar"));
        QVERIFY(runTar({QStringLiteral("-C"), procDataPath(QStringLiteral("oomd-legacy-psi")),
                        QStringLiteral("-cf"), other, QStringLiteral(".")}));
        QVERIFY(!Source::open(other, &e));
        QCOMPARE(e.kind, SourceError::NotFound);
        QVERIFY(e.reason.contains(QLatin1String("not a snapshot")));
    }

    void liveSourceStaysInProcAndSys() {
        LiveSource live;
        QByteArray out;
        QCOMPARE(live.read("/etc/passwd", out).kind, SourceError::NotFound);
        QCOMPARE(live.read("/proc/../etc/passwd", out).kind, SourceError::NotFound);
        QCOMPARE(live.read("/sys/../etc/passwd", out).kind, SourceError::NotFound);
        QVERIFY(live.read("/proc/meminfo", out).ok());
        QVERIFY(out.startsWith("MemTotal:"));
        // Large files arrive whole (zoneinfo is bigger than one read()).
        QVERIFY(live.read("/proc/zoneinfo", out).ok());
        QVERIFY(out.endsWith('\n'));
        QVERIFY(out.contains("start_pfn"));
        QCOMPARE(live.read("/proc/999999999/stat", out).kind, SourceError::NotFound);
        // Symlinks in /sys (node0/subsystem, node0/cpu0 -> ../../cpu/cpu0) are never directories to
        // walk into, and a final symlink is not read through.
        QList<DirEntry> node;
        if (!live.list("/sys/devices/system/node/node0", node).ok())
            QSKIP("no /sys/devices/system/node/node0 (kernel without NUMA)");
        int links = 0;
        for (const DirEntry &d : node) {
            if (QFileInfo(QStringLiteral("/sys/devices/system/node/node0/") + QString::fromLatin1(d.name))
                    .isSymLink()) {
                ++links;
                QVERIFY2(!d.isDir, d.name.constData());
            }
        }
        QVERIFY(links > 0);
        const SourceError link = live.read("/sys/devices/system/node/node0/subsystem", out);
        QCOMPARE(link.kind, SourceError::NotFound);
        QVERIFY(link.reason.contains(QLatin1String("symbolic link")));
        QList<DirEntry> entries;
        QVERIFY(live.list("/proc", entries).ok());
        QVERIFY(std::any_of(entries.cbegin(), entries.cend(),
                            [](const DirEntry &d) { return d.name == "self" && !d.isDir; }));
    }
};

QTEST_GUILESS_MAIN(TestSource)
#include "tst_source.moc"
