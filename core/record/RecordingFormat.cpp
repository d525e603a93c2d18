// SPDX-License-Identifier: GPL-2.0-or-later
#include "RecordingFormat.h"

#include "ByteCodec.h"

#include <zlib.h>
#include <zstd.h>

#include <cstring>

namespace oomlens::rec {

std::uint32_t crc32Of(const char *data, qsizetype size) {
    uLong crc = crc32(0L, Z_NULL, 0);
    while (size > 0) {
        const uInt n = uInt(std::min<qsizetype>(size, 1 << 30));
        crc = crc32(crc, reinterpret_cast<const Bytef *>(data), n);
        data += n;
        size -= n;
    }
    return std::uint32_t(crc);
}

QByteArray fileHeader() {
    QByteArray h(kFileMagic, sizeof kFileMagic);
    ByteWriter w(h);
    w.fixed32(kFormatVersion);
    w.fixed32(crc32Of(h.constData(), h.size()));
    return h;
}

bool isFileHeader(const QByteArray &bytes) {
    return bytes.size() >= kFileHeaderSize && bytes.left(kFileHeaderSize) == fileHeader();
}

QByteArray encodeChunkHeader(const ChunkHeader &h) {
    QByteArray out(kChunkMagic, sizeof kChunkMagic);
    ByteWriter w(out);
    w.fixed32(h.compressedBytes);
    w.fixed32(h.rawBytes);
    w.fixed32(h.samples);
    w.fixed64(std::uint64_t(h.firstMs));
    w.fixed64(std::uint64_t(h.lastMs));
    w.fixed32(h.kills);
    w.fixed32(h.payloadCrc);
    w.fixed32(crc32Of(out.constData(), out.size()));
    return out;
}

std::optional<ChunkHeader> decodeChunkHeader(const char *data) {
    if (std::memcmp(data, kChunkMagic, sizeof kChunkMagic) != 0) return std::nullopt;
    ByteReader r(QByteArrayView(data, kChunkHeaderSize));
    r.fixed32(); // magic
    ChunkHeader h;
    h.compressedBytes = r.fixed32();
    h.rawBytes = r.fixed32();
    h.samples = r.fixed32();
    h.firstMs = qint64(r.fixed64());
    h.lastMs = qint64(r.fixed64());
    h.kills = r.fixed32();
    h.payloadCrc = r.fixed32();
    const std::uint32_t crc = r.fixed32();
    if (r.failed() || crc != crc32Of(data, kChunkHeaderSize - 4)) return std::nullopt;
    return h;
}

QByteArray zstdCompress(const QByteArray &raw, int level, QString *error) {
    QByteArray out(qsizetype(ZSTD_compressBound(std::size_t(raw.size()))), Qt::Uninitialized);
    ZSTD_CCtx *cctx = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_compressionLevel, level);
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_checksumFlag, 1);
    const std::size_t n =
        ZSTD_compress2(cctx, out.data(), std::size_t(out.size()), raw.constData(), std::size_t(raw.size()));
    ZSTD_freeCCtx(cctx);
    if (ZSTD_isError(n)) {
        if (error) *error = QStringLiteral("zstd: %1").arg(QString::fromLatin1(ZSTD_getErrorName(n)));
        return {};
    }
    out.truncate(qsizetype(n));
    return out;
}

std::optional<QByteArray> zstdDecompress(const QByteArray &frame, std::size_t expectedSize, QString *error) {
    QByteArray out(qsizetype(expectedSize), Qt::Uninitialized);
    const std::size_t n =
        ZSTD_decompress(out.data(), expectedSize, frame.constData(), std::size_t(frame.size()));
    if (ZSTD_isError(n)) {
        if (error) *error = QStringLiteral("zstd: %1").arg(QString::fromLatin1(ZSTD_getErrorName(n)));
        return std::nullopt;
    }
    if (n != expectedSize) {
        if (error) *error = QStringLiteral("decompressed %1 bytes, header says %2").arg(n).arg(expectedSize);
        return std::nullopt;
    }
    return out;
}

QString segmentName(qint64 firstMs) {
    return QStringLiteral("seg-%1.oomrec").arg(firstMs, 13, 10, QLatin1Char('0'));
}

} // namespace oomlens::rec
