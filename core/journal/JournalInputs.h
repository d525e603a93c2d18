// Which journal files an input names, found by content: one journal file (any name: the header's
// "LPKSHHRH" decides), a journal directory (/var/log/journal, a copy from another host, journal-remote
// output; files directly in it or in its machine-id subfolders), or an OS root (an unpacked
// sosreport or a mounted disk image: ROOT/var/log/journal and ROOT/run/log/journal, as
// sd_journal_open_directory(3)'s SD_JOURNAL_OS_ROOT reads them).
// Every file is checked before libsystemd sees it (JournalHeader.h): the unreadable, the
// truncated and those of a newer format are named with their reason, never dropped silently.
#pragma once

#include "kernlog/LogAnalysis.h"

#include <QStringList>

namespace oomlens::journal {

struct JournalInput {
    QStringList files;       // readable journal files, sorted
    QList<LogError> skipped; // every file left out, with its reason
    bool osRoot = false;     // the input was an OS root (var/log/journal under it)
};

// True when `path` is a journal file by content, or a directory holding journal files (directly,
// in subfolders, or under var/log/journal / run/log/journal). Cheap: stops at the first file found.
bool isJournalInput(const QString &path);

// The files of `path` (a file or a directory as above), each header checked.
JournalInput findJournalFiles(const QString &path);

} // namespace oomlens::journal
