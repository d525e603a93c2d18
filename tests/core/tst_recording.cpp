// SPDX-License-Identifier: GPL-2.0-or-later
// core/record's store (RecordingWriter/RecordingReader, docs/recording-format.md), driven by the
// real captures of tests/data/live and tests/data/live/*-pcp-qa-* (see their README.md):
//  - a replayed state is the recorded one, field for field (snapshot JSON equal);
//  - the process delta codec survives churn (new, gone, reused pids, absent fields);
//  - a bit flip, a torn tail and a broken header are reported with file, offset and reason, and
//    every other chunk stays readable;
//  - retention deletes whole segments, oldest first, by size and by age.
#include "analysis/KillOrder.h"
#include "model/SnapshotJson.h"
#include "procfs/SnapshotReader.h"
#include "record/RecordingFormat.h"
#include "record/RecordingReader.h"
#include "record/RecordingWriter.h"
#include "record/SampleCodec.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace oomlens;
using namespace oomlens::rec;

namespace {

struct Read {
    Snapshot snapshot;
    FileState files;
};

Read readThroughTee(const QString &location, bool full) {
    SourceError error;
    std::unique_ptr<Source> source = Source::open(location, &error);
    if (!source) qFatal("cannot open %s: %s", qPrintable(location), qPrintable(error.reason));
    TeeSource tee(*source);
    SnapshotReadOptions options;
    options.processes = full;
    options.cmdlines = full;
    options.pagetypeinfo = full;
    Read r{SnapshotReader(tee, options).read(), {}};
    r.files = tee.takeState();
    return r;
}

QJsonObject jsonOf(const Snapshot &s) {
    QJsonObject o = snapshotToJsonObject(s, estimateKillOrder(s));
    o.remove(QStringLiteral("source")); // "recording DIR" vs the capture's path
    return o;
}

QString fixture(const char *name) {
    return QStringLiteral(OOMLENS_TEST_DATA "/live/") + QLatin1String(name);
}

// Writes `count` samples of seq-0..2 (cycled) with times 1 s apart, one chunk per `perChunk`.
QList<qint64> writeSeries(const QString &dir, int count, int perChunk, WriterOptions options = {}) {
    options.chunkMs = perChunk * 1000;
    options.intervalMs = 1000;
    RecordingWriter w(dir, options);
    if (!w.open()) qFatal("%s", qPrintable(w.error()));
    QList<qint64> times;
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - count * 1000;
    for (int i = 0; i < count; ++i) {
        Read r = readThroughTee(fixture(i % 3 == 0   ? "seq-0.tar.zst"
                                        : i % 3 == 1 ? "seq-1.tar.zst"
                                                     : "seq-2.tar.zst"),
                                true);
        r.snapshot.time = QDateTime::fromMSecsSinceEpoch(t0 + i * 1000, Qt::UTC);
        times << t0 + i * 1000;
        if (!w.addSample(r.snapshot, r.files, true)) qFatal("%s", qPrintable(w.error()));
    }
    if (!w.flush()) qFatal("%s", qPrintable(w.error()));
    return times;
}

QString onlySegment(const QString &dir) {
    const QStringList s = QDir(dir).entryList({QStringLiteral("seg-*.oomrec")}, QDir::Files, QDir::Name);
    return s.size() == 1 ? QDir(dir).filePath(s.first()) : QString();
}

} // namespace

class TestRecording : public QObject {
    Q_OBJECT
private slots:
    void replayEqualsRecordedState_data() {
        QTest::addColumn<QStringList>("captures");
        QTest::newRow("seq (v1 cgroups, churn)")
            << QStringList{fixture("seq-0.tar.zst"), fixture("seq-1.tar.zst"), fixture("seq-2.tar.zst"),
                           fixture("seq-0.tar.zst")};
        QTest::newRow("numa2") << QStringList{fixture("numa2-pcp-qa-007")};
        QTest::newRow("cgroup v2") << QStringList{fixture("cgroupv2-pcp-qa-004")};
    }
    void replayEqualsRecordedState() {
        QFETCH(QStringList, captures);
        QTemporaryDir dir;
        RecordingWriter w(dir.path(), {});
        QVERIFY2(w.open(), qPrintable(w.error()));
        QList<QJsonObject> expected;
        QList<qint64> times;
        const qint64 t0 = 1'790'000'000'000;
        for (qsizetype i = 0; i < captures.size(); ++i) {
            Read r = readThroughTee(captures[i], true);
            r.snapshot.time = QDateTime::fromMSecsSinceEpoch(t0 + i * 1000, Qt::UTC);
            QVERIFY(!r.snapshot.processes.isEmpty() || captures.size() == 1);
            expected << jsonOf(r.snapshot);
            times << r.snapshot.time.toMSecsSinceEpoch();
            QVERIFY2(w.addSample(r.snapshot, r.files, true), qPrintable(w.error()));
        }
        QVERIFY(w.flush());
        RecordingReader reader;
        QVERIFY2(reader.open(dir.path()), qPrintable(reader.error()));
        QVERIFY(reader.problems().isEmpty());
        QCOMPARE(reader.sampleCount(), quint64(captures.size()));
        for (qsizetype i = 0; i < times.size(); ++i) {
            QString error;
            const std::optional<Snapshot> s = reader.snapshotAt(times[i], &error);
            QVERIFY2(s, qPrintable(error));
            const QJsonObject got = jsonOf(*s);
            if (got != expected[i]) {
                for (auto it = expected[i].begin(); it != expected[i].end(); ++it)
                    if (got.value(it.key()) != it.value())
                        qWarning() << "differs:" << it.key() << got.value(it.key()) << it.value();
            }
            QVERIFY(got == expected[i]);
        }
    }

    void fastSampleKeepsTheLastFullProcessesAndPagetypeinfo() {
        QTemporaryDir dir;
        RecordingWriter w(dir.path(), {});
        QVERIFY(w.open());
        Read full = readThroughTee(fixture("seq-0.tar.zst"), true);
        full.snapshot.time = QDateTime::fromMSecsSinceEpoch(1'790'000'000'000, Qt::UTC);
        Read fast = readThroughTee(fixture("seq-2.tar.zst"), false);
        fast.snapshot.time = full.snapshot.time.addMSecs(1000);
        fast.snapshot.processes = full.snapshot.processes; // what the Sampler carries over
        QVERIFY(!fast.files.contains("F/proc/pagetypeinfo"));
        QVERIFY(w.addSample(full.snapshot, full.files, true));
        QVERIFY(w.addSample(fast.snapshot, fast.files, false));
        QVERIFY(w.flush());
        RecordingReader reader;
        QVERIFY(reader.open(dir.path()));
        QString error;
        const std::optional<Snapshot> s = reader.snapshotAt(fast.snapshot.time.toMSecsSinceEpoch(), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->processes, full.snapshot.processes);
        QCOMPARE(jsonOf(*s).value(QStringLiteral("cgroups")),
                 jsonOf(fast.snapshot).value(QStringLiteral("cgroups")));
        QCOMPARE(jsonOf(*s).value(QStringLiteral("meminfo")),
                 jsonOf(fast.snapshot).value(QStringLiteral("meminfo")));
        // Migrate types come from the Full sample's pagetypeinfo (carried, as the Sampler does).
        const Snapshot &ref = full.snapshot;
        QVERIFY(!ref.nodes.isEmpty() && !ref.nodes[0].zones.isEmpty());
        bool sawTypes = false;
        for (qsizetype z = 0; z < ref.nodes[0].zones.size(); ++z) {
            QCOMPARE(s->nodes[0].zones[z].migrateTypes, ref.nodes[0].zones[z].migrateTypes);
            sawTypes = sawTypes || !ref.nodes[0].zones[z].migrateTypes.isEmpty();
        }
        QVERIFY(sawTypes);
    }

    void processCodecSurvivesChurn() {
        QList<Process> base = readThroughTee(fixture("seq-0.tar.zst"), true).snapshot.processes;
        QVERIFY(base.size() > 100);
        QRandomGenerator rng(42);
        QList<Process> previous;
        QList<Process> decoded;
        QList<Process> current = base;
        for (int round = 0; round < 40; ++round) {
            QByteArray bytes;
            ByteWriter w(bytes);
            encodeProcesses(previous, current, w);
            ByteReader r(bytes);
            QVERIFY(decodeProcesses(r, decoded));
            QVERIFY(r.atEnd());
            QCOMPARE(decoded, current);
            previous = current;
            // Mutate: rss up/down, adj changes, a process gone, one new, a pid reused, absent fields.
            for (Process &p : current) {
                if (p.rss && rng.bounded(3) == 0) p.rss = *p.rss + 4096 * rng.bounded(1000);
                if (p.rssAnon && rng.bounded(5) == 0)
                    p.rssAnon = *p.rssAnon - std::min<Bytes>(*p.rssAnon, 1024);
                if (rng.bounded(20) == 0) p.oomScoreAdj = int(rng.bounded(2001)) - 1000;
                if (rng.bounded(50) == 0) p.swap.reset();
            }
            if (round == 10) current.first().rss = 12345; // not a kB multiple: stored in bytes
            if (!current.isEmpty() && round % 3 == 0) current.removeAt(rng.bounded(int(current.size())));
            Process fresh = base[rng.bounded(int(base.size()))];
            fresh.pid = 400000 + round;
            fresh.cmdline = QStringLiteral("new process %1").arg(round);
            current.append(fresh);
            if (round == 20) {
                current[5].startTime += 777; // pid reused by another process
                current[5].comm = QStringLiteral("reused");
                current[5].cgroup = QStringLiteral("/elsewhere");
                current[5].uid.reset();
            }
        }
        // Unchanged processes cost nothing: a pass with no change is a few bytes.
        QByteArray same;
        ByteWriter w(same);
        encodeProcesses(current, current, w);
        QVERIFY(same.size() <= 3);
    }

    void bitFlipIsReportedAndSkipped() {
        QTemporaryDir dir;
        const QList<qint64> times = writeSeries(dir.path(), 6, 1); // one chunk per sample
        const QString seg = onlySegment(dir.path());
        RecordingReader clean;
        QVERIFY(clean.open(dir.path()));
        QCOMPARE(clean.chunks().size(), 6);
        const ChunkRef victim = clean.chunks()[2];
        QFile f(seg);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 at = victim.offset + kChunkHeaderSize + victim.header.compressedBytes / 2;
        f.seek(at);
        char byte = 0;
        f.getChar(&byte);
        f.seek(at);
        f.putChar(char(byte ^ 0x10));
        f.close();

        RecordingReader reader;
        QVERIFY(reader.open(dir.path()));
        QCOMPARE(reader.chunks().size(), 5);
        QCOMPARE(reader.problems().size(), 1);
        QCOMPARE(reader.problems()[0].file, seg);
        QCOMPARE(reader.problems()[0].offset, victim.offset);
        QVERIFY2(reader.problems()[0].reason.contains(QLatin1String("CRC")),
                 qPrintable(reader.problems()[0].reason));
        for (int i : {0, 1, 3, 4, 5}) {
            QString error;
            const auto s = reader.snapshotAt(times[i], &error);
            QVERIFY2(s, qPrintable(error));
            QCOMPARE(s->time.toMSecsSinceEpoch(), times[i]);
        }
        // The lost second falls back to the sample before it, never to garbage.
        QString error;
        const auto s = reader.snapshotAt(times[2], &error);
        QVERIFY(s);
        QCOMPARE(s->time.toMSecsSinceEpoch(), times[1]);
    }

    void tornTailIsReportedAndTheRestReadable() {
        QTemporaryDir dir;
        writeSeries(dir.path(), 4, 1);
        const QString seg = onlySegment(dir.path());
        RecordingReader clean;
        QVERIFY(clean.open(dir.path()));
        const ChunkRef last = clean.chunks().last();
        QVERIFY(QFile::resize(seg, last.offset + kChunkHeaderSize + 10)); // power loss mid-chunk
        RecordingReader reader;
        QVERIFY(reader.open(dir.path()));
        QCOMPARE(reader.chunks().size(), 3);
        QCOMPARE(reader.problems().size(), 1);
        QCOMPARE(reader.problems()[0].offset, last.offset);
        QVERIFY(reader.problems()[0].reason.contains(QLatin1String("truncated chunk")));
        QVERIFY(QFile::resize(seg, last.offset + 7)); // ... or mid-header
        RecordingReader reader2;
        QVERIFY(reader2.open(dir.path()));
        QCOMPARE(reader2.chunks().size(), 3);
        QVERIFY(reader2.problems()[0].reason.contains(QLatin1String("truncated chunk header")));
    }

    void brokenHeaderIsSkippedToTheNextChunk() {
        QTemporaryDir dir;
        writeSeries(dir.path(), 5, 1);
        const QString seg = onlySegment(dir.path());
        RecordingReader clean;
        QVERIFY(clean.open(dir.path()));
        const ChunkRef victim = clean.chunks()[1];
        QFile f(seg);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(victim.offset + 6); // inside the compressed-length field
        f.putChar('\x7f');
        f.close();
        RecordingReader reader;
        QVERIFY(reader.open(dir.path()));
        QCOMPARE(reader.chunks().size(), 4);
        QCOMPARE(reader.problems().size(), 1);
        QCOMPARE(reader.problems()[0].offset, victim.offset);
        QVERIFY(reader.problems()[0].reason.contains(QLatin1String("bad chunk header")));
        QCOMPARE(reader.chunks()[1].offset, clean.chunks()[2].offset);
    }

    void retentionBySizeDeletesOldestSegments() {
        QTemporaryDir dir;
        WriterOptions o;
        o.maxBytes = 120 * 1024; // segments rotate at a quarter of it
        writeSeries(dir.path(), 24, 1, o);
        qint64 total = 0;
        const QFileInfoList segs =
            QDir(dir.path()).entryInfoList({QStringLiteral("seg-*.oomrec")}, QDir::Files, QDir::Name);
        for (const QFileInfo &fi : segs)
            total += fi.size();
        QVERIFY2(total <= o.maxBytes + o.maxBytes / 4 + 64 * 1024, qPrintable(QString::number(total)));
        RecordingReader reader;
        QVERIFY(reader.open(dir.path()));
        QVERIFY(reader.problems().isEmpty());
        QVERIFY(reader.sampleCount() < 24);
        // The newest data is what stays.
        QVERIFY(reader.lastMs() > QDateTime::currentMSecsSinceEpoch() - 3000);
    }

    void retentionByAgeDeletesOldSegments() {
        QTemporaryDir dir;
        const QString old = dir.filePath(segmentName(1'000'000'000'000));
        {
            QFile f(old);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(fileHeader());
            f.flush();
            f.setFileTime(QDateTime::currentDateTime().addDays(-10), QFileDevice::FileModificationTime);
        }
        WriterOptions o;
        o.retainMs = qint64(7) * 86400 * 1000;
        writeSeries(dir.path(), 2, 1, o);
        QVERIFY(!QFile::exists(old));
        RecordingReader reader;
        QVERIFY(reader.open(dir.path()));
        QCOMPARE(reader.sampleCount(), quint64(2));
    }

    void notARecordingIsAClearError() {
        QTemporaryDir dir;
        RecordingReader reader;
        QVERIFY(!reader.open(dir.path()));
        QVERIFY(reader.error().contains(QLatin1String("no recording here")));
        QVERIFY(!reader.open(dir.filePath(QStringLiteral("nope"))));
        QVERIFY(reader.error().contains(QLatin1String("no such directory")));
    }
};

QTEST_GUILESS_MAIN(TestRecording)
#include "tst_recording.moc"
