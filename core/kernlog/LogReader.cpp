#include "LogReader.h"

#include "MappedFile.h"

#include <QFileInfo>

#include <archive.h>

#include <cstdint>
#include <cstring>
#include <string>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <unistd.h>

namespace oomlens::kernlog {

namespace {
constexpr size_t ReadBlockBytes = 1024 * 1024;

// Finds the newlines of a block 64 bytes at a time (one SSE2 compare per 16 bytes gives a bit
// mask), so the per-line cost is a count-trailing-zeros instead of a memchr call.
class NewlineScanner {
public:
    NewlineScanner(const char *begin, const char *end)
        : m_base(begin)
        , m_size(size_t(end - begin)) {}

    // Calls fn(pointer to '\n') for every newline of [base, base + size), in order.
    template <typename Fn> static void forEach(const char *base, size_t size, Fn &&fn) {
        const NewlineScanner scanner(base, base + size);
        for (size_t chunk = 0; chunk < size; chunk += 64) {
            for (std::uint64_t mask = scanner.maskAt(chunk); mask; mask &= mask - 1)
                fn(base + chunk + size_t(__builtin_ctzll(mask)));
        }
    }

private:
    std::uint64_t maskAt(size_t chunk) const {
        std::uint64_t mask = 0;
#ifdef __SSE2__
        if (chunk + 64 <= m_size) {
            const __m128i nl = _mm_set1_epi8('\n');
            for (int i = 0; i < 4; ++i) {
                const __m128i v =
                    _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_base + chunk + 16 * size_t(i)));
                mask |= std::uint64_t(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, nl)))) << (16 * i);
            }
            return mask;
        }
#endif
        for (size_t i = chunk; i < std::min(chunk + 64, m_size); ++i)
            if (m_base[i] == '\n') mask |= std::uint64_t(1) << (i - chunk);
        return mask;
    }

    const char *m_base;
    size_t m_size;
};
} // namespace

LogReader::LogReader(QString path)
    : m_path(std::move(path)) {}

LogReader::~LogReader() {
    if (m_archive) archive_read_free(m_archive);
}

bool LogReader::open() {
    const bool isStdin = m_path == QLatin1String("-");
    if (!isStdin) {
        const QFileInfo info(m_path);
        if (!info.exists()) {
            m_error = QStringLiteral("no such file");
            return false;
        }
        if (info.isDir()) {
            m_error = QStringLiteral("is a directory");
            return false;
        }
        m_totalSize = info.size();
        // libarchive's raw reader refuses zero bytes; an empty log is simply a log without events.
        if (info.isFile() && m_totalSize == 0) {
            m_empty = true;
            return true;
        }
    }
    m_archive = archive_read_new();
    archive_read_support_filter_all(m_archive);
    archive_read_support_format_raw(m_archive);
    const QByteArray local = m_path.toLocal8Bit();
    const int rc = isStdin ? archive_read_open_fd(m_archive, STDIN_FILENO, ReadBlockBytes)
                           : archive_read_open_filename(m_archive, local.constData(), ReadBlockBytes);
    if (rc != ARCHIVE_OK) {
        const char *msg = archive_error_string(m_archive);
        m_error = msg ? QString::fromLocal8Bit(msg) : QStringLiteral("cannot open");
        return false;
    }
    archive_entry *entry = nullptr;
    const int hr = archive_read_next_header(m_archive, &entry);
    if (hr == ARCHIVE_EOF) {
        m_empty = true; // stdin with nothing in it
        return true;
    }
    if (hr != ARCHIVE_OK && hr != ARCHIVE_WARN) {
        const char *msg = archive_error_string(m_archive);
        // An empty stdin is reported as an unrecognised format by the raw reader.
        if (isStdin && archive_filter_bytes(m_archive, -1) == 0) {
            m_empty = true;
            return true;
        }
        m_error = msg ? QString::fromLocal8Bit(msg) : QStringLiteral("unreadable input");
        return false;
    }
    // No compression filter on a regular file: with OOMLENS_MMAP=1, read the page cache in place
    // instead (MappedFile.h). Not the default: in a VM whose guest page tables the hypervisor
    // shadows (the PVM build VM), mapping and faulting in the pages cost more CPU than the
    // kernel's copy into the read buffer: 0.15 s against 0.10 s for 130 MiB (bench/README.md).
    if (!isStdin && archive_filter_count(m_archive) == 1 &&
        archive_filter_code(m_archive, 0) == ARCHIVE_FILTER_NONE && QFileInfo(m_path).isFile() &&
        qEnvironmentVariableIntValue("OOMLENS_MMAP") == 1 && qEnvironmentVariableIsEmpty("OOMLENS_NO_MMAP")) {
        auto mapped = std::make_unique<MappedFile>();
        if (mapped->open(m_path)) {
            m_mapped = std::move(mapped);
            archive_read_free(m_archive);
            m_archive = nullptr;
        }
    }
    return true;
}

// Bytes of the input file consumed so far: the compressed position when a decompression filter
// runs (the raw reader's own count lags behind for plain files, so those use the data delivered).
qint64 LogReader::consumed() const {
    if (m_archive && archive_filter_count(m_archive) > 1) return archive_filter_bytes(m_archive, -1);
    return m_uncompressed;
}

// Cuts blocks into lines for the sink (and the skimmer), carrying a line that spans two blocks.
class LineSplitter {
public:
    LineSplitter(const LogReader::LineSink &sink, const LogReader::SkimFn &skim, int &truncatedLines)
        : m_sink(sink)
        , m_skim(skim)
        , m_truncated(truncatedLines) {}

    void block(const char *base, size_t size) {
        const char *lineStart = base;
        auto onNewline = [&](const char *nl) {
            if (m_skipping) {
                m_skipping = false;
            } else if (m_carry.empty()) {
                // The common case: a whole line inside the block, no copy.
                size_t len = size_t(nl - lineStart);
                if (len > LogReader::MaxLineBytes) {
                    len = LogReader::MaxLineBytes;
                    ++m_truncated;
                }
                m_sink(std::string_view(lineStart, len));
            } else {
                const size_t room = LogReader::MaxLineBytes - m_carry.size();
                const size_t len = size_t(nl - lineStart);
                m_carry.append(lineStart, std::min(len, room));
                if (len > room) ++m_truncated;
                emitCarry();
            }
            lineStart = nl + 1;
        };
        if (!m_skim) {
            NewlineScanner::forEach(base, size, onNewline);
        } else {
            // Offer every line start to the skimmer; lines it leaves go the ordinary way.
            const char *const end = base + size;
            while (lineStart < end) {
                if (m_carry.empty() && !m_skipping) lineStart += m_skim(lineStart, end);
                if (lineStart >= end) break;
                const void *nl = memchr(lineStart, '\n', size_t(end - lineStart));
                if (!nl) break;
                onNewline(static_cast<const char *>(nl));
            }
        }
        // The start of a line that continues in the next block.
        if (lineStart < base + size && !m_skipping) {
            const size_t room = LogReader::MaxLineBytes - m_carry.size();
            const size_t len = size_t(base + size - lineStart);
            m_carry.append(lineStart, std::min(len, room));
            if (len > room) {
                // A mapped file that shrank reads as zeros from the fault on: never a line of those.
                if (m_stop && m_stop->load(std::memory_order_acquire)) return;
                ++m_truncated;
                emitCarry();
                m_skipping = true;
            }
        }
    }

    // Set by MappedFile's SIGBUS guard (MappedFile.h); read before a line without '\n' is emitted.
    void stopWhen(const std::atomic<bool> *flag) { m_stop = flag; }

    void emitCarry() {
        if (!m_carry.empty()) m_sink(std::string_view(m_carry));
        m_carry.clear();
    }
    void dropCarry() { m_carry.clear(); }

private:
    const LogReader::LineSink &m_sink;
    const LogReader::SkimFn &m_skim;
    int &m_truncated;
    std::string m_carry;     // the start of a line that spans blocks
    bool m_skipping = false; // inside an over-long line: drop bytes until its newline
    const std::atomic<bool> *m_stop = nullptr;
};

bool LogReader::readLines(const LineSink &sink, const BlockFn &afterBlock, const std::atomic_bool *cancel,
                          const SkimFn &skim) {
    if (m_empty) return true;
    if (!m_archive && !m_mapped) {
        m_error = QStringLiteral("not open");
        return false;
    }
    LineSplitter split(sink, skim, m_truncatedLines);
    const bool ok = m_mapped ? readMapped(split, afterBlock, cancel) : readArchive(split, afterBlock, cancel);
    if (!ok || m_cancelled) return ok;
    split.emitCarry(); // a last line without '\n'
    if (afterBlock) afterBlock(m_totalSize ? m_totalSize : consumed(), m_totalSize);
    return true;
}

bool LogReader::readArchive(LineSplitter &split, const BlockFn &afterBlock, const std::atomic_bool *cancel) {
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            m_cancelled = true;
            return true;
        }
        const void *buf = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        const int rc = archive_read_data_block(m_archive, &buf, &size, &offset);
        if (rc == ARCHIVE_EOF) return true;
        if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN) {
            const char *msg = archive_error_string(m_archive);
            m_error = msg ? QString::fromLocal8Bit(msg) : QStringLiteral("read error");
            split.emitCarry();
            return false;
        }
        m_uncompressed += qint64(size);
        split.block(static_cast<const char *>(buf), size);
        if (afterBlock) afterBlock(consumed(), m_totalSize);
    }
}

bool LogReader::readMapped(LineSplitter &split, const BlockFn &afterBlock, const std::atomic_bool *cancel) {
    split.stopWhen(m_mapped->faultFlag());
    for (std::string_view window = m_mapped->nextWindow(); !window.empty(); window = m_mapped->nextWindow()) {
        // Slices of one read block each: progress and cancel as often as on the archive path.
        for (size_t at = 0; at < window.size(); at += ReadBlockBytes) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                m_cancelled = true;
                return true;
            }
            const size_t size = std::min(ReadBlockBytes, window.size() - at);
            split.block(window.data() + at, size);
            if (m_mapped->shrank()) {
                split.dropCarry(); // its end read as zeros
                break;
            }
            m_uncompressed += qint64(size);
            if (afterBlock) afterBlock(consumed(), m_totalSize);
        }
    }
    if (m_mapped->shrank()) {
        m_error = QStringLiteral("the file got shorter while it was read (truncated or rotated?): "
                                 "stopped after %1 bytes")
                      .arg(m_uncompressed);
        return false;
    }
    if (!m_mapped->errorString().isEmpty()) {
        m_error = m_mapped->errorString();
        return false;
    }
    return true;
}

} // namespace oomlens::kernlog
