#include "JsonWriter.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace oomlens {

void JsonWriter::separator() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_first.isEmpty()) return;
    if (!m_first.last()) m_out.append(',');
    m_first.last() = false;
    newline(m_first.size());
}

void JsonWriter::newline(qsizetype depth) {
    static constexpr char spaces[] = "                                                                ";
    m_out.append('\n');
    m_out.append(spaces, std::min<qsizetype>(depth * 2, sizeof spaces - 1));
}

JsonWriter &JsonWriter::open(char c) {
    separator();
    m_out.append(c);
    m_first.append(true);
    return *this;
}

JsonWriter &JsonWriter::close(char c) {
    const bool empty = m_first.takeLast();
    if (!empty) newline(m_first.size());
    m_out.append(c);
    if (m_first.isEmpty()) m_out.append('\n');
    return *this;
}

JsonWriter &JsonWriter::key(const char *name) {
    separator();
    m_out.append('"');
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

void JsonWriter::string(QStringView s) {
    static const char hex[] = "0123456789abcdef";
    m_out.append('"');
    const QByteArray utf8 = s.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
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
                m_out.append(ch);
            }
        }
    }
    m_out.append('"');
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
    m_out.append(buf, r.ptr - buf);
    return *this;
}

JsonWriter &JsonWriter::unsignedInteger(quint64 v) {
    separator();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    m_out.append(buf, r.ptr - buf);
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
    m_out.append(buf, r.ptr - buf);
    return *this;
}

JsonWriter &JsonWriter::null() {
    separator();
    m_out.append("null");
    return *this;
}

} // namespace oomlens
