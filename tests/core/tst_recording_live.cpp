// SPDX-License-Identifier: GPL-2.0-or-later
// The flight recorder on this host (`oomlens-cli record --output`, core/record/Recorder):
//  - SIGKILL mid-run: the store reopens without repair with every chunk written before the kill;
//  - SIGTERM: a clean stop that writes the last chunk;
//  - a full file system (a small tmpfs, root) and a read-only directory: a clear error naming the
//    file, and what was written before stays readable;
//  - `replay --at` against `snapshot --json` taken during the recording: the same stable values;
//  - a REAL memcg OOM kill (root, cgroup v1) while recording: the kill with its rebuilt report and
//    diagnosis, and samples showing the cgroup's usage climbing to its limit.
// No timing assertions: waits poll for a condition with generous limits.
#include "RealOom.h"
#include "record/Recorder.h"
#include "record/RecordingReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/mount.h>
#include <unistd.h>

using namespace oomlens;
using namespace oomlens::rec;

namespace {

QString cli() {
    return QStringLiteral(OOMLENS_CLI_PATH);
}

int chunksIn(const QString &dir) {
    RecordingReader r;
    return r.open(dir) ? int(r.chunks().size()) : 0;
}

bool waitFor(const std::function<bool()> &condition, int seconds) {
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > seconds * 1000) return false;
        QTest::qWait(100);
    }
    return true;
}

// A small tmpfs of our own (root only); unmounted by the destructor.
struct TmpMount {
    QTemporaryDir dir;
    bool mounted = false;
    QString error;
    explicit TmpMount(const char *options) {
        if (::mount("oomlens-rectest", QFile::encodeName(dir.path()).constData(), "tmpfs", 0, options) == 0)
            mounted = true;
        else
            error = QString::fromLocal8Bit(std::strerror(errno));
    }
    ~TmpMount() {
        if (mounted) ::umount2(QFile::encodeName(dir.path()).constData(), MNT_DETACH);
    }
};

QJsonObject runJson(const QStringList &args) {
    QProcess p;
    p.start(cli(), args);
    p.waitForFinished(120000);
    if (p.exitCode() != 0) qWarning() << args << p.readAllStandardError();
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace

class TestRecordingLive : public QObject {
    Q_OBJECT
private slots:
    void sigkillLosesAtMostTheLastChunk() {
        QTemporaryDir dir;
        const QString rec = dir.filePath(QStringLiteral("rec"));
        QProcess p;
        p.start(cli(), {QStringLiteral("record"), QStringLiteral("--output"), rec,
                        QStringLiteral("--interval"), QStringLiteral("100"),
                        QStringLiteral("--chunk-seconds"), QStringLiteral("1"), QStringLiteral("-q")});
        QVERIFY(p.waitForStarted());
        QVERIFY2(waitFor([&] { return chunksIn(rec) >= 3; }, 60),
                 "the recorder wrote no 3 chunks within 60 s");
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        RecordingReader r;
        QVERIFY2(r.open(rec), qPrintable(r.error()));
        QVERIFY(r.chunks().size() >= 3);
        // Every chunk on disk reads; at most a torn tail is reported (a chunk is one write()).
        for (const RecordingProblem &problem : r.problems())
            QVERIFY2(problem.reason.contains(QLatin1String("truncated")), qPrintable(problem.reason));
        QString error;
        QVERIFY2(r.snapshotAt(r.lastMs(), &error), qPrintable(error));
        // A new run in the same directory starts a new segment: nothing to repair, nothing lost.
        const int before = int(r.chunks().size());
        QProcess again;
        again.start(cli(), {QStringLiteral("record"), QStringLiteral("--output"), rec,
                            QStringLiteral("--duration"), QStringLiteral("1"), QStringLiteral("--interval"),
                            QStringLiteral("200"), QStringLiteral("-q")});
        QVERIFY(again.waitForFinished(60000));
        QCOMPARE(again.exitCode(), 0);
        RecordingReader r2;
        QVERIFY(r2.open(rec));
        QVERIFY(r2.chunks().size() > before);
        QCOMPARE(QDir(rec).entryList({QStringLiteral("seg-*")}).size(), 2);
    }

    void sigtermStopsCleanly() {
        QTemporaryDir dir;
        const QString rec = dir.filePath(QStringLiteral("rec"));
        QProcess p;
        p.start(cli(), {QStringLiteral("record"), QStringLiteral("--output"), rec,
                        QStringLiteral("--interval"), QStringLiteral("200"), QStringLiteral("-q")});
        QVERIFY(p.waitForStarted());
        QVERIFY(waitFor([&] { return p.canReadLine() || p.bytesAvailable() > 0; }, 30));
        QTest::qWait(1000);
        QCOMPARE(chunksIn(rec), 0); // a 60 s chunk is still being collected
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("stopped by SIGTERM"));
        RecordingReader r;
        QVERIFY2(r.open(rec), qPrintable(r.error()));
        QVERIFY(r.problems().isEmpty());
        QVERIFY(r.sampleCount() >= 1);
    }

    void fullFileSystemIsAClearErrorAndKeepsEarlierData() {
        if (geteuid() != 0) QSKIP("needs root to mount a small tmpfs");
        TmpMount m("size=1m");
        if (!m.mounted) QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here: ") + m.error));
        const QString rec = m.dir.filePath(QStringLiteral("rec"));
        QProcess p;
        p.start(cli(),
                {QStringLiteral("record"), QStringLiteral("--output"), rec, QStringLiteral("--interval"),
                 QStringLiteral("100"), QStringLiteral("--chunk-seconds"), QStringLiteral("1"),
                 QStringLiteral("-q"), QStringLiteral("--max-bytes"), QStringLiteral("0")});
        QVERIFY(p.waitForStarted());
        QVERIFY2(waitFor([&] { return chunksIn(rec) >= 2; }, 60), "no 2 chunks within 60 s");
        // Fill the rest of the file system.
        {
            QFile filler(m.dir.filePath(QStringLiteral("filler")));
            QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size()) {
            }
        }
        QVERIFY2(p.waitForFinished(60000), "the recorder did not stop on the full file system");
        QCOMPARE(p.exitCode(), 1);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("No space left on device") && err.contains("seg-"), err.constData());
        RecordingReader r;
        QVERIFY2(r.open(rec), qPrintable(r.error()));
        QVERIFY(r.chunks().size() >= 2);
        QVERIFY2(r.problems().isEmpty(),
                 qPrintable(r.problems().value(0).reason)); // the torn write was cut off
        QString error;
        QVERIFY2(r.snapshotAt(r.lastMs(), &error), qPrintable(error));
    }

    void readOnlyDirectoryIsAClearError() {
        QString dir;
        std::unique_ptr<TmpMount> m;
        QTemporaryDir plain;
        if (geteuid() == 0) {
            m = std::make_unique<TmpMount>("size=64k");
            if (!m->mounted) QSKIP("cannot mount a tmpfs here");
            QVERIFY(::mount(nullptr, QFile::encodeName(m->dir.path()).constData(), nullptr,
                            MS_REMOUNT | MS_RDONLY, nullptr) == 0);
            dir = m->dir.path();
        } else {
            dir = plain.path();
            QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        }
        QProcess p;
        p.start(cli(), {QStringLiteral("record"), QStringLiteral("--output"), dir,
                        QStringLiteral("--duration"), QStringLiteral("1")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains(QFile::encodeName(dir)) &&
                     (err.contains("Read-only file system") || err.contains("Permission denied")),
                 err.constData());
    }

    void replayAtMatchesLiveSnapshot() {
        QTemporaryDir dir;
        const QString rec = dir.filePath(QStringLiteral("rec"));
        QProcess p;
        p.start(cli(), {QStringLiteral("record"), QStringLiteral("--output"), rec,
                        QStringLiteral("--interval"), QStringLiteral("250"), QStringLiteral("--full-every"),
                        QStringLiteral("1"), QStringLiteral("-q")});
        QVERIFY(p.waitForStarted());
        QTest::qWait(1500);
        const QJsonObject live = runJson({QStringLiteral("snapshot"), QStringLiteral("--json")});
        QTest::qWait(1500);
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QString at = live.value(QStringLiteral("time")).toString();
        QVERIFY(!at.isEmpty());
        const QJsonObject replay =
            runJson({QStringLiteral("replay"), rec, QStringLiteral("--at"), at, QStringLiteral("--json")});
        QVERIFY(!replay.isEmpty());
        // The same second: both within one second of each other.
        const qint64 dt = QDateTime::fromString(replay.value(QStringLiteral("time")).toString(), Qt::ISODate)
                              .secsTo(QDateTime::fromString(at, Qt::ISODate));
        QVERIFY2(dt >= 0 && dt <= 1, qPrintable(QString::number(dt)));
        for (const char *key : {"schema", "host", "kernel", "page_size", "cgroup_mode", "sysctls"})
            QCOMPARE(replay.value(QLatin1String(key)), live.value(QLatin1String(key)));
        QCOMPARE(replay.value(QStringLiteral("meminfo")).toObject().value(QStringLiteral("MemTotal")),
                 live.value(QStringLiteral("meminfo")).toObject().value(QStringLiteral("MemTotal")));
        const QJsonArray rn = replay.value(QStringLiteral("nodes")).toArray();
        const QJsonArray ln = live.value(QStringLiteral("nodes")).toArray();
        QCOMPARE(rn.size(), ln.size());
        for (qsizetype n = 0; n < rn.size(); ++n) {
            const QJsonArray rz = rn[n].toObject().value(QStringLiteral("zones")).toArray();
            const QJsonArray lz = ln[n].toObject().value(QStringLiteral("zones")).toArray();
            QCOMPARE(rz.size(), lz.size());
            for (qsizetype z = 0; z < rz.size(); ++z)
                for (const char *key : {"name", "min_pages", "low_pages", "high_pages", "managed_pages",
                                        "spanned_pages", "present_pages", "protection"})
                    QCOMPARE(rz[z].toObject().value(QLatin1String(key)),
                             lz[z].toObject().value(QLatin1String(key)));
        }
        // Processes alive at both reads: same name, owner, adj and cgroup.
        QHash<qint64, QJsonObject> byPid;
        for (const QJsonValue v : live.value(QStringLiteral("processes")).toArray())
            byPid.insert(v.toObject().value(QStringLiteral("pid")).toInteger(), v.toObject());
        int common = 0;
        for (const QJsonValue v : replay.value(QStringLiteral("processes")).toArray()) {
            const QJsonObject r = v.toObject();
            const auto it = byPid.constFind(r.value(QStringLiteral("pid")).toInteger());
            if (it == byPid.constEnd() ||
                it->value(QStringLiteral("comm")) != r.value(QStringLiteral("comm")))
                continue;
            ++common;
            for (const char *key : {"ppid", "uid", "oom_score_adj", "cgroup"})
                QCOMPARE(r.value(QLatin1String(key)), it->value(QLatin1String(key)));
        }
        QVERIFY2(common * 2 > byPid.size(),
                 qPrintable(QStringLiteral("%1 of %2").arg(common).arg(byPid.size())));
        // Cgroups present in both: the same limits.
        QHash<QString, QJsonObject> cg;
        for (const QJsonValue v : live.value(QStringLiteral("cgroups")).toArray())
            cg.insert(v.toObject().value(QStringLiteral("path")).toString(), v.toObject());
        for (const QJsonValue v : replay.value(QStringLiteral("cgroups")).toArray()) {
            const QJsonObject r = v.toObject();
            const auto it = cg.constFind(r.value(QStringLiteral("path")).toString());
            if (it != cg.constEnd())
                QCOMPARE(r.value(QStringLiteral("limit_bytes")), it->value(QStringLiteral("limit_bytes")));
        }
    }

    void realMemcgOomIsRecorded() {
        using namespace realoom_detail;
        if (geteuid() != 0) QSKIP("needs root to create a memory cgroup and trigger an OOM kill");
        if (!QFile::exists(MemoryRoot + QStringLiteral("/memory.limit_in_bytes")))
            QSKIP("no cgroup v1 memory controller at /sys/fs/cgroup/memory");
        const QString name = QStringLiteral("oomlens-rectest-%1").arg(QCoreApplication::applicationPid());
        const QString cg = MemoryRoot + u'/' + name;
        const qint64 limit = 64 * 1024 * 1024;
        removeCgroup(cg);
        QVERIFY(QDir().mkdir(cg));
        QVERIFY(writeFile(cg + QStringLiteral("/memory.limit_in_bytes"), QByteArray::number(limit)));

        QTemporaryDir dir;
        RecordingWriter writer(dir.path(), WriterOptions{});
        QVERIFY2(writer.open(), qPrintable(writer.error()));
        Recorder recorder(writer, 200, 5);
        if (!recorder.startKernelLog()) {
            removeCgroup(cg);
            QSKIP(qPrintable(QStringLiteral("cannot read /dev/kmsg: ") + recorder.kernelLogStatus()));
        }
        qint64 hogPid = 0;
        bool killed = false;
        connect(&recorder.watcher(), &OomWatcher::oomKill, this, [&](const OomNotice &n) {
            if (n.pid && *n.pid == hogPid) killed = true;
        });
        recorder.start();
        QTest::qWait(1000); // a few samples of the empty cgroup first
        // A slow hog: the shell's string grows by 1 MiB every 50 ms, so the samples see it climb.
        QProcess hog;
        hog.start(
            QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"),
             QStringLiteral("echo $$ > '%1/cgroup.procs' && s=$(head -c 1048576 /dev/zero | tr '\\0' a);"
                            " x=; while :; do x=\"$x$s\"; sleep 0.05; done")
                 .arg(cg)});
        QVERIFY(hog.waitForStarted());
        hogPid = hog.processId();
        // Not waitForFinished(): the sampler needs this thread's event loop meanwhile.
        const bool died = waitFor([&] { return hog.state() == QProcess::NotRunning; }, 120);
        if (!died) hog.kill();
        QVERIFY2(died && hog.exitStatus() == QProcess::CrashExit, "the hog was not OOM-killed");
        QVERIFY2(waitFor([&] { return killed; }, 30), "the recorder did not see the kill");
        QTest::qWait(1000);
        QVERIFY(recorder.stop());
        removeCgroup(cg);

        RecordingReader r;
        QVERIFY2(r.open(dir.path()), qPrintable(r.error()));
        QVERIFY(r.problems().isEmpty());
        // The kill with its report and cause.
        const QList<RecordedEvent> events = r.events();
        int ours = -1;
        for (qsizetype i = 0; i < events.size(); ++i)
            if (events[i].json.value(QStringLiteral("pid")).toInteger() == hogPid) ours = int(i);
        QVERIFY(ours >= 0);
        const QJsonObject e = events[ours].json;
        QVERIFY(e.value(QStringLiteral("victim_cgroup")).toString().contains(name));
        QVERIFY(!e.value(QStringLiteral("cause")).toString().isEmpty());
        QVERIFY(e.value(QStringLiteral("lines")).toArray().size() > 10);
        // The analyze schema via the CLI: rebuilt and diagnosed as a memcg limit kill.
        const QJsonObject analyzed = runJson(
            {QStringLiteral("replay"), dir.path(), QStringLiteral("--events"), QStringLiteral("--json")});
        bool found = false;
        for (const QJsonValue v : analyzed.value(QStringLiteral("events")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("victim")).toObject().value(QStringLiteral("pid")).toInteger() !=
                hogPid)
                continue;
            found = true;
            QCOMPARE(
                o.value(QStringLiteral("diagnosis")).toObject().value(QStringLiteral("cause")).toString(),
                QStringLiteral("memcg_limit"));
        }
        QVERIFY(found);
        // The cgroup's usage in the samples before the kill climbs to its limit.
        QList<qint64> usage;
        for (int i = 0; i < r.chunks().size(); ++i)
            r.decodeChunk(i, [&](const RecordedSample &s) {
                if (s.timeMs > events[ours].timeMs) return false;
                const Snapshot snap = r.toSnapshot(s);
                const int at = snap.cgroupIndex(u'/' + name);
                if (at >= 0 && snap.cgroups[at].usage) usage << qint64(*snap.cgroups[at].usage);
                return true;
            });
        qInfo() << "usage of the cgroup per sample:" << usage;
        QVERIFY2(usage.size() >= 5, qPrintable(QString::number(usage.size())));
        int rises = 0;
        for (qsizetype i = 1; i < usage.size(); ++i)
            rises += usage[i] > usage[i - 1];
        QVERIFY2(rises >= 3, qPrintable(QString::number(rises)));
        const qint64 peak = *std::max_element(usage.cbegin(), usage.cend());
        QVERIFY2(peak >= limit * 8 / 10, qPrintable(QStringLiteral("peak %1 of %2").arg(peak).arg(limit)));
        // kill:N is the state recorded right after that kill.
        const QJsonObject atKill =
            runJson({QStringLiteral("replay"), dir.path(), QStringLiteral("--at"),
                     QStringLiteral("kill:%1").arg(ours + 1), QStringLiteral("--json")});
        QVERIFY(!atKill.value(QStringLiteral("processes")).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecordingLive)
#include "tst_recording_live.moc"
