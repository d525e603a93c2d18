// SPDX-License-Identifier: GPL-2.0-or-later
// oomlens: the desktop program. `oomlens FILE...` opens the files as one post-mortem document;
// with no file it shows the live host.
#include "MainWindow.h"
#include "shell/AppLanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char **argv) {
    // With TZ unset, glibc's tzset() (run by every mktime(), which Qt's local-time conversions
    // call) stats /etc/localtime on each call to see whether it changed: thousands of system calls
    // for the wall-clock stamps of a big log. TZ=":/etc/localtime" names the same zone, read once.
    if (qEnvironmentVariableIsEmpty("TZ")) qputenv("TZ", ":/etc/localtime");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("OOM Lens"));
    QApplication::setOrganizationName(QStringLiteral("oomlens"));
    QApplication::setOrganizationDomain(QStringLiteral("oomlens.org"));
    QApplication::setApplicationVersion(QStringLiteral(OOMLENS_VERSION));
    // Matches resources/org.oomlens.OomLens.desktop, so Wayland compositors find our icon.
    QApplication::setDesktopFileName(QStringLiteral("org.oomlens.OomLens"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/oomlens.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Explore Linux memory state and OOM kills."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption languageOption(QStringLiteral("language"),
                                      QStringLiteral("Use this language (e.g. de, zh_CN) instead of the "
                                                     "system locale or the one chosen in the settings."),
                                      QStringLiteral("code"));
    parser.addOption(languageOption);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QStringLiteral("Kernel logs to open (plain or compressed). Without one, "
                                                "the live host is shown."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    // Precedence: --language, then the settings dialog's override, then the system locale.
    const QString language = parser.isSet(languageOption) ? parser.value(languageOption)
                                                          : oomlens::ui::AppLanguage::storedOverride();
    oomlens::ui::AppLanguage::install(app, oomlens::ui::AppLanguage::effectiveLocale(language));

    oomlens::ui::MainWindow window;
    window.show();
    if (parser.positionalArguments().isEmpty())
        window.showHome(); // the live host
    else
        window.openFiles(parser.positionalArguments());
    return app.exec();
}
