// What to read from a journal: the one call a caller (the CLI, the GUI, the fleet view reading a
// central systemd-journal-remote directory) needs. See README.md in this folder.
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace oomlens::journal {

struct JournalQuery {
    QString path;                   // a journal file, a journal directory or an OS root (JournalInputs.h)
    QString host;                   // only entries whose _HOSTNAME is this; empty = every host
    std::optional<QDateTime> since; // only entries received at or after (__REALTIME_TIMESTAMP)
    std::optional<QDateTime> until; // ... and at or before
    QString bootId;                 // only this boot (_BOOT_ID, 32 hex digits); empty = every boot
};

} // namespace oomlens::journal
