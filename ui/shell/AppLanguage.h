// SPDX-License-Identifier: GPL-2.0-or-later
// Which language the program speaks: the system locale unless the user chose one in the settings.
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;
class QTranslator;

namespace oomlens::ui {

class AppLanguage {
public:
    // One selectable language: code is a BCP 47-ish name ("de", "zh_CN") or empty for "system".
    struct Choice {
        QString code;
        QString nativeName;
    };

    // The languages we ship translations for, "system" first.
    static QList<Choice> choices();

    // The override stored in QSettings ("" = follow the system locale).
    static QString storedOverride();
    static void storeOverride(const QString &code);

    // The locale to use for a given override: the override when set, else the system locale.
    static QLocale effectiveLocale(const QString &overrideCode);

    // Loads :/i18n/oomlens_<lang>.qm (and Qt's own qtbase catalogue when installed) for the
    // locale and installs them on app. Returns the number of catalogues installed; the
    // translators are parented to app so they live as long as it does.
    static int install(QCoreApplication &app, const QLocale &locale);
};

} // namespace oomlens::ui
