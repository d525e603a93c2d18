// Real journal files for tests: the test writes `journalctl -o export` streams and the real
// systemd-journal-remote (Debian package systemd-journal-remote) turns them into journal files,
// exactly as a central log host would receive them.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QtEndian>

namespace journaltest {

inline const QString JournalRemote = QStringLiteral("/lib/systemd/systemd-journal-remote");

struct Entry {
    QByteArray fields; // "KEY=value\n" lines
    void add(const char *key, const QByteArray &value) { fields += QByteArray(key) + '=' + value + '\n'; }
};

inline QByteArray exportStream(const QList<Entry> &entries) {
    QByteArray out;
    for (const Entry &e : entries)
        out += e.fields + '\n';
    return out;
}

// The kernel entries journald would write for the bare dmesg lines "[ secs.usecs] msg" of `text`
// (other lines are left out): _SOURCE_MONOTONIC_TIMESTAMP is the printk time, the receive time a
// little later; the wall clock is `bootRealtimeUs` + the printk time. Also returns the kept lines
// as dmesg text, so a test can compare both forms.
inline QList<Entry> kernelEntries(const QByteArray &text, const QByteArray &host, const QByteArray &bootId,
                                  quint64 bootRealtimeUs, QByteArray *dmesgOut = nullptr) {
    static const QRegularExpression stamp(QStringLiteral("^\\[ *(\\d+)\\.(\\d{6})\\] (.*)$"));
    QList<Entry> entries;
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const auto m = stamp.match(line);
        if (!m.hasMatch() || m.captured(3).trimmed().isEmpty()) continue;
        const quint64 us = m.captured(1).toULongLong() * 1000000 + m.captured(2).toULongLong();
        Entry e;
        e.add("__REALTIME_TIMESTAMP", QByteArray::number(bootRealtimeUs + us + 150));
        e.add("__MONOTONIC_TIMESTAMP", QByteArray::number(us + 150));
        e.add("_BOOT_ID", bootId);
        e.add("_HOSTNAME", host);
        e.add("_TRANSPORT", "kernel");
        e.add("SYSLOG_IDENTIFIER", "kernel");
        e.add("PRIORITY", "4");
        e.add("_SOURCE_MONOTONIC_TIMESTAMP", QByteArray::number(us));
        e.add("MESSAGE", m.captured(3).trimmed().toUtf8());
        entries << e;
        if (dmesgOut) *dmesgOut += line.toUtf8() + '\n';
    }
    return entries;
}

// Runs systemd-journal-remote on `exportFile`, writing the journal file `out`. Empty = ok.
inline QString makeJournal(const QString &exportFile, const QString &out) {
    QProcess p;
    p.start(JournalRemote, {QStringLiteral("--split-mode=none"), QStringLiteral("-o"), out, exportFile});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("systemd-journal-remote failed: %1")
            .arg(QString::fromUtf8(p.readAllStandardError()));
    return {};
}

inline bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace journaltest

namespace journaltest {

// Published log excerpts (tests/data/killers) -> journal entries, as the journal held them before a
// viewer printed them: the prefix styles of the excerpts are read (classic syslog with or without
// host, RFC 3339 syslog, short-monotonic "[ secs] ident[pid]:", "Mmm dd hh:mm:ss: msg", nohang's
// file log "YYYY-MM-DD hh:mm:ss,ms: msg", "- msg" bullets, bare program output); a line starting
// with blanks continues the entry before it (one multi-line MESSAGE); bare lines take `ident` and
// the time of the next stamped line (the kernel's lines in the same excerpt). Month names are not
// read (excerpts are localised): every stamp is placed in January 2024, which keeps order and gaps.
inline QList<Entry> entriesFromExcerpt(const QByteArray &text, const QByteArray &ident) {
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?(?:[+-]\\d\\d:\\d\\d|Z)?) "
                       "(\\S+) ([^\\s\\[:]+)(?:\\[\\d+\\])?: (.*)$"));
    static const QRegularExpression mono(
        QStringLiteral("^\\[ *(\\d+)\\.(\\d+)\\] ([^\\s\\[:]+)(?:\\[\\d+\\])?: (.*)$"));
    static const QRegularExpression fileLog(
        QStringLiteral("^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d),(\\d+): (.*)$"));
    static const QRegularExpression bareStamp(
        QStringLiteral("^\\S+ +(\\d+) (\\d\\d):(\\d\\d):(\\d\\d): (.*)$"));
    static const QRegularExpression syslog(QStringLiteral(
        "^\\S+ +(\\d+) (\\d\\d):(\\d\\d):(\\d\\d) (?:(\\S+) )?([^\\s\\[:]+)(?:\\[\\d+\\])?: (.*)$"));
    struct Line {
        QByteArray host, ident, message;
        std::optional<quint64> us;
    };
    QList<Line> lines;
    const quint64 base = 1704067200000000ull; // 2024-01-01T00:00:00Z
    int n = 0;
    for (const QByteArray &raw : text.split('\n')) {
        QString s = QString::fromUtf8(raw);
        if (s.trimmed().isEmpty()) continue;
        ++n;
        if ((s.startsWith(QLatin1Char(' ')) || s.startsWith(QLatin1Char('\t'))) && !lines.isEmpty()) {
            lines.last().message += '\n' + s.toUtf8();
            continue;
        }
        Line l;
        l.ident = ident;
        if (s.startsWith(QLatin1String("- "))) s = s.mid(2);
        auto clock = [&](const QRegularExpressionMatch &m, int first) {
            return base +
                   quint64(m.captured(first).toInt() * 86400 + m.captured(first + 1).toInt() * 3600 +
                           m.captured(first + 2).toInt() * 60 + m.captured(first + 3).toInt()) *
                       1000000 +
                   quint64(n);
        };
        if (auto m = iso.match(s); m.hasMatch()) {
            l.us =
                quint64(QDateTime::fromString(m.captured(1), Qt::ISODateWithMs).toMSecsSinceEpoch()) * 1000 +
                quint64(n);
            l.host = m.captured(2).toUtf8();
            l.ident = m.captured(3).toUtf8();
            l.message = m.captured(4).toUtf8();
        } else if (auto m2 = mono.match(s); m2.hasMatch()) {
            l.us = base + m2.captured(1).toULongLong() * 1000000 + m2.captured(2).left(6).toULongLong();
            l.ident = m2.captured(3).toUtf8();
            l.message = m2.captured(4).toUtf8();
        } else if (auto m3 = fileLog.match(s); m3.hasMatch()) {
            l.us = quint64(QDateTime::fromString(m3.captured(1), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                               .toMSecsSinceEpoch() +
                           m3.captured(2).toInt()) *
                   1000;
            l.message = m3.captured(3).toUtf8();
        } else if (auto m4 = bareStamp.match(s); m4.hasMatch()) {
            l.us = clock(m4, 1);
            l.message = m4.captured(5).toUtf8();
        } else if (auto m5 = syslog.match(s); m5.hasMatch()) {
            l.us = clock(m5, 1);
            l.host = m5.captured(5).toUtf8();
            l.ident = m5.captured(6).toUtf8();
            l.message = m5.captured(7).toUtf8();
        } else {
            l.message = s.toUtf8();
        }
        lines << l;
    }
    // Bare lines: just before the next stamped line, else just after the previous one, on the same
    // host (one excerpt is one machine).
    for (int i = int(lines.size()) - 1; i >= 0; --i)
        if (!lines[i].us && i + 1 < lines.size() && lines[i + 1].us) {
            lines[i].us = *lines[i + 1].us - 1000;
            if (lines[i].host.isEmpty()) lines[i].host = lines[i + 1].host;
        }
    for (int i = 0; i < lines.size(); ++i)
        if (!lines[i].us) {
            lines[i].us = i > 0 ? *lines[i - 1].us + 1000 : base + quint64(i) * 1000;
            if (lines[i].host.isEmpty() && i > 0) lines[i].host = lines[i - 1].host;
        }
    QList<Entry> entries;
    for (const Line &l : std::as_const(lines)) {
        Entry e;
        e.add("__REALTIME_TIMESTAMP", QByteArray::number(*l.us));
        e.add("__MONOTONIC_TIMESTAMP", QByteArray::number(*l.us - base + 1000000));
        e.add("_BOOT_ID", "6c7c6013a26343b29e964691ff25d04c");
        e.add("_HOSTNAME", l.host.isEmpty() ? QByteArray("fixture-host") : l.host);
        e.add("_TRANSPORT", l.ident == "kernel" ? "kernel" : "syslog");
        e.add("SYSLOG_IDENTIFIER", l.ident);
        if (l.message.contains('\n')) { // a multi-line value: the export format's binary form
            QByteArray len(8, '\0');
            qToLittleEndian<quint64>(quint64(l.message.size()), len.data());
            e.fields += "MESSAGE\n" + len + l.message + '\n';
        } else {
            e.add("MESSAGE", l.message);
        }
        entries << e;
    }
    return entries;
}

} // namespace journaltest
