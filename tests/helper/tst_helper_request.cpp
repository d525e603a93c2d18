// SPDX-License-Identifier: GPL-2.0-or-later
// The helper's pure request parsing and validation (app/oomlens-helper/request.cpp), no root.
#include "request.h"

#include <QFile>
#include <QtTest>

#include <vector>

using namespace oomlens::helper;

namespace {
constexpr std::int64_t kPidMax = 32768; // this machine's /proc/sys/kernel/pid_max default

ParsedRequest parseArgs(const QList<QByteArray> &args, std::int64_t pidMax = kPidMax) {
    std::vector<const char *> argv{"oomlens-helper"};
    for (const QByteArray &a : args)
        argv.push_back(a.constData());
    argv.push_back(nullptr);
    return parseRequest(static_cast<int>(argv.size() - 1), argv.data(), pidMax);
}
} // namespace

class TestHelperRequest : public QObject {
    Q_OBJECT
private slots:
    void validRequests_data() {
        QTest::addColumn<QList<QByteArray>>("args");
        QTest::addColumn<int>("pid");
        QTest::addColumn<qulonglong>("start");
        QTest::addColumn<int>("value");
        QTest::newRow("plain") << QList<QByteArray>{"1234", "5678", "500"} << 1234 << 5678ull << 500;
        QTest::newRow("pid 1") << QList<QByteArray>{"1", "24", "0"} << 1 << 24ull << 0;
        QTest::newRow("pid = pid_max") << QList<QByteArray>{"32768", "1", "1"} << 32768 << 1ull << 1;
        QTest::newRow("start 0") << QList<QByteArray>{"7", "0", "5"} << 7 << 0ull << 5;
        QTest::newRow("start uint64 max")
            << QList<QByteArray>{"7", "18446744073709551615", "5"} << 7 << 18446744073709551615ull << 5;
        QTest::newRow("value -1000") << QList<QByteArray>{"7", "9", "-1000"} << 7 << 9ull << -1000;
        QTest::newRow("value 1000") << QList<QByteArray>{"7", "9", "1000"} << 7 << 9ull << 1000;
        QTest::newRow("value -1") << QList<QByteArray>{"7", "9", "-1"} << 7 << 9ull << -1;
        QTest::newRow("value 10") << QList<QByteArray>{"7", "9", "10"} << 7 << 9ull << 10;
    }
    void validRequests() {
        QFETCH(QList<QByteArray>, args);
        const ParsedRequest p = parseArgs(args);
        QVERIFY2(p.request.has_value(), p.reason);
        QFETCH(int, pid);
        QFETCH(qulonglong, start);
        QFETCH(int, value);
        QCOMPARE(p.request->pid, pid);
        QCOMPARE(p.request->startTime, start);
        QCOMPARE(p.request->value, value);
    }

    void badRequests_data() {
        QTest::addColumn<QList<QByteArray>>("args");
        QTest::addColumn<QByteArray>("reason");
        using L = QList<QByteArray>;
        QTest::newRow("no arguments") << L{} << QByteArray("argument_count");
        QTest::newRow("two arguments") << L{"1", "2"} << QByteArray("argument_count");
        QTest::newRow("four arguments") << L{"1", "2", "3", "4"} << QByteArray("argument_count");
        QTest::newRow("empty pid") << L{"", "2", "3"} << QByteArray("pid_syntax");
        QTest::newRow("empty start") << L{"1", "", "3"} << QByteArray("start_time_syntax");
        QTest::newRow("empty value") << L{"1", "2", ""} << QByteArray("value_syntax");
        QTest::newRow("pid 0") << L{"0", "2", "3"} << QByteArray("pid_out_of_range");
        QTest::newRow("pid above pid_max") << L{"32769", "2", "3"} << QByteArray("pid_out_of_range");
        QTest::newRow("pid above PID_MAX_LIMIT") << L{"4194305", "2", "3"} << QByteArray("pid_syntax");
        QTest::newRow("pid 8 digits") << L{"10000000", "2", "3"} << QByteArray("pid_syntax");
        QTest::newRow("negative pid") << L{"-1", "2", "3"} << QByteArray("pid_syntax");
        QTest::newRow("pid leading zero") << L{"01", "2", "3"} << QByteArray("pid_syntax");
        QTest::newRow("pid plus") << L{"+1", "2", "3"} << QByteArray("pid_syntax");
        QTest::newRow("pid hex") << L{"0x10", "2", "3"} << QByteArray("pid_syntax");
        QTest::newRow("pid self") << L{"self", "2", "3"} << QByteArray("pid_syntax");
        QTest::newRow("pid path") << L{"1/../2", "2", "3"} << QByteArray("pid_syntax");
        QTest::newRow("pid trailing space") << L{"1 ", "2", "3"} << QByteArray("pid_syntax");
        QTest::newRow("pid leading tab") << L{"\t1", "2", "3"} << QByteArray("pid_syntax");
        QTest::newRow("pid newline") << L{"1\n", "2", "3"} << QByteArray("pid_syntax");
        QTest::newRow("pid Arabic-Indic digits")
            << L{"\xd9\xa1\xd9\xa2", "2", "3"} << QByteArray("pid_syntax");
        QTest::newRow("pid full-width digits") << L{"\xef\xbc\x91", "2", "3"} << QByteArray("pid_syntax");
        QTest::newRow("start overflow")
            << L{"1", "18446744073709551616", "3"} << QByteArray("start_time_syntax");
        QTest::newRow("start 21 digits")
            << L{"1", "100000000000000000000", "3"} << QByteArray("start_time_syntax");
        QTest::newRow("start negative") << L{"1", "-5", "3"} << QByteArray("start_time_syntax");
        QTest::newRow("start leading zero") << L{"1", "05", "3"} << QByteArray("start_time_syntax");
        QTest::newRow("start float") << L{"1", "5.0", "3"} << QByteArray("start_time_syntax");
        QTest::newRow("value 1001") << L{"1", "2", "1001"} << QByteArray("value_out_of_range");
        QTest::newRow("value -1001") << L{"1", "2", "-1001"} << QByteArray("value_out_of_range");
        QTest::newRow("value huge") << L{"1", "2", "99999999999"} << QByteArray("value_out_of_range");
        QTest::newRow("value int overflow") << L{"1", "2", "4294967796"} << QByteArray("value_out_of_range");
        QTest::newRow("value 21 digits")
            << L{"1", "2", "999999999999999999999"} << QByteArray("value_syntax");
        QTest::newRow("value -0") << L{"1", "2", "-0"} << QByteArray("value_syntax");
        QTest::newRow("value +5") << L{"1", "2", "+5"} << QByteArray("value_syntax");
        QTest::newRow("value --5") << L{"1", "2", "--5"} << QByteArray("value_syntax");
        QTest::newRow("value -") << L{"1", "2", "-"} << QByteArray("value_syntax");
        QTest::newRow("value 007") << L{"1", "2", "007"} << QByteArray("value_syntax");
        QTest::newRow("value -05") << L{"1", "2", "-05"} << QByteArray("value_syntax");
        QTest::newRow("value hex") << L{"1", "2", "0x1f"} << QByteArray("value_syntax");
        QTest::newRow("value exponent") << L{"1", "2", "1e3"} << QByteArray("value_syntax");
        QTest::newRow("value space inside") << L{"1", "2", "- 5"} << QByteArray("value_syntax");
        QTest::newRow("value trailing newline") << L{"1", "2", "5\n"} << QByteArray("value_syntax");
        QTest::newRow("value NUL cut") << L{QByteArray("1"), "2",
                                            QByteArray("5\0"
                                                       "9",
                                                       3)}
                                       << QByteArray();
        QTest::newRow("value superscript digit") << L{"1", "2", "\xc2\xb9"} << QByteArray("value_syntax");
        QTest::newRow("value very long")
            << L{"1", "2", QByteArray(100000, '1')} << QByteArray("value_syntax");
        QTest::newRow("pid very long") << L{QByteArray(100000, '1'), "2", "3"} << QByteArray("pid_syntax");
    }
    void badRequests() {
        QFETCH(QList<QByteArray>, args);
        QFETCH(QByteArray, reason);
        const ParsedRequest p = parseArgs(args);
        if (reason.isEmpty()) {
            // argv strings end at their NUL: "5\09" is "5" to any C program, so it is valid.
            QVERIFY(p.request.has_value());
            QCOMPARE(p.request->value, 5);
            return;
        }
        QVERIFY2(!p.request.has_value(), "accepted a request the grammar forbids");
        QCOMPARE(QByteArray(p.reason), reason);
    }

    void nullArgvEntryIsRefused() {
        const char *argv[] = {"oomlens-helper", "1", nullptr, "3", nullptr};
        QCOMPARE(QByteArray(parseRequest(4, argv, kPidMax).reason), QByteArray("argument_count"));
    }

    void pidMaxOfTheRunningKernelDecides() {
        QVERIFY(parseArgs({"4194304", "1", "1"}, kPidMaxLimit).request.has_value());
        QCOMPARE(QByteArray(parseArgs({"4194304", "1", "1"}, 4194303).reason),
                 QByteArray("pid_out_of_range"));
    }

    void uid_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<uint>("uid");
        QTest::newRow("root") << QByteArray("0") << true << 0u;
        QTest::newRow("user") << QByteArray("1000") << true << 1000u;
        QTest::newRow("max") << QByteArray("4294967294") << true << 4294967294u;
        QTest::newRow("-1 as uid_t") << QByteArray("4294967295") << false << 0u;
        QTest::newRow("negative") << QByteArray("-1") << false << 0u;
        QTest::newRow("empty") << QByteArray("") << false << 0u;
        QTest::newRow("name") << QByteArray("root") << false << 0u;
        QTest::newRow("leading zero") << QByteArray("01000") << false << 0u;
    }
    void uid() {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(uint, uid);
        const auto parsed = parseUid(std::string_view(text.constData(), text.size()));
        QCOMPARE(parsed.has_value(), valid);
        if (valid) QCOMPARE(*parsed, uid);
    }

    void statCaptures_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("comm");
        QTest::addColumn<bool>("kthread");
        QTest::addColumn<qulonglong>("start");
        QTest::newRow("init") << u"pcp-systemd-1.stat"_qs << QByteArray("systemd") << false << 24ull;
        QTest::newRow("bash") << u"pcp-bash-291591.stat"_qs << QByteArray("bash") << false << 31743970ull;
        QTest::newRow("vim") << u"procfs-vim.stat"_qs << QByteArray("vim") << false << 82375ull;
        QTest::newRow("kernel thread")
            << u"procfs-kthread-ata_sff.stat"_qs << QByteArray("ata_sff") << true << 5ull;
        QTest::newRow("comm with parens")
            << u"procfs-comm-parens.stat"_qs << QByteArray("(a b ) ( c d) ") << false << 10839175ull;
    }
    void statCaptures() {
        QFETCH(QString, file);
        QFETCH(QByteArray, comm);
        QFETCH(bool, kthread);
        QFETCH(qulonglong, start);
        QFile f(QStringLiteral(OOMLENS_TEST_DATA "/helper/stat/") + file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QByteArray bytes = f.readAll();
        const auto stat = parseStat(std::string_view(bytes.constData(), bytes.size()));
        QVERIFY(stat.has_value());
        QCOMPARE(QByteArray::fromStdString(stat->comm), comm);
        QCOMPARE((stat->flags & kPfKthread) != 0, kthread);
        QCOMPARE(stat->startTime, start);
    }

    void malformedStat_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no parens") << QByteArray("1 systemd S 0 1 1 0 -1 4194560");
        QTest::newRow("truncated before start time")
            << QByteArray("1 (x) S 0 1 1 0 -1 4194560 1 2 3 4 5 6 7 8 9");
        QTest::newRow("flags not a number")
            << QByteArray("1 (x) S 0 1 1 0 -1 abc 1 2 3 4 5 6 7 8 9 0 1 2 24 5");
        QTest::newRow("double space") << QByteArray("1 (x) S  0 1 1 0 -1 1 1 2 3 4 5 6 7 8 9 0 1 2 24 5");
        QTest::newRow("close before open") << QByteArray("1 )x( S 0");
    }
    void malformedStat() {
        QFETCH(QByteArray, text);
        QVERIFY(!parseStat(std::string_view(text.constData(), text.size())).has_value());
    }

    void hostileCommCannotForgeFields() {
        // A process may name itself "x) S 0 0 0 0 -1 2097152 ..." (prctl PR_SET_NAME, 15 bytes) to
        // look like a kernel thread or fake a start time; only the last ')' counts.
        const QByteArray text =
            "77 (a) R 1 1 1 0 -1 ) S 1 77 77 0 -1 4194304 1 0 0 0 0 0 0 0 20 0 1 0 4242 0\n";
        const auto stat = parseStat(std::string_view(text.constData(), text.size()));
        QVERIFY(stat.has_value());
        QCOMPARE(QByteArray::fromStdString(stat->comm), QByteArray("a) R 1 1 1 0 -1 "));
        QCOMPARE(stat->startTime, 4242ull);
        QCOMPARE(stat->flags, 4194304ull);
        QCOMPARE(stat->state, 'S');
    }

    void oomScoreAdjFile() {
        QCOMPARE(parseOomScoreAdjFile("0\n"), std::optional<int>(0));
        QCOMPARE(parseOomScoreAdjFile("-1000\n"), std::optional<int>(-1000));
        QCOMPARE(parseOomScoreAdjFile("500"), std::optional<int>(500));
        QVERIFY(!parseOomScoreAdjFile("").has_value());
        QVERIFY(!parseOomScoreAdjFile("\n").has_value());
        QVERIFY(!parseOomScoreAdjFile("5\n\n").has_value());
    }

    void logSanitizing() {
        QCOMPARE(QByteArray::fromStdString(sanitizeForLog("ok name")), QByteArray("ok name"));
        QCOMPARE(QByteArray::fromStdString(sanitizeForLog("a\nb\x1b[31m\xff")), QByteArray("a?b?[31m?"));
    }

    void resultCodesAreDistinctAndAvoidPkexec() {
        const Result all[] = {
            Result::Ok,        Result::Error,          Result::BadRequest,    Result::NoSuchProcess,
            Result::PidReused, Result::NotUserProcess, Result::KernelRefused, Result::NotAuthorised};
        QSet<int> codes;
        QSet<QByteArray> names;
        for (Result r : all) {
            codes.insert(exitCode(r));
            names.insert(resultName(r));
            QVERIFY(exitCode(r) != 126 && exitCode(r) != 127);
        }
        QCOMPARE(codes.size(), 8);
        QCOMPARE(names.size(), 8);
        QCOMPARE(exitCode(Result::Ok), 0);
        QCOMPARE(QByteArray(resultName(Result::KernelRefused)), QByteArray("kernel_refused"));
    }
};

QTEST_GUILESS_MAIN(TestHelperRequest)
#include "tst_helper_request.moc"
