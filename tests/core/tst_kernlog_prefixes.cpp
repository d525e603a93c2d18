// One real report (the Unraid 6.1 syslog capture) stripped to its kernel messages and re-wrapped
// in every prefix style a kernel log reaches people in. Whatever the wrapping, the analyzer must
// rebuild the same event: same victim, order, constraint, zones, buddy lines and task rows.
#include "KernlogTestUtil.h"

#include <QRegularExpression>
#include <QtTest>

using namespace kernlogtest;

namespace {

const char *SampleFile = "k6.1-unraid-global-sysrq-f-docker-postgres-syslog-then-show-memory.log";

// The kernel messages of the sample, taken with a regex independent of the framer under test.
QList<QByteArray> sampleMessages() {
    QList<QByteArray> out;
    const QRegularExpression prefix(
        QStringLiteral("^[A-Z][a-z]{2} +\\d+ \\d\\d:\\d\\d:\\d\\d LolbraaNAS kernel: "));
    const QByteArray all = readFile(corpusDir() + u'/' + QLatin1String(SampleFile));
    for (const QByteArray &line : all.split('\n')) {
        const QString s = QString::fromUtf8(line);
        const auto m = prefix.match(s);
        if (m.hasMatch()) out << s.mid(m.capturedLength()).toUtf8();
    }
    return out;
}

QByteArray jsonEscape(const QByteArray &s) {
    QByteArray o;
    for (char c : s) {
        if (c == '"' || c == '\\') o += '\\';
        o += c;
    }
    return o;
}

// Prefix for message i, seconds `t` since boot.
QByteArray prefixed(const QString &style, int i, const QByteArray &msg) {
    const double t = 9421.0 + i * 0.000731;
    const QByteArray up = QByteArray::number(t, 'f', 6);
    const QByteArray pad = QByteArray(12 - up.size(), ' ') + up;
    if (style == u"dmesg") return "[" + pad + "] " + msg;
    if (style == u"dmesg-caller") return "[" + pad + "][T8961] " + msg;
    if (style == u"printk-level") return "<4>[" + pad + "] " + msg;
    if (style == u"dmesg-x") return "kern  :warn  : [" + pad + "] " + msg;
    if (style == u"dmesg-T") return "[Fri Jan 17 13:30:31 2025] " + msg;
    if (style == u"dmesg-T-zh") return QStringLiteral("[五 1月 17 13:30:31 2025] ").toUtf8() + msg;
    if (style == u"syslog") return "Jan 17 13:30:31 nas kernel: " + msg;
    if (style == u"syslog-uptime") return "Jan 17 13:30:31 nas kernel: [" + pad + "] " + msg;
    if (style == u"syslog-nohost") return "Jan 17 13:30:31 kernel: " + msg;
    if (style == u"rfc3339")
        return "2025-01-17T13:30:31.053424+00:00 nas kernel: [" + pad + "][T8961] " + msg;
    if (style == u"short-iso") return "2025-01-17T13:30:31+0000 nas kernel: " + msg;
    if (style == u"short-precise") return "Jan 17 13:30:31.123456 nas kernel: " + msg;
    if (style == u"short-monotonic") return "[" + pad + "] nas kernel: " + msg;
    if (style == u"json")
        return "{\"__REALTIME_TIMESTAMP\":\"1737120631000000\",\"_HOSTNAME\":\"nas\",\"_TRANSPORT\":"
               "\"kernel\","
               "\"_SOURCE_MONOTONIC_TIMESTAMP\":\"" +
               QByteArray::number(qint64(t * 1e6)) + "\",\"MESSAGE\":\"" + jsonEscape(msg) + "\"}";
    if (style == u"vendor-pipe")
        return QByteArray(i % 2 ? "warning" : "info") + "|kernel[-]|[" + up + "] " + msg;
    if (style == u"bare-kernel") return "kernel: [" + pad + "] " + msg;
    if (style == u"none") return msg;
    if (style == u"mail-quote") return "> " + msg;
    if (style == u"mail-quote-twice") return "> > [" + pad + "] " + msg;
    if (style == u"tab-indent") return "\t" + msg;
    if (style == u"crlf") return "[" + pad + "] " + msg + "\r";
    return {};
}

QStringList hostFor(const QString &style) {
    static const QStringList withHost{QStringLiteral("syslog"),        QStringLiteral("syslog-uptime"),
                                      QStringLiteral("rfc3339"),       QStringLiteral("short-iso"),
                                      QStringLiteral("short-precise"), QStringLiteral("short-monotonic"),
                                      QStringLiteral("json")};
    return withHost.contains(style) ? QStringList{QStringLiteral("nas")} : QStringList{QString()};
}

} // namespace

class TestKernlogPrefixes : public QObject {
    Q_OBJECT
private slots:
    void everyStyle_data() {
        QTest::addColumn<QString>("style");
        for (const char *s : {"dmesg",
                              "dmesg-caller",
                              "printk-level",
                              "dmesg-x",
                              "dmesg-T",
                              "dmesg-T-zh",
                              "syslog",
                              "syslog-uptime",
                              "syslog-nohost",
                              "rfc3339",
                              "short-iso",
                              "short-precise",
                              "short-monotonic",
                              "json",
                              "vendor-pipe",
                              "bare-kernel",
                              "none",
                              "mail-quote",
                              "mail-quote-twice",
                              "tab-indent",
                              "crlf"})
            QTest::newRow(s) << QString::fromLatin1(s);
    }

    void everyStyle() {
        QFETCH(QString, style);
        const QList<QByteArray> msgs = sampleMessages();
        QVERIFY(msgs.size() > 380);
        // The baseline: the capture as it is.
        const oomlens::LogAnalysis base =
            oomlens::analyzeFile(corpusDir() + u'/' + QLatin1String(SampleFile));
        QCOMPARE(base.events.size(), 1);
        const oomlens::OomEvent &want = base.events.first();
        QVERIFY(want.tasks.size() > 300);

        QByteArray log;
        for (int i = 0; i < msgs.size(); ++i)
            log += prefixed(style, i, msgs[i]) + '\n';
        const oomlens::LogAnalysis a = analyzeBytes(log);
        QCOMPARE(a.events.size(), 1);
        const oomlens::OomEvent &e = a.events.first();
        QCOMPARE(victimOf(e), QStringLiteral("6009:node"));
        QCOMPARE(orderOf(e), QStringLiteral("-1"));
        QCOMPARE(constraintOf(e), QStringLiteral("CONSTRAINT_NONE"));
        QVERIFY(e.manualSysrq);
        QCOMPARE(e.zones.size(), want.zones.size());
        QCOMPARE(e.buddy.size(), want.buddy.size());
        QCOMPARE(e.tasks.size(), want.tasks.size());
        QCOMPARE(e.memInfo.has_value(), true);
        QCOMPARE(e.memInfo->pages.value(u"slab_unreclaimable"),
                 want.memInfo->pages.value(u"slab_unreclaimable"));
        QCOMPARE(e.complete, want.complete);
        QCOMPARE(e.host, hostFor(style).first());
        if (style.startsWith(u"dmesg") && style != u"dmesg-T" && style != u"dmesg-T-zh") {
            QVERIFY(e.time.uptimeSeconds);
            QVERIFY(qAbs(*e.time.uptimeSeconds - 9421.0) < 0.01);
        }
        if (style.startsWith(u"dmesg-T")) {
            QVERIFY(e.time.wallClock);
            QCOMPARE(e.time.wallClock->date(), QDate(2025, 1, 17));
            QCOMPARE(e.time.wallClock->time().hour(), 13);
            QVERIFY(!e.time.wallClockYearGuessed);
        }
        if (style == u"rfc3339" || style == u"json") {
            QVERIFY(e.time.wallClock);
            QCOMPARE(e.time.wallClock->toUTC().date(), QDate(2025, 1, 17));
            QVERIFY(e.time.uptimeSeconds);
        }
        if (style == u"syslog") QVERIFY(e.time.wallClockYearGuessed);
    }

    // rsyslog writes a multi-line record as one line with "#012" for each newline.
    void rsyslogEscapes() {
        const QList<QByteArray> msgs = sampleMessages();
        QByteArray log;
        QByteArray joined;
        for (const QByteArray &m : msgs) {
            // Join the Mem-Info summary continuation lines the way rsyslog does.
            if (m.contains("isolated_file:") || m.contains("writeback:") || m.contains("slab_reclaimable:") ||
                m.contains("mapped:") || m.contains("free_pcp:") || m.contains("kernel_misc_reclaimable:")) {
                joined += "#012 " + m;
                continue;
            }
            if (!joined.isEmpty()) {
                log += "Jan 17 13:30:31 nas kernel: " + joined.mid(5) + '\n';
                joined.clear();
            }
            if (m.startsWith("active_anon:"))
                joined = "#012 " + m;
            else
                log += "Jan 17 13:30:31 nas kernel: " + m + '\n';
        }
        QVERIFY(log.contains("#012"));
        const oomlens::LogAnalysis a = analyzeBytes(log);
        QCOMPARE(a.events.size(), 1);
        QVERIFY(a.events.first().memInfo);
        QVERIFY(a.events.first().memInfo->pages.value(u"free_pcp").has_value());
        QVERIFY(a.events.first().memInfo->pages.value(u"slab_unreclaimable").has_value());
    }
};

QTEST_GUILESS_MAIN(TestKernlogPrefixes)
#include "tst_kernlog_prefixes.moc"
