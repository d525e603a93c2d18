// SPDX-License-Identifier: GPL-2.0-or-later
// The list behind File > Open Recent, kept in QSettings, newest first, without duplicates.
#pragma once

#include <QStringList>

namespace oomlens::ui {

class RecentFiles {
public:
    static constexpr int MaxEntries = 10;

    // Reads the stored list; entries that no longer exist are kept (a log on an unmounted
    // share is still worth offering) but the menu shows them disabled.
    static QStringList load();
    // Moves (or adds) path to the front, trims to MaxEntries and stores the list.
    static QStringList add(const QString &path);
    static QStringList remove(const QString &path);
    static void clear();

    // Where file dialogs start: the directory of the last file opened (home at first).
    static QString lastDirectory();
    static void setLastDirectory(const QString &dir);

    // The pure part, tested without QSettings.
    static QStringList withAdded(QStringList list, const QString &path, int maxEntries = MaxEntries);
};

} // namespace oomlens::ui
