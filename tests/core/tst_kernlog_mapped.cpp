// LogReader on plain files reads through mmap windows (core/kernlog/MappedFile): the same lines as
// the buffered path across window borders, a file that grows is read to its new end, and a file
// that shrinks while it is read gives an error instead of SIGBUS killing the process.
#include "kernlog/LogReader.h"
#include "kernlog/MappedFile.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <string>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

using namespace oomlens::kernlog;

namespace {

// ~`mib` MiB of numbered lines of varying length, one of them longer than LogReader::MaxLineBytes,
// the last without '\n'.
QByteArray numberedLines(int mib, bool withLongLine = true) {
    QByteArray out;
    for (int i = 0; out.size() < mib * 1024 * 1024; ++i) {
        out += "[" + QByteArray::number(i) + ".000000] line " + QByteArray::number(i) + ' ' +
               QByteArray(i % 97, char('a' + i % 26)) + '\n';
        if (i == 5000 && withLongLine) out += QByteArray(int(LogReader::MaxLineBytes) + 100, 'L') + '\n';
    }
    out += "[9.9] last line without newline";
    return out;
}

struct ReadResult {
    std::vector<std::string> lines;
    bool ok = false;
    QString error;
    int truncated = 0;
};

ReadResult readAll(const QString &path, bool mmap, const LogReader::BlockFn &afterBlock = {}) {
    if (mmap) {
        qunsetenv("OOMLENS_NO_MMAP");
        qputenv("OOMLENS_MMAP", "1"); // (not the default: LogReader.cpp says why)
    } else {
        qunsetenv("OOMLENS_MMAP");
        qputenv("OOMLENS_NO_MMAP", "1");
    }
    ReadResult r;
    LogReader reader(path);
    if (!reader.open()) {
        r.error = reader.errorString();
        return r;
    }
    r.ok = reader.readLines([&](std::string_view line) { r.lines.emplace_back(line); }, afterBlock);
    r.error = reader.errorString();
    r.truncated = reader.truncatedLines();
    qunsetenv("OOMLENS_NO_MMAP");
    qunsetenv("OOMLENS_MMAP");
    return r;
}

QString writeFile(const QTemporaryDir &dir, const QByteArray &bytes) {
    const QString path = dir.filePath(QStringLiteral("log.txt"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) return {};
    return path;
}

} // namespace

class TestKernlogMapped : public QObject {
    Q_OBJECT
private slots:
    void sameLinesAsBufferedRead() {
        QTemporaryDir dir;
        const QByteArray text = numberedLines(11); // three windows, lines across their borders
        const QString path = writeFile(dir, text);
        QVERIFY(!path.isEmpty());
        const ReadResult mapped = readAll(path, true), buffered = readAll(path, false);
        QVERIFY2(mapped.ok, qPrintable(mapped.error));
        QVERIFY2(buffered.ok, qPrintable(buffered.error));
        QCOMPARE(mapped.lines.size(), buffered.lines.size());
        QVERIFY(mapped.lines == buffered.lines);
        QCOMPARE(mapped.truncated, 1);
        QCOMPARE(buffered.truncated, 1);
        QCOMPARE(mapped.lines.back(), std::string("[9.9] last line without newline"));
        QCOMPARE(qsizetype(mapped.lines.size()), text.count('\n') + 1);
    }

    void grownFileIsReadToItsNewEnd() {
        QTemporaryDir dir;
        const QString path = writeFile(dir, numberedLines(5).append('\n'));
        bool appended = false;
        const ReadResult r = readAll(path, true, [&](qint64, qint64) {
            if (appended) return;
            appended = true;
            QFile f(path);
            if (f.open(QIODevice::Append)) f.write("[10.0] appended while reading\n");
        });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.lines.back(), std::string("[10.0] appended while reading"));
    }

    // logrotate's copytruncate under a running analysis: the mapped pages past the new end fault.
    void shrunkFileGivesAnErrorNotSigbus() {
        QTemporaryDir dir;
        const QString path = writeFile(dir, numberedLines(12, false));
        bool cut = false;
        const ReadResult r = readAll(path, true, [&](qint64, qint64) {
            if (cut) return;
            cut = true;
            QVERIFY(truncate(QFile::encodeName(path).constData(), 512 * 1024) == 0);
        });
        QVERIFY(cut);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("got shorter")), qPrintable(r.error));
        // The lines of the first read block came through, none made of the zeros that stand in
        // for the vanished pages.
        QVERIFY(r.lines.size() > 1000);
        for (const std::string &line : r.lines)
            QVERIFY(line.find('\0') == std::string::npos);
        QCOMPARE(r.truncated, 0);
    }

    // A file its file system cannot map (sysfs: ENODEV) is read the ordinary way, not failed.
    void unmappableFileIsReadAnyway() {
        const QString path = QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled");
        if (!QFileInfo(path).isReadable()) QSKIP("no /sys/kernel/mm/transparent_hugepage/enabled here");
        MappedFile probe;
        QVERIFY(!probe.open(path)); // sysfs attributes cannot be mapped
        const ReadResult r = readAll(path, true);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.lines.size(), size_t(1));
        QVERIFY(QByteArray::fromStdString(r.lines[0]).contains("never"));
    }

    // The guard is chained: a SIGBUS that is not a fault in a mapped window still kills.
    void foreignSigbusStillKills() {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "[1.0] x\n");
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // (QtTest's own handler comes before ours in the chain: it prints and re-raises.)
            if (!freopen("/dev/null", "w", stdout) || !freopen("/dev/null", "w", stderr)) _exit(4);
            MappedFile file; // installs the handler
            if (!file.open(path)) _exit(3);
            raise(SIGBUS);
            _exit(0);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY2(!WIFEXITED(status) || (WEXITSTATUS(status) != 3 && WEXITSTATUS(status) != 4),
                 "child set-up failed");
        // Killed by SIGBUS; under AddressSanitizer its own SIGBUS report ends the child with exit code 1.
        const bool killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGBUS;
        const bool sanitizerReport = WIFEXITED(status) && WEXITSTATUS(status) == 1;
        QVERIFY2(killed || sanitizerReport,
                 qPrintable(QStringLiteral("child survived SIGBUS: status %1").arg(status)));
    }
};

int main(int argc, char **argv) {
    // A SIGBUS the guard passes on reaches QtTest's crash handler: no debugger attach for a backtrace.
    qputenv("QTEST_DISABLE_STACK_DUMP", "1");
    QCoreApplication app(argc, argv);
    TestKernlogMapped test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_kernlog_mapped.moc"
