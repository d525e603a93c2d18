// SPDX-License-Identifier: GPL-2.0-or-later
#include "AppLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace oomlens::ui {

namespace {
const auto kLanguageKey = QStringLiteral("ui/language");
}

QList<AppLanguage::Choice> AppLanguage::choices() {
    // Native names on purpose: a person who cannot read the current language must still
    // find their own in the list.
    return {
        {QString(), QCoreApplication::translate("oomlens::ui::AppLanguage", "System default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
}

QString AppLanguage::storedOverride() {
    return QSettings().value(kLanguageKey).toString();
}

void AppLanguage::storeOverride(const QString &code) {
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, code);
}

QLocale AppLanguage::effectiveLocale(const QString &overrideCode) {
    if (overrideCode.isEmpty()) return QLocale::system();
    return QLocale(overrideCode);
}

int AppLanguage::install(QCoreApplication &app, const QLocale &locale) {
    int installed = 0;
    // English is the source language: nothing to load, and loading "oomlens_en" would fall
    // back to another catalogue through QTranslator's locale search.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) return installed;

    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        ++installed;
    } else {
        delete qtTranslator;
    }

    auto *ownTranslator = new QTranslator(&app);
    if (ownTranslator->load(locale, QStringLiteral("oomlens"), QStringLiteral("_"),
                            QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ownTranslator);
        ++installed;
    } else {
        delete ownTranslator;
    }
    return installed;
}

} // namespace oomlens::ui
