// SPDX-License-Identifier: GPL-2.0-or-later
// Hostile and broken inputs (issue 15, "found when tried from outside"): archive bombs, devices
// and FIFOs where a snapshot has files, terminal escapes in names, cut compressed logs, values
// no kernel prints. Each must give a clear error or a correct result, never a crash, a hang or
// silent garbage. Damaged inputs are made here from the real captures in tests/data.
#include "ProcFixtures.h"
#include "kernlog/ReportLines.h"
#include "model/Printable.h"
#include "procfs/Buddyinfo.h"
#include "procfs/SnapshotReader.h"
#include "source/Source.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <sys/stat.h>
#include <unistd.h>

using namespace oomlens;
using oomlens::test::procDataPath;

namespace {

const QString kCapture = QStringLiteral("vm-6.18-capture"); // a cgroup v1 host, tests/data/proc/README.md

bool copyTree(const QString &from, const QString &to) {
    if (!QDir().mkpath(to)) return false;
    const QFileInfoList entries = QDir(from).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot);
    for (const QFileInfo &fi : entries) {
        const QString target = to + QLatin1Char('/') + fi.fileName();
        if (fi.isDir()) {
            if (!copyTree(fi.filePath(), target)) return false;
            continue;
        }
        QFile in(fi.filePath()), out(target);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) ||
            out.write(in.readAll()) != fi.size())
            return false;
    }
    return true;
}

bool hasProblem(const Snapshot &s, const QString &file, const QString &reasonPart) {
    return std::any_of(s.problems.cbegin(), s.problems.cend(), [&](const SnapshotProblem &p) {
        return p.file == file && p.reason.contains(reasonPart);
    });
}

bool run(const QString &program, const QStringList &args, const QString &dir = {}) {
    QProcess p;
    if (!dir.isEmpty()) p.setWorkingDirectory(dir);
    p.start(program, args);
    return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

struct CliRun {
    int exitCode = -1;
    QByteArray out, err;
};

CliRun cli(const QStringList &args, const QByteArray &stdinBytes = {}) {
    QProcess p;
    p.start(QStringLiteral(OOMLENS_CLI_PATH), args);
    p.write(stdinBytes);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

bool hasControlBytes(const QByteArray &text) {
    return std::any_of(text.cbegin(), text.cend(), [](char c) {
        return (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') || c == 0x7f;
    });
}

// A GNU tar header for a regular file `name` whose size field (base-256, as GNU tar writes sizes
// beyond 8 GiB) claims `size` bytes.
QByteArray tarHeader(const QByteArray &name, quint64 size) {
    QByteArray h(512, '\0');
    h.replace(0, name.size(), name);
    h.replace(100, 8, "0000644", 8);
    h.replace(108, 8, "0000000", 8);
    h.replace(116, 8, "0000000", 8);
    h[124] = char(0x80);
    for (int i = 0; i < 8; ++i)
        h[135 - i] = char((size >> (8 * i)) & 0xff);
    h.replace(136, 12, "00000000000", 12);
    h[156] = '0';
    h.replace(257, 8, "ustar  ", 8);
    h.replace(148, 8, "        ");
    unsigned sum = 0;
    for (char c : std::as_const(h))
        sum += static_cast<unsigned char>(c);
    h.replace(148, 8, QByteArray::number(sum, 8).rightJustified(6, '0') + '\0' + ' ');
    return h;
}

} // namespace

class TestHostileInputs : public QObject {
    Q_OBJECT
private slots:
    void printableEscapesControlsAndCuts() {
        QCOMPARE(printable(u"a\x1b]0;x\x07"
                           "b"),
                 u"a\\x1b]0;x\\x07b"_qs);
        QCOMPARE(printable(u"a\nb"), u"a\\x0ab"_qs);
        QCOMPARE(printable(u"a\nb", -1, Newlines::Keep), u"a\nb"_qs);
        QCOMPARE(printable(QString(QChar(0x9b)) + u"2J"_qs), u"\\x9b2J"_qs); // C1 CSI
        QCOMPARE(printable(u"/system.slice/a\\x2db.service"), u"/system.slice/a\\x2db.service"_qs);
        QCOMPARE(printable(QString(100000, u'z'), 10), u"zzzzzzzzzz... (99990 more characters)"_qs);
        QCOMPARE(printableBytes(QByteArray("x\0y", 3)), u"x\\x00y"_qs);
    }

    void tarHeaderClaimingOneTebibyte() {
        // 10 KB on disk, a header saying 1 TiB: the size was reserved up front (std::bad_alloc).
        QTemporaryDir tmp;
        QFile f(tmp.filePath(u"claim.tar"_qs));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(tarHeader("proc/meminfo", quint64(1) << 40) + QByteArray(10 * 1024, 'x'));
        f.close();
        SourceError e;
        const auto s = readSnapshot(f.fileName(), &e);
        // Cut short after the claim: either the archive is refused as damaged or the file is
        // listed as too large; never a crash.
        if (s)
            QVERIFY(hasProblem(*s, u"/proc/meminfo"_qs, u"file too large"_qs));
        else
            QCOMPARE(e.kind, SourceError::Corrupt);
    }

    void sparseTarBomb() {
        // GNU tar stores a 3 GB sparse file in a few blocks; the reader held all of it.
        QTemporaryDir tmp;
        QVERIFY(QDir(tmp.path()).mkpath(u"root/proc"_qs));
        QFile big(tmp.filePath(u"root/proc/meminfo"_qs));
        QVERIFY(big.open(QIODevice::WriteOnly) && big.resize(qint64(3) << 30));
        big.close();
        QFile::copy(procDataPath(kCapture + u"/proc/vmstat"_qs), tmp.filePath(u"root/proc/vmstat"_qs));
        const QString archive = tmp.filePath(u"bomb.tar"_qs);
        QVERIFY(run(u"tar"_qs, {u"--sparse"_qs, u"-cf"_qs, archive, u"proc"_qs}, tmp.filePath(u"root"_qs)));
        QVERIFY(QFileInfo(archive).size() < 100 * 1024);
        SourceError e;
        const auto s = readSnapshot(archive, &e);
        QVERIFY2(s, qPrintable(e.reason));
        QVERIFY(hasProblem(*s, u"/proc/meminfo"_qs, u"file too large"_qs));
        QVERIFY(!s->vmstat.isEmpty()); // the rest of the archive is read
    }

    void zstdArchiveWithOverLargeFile() {
        // 100 MiB of zeros as proc/meminfo compress to a few KB; over the cap, named in a problem.
        QTemporaryDir tmp;
        QVERIFY(QDir(tmp.path()).mkpath(u"root/proc"_qs));
        QFile big(tmp.filePath(u"root/proc/meminfo"_qs));
        QVERIFY(big.open(QIODevice::WriteOnly) && big.resize(qint64(100) << 20));
        big.close();
        QFile::copy(procDataPath(kCapture + u"/proc/vmstat"_qs), tmp.filePath(u"root/proc/vmstat"_qs));
        const QString archive = tmp.filePath(u"bomb.tar.zst"_qs);
        QVERIFY(run(u"tar"_qs, {u"--zstd"_qs, u"-cf"_qs, archive, u"proc"_qs}, tmp.filePath(u"root"_qs)));
        SourceError e;
        const auto s = readSnapshot(archive, &e);
        QVERIFY2(s, qPrintable(e.reason));
        QVERIFY(hasProblem(*s, u"/proc/meminfo"_qs, u"file too large"_qs));
        QVERIFY(s->meminfo.isEmpty());
    }

    void devicesAndFifosInASnapshotDirectory() {
        // /dev/zero never ends, /dev/urandom neither, and a FIFO blocks forever: skipped, listed.
        QTemporaryDir tmp;
        QVERIFY(copyTree(procDataPath(kCapture), tmp.path()));
        QVERIFY(QFile::remove(tmp.filePath(u"proc/meminfo"_qs)));
        QVERIFY(QFile::link(u"/dev/zero"_qs, tmp.filePath(u"proc/meminfo"_qs)));
        QVERIFY(QFile::remove(tmp.filePath(u"proc/vmstat"_qs)));
        QVERIFY(QFile::link(u"/dev/urandom"_qs, tmp.filePath(u"proc/vmstat"_qs)));
        QVERIFY(QFile::remove(tmp.filePath(u"proc/21947/status"_qs)));
        QCOMPARE(::mkfifo(QFile::encodeName(tmp.filePath(u"proc/21947/status"_qs)).constData(), 0600), 0);
        SourceError e;
        const auto s = readSnapshot(tmp.path(), &e);
        QVERIFY2(s, qPrintable(e.reason));
        QVERIFY(hasProblem(*s, u"/proc/meminfo"_qs, u"symbolic link"_qs));
        QVERIFY(hasProblem(*s, u"/proc/vmstat"_qs, u"symbolic link"_qs));
        QVERIFY(hasProblem(*s, u"/proc/21947/status"_qs, u"FIFO"_qs));
        QVERIFY(s->process(21947)); // the rest of the process is still read
        QVERIFY(s->meminfo.isEmpty());
    }

    void fifoOrDeviceAsTheArchive() {
        QTemporaryDir tmp;
        const QString fifo = tmp.filePath(u"snapshot.tar"_qs);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        SourceError e;
        QVERIFY(!Source::open(fifo, &e)); // blocked in open() forever before
        QCOMPARE(e.kind, SourceError::NotRegular);
        const QString zero = tmp.filePath(u"zero.tar"_qs);
        QVERIFY(QFile::link(u"/dev/zero"_qs, zero));
        QVERIFY(!Source::open(zero, &e));
        QCOMPARE(e.kind, SourceError::NotRegular);
    }

    void unparsableV1LimitIsNotUnlimited_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("-1") << QByteArray("-1\n");
        QTest::newRow("max") << QByteArray("max\n");
        QTest::newRow("23 digits") << QByteArray("12345678901234567890123\n");
    }
    void unparsableV1LimitIsNotUnlimited() {
        QFETCH(QByteArray, text);
        QTemporaryDir tmp;
        QVERIFY(copyTree(procDataPath(kCapture), tmp.path()));
        const QString child = u"/oomlens-fixture-4033"_qs;
        QFile limit(tmp.filePath(u"sys/fs/cgroup/memory"_qs + child + u"/memory.limit_in_bytes"_qs));
        QVERIFY(limit.open(QIODevice::WriteOnly | QIODevice::Truncate));
        limit.write(text);
        limit.close();
        SourceError e;
        const auto s = readSnapshot(tmp.path(), &e);
        QVERIFY2(s, qPrintable(e.reason));
        const int i = s->cgroupIndex(child);
        QVERIFY(i >= 0);
        QVERIFY(!s->cgroups[i].limitKnown);
        QVERIFY(!s->cgroups[i].effectiveLimitKnown);
        QVERIFY(hasProblem(*s, u"/sys/fs/cgroup/memory"_qs + child + u"/memory.limit_in_bytes"_qs, {}));
        // Its children inherit the unknown (an unknown limit above may be the tighter one).
        for (const Cgroup &c : s->cgroups) {
            if (c.path.startsWith(child + u'/')) QVERIFY(!c.effectiveLimitKnown);
        }
        QVERIFY(s->cgroups[0].limitKnown); // the root's own file is fine
    }

    void buddyinfoWithAHundredOrders() {
        const QByteArray line = "Node 0, zone   Normal " + QByteArray("1 ").repeated(100) + '\n';
        const auto r = parseBuddyinfo(line);
        QVERIFY(!r.ok());
        QVERIFY(!r.issues.isEmpty());
        QVERIFY2(r.issues.first().reason.contains(u"100 orders"_qs), qPrintable(r.issues.first().reason));
    }

    void problemMessagesAreEscapedAndCut() {
        // A zone name with ESC, BEL, NUL and newline, and one of 100 KB.
        const QByteArray line = QByteArray("Node 0, zone \x1b]0;pwned\x07\x01 abc\n", 34);
        auto r = parseBuddyinfo(line);
        QVERIFY(!r.issues.isEmpty());
        QVERIFY2(!hasControlBytes(r.issues.first().reason.toUtf8()), qPrintable(r.issues.first().reason));
        r = parseBuddyinfo("Node 0, zone " + QByteArray(100000, 'Z') + " abc\n");
        QVERIFY(r.issues.first().reason.size() < 400);
        Snapshot s;
        s.addProblem(u"/proc/x\n"_qs, 0, u"bad \x1b[2J"_qs + QString(100000, u'y'), false);
        QVERIFY(!hasControlBytes(s.problems.first().reason.toUtf8()));
        QVERIFY(!hasControlBytes(s.problems.first().file.toUtf8()));
        QVERIFY(s.problems.first().reason.size() < 1100);
    }

    void outOfRangeNumbersAreNoData() {
        using namespace oomlens::kernlog;
        QVERIFY(parseKilledLine("Out of memory: Killed process 483880 (python3) total-vm:293428kB"));
        QVERIFY(!parseKilledLine("Out of memory: Killed process -483880 (python3) total-vm:293428kB"));
        QVERIFY(!parseKilledLine("Out of memory: Killed process 99999999999 (python3) total-vm:293428kB"));
        QVERIFY(!parseScoredLine("Out of memory: Kill process -5 (x) score 751 or sacrifice child"));
        const auto inv = parseInvoker("python3 invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), "
                                      "order=99999999, oom_score_adj=-483880");
        QVERIFY(inv);
        QCOMPARE(inv->comm, u"python3"_qs);
        QVERIFY(!inv->order);
        QVERIFY(!inv->oomScoreAdj);
    }

    void analyzeEscapesTerminalSequences() {
        // A real journal excerpt whose victim renamed itself to an OSC title change + screen clear.
        QFile real(QStringLiteral(OOMLENS_TEST_DATA
                                  "/oom-logs/k6.8-memcg-v2-systemd-run-journal-ellipsized-no-host.log"));
        QVERIFY(real.open(QIODevice::ReadOnly));
        QByteArray log = real.readAll();
        QVERIFY(log.contains("(python3)"));
        log.replace("python3", "\x1b]0;pwned\x07\x1b[2J");
        const CliRun r = cli({u"analyze"_qs, u"-"_qs}, log);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("\\x1b]0;pwned\\x07\\x1b[2J"));
        QVERIFY(!hasControlBytes(r.out));
    }

    void emptyStdinIsAnEmptyLog() {
        QTemporaryDir tmp;
        QFile empty(tmp.filePath(u"empty.log"_qs));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        const CliRun fromFile = cli({u"analyze"_qs, empty.fileName()});
        const CliRun fromStdin = cli({u"analyze"_qs, u"-"_qs});
        QCOMPARE(fromFile.exitCode, 0);
        QCOMPARE(fromStdin.exitCode, fromFile.exitCode);
        QCOMPARE(fromStdin.out, fromFile.out);
    }

    void gzipCutToFiveBytes() {
        // The first 5 bytes of a real gzip stream of a corpus log: too short for gzip's 10-byte
        // header, so no filter takes it; it was read as a one-line text log (exit 0).
        QTemporaryDir tmp;
        const QString gz = tmp.filePath(u"cut.log.gz"_qs);
        QVERIFY(
            QFile::copy(QStringLiteral(OOMLENS_TEST_DATA
                                       "/oom-logs/k6.8-memcg-v2-systemd-run-journal-ellipsized-no-host.log"),
                        tmp.filePath(u"cut.log"_qs)));
        QVERIFY(run(u"gzip"_qs, {u"-n"_qs, tmp.filePath(u"cut.log"_qs)}));
        QFile f(gz);
        QVERIFY(f.open(QIODevice::ReadWrite) && f.resize(5));
        f.close();
        CliRun r = cli({u"analyze"_qs, gz});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("truncated gzip"), r.err.constData());
        QFile cut(gz);
        QVERIFY(cut.open(QIODevice::ReadOnly));
        r = cli({u"analyze"_qs, u"-"_qs}, cut.readAll());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("truncated gzip"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "tst_hostile_inputs.moc"
