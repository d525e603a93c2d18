// The kernel-log reader on arbitrary bytes, every line form at once (bare dmesg, classic and
// RFC 3339 syslog, journal JSON and short-monotonic, mail-wrapped, #012-escaped, compressed).
// Oracle: the idle fast paths and the mmap reader must give exactly the result of the full
// per-line path read through libarchive's buffer (core/kernlog/README.md; the same comparison as
// tests/core/tst_kernlog_fastpath.cpp): events, diagnoses, errors and counts, as JSON, byte for
// byte. The text views and the diagnosis of every event must not crash either.
#include "FuzzCheck.h"

#include "analysis/Diagnosis.h"
#include "analysis/DiagnosisJson.h"
#include "kernlog/LogAnalysis.h"
#include "kernlog/OomEventJson.h"
#include "kernlog/OomEventText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdint>

using namespace oomlens;

namespace {

// Everything a result shows, in one comparable text.
QByteArray resultText(const LogAnalysis &a) {
    QJsonObject doc = toJson(a);
    QJsonArray diagnoses;
    for (const Diagnosis &d : diagnose(a.events))
        diagnoses.append(diagnosisToJson(d));
    doc.insert(QStringLiteral("diagnoses"), diagnoses);
    doc.insert(QStringLiteral("lines_read"), a.linesRead);
    doc.insert(QStringLiteral("bytes_read"), a.bytesRead);
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

LogAnalysis analyze(const QString &path, bool fullPath) {
    if (fullPath) {
        qputenv("OOMLENS_KERNLOG_FULL_PATH", "1");
        qputenv("OOMLENS_NO_MMAP", "1");
    } else {
        qunsetenv("OOMLENS_KERNLOG_FULL_PATH");
        qunsetenv("OOMLENS_NO_MMAP");
    }
    return analyzeFile(path);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("input.log"));
    {
        QFile f(path);
        fuzzcheck::check(f.open(QIODevice::WriteOnly | QIODevice::Truncate), "kernlog",
                         "cannot write temp file");
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const LogAnalysis fast = analyze(path, false);
    const LogAnalysis full = analyze(path, true);
    const QByteArray fastText = resultText(fast), fullText = resultText(full);
    if (fastText != fullText) {
        fprintf(stderr, "fast path:\n%s\nfull path:\n%s\n", fastText.constData(), fullText.constData());
        fuzzcheck::fail("kernlog", "the fast paths and the full path disagree");
    }
    int i = 0;
    for (const OomEvent &e : fast.events) {
        (void)eventTableRow(i, e);
        (void)eventDetail(i++, e);
    }
    for (const Diagnosis &d : diagnose(fast.events))
        (void)diagnosisToText(d);
    return 0;
}
