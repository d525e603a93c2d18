#include "CaptureSink.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

namespace oomlens {

namespace {

class DirectorySink final : public CaptureSink {
public:
    explicit DirectorySink(QString root)
        : m_root(std::move(root)) {}
    bool add(QByteArrayView path, QByteArrayView data) override {
        const QString file = m_root + QString::fromLocal8Bit(path);
        const QString dir = QFileInfo(file).path();
        if (dir != m_lastDir) {
            if (!QDir().mkpath(dir)) {
                m_error = QStringLiteral("%1: cannot create directory").arg(dir);
                return false;
            }
            m_lastDir = dir;
        }
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            f.write(data.data(), data.size()) != data.size()) {
            m_error = QStringLiteral("%1: %2").arg(file, f.errorString());
            return false;
        }
        return true;
    }
    bool finish() override { return true; }

private:
    QString m_root;
    QString m_lastDir;
};

class ArchiveSink final : public CaptureSink {
public:
    ArchiveSink(QString output, QDateTime time)
        : m_output(std::move(output))
        , m_partial(m_output + QStringLiteral(".part"))
        , m_time(time) {}
    ~ArchiveSink() override {
        if (m_archive) {
            archive_write_free(m_archive);
            QFile::remove(m_partial); // not finished: leave no half archive behind
        }
        archive_entry_free(m_entry);
    }

    bool open(Format format) {
        m_archive = archive_write_new();
        m_entry = archive_entry_new();
        // pax: no 100-byte name limit (cgroup paths get long), exact sizes.
        int r = archive_write_set_format_pax_restricted(m_archive);
        if (r == ARCHIVE_OK) {
            switch (format) {
            case Format::TarGz:
                r = archive_write_add_filter_gzip(m_archive);
                break;
            case Format::TarXz:
                r = archive_write_add_filter_xz(m_archive);
                break;
            case Format::TarZst:
                r = archive_write_add_filter_zstd(m_archive);
                break;
            default:
                break;
            }
        }
        if (r == ARCHIVE_OK)
            r = archive_write_open_filename(m_archive, QFile::encodeName(m_partial).constData());
        if (r != ARCHIVE_OK) {
            m_error = QStringLiteral("%1: %2").arg(m_output,
                                                   QString::fromLocal8Bit(archive_error_string(m_archive)));
            return false;
        }
        return true;
    }

    bool add(QByteArrayView path, QByteArrayView data) override {
        archive_entry_clear(m_entry);
        const QByteArray name = path.startsWith("/") ? path.sliced(1).toByteArray() : path.toByteArray();
        archive_entry_set_pathname(m_entry, name.constData());
        archive_entry_set_filetype(m_entry, AE_IFREG);
        archive_entry_set_perm(m_entry, 0644);
        archive_entry_set_size(m_entry, data.size());
        archive_entry_set_mtime(m_entry, m_time.toSecsSinceEpoch(), 0);
        if (archive_write_header(m_archive, m_entry) != ARCHIVE_OK ||
            (data.size() > 0 &&
             archive_write_data(m_archive, data.data(), size_t(data.size())) != data.size())) {
            m_error = QStringLiteral("%1: %2").arg(m_output,
                                                   QString::fromLocal8Bit(archive_error_string(m_archive)));
            return false;
        }
        return true;
    }

    bool finish() override {
        const bool ok = archive_write_close(m_archive) == ARCHIVE_OK;
        if (!ok)
            m_error = QStringLiteral("%1: %2").arg(m_output,
                                                   QString::fromLocal8Bit(archive_error_string(m_archive)));
        archive_write_free(m_archive);
        m_archive = nullptr;
        if (!ok) {
            QFile::remove(m_partial);
            return false;
        }
        QFile::remove(m_output);
        if (!QFile::rename(m_partial, m_output)) {
            m_error = QStringLiteral("%1: cannot rename from %2").arg(m_output, m_partial);
            QFile::remove(m_partial);
            return false;
        }
        return true;
    }

private:
    QString m_output, m_partial;
    QDateTime m_time;
    archive *m_archive = nullptr;
    archive_entry *m_entry = nullptr;
};

} // namespace

CaptureSink::Format CaptureSink::formatFor(const QString &output) {
    if (output.endsWith(QLatin1String(".tar.zst"))) return Format::TarZst;
    if (output.endsWith(QLatin1String(".tar.xz"))) return Format::TarXz;
    if (output.endsWith(QLatin1String(".tar.gz")) || output.endsWith(QLatin1String(".tgz")))
        return Format::TarGz;
    if (output.endsWith(QLatin1String(".tar"))) return Format::Tar;
    return Format::Directory;
}

std::unique_ptr<CaptureSink> CaptureSink::create(const QString &output, const QDateTime &time,
                                                 QString *error) {
    const Format format = formatFor(output);
    if (format == Format::Directory) {
        QDir dir(output);
        if (dir.exists() && !dir.isEmpty()) {
            *error = QStringLiteral("%1: directory exists and is not empty").arg(output);
            return nullptr;
        }
        if (!QDir().mkpath(output)) {
            *error = QStringLiteral("%1: cannot create directory").arg(output);
            return nullptr;
        }
        return std::make_unique<DirectorySink>(dir.absolutePath());
    }
    auto sink = std::make_unique<ArchiveSink>(output, time);
    if (!sink->open(format)) {
        *error = sink->errorString();
        return nullptr;
    }
    return sink;
}

} // namespace oomlens
