#include "LocaleTimeNames.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace oomlens::kernlog {

namespace {

struct GeneratedName {
    const char *text;
    int kind; // 0 month, 1 weekday
    int number;
};

constexpr GeneratedName kGenerated[] = {
#include "LocaleTimeNames.inc"
};

// Lower case, no dots, no padding: "Janv." == "janv" == "JANV.", " 4月" == "4月".
QString normalised(string_view token) {
    QString s = QString::fromUtf8(token.data(), qsizetype(token.size())).toLower();
    s.remove(QLatin1Char('.'));
    return s.trimmed();
}

struct Tables {
    QHash<QString, int> months; // 0 = ambiguous
    QSet<QString> weekdays;
    int names = 0;
    Tables() {
        for (const GeneratedName &g : kGenerated) {
            const QString key = normalised(g.text);
            if (key.isEmpty()) continue;
            ++names;
            if (g.kind == 1) {
                weekdays.insert(key);
                continue;
            }
            const auto it = months.constFind(key);
            months.insert(key, it == months.cend() || *it == g.number ? g.number : 0);
        }
    }
};

const Tables &tables() {
    static const Tables t;
    return t;
}

} // namespace

int localisedMonth(string_view token) {
    if (token.empty() || token.size() > 64) return 0;
    return tables().months.value(normalised(token), 0);
}

bool isLocalisedMonthName(string_view token) {
    if (token.empty() || token.size() > 64) return false;
    return tables().months.contains(normalised(token));
}

bool isLocalisedWeekday(string_view token) {
    if (token.empty() || token.size() > 64) return false;
    return tables().weekdays.contains(normalised(token));
}

int localeTableSize() {
    return tables().names;
}

} // namespace oomlens::kernlog
