// Reads journal files through libsystemd (sd_journal_open_files(3)), with the filter inside the
// library: matches on _TRANSPORT=kernel, the killers' SYSLOG_IDENTIFIER / _SYSTEMD_UNIT, systemd's
// MESSAGE_IDs and UNIT_RESULT=oom-kill (ANDed with the query's host and boot), so only the entries
// that matter are read, through the library's field indexes. Each entry is handed on as a
// JournalEntry (copied out: sd_journal_get_data()'s pointers die with the next call).
#pragma once

#include "JournalEntry.h"
#include "JournalQuery.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace oomlens::journal {

struct JournalReadResult {
    bool ok = true;
    QString error; // sd_journal_open_files() or iteration failure, in plain words
    bool cancelled = false;
};

using EntryFn = std::function<void(const JournalEntry &entry)>;
using EntryProgressFn = std::function<void(qint64 entries)>;

JournalReadResult readJournalFiles(const QStringList &files, const JournalQuery &query, const EntryFn &sink,
                                   const EntryProgressFn &progress = {},
                                   const std::atomic_bool *cancel = nullptr);

} // namespace oomlens::journal
