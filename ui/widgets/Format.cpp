// SPDX-License-Identifier: GPL-2.0-or-later
#include "Format.h"

#include <QCoreApplication>
#include <QLocale>

namespace oomlens::ui::format {

QString notAvailable() {
    return QCoreApplication::translate("oomlens::ui::format", "n/a");
}

QString bytes(std::uint64_t value) {
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    double v = double(value);
    int unit = 0;
    while (v >= 1024.0 && unit < 5) {
        v /= 1024.0;
        ++unit;
    }
    const QLocale locale;
    if (unit == 0) return locale.toString(qulonglong(value)) + QLatin1String(" B");
    return locale.toString(v, 'f', v >= 100 ? 0 : 1) + QLatin1Char(' ') + QLatin1String(units[unit]);
}

QString bytes(std::optional<std::uint64_t> value) {
    return value ? bytes(*value) : notAvailable();
}

QString count(std::optional<std::uint64_t> value) {
    return value ? QLocale().toString(qulonglong(*value)) : notAvailable();
}

QString signedCount(std::optional<std::int64_t> value) {
    return value ? QLocale().toString(qlonglong(*value)) : notAvailable();
}

QString percent(std::optional<double> fraction) {
    return fraction ? QLocale().toString(*fraction * 100.0, 'f', 1) + QLatin1String(" %") : notAvailable();
}

QString psi(std::optional<double> percentValue) {
    return percentValue ? QLocale().toString(*percentValue, 'f', 2) + QLatin1String(" %") : notAvailable();
}

} // namespace oomlens::ui::format
