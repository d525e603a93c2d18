// Timestamps of framed lines and the journal's JSON export. Parsed only for lines that end up in
// a report, never on the hot path.
#include "LineFramer.h"
#include "LocaleTimeNames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace oomlens::kernlog {

std::optional<double> parseUptime(string_view text) {
    size_t used = 0;
    auto whole = parseU64(text, &used);
    if (!whole) return std::nullopt;
    double v = double(*whole);
    if (used < text.size() && text[used] == '.') {
        double scale = 0.1;
        for (size_t i = used + 1; i < text.size() && isDigit(text[i]); ++i, scale /= 10)
            v += (text[i] - '0') * scale;
    }
    return v;
}

namespace {

int monthNumber(string_view tok) {
    static constexpr string_view months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (tok.size() == 3) // exactly: Manx "Mayrnt" is March, not May
        for (int i = 0; i < 12; ++i)
            if (tok == months[i]) return i + 1;
    // Localised dmesg -T ("9月", "4월"): the leading digits are the month.
    size_t used = 0;
    auto n = parseU64(tok, &used);
    if (n) return (*n >= 1 && *n <= 12) ? int(*n) : 0;
    return localisedMonth(tok); // "janv.", "апр", "Okt", "mag" (LocaleTimeNames.h)
}

// "hh:mm:ss[.frac]" -> QTime
std::optional<QTime> parseClock(string_view s, size_t *used) {
    if (s.size() < 8 || s[2] != ':' || s[5] != ':') return std::nullopt;
    auto h = toU64(s.substr(0, 2)), m = toU64(s.substr(3, 2)), sec = toU64(s.substr(6, 2));
    if (!h || !m || !sec) return std::nullopt;
    size_t i = 8;
    int ms = 0;
    if (i < s.size() && s[i] == '.') {
        ++i;
        int digits = 0;
        while (i < s.size() && isDigit(s[i])) {
            if (digits < 3) ms = ms * 10 + (s[i] - '0');
            ++digits;
            ++i;
        }
        for (; digits < 3; ++digits)
            ms *= 10;
    }
    *used = i;
    QTime t(int(*h), int(*m), int(*sec), ms);
    return t.isValid() ? std::optional<QTime>(t) : std::nullopt;
}

} // namespace

std::optional<QDateTime> parseWallClock(string_view text, WallStyle style, int fallbackYear,
                                        bool *yearGuessed) {
    if (yearGuessed) *yearGuessed = false;
    switch (style) {
    case WallStyle::None:
        return std::nullopt;
    case WallStyle::Journal: {
        auto us = toU64(text);
        if (!us) return std::nullopt;
        return QDateTime::fromMSecsSinceEpoch(qint64(*us / 1000), QTimeZone(0));
    }
    case WallStyle::Iso: {
        if (text.size() < 19) return std::nullopt;
        auto y = toU64(text.substr(0, 4)), mo = toU64(text.substr(5, 2)), d = toU64(text.substr(8, 2));
        size_t used = 0;
        auto t = parseClock(text.substr(11), &used);
        if (!y || !mo || !d || !t) return std::nullopt;
        const QDate date{int(*y), int(*mo), int(*d)};
        string_view zone = text.substr(11 + used);
        int offsetSecs = 0;
        if (!zone.empty() && (zone[0] == '+' || zone[0] == '-')) {
            const int sign = zone[0] == '-' ? -1 : 1;
            string_view z = zone.substr(1);
            auto zh = toU64(z.substr(0, 2));
            auto zm = z.size() >= 5 && z[2] == ':' ? toU64(z.substr(3, 2)) : toU64(z.substr(2, 2));
            if (zh && zm) offsetSecs = sign * int(*zh * 3600 + *zm * 60);
        }
        if (!date.isValid()) return std::nullopt;
        return QDateTime(date, *t, QTimeZone(offsetSecs));
    }
    case WallStyle::Syslog: {
        // "Sep  5 11:05:35[.123456]": no year, no zone (local time of the logging host).
        string_view rest = text;
        const int month = monthNumber(nextToken(rest));
        auto day = toU64(nextToken(rest));
        string_view clock = nextToken(rest);
        size_t used = 0;
        auto t = parseClock(clock, &used);
        if (!month || !day || !t) return std::nullopt;
        if (yearGuessed) *yearGuessed = true;
        const QDate date{fallbackYear, month, int(*day)};
        return date.isValid() ? std::optional<QDateTime>(QDateTime(date, *t)) : std::nullopt;
    }
    case WallStyle::DmesgT: {
        // "Sat Sep 11 12:24:42 2021", "ven. nov. 28 07:26:44 2025", "二 9月  3 05:57:48 2024": weekday,
        // month, day, clock, year; some locales and tools put the day before the month.
        string_view rest = text;
        string_view toks[6];
        int n = 0;
        while (n < 6) {
            string_view tok = nextToken(rest);
            if (tok.empty()) break;
            toks[n++] = tok;
        }
        if (n < 4) return std::nullopt;
        auto year = toU64(toks[n - 1]);
        size_t used = 0;
        auto t = parseClock(toks[n - 2], &used);
        auto day = toU64(toks[n - 3]);
        int month = monthNumber(toks[n - 4]);
        if (!day || !month) { // "ven. 28 nov. 07:26:44 2025"
            day = toU64(toks[n - 4]);
            month = monthNumber(toks[n - 3]);
        }
        if (!year || !t || !day || !month) return std::nullopt;
        const QDate date{int(*year), month, int(*day)};
        return date.isValid() ? std::optional<QDateTime>(QDateTime(date, *t)) : std::nullopt;
    }
    }
    return std::nullopt;
}

// journalctl -o json: one object per line. MESSAGE is a string, or an array of bytes when the
// text was not valid UTF-8. Multi-line kernel records keep their '\n' (the caller splits them).
bool LineFramer::frameJson(string_view raw, FramedLine &out) {
    QJsonParseError err;
    const auto doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(raw.data(), qsizetype(raw.size())), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) return false;
    const QJsonObject o = doc.object();
    const QJsonValue msg = o.value(QLatin1String("MESSAGE"));
    if (msg.isString()) {
        m_jsonMessage = msg.toString().toUtf8();
    } else if (msg.isArray()) {
        m_jsonMessage.clear();
        for (const auto &b : msg.toArray())
            m_jsonMessage.append(char(b.toInt()));
    } else {
        return false;
    }
    m_jsonHost = o.value(QLatin1String("_HOSTNAME")).toString().toUtf8();
    m_jsonTime = o.value(QLatin1String("__REALTIME_TIMESTAMP")).toString().toUtf8();
    QString mono = o.value(QLatin1String("_SOURCE_MONOTONIC_TIMESTAMP")).toString();
    const QString transport = o.value(QLatin1String("_TRANSPORT")).toString();
    const QString ident = o.value(QLatin1String("SYSLOG_IDENTIFIER")).toString();
    out.kernel = transport == QLatin1String("kernel") || ident == QLatin1String("kernel");
    if (mono.isEmpty() && transport == QLatin1String("kernel"))
        mono = o.value(QLatin1String("__MONOTONIC_TIMESTAMP")).toString();
    m_jsonUptime.clear();
    if (bool ok = false; !mono.isEmpty()) {
        const qulonglong us = mono.toULongLong(&ok);
        if (ok) m_jsonUptime = QByteArray::number(double(us) / 1e6, 'f', 6);
    }
    out.message = trimmed(string_view(m_jsonMessage.constData(), size_t(m_jsonMessage.size())));
    out.host = string_view(m_jsonHost.constData(), size_t(m_jsonHost.size()));
    out.wallText = string_view(m_jsonTime.constData(), size_t(m_jsonTime.size()));
    out.wallStyle = out.wallText.empty() ? WallStyle::None : WallStyle::Journal;
    out.uptimeText = string_view(m_jsonUptime.constData(), size_t(m_jsonUptime.size()));
    out.prefixed = true;
    out.multiline = out.message.find('\n') != string_view::npos;
    m_lastHost.assign(out.host.data(), out.host.size());
    return true;
}

} // namespace oomlens::kernlog
