// Real journal files for tests: the test writes `journalctl -o export` streams and the real
// systemd-journal-remote (Debian package systemd-journal-remote) turns them into journal files,
// exactly as a central log host would receive them.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

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
