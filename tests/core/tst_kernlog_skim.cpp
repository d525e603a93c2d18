// The block-wide skims of ordinary lines (core/kernlog/BareLineSkim for bare dmesg,
// SyslogLineSkim for classic syslog) against the per-line tests they stand for, for every
// instruction set this CPU has: from every line start of real reports between ordinary lines, of
// mutated copies with markers spliced in at every offset of a 64-byte chunk, and near the end of
// the buffer where the SIMD loads must not reach.
#include "KernlogTestUtil.h"

#include "kernlog/BareLineSkim.h"
#include "kernlog/LineFramer.h"
#include "kernlog/ReportBuilder.h"
#include "kernlog/SyslogLineSkim.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace oomlens::kernlog;
using namespace kernlogtest;

namespace {

// What the skim must return: lines isOrdinaryBareLine() accepts, one by one, up to the first it
// refuses, the first without '\n' before `end`, or the first longer than 4 KiB.
SkimRun reference(const char *from, const char *end) {
    SkimRun r;
    const char *p = from;
    while (p < end) {
        const char *nl = static_cast<const char *>(memchr(p, '\n', size_t(end - p)));
        if (!nl || nl - p >= 4096 || !isOrdinaryBareLine(string_view(p, size_t(nl - p)))) break;
        ++r.lines;
        ++r.counted; // every bare line taken is counted
        p = nl + 1;
    }
    r.bytes = size_t(p - from);
    return r;
}

// The same for the syslog skim: lines classifySyslogLine() calls OtherProgram, or Kernel while
// the host is idle.
SkimRun syslogReference(const char *from, const char *end, string_view host, bool idle) {
    SkimRun r;
    const char *p = from;
    while (p < end && !host.empty()) {
        const char *nl = static_cast<const char *>(memchr(p, '\n', size_t(end - p)));
        if (!nl || nl - p >= 4096) break;
        const SyslogLineKind kind = classifySyslogLine(string_view(p, size_t(nl - p)), host);
        if (kind == SyslogLineKind::NotOrdinary || (kind == SyslogLineKind::Kernel && !idle)) break;
        ++r.lines;
        r.counted += kind == SyslogLineKind::Kernel;
        p = nl + 1;
    }
    r.bytes = size_t(p - from);
    return r;
}

QList<SkimIsa> supportedIsas() {
    QList<SkimIsa> out;
    for (SkimIsa isa : {SkimIsa::Portable, SkimIsa::Sse2, SkimIsa::Avx2, SkimIsa::Avx512})
        if (skimIsaSupported(isa)) out << isa;
    return out;
}

const char *isaName(SkimIsa isa) {
    switch (isa) {
    case SkimIsa::Sse2:
        return "sse2";
    case SkimIsa::Avx2:
        return "avx2";
    case SkimIsa::Avx512:
        return "avx512";
    default:
        return "portable";
    }
}

// Every line start of `text` (and `text` cut short at a few places): skim == reference.
void compareEverywhere(const QByteArray &text, int maxStarts = 40000) {
    for (SkimIsa isa : supportedIsas()) {
        for (qsizetype cut : {qsizetype(0), qsizetype(1), qsizetype(7), qsizetype(67), qsizetype(100)}) {
            if (cut >= text.size()) continue;
            // A copy exactly as long as the data: a read past `end` is a heap overflow under ASan.
            const QByteArray data = text.left(text.size() - cut);
            const std::unique_ptr<char[]> exact(new char[size_t(data.size())]);
            memcpy(exact.get(), data.constData(), size_t(data.size()));
            const char *const begin = exact.get(), *const end = begin + data.size();
            int starts = 0;
            for (const char *p = begin; p < end && starts < maxStarts; ++starts) {
                const SkimRun want = reference(p, end);
                const SkimRun got = skimOrdinaryBareLines(p, end, isa);
                const qsizetype at = p - begin;
                auto mismatch = [&](const char *what, qint64 gotLines, qint64 gotBytes, qint64 wantLines,
                                    qint64 wantBytes) {
                    return QStringLiteral("%1 %2, cut %3, from byte %4 (%5): skim %6 lines/%7 bytes, "
                                          "per line %8/%9")
                        .arg(QLatin1String(what), QLatin1String(isaName(isa)))
                        .arg(cut)
                        .arg(at)
                        .arg(QString::fromUtf8(data.mid(at, 60)))
                        .arg(gotLines)
                        .arg(gotBytes)
                        .arg(wantLines)
                        .arg(wantBytes);
                };
                if (got.bytes != want.bytes || got.lines != want.lines || got.counted != want.counted)
                    QFAIL(qPrintable(
                        mismatch("bare", got.lines, qint64(got.bytes), want.lines, qint64(want.bytes))));
                for (const bool idle : {true, false}) {
                    for (const string_view host :
                         {string_view("host"), string_view("other"), string_view()}) {
                        const SkimRun sw = syslogReference(p, end, host, idle);
                        const SkimRun sg = skimOrdinarySyslogLines(p, end, host, idle, isa);
                        if (sg.bytes != sw.bytes || sg.lines != sw.lines || sg.counted != sw.counted)
                            QFAIL(qPrintable(
                                mismatch("syslog", sg.lines, qint64(sg.bytes), sw.lines, qint64(sw.bytes))));
                    }
                }
                const char *nl = static_cast<const char *>(memchr(p, '\n', size_t(end - p)));
                p = nl ? nl + 1 : end;
            }
        }
    }
}

QByteArray stamped(double uptime, const QByteArray &text) {
    return "[" + QByteArray::number(uptime, 'f', 6).rightJustified(12) + "] " + text + '\n';
}

// Every corpus report between runs of ordinary lines.
QByteArray corpusBetweenOrdinary() {
    static const char *ordinary[] = {
        "usb 1-1.2: new high-speed USB device number 7 using xhci_hcd",
        "perf: interrupt took too long (2504 > 2500), lowering kernel.perf_event",
        "overlayfs: upper fs does not support RENAME_WHITEOUT.",
        "nvme nvme0: 16/0/0 default/read/poll queues",
        "Bluetooth: hci0: Waiting for firmware download to complete"};
    QByteArray out;
    double up = 5.0;
    const QStringList files = QDir(corpusDir()).entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        for (int i = 0; i < 40; ++i)
            out += stamped(up += 0.01, ordinary[i % 5]);
        out += readFile(corpusDir() + u'/' + f);
        if (!out.endsWith('\n')) out += '\n';
    }
    return out;
}

// The corpus again, every line as a classic syslog line of "host" or "other", between ordinary kernel
// lines, other programs' lines and rsyslog "#012" escapes.
QByteArray syslogMixed() {
    QByteArray out;
    int i = 0;
    for (const QByteArray &line : corpusBetweenOrdinary().split('\n')) {
        const QByteArray host = (i / 50) % 4 == 3 ? "other" : "host";
        out += "Nov 23 11:00:" + QByteArray::number(10 + i % 50) + ' ' + host + " kernel: " + line + '\n';
        if (i % 37 == 0)
            out +=
                "Nov 23 11:00:00 " + host + " systemd[1]: Started Session " + QByteArray::number(i) + ".\n";
        if (i % 101 == 0) out += "Nov 23 11:00:00 " + host + " kernel: [ 1.0] a#012b\n";
        if (i % 103 == 0) out += "Nov  3 11:00:00.123456 " + host + " kernel: usb 1-1: reset\n";
        ++i;
    }
    return out;
}

} // namespace

class TestKernlogSkim : public QObject {
    Q_OBJECT
private slots:
    void perLineTest_data() {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("ordinary");
        QTest::newRow("plain") << QByteArray("[   10.000731] usb 1-1.2: new device") << true;
        QTest::newRow("long uptime") << QByteArray("[2919920.414131] EXT4-fs (sda1): mounted") << true;
        QTest::newRow("very long uptime") << QByteArray("[123456789012.123456] EXT4-fs: mounted") << true;
        QTest::newRow("kernel in text") << QByteArray("[   10.1] perf: lowering kernel.perf_event") << true;
        QTest::newRow("failure in text") << QByteArray("[   10.1] ata1: link failure, retrying") << false;
        QTest::newRow("invoker") << QByteArray("[ 9169.055829] tail invoked oom-killer: gfp_mask=0xcc0")
                                 << false;
        QTest::newRow("kill line") << QByteArray("[ 9169.1] Killed process 12 (tail) total-vm:1kB") << false;
        QTest::newRow("short-monotonic") << QByteArray("[ 9169.1] myhost kernel: usb 1-1: reset") << false;
        QTest::newRow("caller id") << QByteArray("[ 9169.1] [T123] usb 1-1: reset") << false;
        QTest::newRow("trailing space") << QByteArray("[ 9169.1] usb 1-1: reset ") << false;
        QTest::newRow("trailing cr") << QByteArray("[ 9169.1] usb 1-1: reset\r") << false;
        QTest::newRow("no dot") << QByteArray("[ 9169] usb 1-1: reset") << false;
        QTest::newRow("letter in stamp") << QByteArray("[ 91a9.1] usb 1-1: reset") << false;
        QTest::newRow("stamp only") << QByteArray("[ 9169.1] ") << false;
        QTest::newRow("syslog") << QByteArray("Nov 23 11:00:00 host kernel: usb 1-1: reset") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("dmesg -T") << QByteArray("[Fri Dec  4 15:07:58 2026] usb 1-1: reset") << true;
        QTest::newRow("dmesg -T zh_CN")
            << QByteArray("[\xe4\xba\x8c 9\xe6\x9c\x88  3 05:57:48 2024] usb 1-1: reset") << true;
        QTest::newRow("dmesg -T invoker")
            << QByteArray("[Fri Dec  4 15:07:58 2026] tail invoked oom-killer: gfp_mask=0xcc0") << false;
        QTest::newRow("dmesg -T caller id")
            << QByteArray("[Fri Dec  4 15:07:58 2026] [T12] usb 1-1: reset") << false;
        QTest::newRow("dmesg -T no year") << QByteArray("[Fri Dec  4 15:07:58] usb 1-1: reset") << false;
        QTest::newRow("drm bracket") << QByteArray("[ 9169.1] [drm] Initialized i915 1.6.0 20201103") << true;
        QTest::newRow("ufw bracket") << QByteArray("[ 9169.1] [UFW BLOCK] IN=enp3s0 OUT= MAC=52:54") << true;
        QTest::newRow("second uptime") << QByteArray("[ 9169.1] [ 9169.2] usb 1-1: reset") << false;
        QTest::newRow("reltime bracket") << QByteArray("[ 9169.1] [  +0.002367] usb 1-1: reset") << false;
        QTest::newRow("task table header") << QByteArray("[ 9169.1] [ pid ]   uid  tgid total_vm") << false;
    }
    void perLineTest() {
        QFETCH(QByteArray, line);
        QFETCH(bool, ordinary);
        QCOMPARE(isOrdinaryBareLine(string_view(line.constData(), size_t(line.size()))), ordinary);
        // The skim agrees on the line alone, with every instruction set.
        const QByteArray withNewline = line + '\n';
        for (SkimIsa isa : supportedIsas()) {
            const SkimRun r = skimOrdinaryBareLines(withNewline.constData(),
                                                    withNewline.constData() + withNewline.size(), isa);
            QCOMPARE(r.lines, ordinary ? 1 : 0);
        }
    }

    void corpusFromEveryLineStart() {
        qInfo() << "instruction sets tested:" << [] {
            QStringList names;
            for (SkimIsa isa : supportedIsas())
                names << QLatin1String(isaName(isa));
            return names.join(u' ');
        }();
        compareEverywhere(corpusBetweenOrdinary());
    }

    void syslogFromEveryLineStart() { compareEverywhere(syslogMixed(), 20000); }

    void syslogMutatedCopies() {
        QRandomGenerator rng(9);
        const QByteArray base = syslogMixed().left(400000);
        static const char *splices[] = {
            " invoked oom-killer: ", " failure", "#012", "#", " kernel: ", "host ", "\n", "[", " ", ":",
            "Nov 23 11:00:00 "};
        for (int n = 0; n < 4; ++n) {
            QByteArray m = base;
            for (int k = 0; k < 300; ++k) {
                const int pos = int(rng.bounded(quint32(m.size())));
                if (rng.bounded(4) == 0)
                    m[pos] = char(rng.bounded(256));
                else
                    m.insert(pos, splices[rng.bounded(11)]);
            }
            compareEverywhere(m, 4000);
        }
    }

    void syslogPerLineTest_data() {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("kind");
        const int no = int(SyslogLineKind::NotOrdinary), other = int(SyslogLineKind::OtherProgram),
                  kernel = int(SyslogLineKind::Kernel);
        QTest::newRow("kernel") << QByteArray("Nov 23 11:00:00 host kernel: [ 12.5] usb 1-1: reset")
                                << kernel;
        QTest::newRow("no uptime") << QByteArray("Nov 23 11:00:00 host kernel: usb 1-1: reset") << kernel;
        QTest::newRow("fraction") << QByteArray("Nov 23 11:00:00.123456 host kernel: usb 1-1: reset")
                                  << kernel;
        QTest::newRow("program") << QByteArray("Nov 23 11:00:00 host systemd[1]: Started x.") << other;
        QTest::newRow("other host") << QByteArray("Nov 23 11:00:00 other kernel: usb 1-1: reset") << no;
        QTest::newRow("no host") << QByteArray("Nov 23 11:00:00 kernel: usb 1-1: reset") << no;
        QTest::newRow("#012") << QByteArray("Nov 23 11:00:00 host kernel: a#012b") << no;
        QTest::newRow("invoker") << QByteArray("Nov 23 11:00:00 host kernel: x invoked oom-killer: gfp")
                                 << no;
        QTest::newRow("start marker") << QByteArray("Nov 23 11:00:00 host kernel: [ 1.0] Mem-Info:") << no;
        QTest::newRow("kernel[pid]") << QByteArray("Nov 23 11:00:00 host kernel[7]: usb reset") << no;
        QTest::newRow("trailing space") << QByteArray("Nov 23 11:00:00 host kernel: usb reset ") << no;
        QTest::newRow("bare dmesg") << QByteArray("[ 12.5] usb 1-1: reset") << no;
        QTest::newRow("rfc3339") << QByteArray("2026-12-04T15:07:58.123456+00:00 host kernel: usb 1-1: reset")
                                 << kernel;
        QTest::newRow("rfc3339 uptime")
            << QByteArray("2026-12-04T15:07:58+0000 host kernel: [ 1.5] usb reset") << kernel;
        QTest::newRow("rfc3339 program")
            << QByteArray("2026-12-04T15:07:58.123456+00:00 host sshd[4]: Accepted") << other;
        QTest::newRow("rfc3339 other host")
            << QByteArray("2026-12-04T15:07:58.123456+00:00 other kernel: usb 1-1: reset") << no;
        QTest::newRow("rfc3339 no zone space") << QByteArray("2026-12-04T15:07:58.123456+00:00") << no;
        QTest::newRow("hash in text")
            << QByteArray("Nov 23 11:00:00 host kernel: EXT4-fs error (device sda1): inode #2: comm ls")
            << kernel;
        QTest::newRow("ufw bracket") << QByteArray(
                                            "Nov 23 11:00:00 host kernel: [ 1.5] [UFW BLOCK] IN=eth0 OUT=")
                                     << kernel;
        QTest::newRow("drm bracket no uptime")
            << QByteArray("Nov 23 11:00:00 host kernel: [drm] Initialized i915") << kernel;
        QTest::newRow("caller id") << QByteArray("Nov 23 11:00:00 host kernel: [ 1.5] [T123] usb reset")
                                   << no;
    }
    void syslogPerLineTest() {
        QFETCH(QByteArray, line);
        QFETCH(int, kind);
        QCOMPARE(int(classifySyslogLine(string_view(line.constData(), size_t(line.size())), "host")), kind);
        const QByteArray withNewline = line + '\n';
        for (SkimIsa isa : supportedIsas()) {
            const SkimRun r = skimOrdinarySyslogLines(
                withNewline.constData(), withNewline.constData() + withNewline.size(), "host", true, isa);
            QCOMPARE(r.lines, kind == int(SyslogLineKind::NotOrdinary) ? 0 : 1);
            QCOMPARE(r.counted, kind == int(SyslogLineKind::Kernel) ? 1 : 0);
        }
    }

    // The ordinary lines of tests/data/ordinary in every form a skim takes, between corpus reports.
    void ordinaryFormsFromEveryLineStart() {
        const QList<QByteArray> messages = ordinaryMessages();
        const QStringList files =
            QDir(corpusDir()).entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
        QByteArray text;
        int i = 0;
        for (const LineForm form : kLineForms) {
            for (const QByteArray &m : messages) {
                text += inForm(form, m, i);
                if (++i % 150 == 0) text += readFile(corpusDir() + u'/' + files[(i / 150) % files.size()]);
                if (!text.endsWith('\n')) text += '\n';
            }
        }
        text += readFile(ordinaryDir() + QStringLiteral("/vm-6.18-dmesg.log"));
        text += readFile(ordinaryDir() + QStringLiteral("/vm-6.18-dmesg-T.log"));
        compareEverywhere(text, 20000);
    }

    // What the per-line tests call ordinary is what the full path (LineFramer, ReportBuilder) only
    // counts or ignores: for every ordinary line of tests/data/ordinary in every form.
    void perLineTestsAgreeWithFramer() {
        const QList<QByteArray> messages = ordinaryMessages();
        int i = 0, bare = 0, syslog = 0;
        for (const LineForm form : kLineForms) {
            for (const QByteArray &m : messages) {
                QByteArray line = inForm(form, m, i++);
                line.chop(1);
                const string_view raw(line.constData(), size_t(line.size()));
                LineFramer framer;
                framer.frame("Dec  4 15:07:00 host kernel: usb 1-1: reset"); // the host before
                const FramedLine f = framer.frame(raw);
                const bool counted = f.prefixed && f.kernel && !f.trailingSpace && !f.multiline &&
                                     !f.message.empty() && !ReportBuilder::mayStartReport(f.message) &&
                                     !(f.viaSyslog && contains(f.message, "#012"));
                if (isOrdinaryBareLine(raw)) {
                    ++bare;
                    QVERIFY2(counted && f.host.empty(), line.constData());
                }
                const SyslogLineKind kind = classifySyslogLine(raw, "host");
                if (kind == SyslogLineKind::Kernel) {
                    ++syslog;
                    QVERIFY2(counted && f.host == "host", line.constData());
                } else if (kind == SyslogLineKind::OtherProgram) {
                    QVERIFY2(!f.kernel && f.host == "host", line.constData());
                }
            }
        }
        // Most of them are taken (the rest hold markers or end in a space): the skims do work here.
        QVERIFY2(bare > int(messages.size()), qPrintable(QString::number(bare)));
        QVERIFY2(syslog > int(messages.size()), qPrintable(QString::number(syslog)));
    }

    // Markers, brackets, spaces, newlines and junk spliced in at random offsets, so that they fall
    // on every position of a 64-byte chunk and across chunk and window (4 KiB) borders.
    void mutatedCopies() {
        QRandomGenerator rng(7);
        QByteArray base;
        double up = 1.0;
        for (int i = 0; i < 3000; ++i)
            base += stamped(up += 0.37, i % 3 ? "usb 1-1.2: new high-speed USB device number 7" : "ata1: ok");
        static const char *splices[] = {" invoked oom-killer: ",
                                        " invoke",
                                        " failure",
                                        " failur",
                                        "kernel",
                                        " kernel: ",
                                        "Node 0 ",
                                        "\n",
                                        "[",
                                        "]",
                                        " ",
                                        "\r",
                                        "nk",
                                        "fu"};
        for (int n = 0; n < 8; ++n) {
            QByteArray m = base;
            for (int k = 0; k < 400; ++k) {
                const int pos = int(rng.bounded(quint32(m.size())));
                if (rng.bounded(4) == 0)
                    m[pos] = char(rng.bounded(256));
                else
                    m.insert(pos, splices[rng.bounded(14)]);
            }
            // A line longer than a window somewhere in the middle.
            m.insert(m.indexOf('\n', m.size() / 2) + 1, stamped(1.0, QByteArray(5000, 'x')));
            compareEverywhere(m, 6000);
        }
    }
};

QTEST_GUILESS_MAIN(TestKernlogSkim)
#include "tst_kernlog_skim.moc"
