// SPDX-License-Identifier: GPL-2.0-or-later
// ByteCodec: the few primitives of the recording format (docs/recording-format.md): LEB128
// varints, zigzag for signed deltas, length-prefixed byte strings, little-endian fixed fields.
//
// ByteReader never reads past its end: a short or malformed input sets failed() and every later
// read returns 0 / empty, so a decoder checks once at the end instead of after every field.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>

namespace oomlens::rec {

inline std::uint64_t zigzag(std::int64_t v) {
    return (std::uint64_t(v) << 1) ^ std::uint64_t(v >> 63);
}
inline std::int64_t unzigzag(std::uint64_t v) {
    return std::int64_t(v >> 1) ^ -std::int64_t(v & 1);
}

class ByteWriter {
public:
    explicit ByteWriter(QByteArray &out)
        : m_out(out) {}
    void u8(std::uint8_t v) { m_out.append(char(v)); }
    void varint(std::uint64_t v) {
        while (v >= 0x80) {
            m_out.append(char(v | 0x80));
            v >>= 7;
        }
        m_out.append(char(v));
    }
    void svarint(std::int64_t v) { varint(zigzag(v)); }
    void bytes(QByteArrayView b) {
        varint(std::uint64_t(b.size()));
        m_out.append(b.data(), b.size());
    }
    void fixed32(std::uint32_t v) {
        for (int i = 0; i < 4; ++i)
            m_out.append(char((v >> (8 * i)) & 0xff));
    }
    void fixed64(std::uint64_t v) {
        for (int i = 0; i < 8; ++i)
            m_out.append(char((v >> (8 * i)) & 0xff));
    }

private:
    QByteArray &m_out;
};

class ByteReader {
public:
    explicit ByteReader(QByteArrayView in)
        : m_in(in) {}
    bool atEnd() const { return m_pos >= m_in.size(); }
    bool failed() const { return m_failed; }
    qsizetype position() const { return m_pos; }
    std::uint8_t u8() {
        if (m_pos >= m_in.size()) return fail(), 0;
        return std::uint8_t(m_in[m_pos++]);
    }
    std::uint64_t varint() {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_pos >= m_in.size()) return fail(), 0;
            const auto b = std::uint8_t(m_in[m_pos++]);
            v |= std::uint64_t(b & 0x7f) << shift;
            if (!(b & 0x80)) return v;
        }
        return fail(), 0;
    }
    std::int64_t svarint() { return unzigzag(varint()); }
    QByteArrayView bytes() {
        const std::uint64_t n = varint();
        if (m_failed || n > std::uint64_t(m_in.size() - m_pos)) return fail(), QByteArrayView();
        const QByteArrayView v = m_in.sliced(m_pos, qsizetype(n));
        m_pos += qsizetype(n);
        return v;
    }
    std::uint32_t fixed32() {
        if (m_in.size() - m_pos < 4) return fail(), 0;
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i)
            v |= std::uint32_t(std::uint8_t(m_in[m_pos++])) << (8 * i);
        return v;
    }
    std::uint64_t fixed64() {
        if (m_in.size() - m_pos < 8) return fail(), 0;
        std::uint64_t v = 0;
        for (int i = 0; i < 8; ++i)
            v |= std::uint64_t(std::uint8_t(m_in[m_pos++])) << (8 * i);
        return v;
    }

private:
    void fail() {
        m_failed = true;
        m_pos = m_in.size();
    }
    QByteArrayView m_in;
    qsizetype m_pos = 0;
    bool m_failed = false;
};

} // namespace oomlens::rec
