// SPDX-License-Identifier: GPL-2.0-or-later
#include "RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace oomlens::ui {

namespace {
const auto kRecentKey = QStringLiteral("ui/recentFiles");
const auto kLastDirKey = QStringLiteral("ui/lastDirectory");

void store(const QStringList &list) {
    QSettings().setValue(kRecentKey, list);
}
} // namespace

QString RecentFiles::lastDirectory() {
    return QSettings().value(kLastDirKey, QDir::homePath()).toString();
}

void RecentFiles::setLastDirectory(const QString &dir) {
    QSettings().setValue(kLastDirKey, dir);
}

QStringList RecentFiles::load() {
    return QSettings().value(kRecentKey).toStringList();
}

QStringList RecentFiles::withAdded(QStringList list, const QString &path, int maxEntries) {
    // Store absolute paths so that "oomlens x.log" from two directories are two entries.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > maxEntries)
        list.removeLast();
    return list;
}

QStringList RecentFiles::add(const QString &path) {
    const QStringList list = withAdded(load(), path);
    store(list);
    return list;
}

QStringList RecentFiles::remove(const QString &path) {
    QStringList list = load();
    list.removeAll(path);
    store(list);
    return list;
}

void RecentFiles::clear() {
    QSettings().remove(kRecentKey);
}

} // namespace oomlens::ui
