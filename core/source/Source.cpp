#include "Source.h"

#include "ArchiveSource.h"
#include "DirectorySource.h"
#include "LiveSource.h"

#include <QFileInfo>

#include <cerrno>
#include <cstring>

namespace oomlens {

QByteArray Source::readAll(QByteArrayView path, SourceError *error) {
    QByteArray out;
    SourceError e = read(path, out);
    if (error) *error = std::move(e);
    return out;
}

SourceError sourceErrorFromErrno(int errnum, QByteArrayView path) {
    SourceError e;
    e.path = QString::fromLocal8Bit(path.data(), path.size());
    switch (errnum) {
    case 0:
        return {};
    case ENOENT:
    case ESRCH:
    case ENOTDIR:
        e.kind = SourceError::NotFound;
        e.reason = QStringLiteral("no such file");
        break;
    case EACCES:
    case EPERM:
        e.kind = SourceError::PermissionDenied;
        e.reason = QStringLiteral("permission denied");
        break;
    case EOPNOTSUPP:
    case EINVAL:
        e.kind = SourceError::NotSupported;
        e.reason = QStringLiteral("not supported by this kernel (%1)")
                       .arg(QString::fromLocal8Bit(std::strerror(errnum)));
        break;
    case EFBIG:
        return tooLargeError(path);
    case ELOOP:
        e.kind = SourceError::NotRegular;
        e.reason = QStringLiteral("skipped: a symbolic link, not a regular file");
        break;
    case ENODEV:
        e.kind = SourceError::NotRegular;
        e.reason = QStringLiteral("skipped: a FIFO, socket or device, not a regular file");
        break;
    default:
        e.kind = SourceError::Io;
        e.reason = QString::fromLocal8Bit(std::strerror(errnum)).toLower();
        break;
    }
    return e;
}

SourceError tooLargeError(QByteArrayView path) {
    return {SourceError::TooLarge, QString::fromLocal8Bit(path.data(), path.size()),
            QStringLiteral("file too large: more than %1 MiB, which no kernel file reaches")
                .arg(kMaxKernelFileBytes / (1024 * 1024))};
}

std::unique_ptr<Source> Source::open(const QString &location, SourceError *error) {
    if (location.isEmpty()) return std::make_unique<LiveSource>();
    const QFileInfo info(location);
    if (!info.exists()) {
        if (error) *error = {SourceError::NotFound, location, QStringLiteral("no such file or directory")};
        return nullptr;
    }
    if (info.isDir()) return DirectorySource::open(location, error);
    return ArchiveSource::open(location, error);
}

} // namespace oomlens
