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
