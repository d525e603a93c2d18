// The idle fast paths (bare dmesg and classic syslog lines skipped without full framing) must give
// exactly the result of the full path: same JSON, byte for byte, on the corpus, on the corpus
// between ordinary lines in both styles, and on mutated copies of it.
#include "KernlogTestUtil.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

using namespace kernlogtest;

namespace {

QByteArray analyzeJson(const QString &file, bool fullPath) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The reference: every line framed, read through libarchive's buffer; against: the fast paths
    // on an mmap'ed file.
    if (fullPath) {
        env.insert(QStringLiteral("OOMLENS_KERNLOG_FULL_PATH"), QStringLiteral("1"));
        env.insert(QStringLiteral("OOMLENS_NO_MMAP"), QStringLiteral("1"));
    } else {
        env.remove(QStringLiteral("OOMLENS_KERNLOG_FULL_PATH"));
        env.remove(QStringLiteral("OOMLENS_NO_MMAP"));
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OOMLENS_CLI_PATH), {QStringLiteral("analyze"), QStringLiteral("--json"), file});
    p.waitForFinished(120000);
    return p.readAllStandardOutput();
}

// Corpus reports between ordinary lines, dmesg or syslog style, with a rising uptime.
QByteArray mixedLog(bool syslog, QRandomGenerator &rng) {
    static const char *ordinary[] = {"usb 1-1.2: new high-speed USB device number 7 using xhci_hcd",
                                     "EXT4-fs (nvme0n1p2): re-mounted. Opts: errors=remount-ro.",
                                     "IPv6: ADDRCONF(NETDEV_CHANGE): enp3s0: link becomes ready",
                                     "audit: type=1400 audit(1700000000.123:456): apparmor=\"STATUS\"",
                                     "perf: interrupt took too long (2504 > 2500), lowering rate to 79750"};
    QByteArray out;
    double up = 100.0;
    const QStringList files = QDir(corpusDir()).entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        for (int i = 0; i < 200; ++i) {
            up += 0.01;
            const QByteArray stamp = "[" + QByteArray::number(up, 'f', 6).rightJustified(12) + "] ";
            const QByteArray text = ordinary[rng.bounded(5)];
            out += (syslog ? "Nov 23 11:00:00 host kernel: " + stamp : stamp) + text + '\n';
            if (syslog && i % 50 == 0)
                out += "Nov 23 11:00:00 host systemd[1]: Started Session " + QByteArray::number(i) + ".\n";
        }
        out += readFile(corpusDir() + u'/' + f);
        if (!out.endsWith('\n')) out += '\n';
    }
    return out;
}

// The ordinary lines of tests/data/ordinary in one form (KernlogTestUtil.h), corpus reports between.
QByteArray ordinaryInForm(LineForm form) {
    const QStringList files = QDir(corpusDir()).entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
    QByteArray out;
    int i = 0;
    for (const QByteArray &m : ordinaryMessages()) {
        out += inForm(form, m, i);
        if (form != LineForm::Bare && form != LineForm::DmesgT && ++i % 40 == 0)
            out += inForm(form, "systemd[1]: Started Session 7.", i).replace(" kernel: ", " ");
        if (++i % 120 == 0) {
            out += readFile(corpusDir() + u'/' + files[(i / 120) % files.size()]);
            if (!out.endsWith('\n')) out += '\n';
        }
    }
    return out;
}

} // namespace

class TestKernlogFastPath : public QObject {
    Q_OBJECT
private slots:
    void sameAsFullPath_data() {
        QTest::addColumn<QByteArray>("log");
        QRandomGenerator rng(42);
        QTest::newRow("dmesg-mixed") << mixedLog(false, rng);
        QTest::newRow("syslog-mixed") << mixedLog(true, rng);
        // The ordinary lines of tests/data/ordinary in each form a skim takes, and the VM's own dmesg.
        const char *formNames[] = {"bare",   "dmesg-T",          "dmesg-T-zh_CN",
                                   "syslog", "syslog-no-uptime", "rfc3339"};
        for (const LineForm form : kLineForms)
            QTest::newRow(qPrintable(QStringLiteral("ordinary-%1").arg(QLatin1String(formNames[int(form)]))))
                << ordinaryInForm(form);
        QTest::newRow("vm-dmesg") << readFile(ordinaryDir() + QStringLiteral("/vm-6.18-dmesg.log"));
        QTest::newRow("vm-dmesg-T") << readFile(ordinaryDir() + QStringLiteral("/vm-6.18-dmesg-T.log"));
        // Mutations: bytes flipped, lines cut, markers and brackets spliced in.
        const QByteArray base = mixedLog(true, rng) + mixedLog(false, rng);
        static const char *splices[] = {"\n",
                                        "[",
                                        "]",
                                        " ",
                                        "#012",
                                        "Killed process ",
                                        " invoked oom-killer: ",
                                        "oom-kill:",
                                        "Node 0 ",
                                        "kernel: ",
                                        "Nov 23 11:00:00 other kernel: "};
        for (int n = 0; n < 6; ++n) {
            QByteArray m = base;
            for (int k = 0; k < 300; ++k) {
                const int pos = int(rng.bounded(quint32(m.size())));
                switch (rng.bounded(3)) {
                case 0:
                    m[pos] = char(rng.bounded(256));
                    break;
                case 1:
                    m.remove(pos, int(rng.bounded(80)));
                    break;
                default:
                    m.insert(pos, splices[rng.bounded(11)]);
                }
            }
            QTest::newRow(qPrintable(QStringLiteral("mutated-%1").arg(n))) << m;
        }
    }

    void sameAsFullPath() {
        QFETCH(QByteArray, log);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mixed.log"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(log);
        f.close();
        const QByteArray fast = analyzeJson(path, false);
        const QByteArray full = analyzeJson(path, true);
        QVERIFY(fast.contains("\"events\""));
        QCOMPARE(fast, full);
    }

    void everyCorpusLogSameAsFullPath() {
        for (const auto &r : readManifest()) {
            const QString path = corpusDir() + u'/' + r.file;
            QCOMPARE(analyzeJson(path, false), analyzeJson(path, true));
        }
    }
};

QTEST_GUILESS_MAIN(TestKernlogFastPath)
#include "tst_kernlog_fastpath.moc"
