#include "JsonWriter.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace oomlens {

void JsonWriter::flushIfFull() {
    if (!m_sink || m_out.size() < ChunkSize) return;
    if (m_sink->write(m_out.data(), qint64(m_out.size())) != qint64(m_out.size())) m_sinkFailed = true;
    m_out.clear(); // keeps the capacity: the same pages are reused for every chunk
}

bool JsonWriter::finish() {
    if (m_sink && !m_out.empty()) {
        if (m_sink->write(m_out.data(), qint64(m_out.size())) != qint64(m_out.size())) m_sinkFailed = true;
        m_out.clear();
    }
    return !m_sinkFailed;
}

void JsonWriter::separator() {
    flushIfFull();
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_first.isEmpty()) return;
    if (m_inline) {
        if (!m_first.last()) m_out.append(", ");
        m_first.last() = false;
        return;
    }
    if (!m_first.last()) m_out.push_back(',');
    m_first.last() = false;
    newline(m_first.size());
}

void JsonWriter::newline(qsizetype depth) {
    static constexpr char spaces[] = "                                                                ";
    m_out.push_back('\n');
    m_out.append(spaces, size_t(std::min<qsizetype>(depth * 2, sizeof spaces - 1)));
}

JsonWriter &JsonWriter::open(char c) {
    separator();
    m_out.push_back(c);
    m_first.append(true);
    return *this;
}

JsonWriter &JsonWriter::close(char c) {
    const bool empty = m_first.takeLast();
    if (!empty && !m_inline) newline(m_first.size());
    m_out.push_back(c);
    if (m_first.isEmpty()) m_out.push_back('\n');
    return *this;
}

JsonWriter &JsonWriter::key(const char *name) {
    separator();
    m_out.push_back('"');
    m_out.append(name); // our own keys: plain ASCII, nothing to escape
    m_out.append("\": ");
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::key(const QString &name) {
    separator();
    string(name);
    m_out.append(": ");
    m_afterKey = true;
    return *this;
}

void JsonWriter::escapedByte(unsigned char c) {
    static const char hex[] = "0123456789abcdef";
    switch (c) {
    case '"':
        m_out.append("\\\"");
        break;
    case '\\':
        m_out.append("\\\\");
        break;
    case '\n':
        m_out.append("\\n");
        break;
    case '\t':
        m_out.append("\\t");
        break;
    case '\r':
        m_out.append("\\r");
        break;
    default:
        if (c < 0x20) {
            const char esc[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            m_out.append(esc, 6);
        } else {
            m_out.push_back(char(c));
        }
    }
}

void JsonWriter::string(QStringView s) {
    m_out.push_back('"');
    // Names, paths and numbers are ASCII nearly always: no UTF-8 conversion (and allocation) then.
    const bool ascii = std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii) {
        for (const QChar c : s)
            escapedByte(static_cast<unsigned char>(c.unicode()));
    } else {
        for (const char ch : s.toUtf8())
            escapedByte(static_cast<unsigned char>(ch));
    }
    m_out.push_back('"');
}

JsonWriter &JsonWriter::value(const QString &s) {
    separator();
    string(s);
    return *this;
}

JsonWriter &JsonWriter::value(bool b) {
    separator();
    m_out.append(b ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::integer(qint64 v) {
    separator();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    m_out.append(buf, size_t(r.ptr - buf));
    return *this;
}

JsonWriter &JsonWriter::unsignedInteger(quint64 v) {
    separator();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    m_out.append(buf, size_t(r.ptr - buf));
    return *this;
}

JsonWriter &JsonWriter::value(double v) {
    separator();
    if (!std::isfinite(v)) {
        m_out.append("null");
        return *this;
    }
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v); // shortest round-trip form
    m_out.append(buf, size_t(r.ptr - buf));
    return *this;
}

JsonWriter &JsonWriter::null() {
    separator();
    m_out.append("null");
    return *this;
}

} // namespace oomlens
