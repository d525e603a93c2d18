// The header of a systemd journal file, checked by us before libsystemd sees the file: the
// library silently skips files it cannot read (sd_journal_open(3): "silently ignored"), files
// with incompatible features it does not know, and truncated files, so every such file would
// otherwise vanish from the result without a word.
//
// Layout (systemd docs/JOURNAL_FILE_FORMAT.md, struct Header; all little-endian):
//   0  uint8_t  signature[8]        "LPKSHHRH"
//   8  le32     compatible_flags    SEALED 1, TAIL_ENTRY_BOOT_ID 2 (v254), SEALED_CONTINUOUS 4 (v254)
//  12  le32     incompatible_flags  COMPRESSED_XZ 1, COMPRESSED_LZ4 2, KEYED_HASH 4 (v246),
//                                   COMPRESSED_ZSTD 8 (v246), COMPACT 16 (v252)
//  16  uint8_t  state               OFFLINE 0, ONLINE 1, ARCHIVED 2
//  88  le64     header_size
//  96  le64     arena_size
// journald's own reader refuses a file whose header_size + arena_size exceeds the file
// (src/libsystemd/sd-journal/journal-file.c journal_file_verify_header(): "truncated").
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace oomlens::journal {

inline constexpr char JournalMagic[] = "LPKSHHRH";

// The incompatible flags the libsystemd we link (Debian 12: 252) reads.
inline constexpr std::uint32_t KnownIncompatibleFlags = 1 | 2 | 4 | 8 | 16;

struct JournalHeaderInfo {
    std::uint32_t compatibleFlags = 0;
    std::uint32_t incompatibleFlags = 0;
    int state = 0;
    std::uint64_t headerSize = 0;
    std::uint64_t arenaSize = 0;
};

// Parses the first bytes of a file (pure: no I/O). Returns nullopt and sets `reason` when the
// bytes are no journal header.
std::optional<JournalHeaderInfo> parseJournalHeader(const char *data, std::uint64_t size, QString *reason);

// Why libsystemd would skip a file with this header and this on-disk size, in plain words; empty
// when it can be read. Names the unknown feature flags and the bytes missing from a cut file.
QString journalHeaderProblem(const JournalHeaderInfo &header, std::uint64_t fileSize);

// Reads the header of `path` and returns the problem (unreadable, not a journal, unsupported
// feature, truncated), or an empty string when libsystemd can read it.
QString checkJournalFile(const QString &path);

// True when the file starts with the journal magic (content detection; no other check).
bool hasJournalMagic(const QString &path);

} // namespace oomlens::journal
