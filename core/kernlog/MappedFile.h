// A plain log file read through mmap, a window at a time: the bytes are the page cache's own,
// with no copy into a read buffer (for a warm multi-GiB log that copy is most of the system time).
//
// A file that shrinks while it is mapped (logrotate's copytruncate, `> file`) would kill the
// process with SIGBUS on the next access to a page past the new end. A process-wide SIGBUS
// handler, installed on first use and chained to the one before it, catches faults inside a
// registered window: it maps zero pages over the rest of the window and flags it, and the reader
// stops with an error instead of crashing. Faults elsewhere go to the previous handler.
#pragma once

#include <QString>

#include <atomic>
#include <cstddef>
#include <string_view>

namespace oomlens::kernlog {

class MappedFile {
public:
    static constexpr size_t WindowBytes = 4 * 1024 * 1024; // also the most the mapping adds to RSS

    MappedFile() = default;
    ~MappedFile();
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    // Opens a regular file; false (with errorString()) when it cannot be opened, is not one, or too
    // many are open at once (the caller then reads it another way).
    bool open(const QString &path);

    // The next window of the file (unmapping the previous one): empty at the end of the file or on
    // an error (errorString() then says which). A file that grew is read to its new end.
    std::string_view nextWindow();

    // True once a window was hit by SIGBUS: the file got shorter while it was read. The bytes of
    // the current window from the fault on read as zeros.
    bool shrank() const;

    // The flag shrank() reads, for code that must not act on the zeros (it is set in the handler).
    const std::atomic<bool> *faultFlag() const;

    QString errorString() const { return m_error; }

private:
    void unmap();

    int m_fd = -1;
    void *m_map = nullptr;
    size_t m_mapLength = 0;
    int m_slot = -1; // this reader's slot in the SIGBUS guard
    bool m_shrank = false;
    qint64 m_offset = 0;
    QString m_error;
};

} // namespace oomlens::kernlog
