#include "JournalInputs.h"

#include "JournalHeader.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace oomlens::journal {

namespace {

bool journalName(const QString &name) {
    return name.endsWith(QLatin1String(".journal")) || name.endsWith(QLatin1String(".journal~"));
}

// The directories an OS root keeps its journal in (persistent, then volatile).
QStringList osRootJournalDirs(const QString &root) {
    QStringList dirs;
    for (const char *sub : {"var/log/journal", "run/log/journal"}) {
        const QString d = QDir(root).filePath(QLatin1String(sub));
        if (QFileInfo(d).isDir()) dirs << d;
    }
    return dirs;
}

// Candidates in `dir` and its subfolders up to two levels (machine-id folders, journal-remote's
// "remote" folder): files named *.journal / *.journal~, and any other file with the magic.
void collect(const QString &dir, int depth, QStringList &out, bool stopAtFirst) {
    const QFileInfoList entries =
        QDir(dir).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QFileInfo &e : entries) {
        if (stopAtFirst && !out.isEmpty()) return;
        if (e.isDir()) {
            if (depth > 0 && !e.isSymLink()) collect(e.filePath(), depth - 1, out, stopAtFirst);
        } else if (journalName(e.fileName()) || hasJournalMagic(e.filePath())) {
            out << e.filePath();
        }
    }
}

} // namespace

bool isJournalInput(const QString &path) {
    const QFileInfo info(path);
    if (!info.isDir()) return info.isFile() && hasJournalMagic(path);
    QStringList found;
    QStringList dirs = osRootJournalDirs(path);
    if (dirs.isEmpty()) dirs << path;
    for (const QString &d : std::as_const(dirs))
        collect(d, 2, found, true);
    return !found.isEmpty();
}

JournalInput findJournalFiles(const QString &path) {
    JournalInput in;
    QStringList candidates;
    const QFileInfo info(path);
    if (info.isDir()) {
        QStringList dirs = osRootJournalDirs(path);
        in.osRoot = !dirs.isEmpty();
        if (dirs.isEmpty()) dirs << path;
        for (const QString &d : std::as_const(dirs))
            collect(d, 2, candidates, false);
        if (candidates.isEmpty())
            in.skipped.append({path, 0, QStringLiteral("no systemd journal files found in this directory")});
    } else {
        candidates << path;
    }
    for (const QString &file : std::as_const(candidates)) {
        const QString problem = checkJournalFile(file);
        if (problem.isEmpty())
            in.files << file;
        else
            in.skipped.append({file, 0, problem});
    }
    return in;
}

} // namespace oomlens::journal
