// A small streaming JSON writer. QJsonObject builds a tree of QCborValues and sorts keys on
// every insert; for a 2,000-process snapshot that tree cost more CPU than reading /proc. This
// writes the text directly, in the order the caller gives (stable, documented order).
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>

#include <optional>
#include <string>
#include <type_traits>

namespace oomlens {

class JsonWriter {
public:
    explicit JsonWriter(qsizetype reserve = 1 << 16) { m_out.reserve(size_t(reserve)); }
    // Streams into `sink` in chunks of about 64 KiB instead of building the whole text: a
    // 2,000-process snapshot is ~1.3 MB, and fresh pages for it cost more than writing it.
    explicit JsonWriter(QIODevice *sink)
        : m_sink(sink) {
        m_out.reserve(ChunkSize + 4096);
    }

    JsonWriter &beginObject() { return open('{'); }
    JsonWriter &endObject() { return close('}'); }
    JsonWriter &beginArray() { return open('['); }
    JsonWriter &endArray() { return close(']'); }

    // The key of the next value inside an object.
    JsonWriter &key(const char *name);
    JsonWriter &key(const QString &name);

    JsonWriter &value(const QString &s);
    JsonWriter &value(const char *s) { return value(QString::fromUtf8(s)); }
    JsonWriter &value(bool b);
    // Every integer type (quint64, Bytes = std::uint64_t, int, uint, ...).
    template <typename T>
    requires(std::is_integral_v<T> && !std::is_same_v<T, bool>) JsonWriter &value(T v) {
        if constexpr (std::is_signed_v<T>)
            return integer(qint64(v));
        else
            return unsignedInteger(quint64(v));
    }
    JsonWriter &value(double v);
    JsonWriter &null();
    template <typename T> JsonWriter &value(const std::optional<T> &v) { return v ? value(*v) : null(); }
    // An array of scalars, on one line: [0, 1, 2].
    template <typename T> JsonWriter &array(const QList<T> &list) {
        beginArray();
        m_inline = true;
        for (const T &v : list)
            value(v);
        endArray();
        m_inline = false;
        return *this;
    }

    // key + value in one call.
    template <typename T> JsonWriter &field(const char *name, const T &v) {
        key(name);
        return value(v);
    }

    QByteArray take() const { return QByteArray(m_out.data(), qsizetype(m_out.size())); }
    // With a sink: writes what is left. False when the sink failed at any point.
    bool finish();

private:
    JsonWriter &integer(qint64 v);
    JsonWriter &unsignedInteger(quint64 v);
    JsonWriter &open(char c);
    JsonWriter &close(char c);
    void separator(); // the comma and newline+indent before a new element
    void flushIfFull();
    static constexpr size_t ChunkSize = 1 << 16;
    QIODevice *m_sink = nullptr;
    bool m_sinkFailed = false;
    void newline(qsizetype depth);
    void string(QStringView s);
    void escapedByte(unsigned char c);

    std::string m_out;   // std::string: append() of a char or a short run is inline and cheap
    QList<bool> m_first; // per open container: no element written yet
    bool m_afterKey = false;
    bool m_inline = false; // inside array(): ", " between elements, no line breaks
};

} // namespace oomlens
