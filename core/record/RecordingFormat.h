// SPDX-License-Identifier: GPL-2.0-or-later
// RecordingFormat: the on-disk framing of a recording (docs/recording-format.md).
//
// A recording is a directory of append-only segment files "seg-<first ms since epoch>.oomrec".
// Each segment: a 16-byte file header, then chunks. Each chunk: a 44-byte header (with its own
// CRC-32) followed by one zstd frame (CRC-32 of the compressed bytes in the header). A chunk is
// self-contained: it starts with a keyframe, so any chunk decodes without the others.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace oomlens::rec {

constexpr char kFileMagic[8] = {'O', 'O', 'M', 'L', 'R', 'E', 'C', '\0'};
constexpr std::uint32_t kFormatVersion = 1;
constexpr int kFileHeaderSize = 16;
constexpr char kChunkMagic[4] = {'O', 'L', 'C', 'K'};
constexpr int kChunkHeaderSize = 44;
// A chunk larger than this is corruption, not data (a 60 s chunk of a 2,000-process host
// decompresses to well under 4 MiB).
constexpr std::uint32_t kMaxChunkBytes = 256u * 1024 * 1024;

// Record types inside a decompressed chunk: u8 type, varint length, body.
enum RecordType : std::uint8_t { RecMeta = 'M', RecSample = 'S', RecEvent = 'E' };
// Sample flags.
enum SampleFlag : std::uint8_t { HasProcesses = 1, FreshProcesses = 2, HasCmdlines = 4 };

struct ChunkHeader {
    std::uint32_t compressedBytes = 0;
    std::uint32_t rawBytes = 0;
    std::uint32_t samples = 0;
    qint64 firstMs = 0;
    qint64 lastMs = 0;
    std::uint32_t kills = 0; // kill events in this chunk (the kill index needs no decompression)
    std::uint32_t payloadCrc = 0;
};

std::uint32_t crc32Of(const char *data, qsizetype size);
QByteArray fileHeader();
bool isFileHeader(const QByteArray &bytes);
QByteArray encodeChunkHeader(const ChunkHeader &h);
// nullopt when the magic or the header CRC does not match.
std::optional<ChunkHeader> decodeChunkHeader(const char *data);

QByteArray zstdCompress(const QByteArray &raw, int level, QString *error);
std::optional<QByteArray> zstdDecompress(const QByteArray &frame, std::size_t expectedSize, QString *error);

QString segmentName(qint64 firstMs);

} // namespace oomlens::rec
