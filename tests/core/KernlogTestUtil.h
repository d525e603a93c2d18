// Shared helpers of the kernlog tests: the corpus manifest and running the analyzer on bytes.
#pragma once

#include "kernlog/LogAnalysis.h"

#include <QFile>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>

namespace kernlogtest {

inline QString corpusDir() {
    return QStringLiteral(OOMLENS_TEST_DATA "/oom-logs");
}

// One row of MANIFEST.tsv (tab separated, fields may be "quoted" with "" for a quote).
struct ManifestRow {
    QString file;
    int events = 0;
    QStringList victims, constraints, orders, causes;
};

inline QStringList splitTsvLine(const QString &line) {
    QStringList out;
    QString cur;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                cur += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cur += c;
            }
        } else if (c == QLatin1Char('"') && cur.isEmpty()) {
            quoted = true;
        } else if (c == QLatin1Char('\t')) {
            out << cur;
            cur.clear();
        } else {
            cur += c;
        }
    }
    out << cur;
    return out;
}

inline QList<ManifestRow> readManifest() {
    QList<ManifestRow> rows;
    QFile f(corpusDir() + QStringLiteral("/MANIFEST.tsv"));
    if (!f.open(QIODevice::ReadOnly)) return rows;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList header = splitTsvLine(lines.value(0));
    auto col = [&](const QStringList &fields, const char *name) {
        return fields.value(header.indexOf(QLatin1String(name)));
    };
    auto list = [](const QString &s) { return s.isEmpty() ? QStringList() : s.split(QLatin1Char(';')); };
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = splitTsvLine(lines[i]);
        ManifestRow r;
        r.file = col(fields, "file");
        r.events = col(fields, "events").toInt();
        r.victims = list(col(fields, "victims"));
        r.constraints = list(col(fields, "constraint"));
        r.orders = list(col(fields, "invoker_order"));
        r.causes = list(col(fields, "expected_cause"));
        rows << r;
    }
    return rows;
}

// The events the manifest counts: OOM kills and OOM panics, not page allocation failures.
inline QList<oomlens::OomEvent> oomEvents(const oomlens::LogAnalysis &a) {
    QList<oomlens::OomEvent> out;
    for (const auto &e : a.events)
        if (e.kind != oomlens::OomEventKind::AllocationFailure) out << e;
    return out;
}

inline QString victimOf(const oomlens::OomEvent &e) {
    if (!e.victim || !e.victim->pid) return QStringLiteral("-");
    return QStringLiteral("%1:%2").arg(*e.victim->pid).arg(e.victim->comm);
}
inline QString constraintOf(const oomlens::OomEvent &e) {
    return e.constraint && !e.constraint->constraint.isEmpty() ? e.constraint->constraint
                                                               : QStringLiteral("-");
}
inline QString orderOf(const oomlens::OomEvent &e) {
    return e.invoker && e.invoker->order ? QString::number(*e.invoker->order) : QStringLiteral("-");
}

inline QByteArray readFile(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QString ordinaryDir() {
    return QStringLiteral(OOMLENS_TEST_DATA "/ordinary");
}

// The ordinary kernel messages of tests/data/ordinary (its README): the hand-picked families and
// the messages of the build VM's dmesg with their stamp cut off (its OOM report lines too).
inline QList<QByteArray> ordinaryMessages() {
    QList<QByteArray> out;
    for (const QByteArray &line :
         readFile(ordinaryDir() + QStringLiteral("/kernel-families.txt")).split('\n'))
        if (!line.trimmed().isEmpty()) out << line;
    for (const QByteArray &line :
         readFile(ordinaryDir() + QStringLiteral("/vm-6.18-dmesg.log")).split('\n')) {
        const qsizetype close = line.indexOf("] ");
        if (close > 0) out << line.mid(close + 2);
    }
    return out;
}

// How a host writes a kernel message down (LineFramer.h): the forms the line skims take.
enum class LineForm { Bare, DmesgT, DmesgTLocalised, Syslog, SyslogNoUptime, Rfc3339 };
constexpr LineForm kLineForms[] = {LineForm::Bare,   LineForm::DmesgT,         LineForm::DmesgTLocalised,
                                   LineForm::Syslog, LineForm::SyslogNoUptime, LineForm::Rfc3339};

// `message` as the i-th line of a log in `form`, host "host" (uptime and clock rise with i).
inline QByteArray inForm(LineForm form, const QByteArray &message, int i) {
    const QByteArray up = "[" + QByteArray::number(100.0 + 0.37 * i, 'f', 6).rightJustified(12) + "]";
    const QByteArray sec = QByteArray::number(i / 7 % 60).rightJustified(2, '0');
    switch (form) {
    case LineForm::Bare:
        return up + ' ' + message + '\n';
    case LineForm::DmesgT:
        return "[Fri Dec  4 15:07:" + sec + " 2026] " + message + '\n';
    case LineForm::DmesgTLocalised: // dmesg -T under zh_CN.UTF-8
                                    // (tests/data/oom-logs/k5.x-*-zh_CN-locale.log)
        return "[\xe4\xba\x94 12\xe6\x9c\x88  4 15:07:" + sec + " 2026] " + message + '\n';
    case LineForm::Syslog:
        return "Dec  4 15:07:" + sec + " host kernel: " + up + ' ' + message + '\n';
    case LineForm::SyslogNoUptime:
        return "Dec  4 15:07:" + sec + " host kernel: " + message + '\n';
    case LineForm::Rfc3339:
        return "2026-12-04T15:07:" + sec + ".123456+00:00 host kernel: " + message + '\n';
    }
    return {};
}

// Analyzes `bytes` written to a temporary file.
inline oomlens::LogAnalysis analyzeBytes(const QByteArray &bytes,
                                         const QString &name = QStringLiteral("log")) {
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return {};
    f.write(bytes);
    f.close();
    return oomlens::analyzeFile(path);
}

} // namespace kernlogtest
