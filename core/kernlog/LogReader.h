// Streams the lines of a log file: plain text or gzip/xz/zstd/bzip2/lz4-compressed (libarchive's
// "raw" format with every filter, so the compression is detected from the bytes, not the name),
// or stdin for "-". Memory is one read block plus the longest line (capped), whatever the size.
#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>

struct archive;

namespace oomlens::kernlog {

class LineSplitter;
struct StdinFeed;
class MappedFile;

class LogReader {
public:
    // Longer lines are cut here (binary junk may have no newline for megabytes).
    static constexpr size_t MaxLineBytes = 256 * 1024;

    explicit LogReader(QString path);
    ~LogReader();
    LogReader(const LogReader &) = delete;
    LogReader &operator=(const LogReader &) = delete;

    // Opens the input; on failure returns false and sets errorString().
    bool open();

    // Calls `sink` with each line (without its '\n', '\r' kept) until the input ends, `cancel`
    // becomes true or a read error happens. Returns false on a read error (see errorString()).
    using LineSink = std::function<void(std::string_view line)>;
    using BlockFn = std::function<void(qint64 consumed, qint64 total)>;
    // Optional: called at the start of a whole line inside a block with the rest of the block; it
    // may take whole lines itself (each ending in '\n', none longer than MaxLineBytes) and returns
    // how many bytes it took. The idle fast path uses it to walk ordinary lines without a call each.
    using SkimFn = std::function<size_t(const char *from, const char *end)>;
    bool readLines(const LineSink &sink, const BlockFn &afterBlock = {},
                   const std::atomic_bool *cancel = nullptr, const SkimFn &skim = {});

    QString errorString() const { return m_error; }
    qint64 totalSize() const { return m_totalSize; } // on-disk size, 0 for stdin
    qint64 bytesRead() const { return m_uncompressed; }
    bool wasCancelled() const { return m_cancelled; }
    int truncatedLines() const { return m_truncatedLines; }

private:
    qint64 consumed() const;
    bool readArchive(LineSplitter &split, const BlockFn &afterBlock, const std::atomic_bool *cancel);
    bool readMapped(LineSplitter &split, const BlockFn &afterBlock, const std::atomic_bool *cancel);
    friend struct StdinFeed; // libarchive's read callback over m_stdinFirst, then fd 0

    QString m_path;
    QString m_error;
    archive *m_archive = nullptr;
    std::unique_ptr<MappedFile> m_mapped; // plain regular files: read in place (MappedFile.h)
    qint64 m_totalSize = 0;
    qint64 m_uncompressed = 0;
    QByteArray m_stdinFirst; // stdin's first block, read before libarchive sees it (see open())
    QByteArray m_stdinBlock; // stdin's later blocks
    bool m_stdinFirstGiven = false;
    bool m_empty = false;
    bool m_cancelled = false;
    int m_truncatedLines = 0;
};

} // namespace oomlens::kernlog
