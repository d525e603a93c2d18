// The streaming JSON writer (core/model/JsonWriter) driven by arbitrary bytes: nested objects
// and arrays, keys and strings from raw bytes (UTF-8, invalid UTF-8, UTF-16 with lone
// surrogates, control characters), integers at both ends of their range, doubles from raw bits
// (NaN, infinities, subnormals), booleans, nulls and inline arrays.
// Oracle: the text parses with QJsonDocument, the parsed document holds what was written (every
// valid string, integer and finite double back exactly), and the streamed form is the same text.
#include "FuzzCheck.h"

#include "model/JsonWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdint>
#include <cstring>

using namespace oomlens;

namespace {

class Input {
public:
    Input(const std::uint8_t *data, std::size_t size)
        : m_p(data)
        , m_end(data + size) {}
    bool atEnd() const { return m_p >= m_end; }
    std::uint8_t byte() { return atEnd() ? 0 : *m_p++; }
    template <typename T> T raw() {
        T v{};
        const std::size_t n = std::min(sizeof v, std::size_t(m_end - m_p));
        memcpy(&v, m_p, n);
        m_p += n;
        return v;
    }
    QByteArray bytes() {
        const std::size_t n = std::min<std::size_t>(byte(), std::size_t(m_end - m_p));
        QByteArray out(reinterpret_cast<const char *>(m_p), qsizetype(n));
        m_p += n;
        return out;
    }

private:
    const std::uint8_t *m_p, *m_end;
};

// A string the input chooses: UTF-8 (maybe invalid) or raw UTF-16 (maybe lone surrogates).
QString text(Input &in) {
    const QByteArray b = in.bytes();
    if (in.byte() & 1) return QString::fromUtf8(b);
    return QString(reinterpret_cast<const QChar *>(b.constData()), b.size() / 2);
}

// What QJsonDocument gives back for a string written: invalid UTF-16 comes back as its UTF-8
// conversion (U+FFFD for a lone surrogate), which is what the writer emits.
QString expected(const QString &s) {
    return QString::fromUtf8(s.toUtf8());
}

// Writes one value and returns what it should parse back as.
QJsonValue writeValue(JsonWriter &w, Input &in, int depth);

QJsonValue writeContainer(JsonWriter &w, Input &in, int depth, bool object) {
    const int n = in.byte() % 8;
    if (object) {
        w.beginObject();
        QJsonObject o;
        for (int i = 0; i < n && !in.atEnd(); ++i) {
            const QString key = text(in);
            if (o.contains(expected(key))) continue; // JSON leaves repeated keys to the reader
            w.key(key);
            o.insert(expected(key), writeValue(w, in, depth + 1));
        }
        w.endObject();
        return o;
    }
    w.beginArray();
    QJsonArray a;
    for (int i = 0; i < n && !in.atEnd(); ++i)
        a.append(writeValue(w, in, depth + 1));
    w.endArray();
    return a;
}

QJsonValue writeValue(JsonWriter &w, Input &in, int depth) {
    switch (in.byte() % 10) {
    case 0:
        if (depth < 12) return writeContainer(w, in, depth, true);
        [[fallthrough]];
    case 1:
        if (depth < 12) return writeContainer(w, in, depth, false);
        w.null();
        return QJsonValue::Null;
    case 2: {
        const QString s = text(in);
        w.value(s);
        return expected(s);
    }
    case 3: {
        const auto v = in.raw<std::int64_t>();
        w.value(v);
        return QJsonValue(qint64(v));
    }
    case 4: {
        const auto v = in.raw<std::uint64_t>();
        w.value(v);
        // Above 2^53 the parser gives a double: compare as one then.
        return v <= (quint64(1) << 53) ? QJsonValue(qint64(v)) : QJsonValue(double(v));
    }
    case 5: {
        const auto v = in.raw<double>();
        w.value(v);
        return std::isfinite(v) ? QJsonValue(v)
                                : QJsonValue(QJsonValue::Null); // documented: non-finite is null
    }
    case 6: {
        const bool b = in.byte() & 1;
        w.value(b);
        return b;
    }
    case 7: {
        QList<qint64> list;
        QJsonArray a;
        for (int i = in.byte() % 6; i > 0; --i) {
            list.append(in.raw<qint64>());
            a.append(list.last());
        }
        w.array(list);
        return a;
    }
    case 8: {
        std::optional<int> v;
        if (in.byte() & 1) v = in.raw<int>();
        w.value(v);
        return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
    }
    default:
        w.null();
        return QJsonValue::Null;
    }
}

// Equal as JSON: numbers by value as doubles (the writer prints 5.0 as "5", and QJsonDocument
// reads an integer beyond 2^53 as the nearest double).
bool sameJson(const QJsonValue &a, const QJsonValue &b) {
    if (a.isDouble() && b.isDouble()) return a.toDouble() == b.toDouble();
    if (a.type() != b.type()) return false;
    if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size()) return false;
        for (qsizetype i = 0; i < x.size(); ++i)
            if (!sameJson(x.at(i), y.at(i))) return false;
        return true;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.keys() != y.keys()) return false;
        for (auto it = x.begin(); it != x.end(); ++it)
            if (!sameJson(it.value(), y.value(it.key()))) return false;
        return true;
    }
    return a == b;
}

// The whole document: always an object or an array at the top, as every caller writes.
QJsonValue writeDocument(JsonWriter &w, Input in) {
    return writeContainer(w, in, 0, in.byte() & 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    JsonWriter w(qsizetype(256));
    const QJsonValue want = writeDocument(w, Input(data, size));
    const QByteArray json = w.take();

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        fprintf(stderr, "%s at offset %d of:\n%s\n", qPrintable(error.errorString()), error.offset,
                json.constData());
        fuzzcheck::fail("json", "the writer's output does not parse");
    }
    const QJsonValue got = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    if (!sameJson(got, want)) {
        fprintf(
            stderr, "written:\n%s\nexpected:\n%s\n", json.constData(),
            QJsonDocument(want.isObject() ? QJsonDocument(want.toObject()) : QJsonDocument(want.toArray()))
                .toJson()
                .constData());
        fuzzcheck::fail("json", "the parsed document differs from what was written");
    }

    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    JsonWriter streamed(&sink);
    writeDocument(streamed, Input(data, size));
    fuzzcheck::check(streamed.finish(), "json", "streaming failed");
    fuzzcheck::check(sink.data() == json, "json", "streamed text differs from the text built in memory");
    return 0;
}
