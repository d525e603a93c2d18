// One journal entry, reduced to the fields OOM Lens reads, whether it came from a journal file
// (libsystemd, JournalFileReader) or from `journalctl -o export` text (ExportReader). Field
// meanings: systemd man systemd.journal-fields(7).
#pragma once

#include "model/OomEvent.h"

#include <cstdint>
#include <optional>
#include <string>

namespace oomlens::journal {

struct JournalEntry {
    LineNo line = 0;         // export text: the line of MESSAGE=; journal files: the entry's ordinal
    std::string message;     // MESSAGE (may hold '\n': a multi-line record)
    std::string hostname;    // _HOSTNAME
    std::string bootId;      // _BOOT_ID
    std::string transport;   // _TRANSPORT: "kernel", "syslog", "journal", "stdout", ...
    std::string identifier;  // SYSLOG_IDENTIFIER
    std::string messageId;   // MESSAGE_ID (catalog id, 32 hex digits)
    std::string unit;        // UNIT or USER_UNIT (PID 1's messages about a unit)
    std::string systemdUnit; // _SYSTEMD_UNIT (the unit the writer runs in)
    std::string unitResult;  // UNIT_RESULT ("oom-kill")
    std::string pid;         // _PID
    std::optional<std::uint64_t> realtimeUs;        // __REALTIME_TIMESTAMP (receive time, wall clock)
    std::optional<std::uint64_t> monotonicUs;       // __MONOTONIC_TIMESTAMP (receive time, since boot)
    std::optional<std::uint64_t> sourceMonotonicUs; // _SOURCE_MONOTONIC_TIMESTAMP (kernel: printk time)

    bool isKernel() const { return transport == "kernel"; }
    void clear() {
        line = 0;
        for (std::string *s : {&message, &hostname, &bootId, &transport, &identifier, &messageId, &unit,
                               &systemdUnit, &unitResult, &pid})
            s->clear();
        realtimeUs.reset();
        monotonicUs.reset();
        sourceMonotonicUs.reset();
    }
};

// Catalog ids of systemd's unit messages (src/systemd/sd-messages.h).
inline constexpr char MessageIdUnitOutOfMemory[] =
    "fe6faa94e7774663a0da52717891d8ef"; // SD_MESSAGE_UNIT_OUT_OF_MEMORY
inline constexpr char MessageIdUnitOomdKill[] =
    "d989611b15e44c9dbf31e3c81256e4ed"; // SD_MESSAGE_UNIT_OOMD_KILL
inline constexpr char MessageIdUnitFailureResult[] =
    "d9b373ed55a64feb8242e02dbe79a49c"; // SD_MESSAGE_UNIT_FAILURE_RESULT

} // namespace oomlens::journal
