#include "DirectorySource.h"

#include "PosixRead.h"

#include <QDir>
#include <QFile>

#include <cerrno>

namespace oomlens {

DirectorySource::DirectorySource(QString description, QByteArray root)
    : m_description(std::move(description))
    , m_root(std::move(root)) {}

std::unique_ptr<DirectorySource> DirectorySource::open(const QString &root, SourceError *error) {
    const QDir dir(root);
    if (!dir.exists(QStringLiteral("proc")) && !dir.exists(QStringLiteral("sys")) &&
        !dir.exists(QStringLiteral("manifest.json"))) {
        if (error)
            *error = {SourceError::NotFound, root,
                      QStringLiteral("not a snapshot: no proc/, sys/ or manifest.json inside")};
        return nullptr;
    }
    QByteArray r = QFile::encodeName(dir.absolutePath());
    while (r.size() > 1 && r.endsWith('/'))
        r.chop(1);
    return std::unique_ptr<DirectorySource>(new DirectorySource(root, r));
}

bool DirectorySource::fullPath(QByteArrayView path, QByteArray &out) const {
    if (!path.startsWith("/") || path.contains("/../") || path.endsWith("/..")) return false;
    out.resize(0);
    out.append(m_root);
    out.append(path.data(), path.size());
    return true;
}

SourceError DirectorySource::read(QByteArrayView path, QByteArray &out) {
    if (!fullPath(path, m_pathBuffer)) {
        out.resize(0);
        return sourceErrorFromErrno(ENOENT, path);
    }
    // Someone else wrote this directory: only regular files, no symlink out of it, no FIFO or
    // device (/dev/zero never ends), at most kMaxKernelFileBytes.
    const int err = posix::readRegularFile(m_pathBuffer.constData(), out);
    // A captured file that could not be read was stored as absent: a directory read as a file
    // (EISDIR) is "no such file" too.
    return err ? sourceErrorFromErrno(err == EISDIR ? ENOENT : err, path) : SourceError{};
}

SourceError DirectorySource::list(QByteArrayView path, QList<DirEntry> &out) {
    if (!fullPath(path, m_pathBuffer)) {
        out.clear();
        return sourceErrorFromErrno(ENOENT, path);
    }
    const int err = posix::listDir(m_pathBuffer.constData(), out);
    return err ? sourceErrorFromErrno(err, path) : SourceError{};
}

} // namespace oomlens
