// `journalctl -o export` text (systemd docs/JOURNAL_EXPORT_FORMATS.md, the stream that
// systemd-journal-remote consumes) -> JournalEntry. Entries are blocks of "KEY=value" lines ended
// by an empty line; a value holding control characters is "KEY\n" + 64-bit little-endian length +
// the bytes + "\n". Fed one line at a time (LogReader splits at '\n', so a binary value arrives
// in pieces and is put back together here). A parser: it never opens a file.
#pragma once

#include "JournalEntry.h"

#include <QString>

#include <functional>
#include <string_view>

namespace oomlens::journal {

class ExportParser {
public:
    using EntryFn = std::function<void(const JournalEntry &entry)>;
    explicit ExportParser(EntryFn sink)
        : m_sink(std::move(sink)) {}

    // True when a first line looks like export text ("__CURSOR=" or "__REALTIME_TIMESTAMP=").
    static bool looksLikeExport(std::string_view firstLine);

    void line(std::string_view raw, LineNo lineNo);
    void finish(); // the last entry may lack its blank line
    // A binary value that did not end where its length said: the first such line, or 0.
    LineNo malformedLine() const { return m_malformed; }

private:
    void field(std::string_view key, std::string_view value, LineNo lineNo);
    void flush();

    EntryFn m_sink;
    JournalEntry m_entry;
    bool m_any = false;
    // A binary value being collected: its key, the bytes so far (length prefix included).
    std::string m_binaryKey, m_binary;
    bool m_inBinary = false;
    LineNo m_binaryLine = 0;
    LineNo m_malformed = 0;
};

} // namespace oomlens::journal
