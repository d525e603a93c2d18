// Localised timestamps, generated at test time from the system's own locale data: for every UTF-8
// locale `locale -a` lists, a kill line is stamped the way `dmesg -T` (strftime "%a %b %e %H:%M:%S %Y")
// and `journalctl` (strftime "%b %d %H:%M:%S") print it in that LC_TIME, for each month of the year,
// and the analyzer must read the date back. Month names two locales give to different months
// (Croatian/Polish "lis") may read as no date, never as a wrong one.
#include "KernlogTestUtil.h"

#include "kernlog/LocaleTimeNames.h"

#include <QProcess>
#include <QtTest>

#include <clocale>
#include <ctime>
#include <langinfo.h>
#include <locale.h>

using namespace kernlogtest;

namespace {

QStringList utf8Locales() {
    QProcess p;
    p.start(QStringLiteral("locale"), {QStringLiteral("-a")});
    if (!p.waitForFinished(30000)) return {};
    QStringList out;
    for (const QString &name :
         QString::fromLocal8Bit(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts)) {
        locale_t loc =
            newlocale(LC_CTYPE_MASK | LC_TIME_MASK, name.toLocal8Bit().constData(), locale_t(nullptr));
        if (!loc) continue;
        if (qstrcmp(nl_langinfo_l(CODESET, loc), "UTF-8") == 0) out << name;
        freelocale(loc);
    }
    return out;
}

QByteArray stamp(const char *format, const std::tm &when, const QString &localeName) {
    locale_t loc =
        newlocale(LC_CTYPE_MASK | LC_TIME_MASK, localeName.toLocal8Bit().constData(), locale_t(nullptr));
    char buf[256] = {};
    const size_t n = strftime_l(buf, sizeof buf, format, &when, loc);
    freelocale(loc);
    return QByteArray(buf, qsizetype(n));
}

} // namespace

class TestKernlogLocale : public QObject {
    Q_OBJECT
private slots:
    void tableComesFromManyLocales() {
        const QStringList locales = utf8Locales();
        if (locales.size() < 20)
            QSKIP("fewer than 20 UTF-8 locales installed (install Debian's locales-all: scripts/deps.sh)");
        // The build read the same data: far more names than English's 19.
        QVERIFY2(oomlens::kernlog::localeTableSize() > 500,
                 qPrintable(QString::number(oomlens::kernlog::localeTableSize())));
    }

    void everyLocaleEveryMonth() {
        const QStringList locales = utf8Locales();
        if (locales.size() < 20)
            QSKIP("fewer than 20 UTF-8 locales installed (install Debian's locales-all: scripts/deps.sh)");
        QByteArray dmesgT, journal;
        struct Expect {
            QString locale;
            int month;
            bool ambiguousMonth;
        };
        QList<Expect> expected;
        for (const QString &name : locales) {
            for (int month = 1; month <= 12; ++month) {
                std::tm when{};
                when.tm_year = 2025 - 1900;
                when.tm_mon = month - 1;
                when.tm_mday = 7 + month; // 8..19: a day that cannot be taken for the month
                when.tm_hour = 13;
                when.tm_min = 45;
                when.tm_sec = month;
                std::mktime(&when); // fills tm_wday for %a
                const QByteArray monthName = stamp("%b", when, name);
                // (Month names of two words, Arabic "كانون الثاني", are not read: no date, not a wrong one.)
                // English abbreviations keep their English month (Sesotho's June is "Jan").
                static const QByteArrayList english = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
                const qsizetype asEnglish = english.indexOf(monthName.trimmed());
                if (asEnglish >= 0 && asEnglish + 1 != month) continue;
                // Known limit: names of two words (Arabic) or padded after the word (Breton "Du  ").
                QByteArray word = monthName;
                while (word.startsWith(' '))
                    word.remove(0, 1);
                if (word.contains(' ')) continue;
                const bool ambiguous = monthName.trimmed().contains(' ') ||
                                       (!monthName.trimmed().isEmpty() &&
                                        !QChar(QLatin1Char(monthName.trimmed().at(0))).isDigit() &&
                                        oomlens::kernlog::localisedMonth(monthName.toStdString()) == 0);
                const QByteArray kill = " Out of memory: Killed process " +
                                        QByteArray::number(1000 + expected.size()) + " (m" +
                                        QByteArray::number(month) +
                                        ") total-vm:100kB, anon-rss:10kB, file-rss:0kB, shmem-rss:0kB\n";
                dmesgT += '[' + stamp("%a %b %e %H:%M:%S %Y", when, name) + ']' + kill;
                journal += stamp("%b %d %H:%M:%S", when, name) + " host kernel:" + kill;
                expected.append({name, month, ambiguous});
            }
        }
        for (const QByteArray &log : {dmesgT, journal}) {
            const oomlens::LogAnalysis a = analyzeBytes(log);
            if (a.events.size() != expected.size()) { // name the first stamp that lost its kill
                QSet<qint64> seen;
                for (const auto &e : a.events)
                    if (e.victim && e.victim->pid) seen.insert(*e.victim->pid);
                const QList<QByteArray> lines = log.split('\n');
                for (qsizetype i = 0; i < expected.size(); ++i)
                    if (!seen.contains(1000 + i))
                        QFAIL(qPrintable(QStringLiteral("no event from %1: %2")
                                             .arg(expected[i].locale, QString::fromUtf8(lines.value(i)))));
            }
            int read = 0;
            for (const auto &e : a.events) {
                QVERIFY(e.victim && e.victim->pid && *e.victim->pid >= 1000 &&
                        *e.victim->pid < 1000 + expected.size());
                const Expect &want = expected[*e.victim->pid - 1000];
                if (!e.time.wallClock) {
                    QVERIFY2(want.ambiguousMonth, qPrintable(QStringLiteral("%1 month %2: no date from '%3'")
                                                                 .arg(want.locale)
                                                                 .arg(want.month)
                                                                 .arg(e.rawLines.value(0).text)));
                    continue;
                }
                ++read;
                QVERIFY2(e.time.wallClock->date().month() == want.month &&
                             e.time.wallClock->date().day() == 7 + want.month,
                         qPrintable(QStringLiteral("%1 month %2 read as %3")
                                        .arg(want.locale)
                                        .arg(want.month)
                                        .arg(e.time.wallClock->toString(Qt::ISODate))));
            }
            QVERIFY(read > expected.size() * 9 / 10);
        }
    }
};

QTEST_GUILESS_MAIN(TestKernlogLocale)
#include "tst_kernlog_locale.moc"
