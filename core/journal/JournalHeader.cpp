#include "JournalHeader.h"

#include <QFile>

#include <cstring>

namespace oomlens::journal {

namespace {

std::uint32_t le32(const char *p) {
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(p[i]);
    return v;
}

std::uint64_t le64(const char *p) {
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(p[i]);
    return v;
}

// Names of the incompatible flags (JOURNAL_FILE_FORMAT.md), for the message.
QString flagNames(std::uint32_t flags) {
    static const struct {
        std::uint32_t bit;
        const char *name;
    } known[] = {{1, "xz"}, {2, "lz4"}, {4, "keyed-hash"}, {8, "zstd"}, {16, "compact"}};
    QStringList names;
    for (const auto &k : known)
        if (flags & k.bit) names << QLatin1String(k.name);
    for (int bit = 0; bit < 32; ++bit)
        if ((flags & (1u << bit)) && !(KnownIncompatibleFlags & (1u << bit)))
            names << QStringLiteral("0x%1").arg(1u << bit, 0, 16);
    return names.join(QLatin1Char(','));
}

constexpr std::uint64_t MinHeaderBytes = 104; // through arena_size (the 208-byte v187 header grew later)

} // namespace

std::optional<JournalHeaderInfo> parseJournalHeader(const char *data, std::uint64_t size, QString *reason) {
    if (size < 8 || memcmp(data, JournalMagic, 8) != 0) {
        if (reason) *reason = QStringLiteral("not a systemd journal file (no LPKSHHRH signature)");
        return std::nullopt;
    }
    if (size < MinHeaderBytes) {
        if (reason)
            *reason = QStringLiteral("journal file is truncated (%1 bytes, the header alone needs %2)")
                          .arg(size)
                          .arg(MinHeaderBytes);
        return std::nullopt;
    }
    JournalHeaderInfo h;
    h.compatibleFlags = le32(data + 8);
    h.incompatibleFlags = le32(data + 12);
    h.state = static_cast<unsigned char>(data[16]);
    h.headerSize = le64(data + 88);
    h.arenaSize = le64(data + 96);
    return h;
}

QString journalHeaderProblem(const JournalHeaderInfo &header, std::uint64_t fileSize) {
    if (const std::uint32_t unknown = header.incompatibleFlags & ~KnownIncompatibleFlags)
        return QStringLiteral("journal file uses an unsupported feature (incompatible flags %1; this build "
                              "reads %2): written by a newer systemd; on its host run "
                              "'journalctl -o export' and open that text instead")
            .arg(flagNames(header.incompatibleFlags), flagNames(KnownIncompatibleFlags));
    if (header.headerSize < MinHeaderBytes)
        return QStringLiteral("journal file header is damaged (header size %1)").arg(header.headerSize);
    if (header.headerSize + header.arenaSize > fileSize)
        return QStringLiteral("journal file is truncated: %1 bytes on disk, its header says %2 "
                              "(copied while journald wrote it? run 'journalctl --rotate' first)")
            .arg(fileSize)
            .arg(header.headerSize + header.arenaSize);
    return {};
}

QString checkJournalFile(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return f.errorString();
    const QByteArray head = f.read(256);
    QString reason;
    const auto h = parseJournalHeader(head.constData(), std::uint64_t(head.size()), &reason);
    if (!h) return reason;
    return journalHeaderProblem(*h, std::uint64_t(f.size()));
}

bool hasJournalMagic(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return false;
    return f.read(8) == QByteArrayView(JournalMagic, 8);
}

} // namespace oomlens::journal
