// Where a capture writes the host's raw files: a directory tree or a tar archive (libarchive),
// each file at its original path ("proc/meminfo", "sys/fs/cgroup/memory/...").
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

namespace oomlens {

class CaptureSink {
public:
    virtual ~CaptureSink() = default;
    // `path` is the original absolute path ("/proc/meminfo"). Returns false and sets errorString()
    // on a write error (disk full...), after which the capture must stop.
    virtual bool add(QByteArrayView path, QByteArrayView data) = 0;
    // Completes the output (archive trailer, rename into place). False on error.
    virtual bool finish() = 0;
    QString errorString() const { return m_error; }

    enum class Format { Directory, Tar, TarGz, TarXz, TarZst };
    // By the name: *.tar, *.tar.gz / *.tgz, *.tar.xz, *.tar.zst; anything else is a directory.
    static Format formatFor(const QString &output);
    // Creates the sink; nullptr with `error` set when the output cannot be created (an existing
    // non-empty directory, an unwritable path).
    static std::unique_ptr<CaptureSink> create(const QString &output, const QDateTime &time, QString *error);

protected:
    QString m_error;
};

} // namespace oomlens
