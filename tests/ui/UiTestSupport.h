// Shared set-up of the GUI tests.
#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

namespace oomlens::test {

// Keeps a test's recent files and window state out of $HOME: QSettings ignores
// QStandardPaths' test mode, so its user scope is pointed at `settingsDir` and emptied.
inline void isolateSettings(const QString &settingsDir, const QString &testName) {
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir);
    QCoreApplication::setOrganizationName(QStringLiteral("oomlens-tests"));
    QCoreApplication::setApplicationName(testName);
    QSettings().clear();
}

} // namespace oomlens::test
