// TextScan's find() (the SIMD substring search every report-line parser uses) against
// std::string_view::find on random text: every needle length, every start offset, matches at
// every position of a 16-byte block and across the border to the scalar tail.
#include "kernlog/TextScan.h"

#include <QRandomGenerator>
#include <QtTest>

#include <string>

using namespace oomlens::kernlog;

class TestKernlogTextScan : public QObject {
    Q_OBJECT
private slots:
    void findAgreesWithStdFind() {
        QRandomGenerator rng(11);
        // A small alphabet so that partial matches (first and last byte equal) are frequent.
        const char alphabet[] = "ab c\n";
        for (int round = 0; round < 4000; ++round) {
            std::string hay(rng.bounded(90), ' ');
            for (char &c : hay)
                c = alphabet[rng.bounded(5)];
            std::string needle(1 + rng.bounded(12), ' ');
            for (char &c : needle)
                c = alphabet[rng.bounded(5)];
            if (rng.bounded(2) && needle.size() <= hay.size()) // plant one
                hay.replace(rng.bounded(quint32(hay.size() - needle.size() + 1)), needle.size(), needle);
            for (size_t from = 0; from <= hay.size() + 1; ++from) {
                const string_view h(hay), n(needle);
                const size_t want = from > h.size() ? string_view::npos : h.find(n, from);
                if (find(h, n, from) != want)
                    QFAIL(qPrintable(QStringLiteral("find(\"%1\", \"%2\", %3) = %4, want %5")
                                         .arg(QString::fromStdString(hay), QString::fromStdString(needle))
                                         .arg(from)
                                         .arg(qint64(find(h, n, from)))
                                         .arg(qint64(want))));
            }
        }
    }

    void edgeCases() {
        QCOMPARE(find("abc", ""), size_t(0));
        QCOMPARE(find("abc", "", 3), size_t(3));
        QCOMPARE(find("abc", "", 4), string_view::npos);
        QCOMPARE(find("", "a"), string_view::npos);
        QCOMPARE(find("ab", "abc"), string_view::npos);
        const std::string line = "[ 1.0] " + std::string(40, 'x') + " invoked oom-killer: gfp_mask=0x0";
        QCOMPARE(find(line, " invoked oom-killer:"), size_t(47));
        QVERIFY(contains(line, "gfp_mask=0x0"));
        QVERIFY(!contains(line, "gfp_mask=0x1"));
    }
};

QTEST_GUILESS_MAIN(TestKernlogTextScan)
#include "tst_kernlog_textscan.moc"
