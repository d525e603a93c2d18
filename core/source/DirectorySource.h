// A snapshot directory (written by `oomlens-cli capture -o DIR`) or an unpacked sosreport: the
// host's files at their original paths below a root directory (ROOT/proc/meminfo, ROOT/sys/...).
// sosreport keeps proc/, sys/ and var/log/ at their original paths too, so both open the same way.
#pragma once

#include "Source.h"

namespace oomlens {

class DirectorySource final : public Source {
public:
    // Fails with NotFound when `root` has neither proc/ nor sys/ nor manifest.json (probably not
    // a snapshot: a clear error beats an empty snapshot).
    static std::unique_ptr<DirectorySource> open(const QString &root, SourceError *error);

    QString description() const override { return m_description; }
    SourceError read(QByteArrayView path, QByteArray &out) override;
    SourceError list(QByteArrayView path, QList<DirEntry> &out) override;

private:
    DirectorySource(QString description, QByteArray root);
    bool fullPath(QByteArrayView path, QByteArray &out) const;

    QString m_description;
    QByteArray m_root; // local 8-bit, no trailing slash
    QByteArray m_pathBuffer;
};

} // namespace oomlens
