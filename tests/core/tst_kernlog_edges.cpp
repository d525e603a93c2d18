// Edge cases derived from the real corpus logs: cut-off reports, interleaved lines, a log
// concatenated with itself, other hosts mixed in, compressed input, empty input, binary junk.
#include "KernlogTestUtil.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtTest>

using namespace kernlogtest;
using oomlens::LogAnalysis;

namespace {

QByteArray corpus(const char *file) {
    return readFile(corpusDir() + u'/' + QLatin1String(file));
}

QStringList summary(const LogAnalysis &a) {
    QStringList s;
    for (const auto &e : a.events)
        s << QStringLiteral("%1 %2 %3 %4")
                 .arg(oomlens::kindName(e.kind), victimOf(e), constraintOf(e), orderOf(e));
    return s;
}

} // namespace

class TestKernlogEdges : public QObject {
    Q_OBJECT
private slots:
    // Cut the complete Ubuntu 4.4 report after its task table: the event stays, marked incomplete.
    void truncatedReport() {
        const QByteArray log = corpus("k4.4-ubuntu-global-order3-fragmentation-syslog.log");
        const qsizetype cut = log.indexOf("Out of memory: Kill process");
        QVERIFY(cut > 0);
        const LogAnalysis a = analyzeBytes(log.left(log.lastIndexOf('\n', cut) + 1));
        QCOMPARE(a.events.size(), 1);
        const auto &e = a.events.first();
        QVERIFY(!e.complete);
        QVERIFY(e.missing.contains(QStringLiteral("victim")));
        QVERIFY(e.invoker);
        QVERIFY(!e.tasks.isEmpty());
        // Cut mid-line too: never a crash, never a victim invented.
        const LogAnalysis b = analyzeBytes(log.left(cut + 20));
        QCOMPARE(b.events.size(), 1);
        QVERIFY(!b.events.first().victim || !b.events.first().victim->killed || b.events.first().victim->pid);
    }

    // Every corpus log with an unrelated kernel line (and another program's line) after each line.
    void interleaved_data() {
        QTest::addColumn<QString>("file");
        for (const auto &r : readManifest())
            QTest::newRow(qPrintable(r.file)) << r.file;
    }
    void interleaved() {
        QFETCH(QString, file);
        const QByteArray log = readFile(corpusDir() + u'/' + file);
        const LogAnalysis base = analyzeBytes(log);
        QByteArray mixed;
        for (const QByteArray &line : log.split('\n')) {
            mixed += line + '\n';
            if (line.endsWith(' ')) continue; // a mail client's soft break: the next line continues this one
            // Same timestamp prefix as the report line, other text (another CPU's printk).
            const qsizetype at = line.indexOf("] ");
            if (line.startsWith('[') && at > 0 && at < 40 && line.left(at).contains('.'))
                mixed += line.left(at + 2) + "usb 1-1: new high-speed USB device number 3 using xhci_hcd\n";
            else if (line.contains(" kernel: "))
                mixed +=
                    line.left(line.indexOf(" kernel: ")) + " systemd[1]: Started Session 42 of user root.\n";
        }
        const LogAnalysis a = analyzeBytes(mixed);
        QCOMPARE(summary(a), summary(base));
        for (qsizetype i = 0; i < a.events.size(); ++i) {
            QCOMPARE(a.events[i].zones.size(), base.events[i].zones.size());
            QCOMPARE(a.events[i].tasks.size(), base.events[i].tasks.size());
        }
    }

    // A log concatenated with itself is the same events, not twice as many.
    void duplicated_data() { interleaved_data(); }
    void duplicated() {
        QFETCH(QString, file);
        QByteArray log = readFile(corpusDir() + u'/' + file);
        if (!log.endsWith('\n')) log += '\n';
        const LogAnalysis base = analyzeBytes(log);
        const LogAnalysis twice = analyzeBytes(log + log);
        QCOMPARE(summary(twice), summary(base));
        QCOMPARE(twice.duplicatesDropped, qint64(base.events.size()));
    }

    // The same kernel messages from /var/log/syslog (with the [uptime] stamp) and from the journal
    // (journalctl -k short: without it) concatenated: one event, not two.
    void syslogPlusJournal() {
        const QByteArray syslog = corpus("k5.15-azure-memcg-v2-aks-pod-syslog-npd-echo.log");
        QByteArray journal;
        const QRegularExpression stamp(QStringLiteral(" kernel: \\[ *\\d+\\.\\d+\\] "));
        for (const QByteArray &line : syslog.split('\n'))
            journal += QString::fromUtf8(line).replace(stamp, QStringLiteral(" kernel: ")).toUtf8() + '\n';
        QVERIFY(!journal.contains("[ 8523."));
        const LogAnalysis base = analyzeBytes(syslog);
        const LogAnalysis both = analyzeBytes(syslog + journal);
        QCOMPARE(summary(both), summary(base));
        QCOMPARE(both.duplicatesDropped, qint64(base.events.size()));
    }

    // A big machine: 3.x prints one per-cpu pageset line per CPU and zone inside Mem-Info. The
    // RHEL7-derived report with its 4 CPUs grown to 1024: still one report, zones and tasks intact.
    void manyCpus() {
        const QByteArray log = corpus("k3.10-euler-kvm-memcg-path-panic-on-oom-2-hugepages-1024.log");
        QByteArray big;
        for (const QByteArray &line : log.split('\n')) {
            if (line.contains("CPU    3: hi:")) {
                const QByteArray stamp = line.left(line.indexOf(']') + 2);
                for (int cpu = 4; cpu < 1024; ++cpu)
                    big += stamp + "CPU " + QByteArray::number(cpu).rightJustified(4) +
                           ": hi:  186, btch:  31 usd:   0\n";
            }
            big += line + '\n';
        }
        QVERIFY(big.count('\n') > 3000);
        const LogAnalysis base = analyzeBytes(log);
        const LogAnalysis a = analyzeBytes(big);
        QCOMPARE(summary(a), summary(base));
        QCOMPARE(a.events.first().zones.size(), base.events.first().zones.size());
        QCOMPARE(a.events.first().tasks.size(), base.events.first().tasks.size());
        QVERIFY(!a.events.first().tasks.isEmpty());
    }

    // Two hosts in one aggregated file, lines alternating: events are per host.
    void severalHosts() {
        const QByteArray log =
            corpus("k6.1-unraid-global-sysrq-f-docker-postgres-syslog-then-show-memory.log");
        QByteArray mixed;
        for (const QByteArray &line : log.split('\n')) {
            if (line.isEmpty()) continue;
            QByteArray other = line;
            other.replace("LolbraaNAS", "backup-nas");
            other.replace("6009 (node)", "7001 (node)");
            other.replace("pid=6009", "pid=7001");
            mixed += line + '\n' + other + '\n';
        }
        const LogAnalysis a = analyzeBytes(mixed);
        QCOMPARE(a.events.size(), 2);
        QStringList hosts{a.events[0].host, a.events[1].host};
        hosts.sort();
        QCOMPARE(hosts, (QStringList{QStringLiteral("LolbraaNAS"), QStringLiteral("backup-nas")}));
        for (const auto &e : a.events)
            QCOMPARE(victimOf(e),
                     e.host == u"LolbraaNAS" ? QStringLiteral("6009:node") : QStringLiteral("7001:node"));
    }

    void compressed_data() {
        QTest::addColumn<QString>("tool");
        for (const char *t : {"gzip", "xz", "zstd", "bzip2"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }
    void compressed() {
        QFETCH(QString, tool);
        if (QStandardPaths::findExecutable(tool).isEmpty()) QSKIP("compressor not installed");
        const QString src =
            corpusDir() + QStringLiteral("/k5.13-next-global-hyperv-kde-journal-warn-alloc-first.log");
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("log.") + tool);
        QProcess p;
        p.setStandardInputFile(src);
        p.setStandardOutputFile(out);
        p.start(tool, {QStringLiteral("-c")});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(readFile(out) != readFile(src));
        const LogAnalysis a = oomlens::analyzeFile(out);
        QVERIFY2(a.errors.isEmpty(), qPrintable(a.errors.value(0).reason));
        QCOMPARE(summary(a), summary(oomlens::analyzeFile(src)));
        QCOMPARE(a.bytesRead, QFileInfo(src).size());
    }

    // A gzip file cut in the middle (an interrupted copy): the events before the cut are kept and
    // the error names the file, the line reached and libarchive's reason.
    void truncatedGzip() {
        if (QStandardPaths::findExecutable(QStringLiteral("gzip")).isEmpty()) QSKIP("gzip not installed");
        const QString src =
            corpusDir() +
            QStringLiteral("/k6.1-unraid-global-sysrq-f-docker-postgres-syslog-then-show-memory.log");
        // The report, then ordinary lines, so that the cut falls well after the report.
        QByteArray log = readFile(src);
        QRandomGenerator rng(3);
        for (int i = 0; i < 40000; ++i)
            log += "Jan 17 13:31:00 LolbraaNAS kernel: usb 1-1: device descriptor read/64, error " +
                   QByteArray::number(rng.generate()) + '\n';
        QProcess p;
        p.start(QStringLiteral("gzip"), {QStringLiteral("-c")});
        QVERIFY(p.waitForStarted());
        p.write(log);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished());
        const QByteArray gz = p.readAllStandardOutput();
        QVERIFY(gz.size() > 100000);
        const LogAnalysis a = analyzeBytes(gz.left(gz.size() * 3 / 4), QStringLiteral("cut.log.gz"));
        QCOMPARE(a.errors.size(), 1);
        QVERIFY(a.errors.first().file.endsWith(u"cut.log.gz"));
        QVERIFY(a.errors.first().line > 0);
        QVERIFY(!a.errors.first().reason.isEmpty());
        QVERIFY(a.linesRead > 100);
        QCOMPARE(a.events.size(), 1); // the report is in the first part of the file
        QCOMPARE(victimOf(a.events.first()), QStringLiteral("6009:node"));
    }

    void emptyFile() {
        const LogAnalysis a = analyzeBytes(QByteArray());
        QVERIFY(a.events.isEmpty());
        QVERIFY(a.errors.isEmpty());
        QCOMPARE(a.linesRead, 0);
    }

    void missingFileIsAnError() {
        const LogAnalysis a = oomlens::analyzeFile(QStringLiteral("/nonexistent/kern.log"));
        QCOMPARE(a.errors.size(), 1);
        QCOMPARE(a.errors.first().file, QStringLiteral("/nonexistent/kern.log"));
        QVERIFY(!a.errors.first().reason.isEmpty());
    }

    // Random bytes, invalid UTF-8, NULs, a 1 MiB line without newline, and junk spliced inside a
    // real report: no crash, and the real report is still found.
    void binaryJunk() {
        QRandomGenerator rng(20261123);
        QByteArray junk(1 << 20, '\0');
        for (auto &c : junk)
            c = char(rng.generate() & 0xff);
        const LogAnalysis j = analyzeBytes(junk);
        QVERIFY(j.events.size() < 3); // random bytes may look like nothing in particular
        QByteArray longLine(1 << 20, 'x');
        QVERIFY(!analyzeBytes(longLine).errors.isEmpty()); // reported as cut, not silently
        const QByteArray log = corpus("k4.4-ubuntu-global-order3-fragmentation-syslog.log");
        QByteArray spliced;
        int n = 0;
        for (const QByteArray &line : log.split('\n')) {
            spliced += line + '\n';
            if (++n % 7 == 0) spliced += "\xff\xfe\x00\x01 \xc3\x28 garbage \xe2\x82\n";
        }
        const LogAnalysis s = analyzeBytes(spliced);
        QCOMPARE(summary(s), summary(analyzeBytes(log)));
    }

    // The CLI reads stdin for "-", and its JSON keeps the documented keys with null for absent.
    void cliStdinJson() {
        QProcess p;
        p.setStandardInputFile(corpusDir() +
                               QStringLiteral("/k5.x-memcg-v1-kubepods-dmesg-T-zh_CN-locale.log"));
        p.start(QStringLiteral(OOMLENS_CLI_PATH),
                {QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("-")});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 0);
        QJsonParseError err;
        const QJsonObject doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &err).object();
        QCOMPARE(err.error, QJsonParseError::NoError);
        QCOMPARE(doc.value(u"events").toArray().size(), 1);
        const QJsonObject e = doc.value(u"events").toArray().first().toObject();
        for (const char *key :
             {"file", "line", "host", "time", "uptime_s", "kind", "complete", "invoker", "constraint",
              "oom_memcg", "task_memcg", "victim", "zones", "buddy", "diagnosis"})
            QVERIFY2(e.contains(QLatin1String(key)), key);
        QCOMPARE(e.value(u"file").toString(), QStringLiteral("-"));
        QVERIFY(e.value(u"invoker").isNull());
        QVERIFY(e.value(u"uptime_s").isNull());
        QCOMPARE(e.value(u"kind").toString(), QStringLiteral("oom_kill"));
        QCOMPARE(e.value(u"time").toString(), QStringLiteral("2024-09-03T05:57:48.000"));
        const QJsonObject v = e.value(u"victim").toObject();
        QCOMPARE(v.value(u"pid").toInt(), 50624);
        QCOMPARE(v.value(u"anon_rss_bytes").toDouble(), 8225208.0 * 1024);
        QCOMPARE(v.value(u"oom_score_adj").toInt(), 969);
        QVERIFY(e.value(u"oom_memcg").toString().startsWith(u"/kubepods/burstable/pod28fcb1a0"));
        QVERIFY(doc.value(u"errors").toArray().isEmpty());
    }

    void cliMissingFileExitsOne() {
        QProcess p;
        p.start(QStringLiteral(OOMLENS_CLI_PATH),
                {QStringLiteral("analyze"), QStringLiteral("/nonexistent.log")});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("/nonexistent.log"));
    }
};

QTEST_GUILESS_MAIN(TestKernlogEdges)
#include "tst_kernlog_edges.moc"
