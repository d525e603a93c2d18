// Small, allocation-free helpers for the line-and-token formats of procfs and sysfs.
#pragma once

#include <QByteArrayView>
#include <QString>

#include <charconv>
#include <optional>

namespace oomlens::scan {

// Iterates over the lines of `text` ('\n'-separated; the last line may lack its newline, as in
// hand-made fixtures). `number` is 1-based.
class Lines {
public:
    explicit Lines(QByteArrayView text)
        : m_text(text) {}
    bool next(QByteArrayView &line) {
        if (m_pos >= m_text.size()) return false;
        qsizetype end = m_text.indexOf('\n', m_pos);
        if (end < 0) end = m_text.size();
        line = m_text.sliced(m_pos, end - m_pos);
        m_pos = end + 1;
        ++m_number;
        return true;
    }
    int number() const { return m_number; }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
    int m_number = 0;
};

inline bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

inline QByteArrayView trimmed(QByteArrayView v) {
    while (!v.isEmpty() && isSpace(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && isSpace(v.back()))
        v.chop(1);
    return v;
}

// Iterates over whitespace-separated tokens.
class Tokens {
public:
    explicit Tokens(QByteArrayView text)
        : m_text(text) {}
    bool next(QByteArrayView &token) {
        while (m_pos < m_text.size() && isSpace(m_text[m_pos]))
            ++m_pos;
        if (m_pos >= m_text.size()) return false;
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !isSpace(m_text[m_pos]))
            ++m_pos;
        token = m_text.sliced(start, m_pos - start);
        return true;
    }
    QByteArrayView rest() const { return m_pos < m_text.size() ? m_text.sliced(m_pos) : QByteArrayView(); }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

// Whole-token integer parsing (no sign for unsigned, no trailing garbage).
template <typename T> std::optional<T> toInt(QByteArrayView v) {
    T value{};
    if (v.isEmpty()) return std::nullopt;
    const char *first = v.data();
    if constexpr (std::is_signed_v<T>) {
        if (*first == '+') ++first;
    }
    const auto [ptr, ec] = std::from_chars(first, v.data() + v.size(), value);
    if (ec != std::errc() || ptr != v.data() + v.size()) return std::nullopt;
    return value;
}
inline std::optional<quint64> toU64(QByteArrayView v) {
    return toInt<quint64>(v);
}
inline std::optional<qint64> toI64(QByteArrayView v) {
    return toInt<qint64>(v);
}

// A decimal like "12.34" (PSI averages), locale-independent.
std::optional<double> toDouble(QByteArrayView v);

inline QString latin1(QByteArrayView v) {
    return QString::fromLatin1(v.data(), v.size());
}
inline QString utf8(QByteArrayView v) {
    return QString::fromUtf8(v.data(), v.size());
}
// A token quoted for an error message: 'abc' (shortened when long).
QString quoted(QByteArrayView v);

// Splits "key value" lines into (key, value-token). Returns false when the line has fewer than two
// tokens.
bool keyValue(QByteArrayView line, QByteArrayView &key, QByteArrayView &value);

} // namespace oomlens::scan
