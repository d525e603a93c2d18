// SPDX-License-Identifier: GPL-2.0-or-later
// The main window's shell: menus and shortcuts, the settings dialog's language override, the
// language choice at start-up, the load progress strip.
#include "MainWindow.h"
#include "kernlog/LogAnalysis.h"
#include "shell/AppLanguage.h"
#include "shell/LoadProgressWidget.h"
#include "shell/LogErrorText.h"
#include "shell/SettingsDialog.h"

#include "ui/UiTestSupport.h"
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>

#include <QtTest>

using namespace oomlens::ui;

class TestShell : public QObject {
    Q_OBJECT
public:
    static void initMain() {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    }

private slots:
    void initTestCase() { oomlens::test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_shell")); }

    void menus() {
        MainWindow window;
        QStringList titles;
        for (QAction *a : window.menuBar()->actions())
            titles << a->text().remove(QLatin1Char('&'));
        QCOMPARE(titles, (QStringList{QStringLiteral("File"), QStringLiteral("View"), QStringLiteral("Go"),
                                      QStringLiteral("Help")}));
        QCOMPARE(window.action(QStringLiteral("actionOpen"))->shortcut(), QKeySequence(QKeySequence::Open));
        QCOMPARE(window.action(QStringLiteral("actionPreviousEvent"))->shortcuts().value(1),
                 QKeySequence(Qt::ALT | Qt::Key_Up));
        // Nothing to export or navigate before a file is open.
        QVERIFY(!window.action(QStringLiteral("actionExportAllPdf"))->isEnabled());
        QVERIFY(!window.action(QStringLiteral("actionNextEvent"))->isEnabled());
        QVERIFY(window.acceptDrops());
    }

    void liveHostOnDemand() {
        // `oomlens` with no file shows the live host: it exists only once asked for, so opening a
        // log never samples this machine.
        MainWindow window;
        QVERIFY(!window.liveHost());
        window.showHome();
        QVERIFY(window.liveHost());
        QCOMPARE(window.currentPage(), window.liveHost());
        QVERIFY(window.liveHost()->inherits("oomlens::ui::LiveHostWidget"));
        QWidget *live = window.liveHost();
        window.showHome(); // the same one, not a second sampler
        QCOMPARE(window.liveHost(), live);
    }

    void languageOverride() {
        QCOMPARE(AppLanguage::storedOverride(), QString());
        SettingsDialog dialog;
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), int(AppLanguage::choices().size()));
        dialog.setSelectedLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(combo->currentText(), QStringLiteral("简体中文"));
        dialog.apply();
        QCOMPARE(AppLanguage::storedOverride(), QStringLiteral("zh_CN"));
        QCOMPARE(AppLanguage::effectiveLocale(AppLanguage::storedOverride()).language(), QLocale::Chinese);
        // Back to "system default": the key is removed, the system locale applies.
        dialog.setSelectedLanguage(QString());
        dialog.apply();
        QCOMPARE(AppLanguage::storedOverride(), QString());
        QCOMPARE(AppLanguage::effectiveLocale(QString()), QLocale::system());
        // English needs no catalogue; the result never crashes on a missing one.
        QCOMPARE(AppLanguage::install(*QCoreApplication::instance(), QLocale(QLocale::English)), 0);
    }

    // The error texts the window shows come from the core's own words: a long line and a missing
    // file read by the real analyzer are recognised and translated (numbers kept), anything else
    // passes as it is. A translator that marks what it translates shows which is which.
    void logErrorTextsFollowTheCore() {
        struct MarkingTranslator : QTranslator {
            QString translate(const char *context, const char *source, const char *, int) const override {
                return qstrcmp(context, "oomlens::ui") == 0 ? u'<' + QString::fromUtf8(source) + u'>'
                                                            : QString();
            }
            bool isEmpty() const override { return false; }
        } marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.log"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[ 1.0] a\n" + QByteArray(300 * 1024, 'x') + "\n[ 2.0] b\n");
        f.close();
        const oomlens::LogAnalysis cut = oomlens::analyzeFile(path);
        QCOMPARE(cut.errors.size(), 1);
        QCOMPARE(logErrorText(cut.errors.first().reason),
                 QStringLiteral("<1 line(s) longer than 256 KiB were cut>"));
        const oomlens::LogAnalysis missing =
            oomlens::analyzeFile(dir.filePath(QStringLiteral("nothing.log")));
        QCOMPARE(missing.errors.size(), 1);
        QCOMPARE(logErrorText(missing.errors.first().reason), QStringLiteral("<no such file>"));
        QCOMPARE(
            logErrorText(QStringLiteral("the file got shorter while it was read (truncated or rotated?): "
                                        "stopped after 1048576 bytes")),
            QStringLiteral("<the file got shorter while it was read (truncated or rotated?): stopped after "
                           "1048576 bytes>"));
        QCOMPARE(logErrorText(QStringLiteral("Truncated input file (needed 5 bytes)")),
                 QStringLiteral("Truncated input file (needed 5 bytes)"));
        QCoreApplication::removeTranslator(&marking);
    }

    void progressStrip() {
        LoadProgressWidget strip;
        QSignalSpy cancel(&strip, &LoadProgressWidget::cancelRequested);
        strip.start(QStringLiteral("Reading x.log…"));
        QVERIFY(!strip.isHidden());
        auto *bar = strip.findChild<QProgressBar *>(QStringLiteral("loadProgressBar"));
        strip.setProgress(3LL * 1024 * 1024 * 1024, 6LL * 1024 * 1024 * 1024); // > 2 GiB must not overflow
        QCOMPARE(bar->value(), 500);
        strip.setProgress(10, 0); // unknown size: busy indicator
        QCOMPARE(bar->maximum(), 0);
        auto *button = strip.findChild<QPushButton *>(QStringLiteral("loadCancelButton"));
        button->click();
        QCOMPARE(cancel.count(), 1);
        QVERIFY(!button->isEnabled());
        strip.finish();
        QVERIFY(strip.isHidden());
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
