#include "LogReader.h"

#include <QFileInfo>

#include <archive.h>

#include <cstring>
#include <string>
#include <unistd.h>

namespace oomlens::kernlog {

namespace {
constexpr size_t ReadBlockBytes = 1024 * 1024;
}

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
    return true;
}

// Bytes of the input file consumed so far: the compressed position when a decompression filter
// runs (the raw reader's own count lags behind for plain files, so those use the data delivered).
qint64 LogReader::consumed() const {
    if (m_archive && archive_filter_count(m_archive) > 1) return archive_filter_bytes(m_archive, -1);
    return m_uncompressed;
}

bool LogReader::readLines(const LineSink &sink, const BlockFn &afterBlock, const std::atomic_bool *cancel) {
    if (m_empty) return true;
    if (!m_archive) {
        m_error = QStringLiteral("not open");
        return false;
    }
    std::string carry;     // the start of a line that spans blocks
    bool skipping = false; // inside an over-long line: drop bytes until its newline
    auto emitCarry = [&]() {
        if (!carry.empty()) sink(std::string_view(carry));
        carry.clear();
    };
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            m_cancelled = true;
            return true;
        }
        const void *buf = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        const int rc = archive_read_data_block(m_archive, &buf, &size, &offset);
        if (rc == ARCHIVE_EOF) break;
        if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN) {
            const char *msg = archive_error_string(m_archive);
            m_error = msg ? QString::fromLocal8Bit(msg) : QStringLiteral("read error");
            emitCarry();
            return false;
        }
        m_uncompressed += qint64(size);
        const char *p = static_cast<const char *>(buf);
        const char *end = p + size;
        while (p < end) {
            const char *nl = static_cast<const char *>(memchr(p, '\n', size_t(end - p)));
            const char *stop = nl ? nl : end;
            if (skipping) {
                if (nl) skipping = false;
            } else if (carry.empty() && nl) {
                // The common case: a whole line inside the block, no copy.
                size_t len = size_t(stop - p);
                if (len > MaxLineBytes) {
                    len = MaxLineBytes;
                    ++m_truncatedLines;
                }
                sink(std::string_view(p, len));
            } else {
                const size_t room = MaxLineBytes - carry.size();
                const size_t len = size_t(stop - p);
                carry.append(p, std::min(len, room));
                if (len > room) {
                    ++m_truncatedLines;
                    emitCarry();
                    skipping = !nl;
                } else if (nl) {
                    emitCarry();
                }
            }
            p = nl ? nl + 1 : end;
        }
        if (afterBlock) afterBlock(consumed(), m_totalSize);
    }
    emitCarry(); // a last line without '\n'
    if (afterBlock) afterBlock(m_totalSize ? m_totalSize : consumed(), m_totalSize);
    return true;
}

} // namespace oomlens::kernlog
