#include "analysis/DiagnosisJson.h"

#include "analysis/ReportEvidence.h"

#include <QJsonArray>

namespace oomlens {

namespace {

QJsonArray evidenceJson(const QList<Evidence> &evidence) {
    QJsonArray out;
    for (const auto &e : evidence)
        out.append(QJsonObject{{QStringLiteral("line"), qint64(e.line)}, {QStringLiteral("text"), e.text}});
    return out;
}

QJsonValue textOrNull(const QString &s) {
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

void appendEvidenceText(QString &out, const QList<Evidence> &evidence, const QString &indent) {
    for (const auto &e : evidence)
        out += indent + QStringLiteral("line %1: %2\n").arg(e.line).arg(e.text.trimmed());
}

} // namespace

QJsonObject diagnosisToJson(const Diagnosis &d) {
    QJsonArray findings;
    for (const auto &f : d.findings)
        findings.append(QJsonObject{{QStringLiteral("id"), f.id},
                                    {QStringLiteral("summary"), f.summary},
                                    {QStringLiteral("remedy"), textOrNull(f.remedy)},
                                    {QStringLiteral("evidence_lines"), evidenceJson(f.evidence)}});
    return QJsonObject{{QStringLiteral("cause"), causeId(d.cause)},
                       {QStringLiteral("decided_by"), textOrNull(d.decidedBy)},
                       {QStringLiteral("summary"), d.summary},
                       {QStringLiteral("remedy"), textOrNull(d.remedy)},
                       {QStringLiteral("evidence_lines"), evidenceJson(d.evidence)},
                       {QStringLiteral("findings"), findings}};
}

QString diagnosisToText(const Diagnosis &d, const QString &indent) {
    const QString deeper = indent + QStringLiteral("  ");
    const QString deepest = deeper + QStringLiteral("  ");
    QString out = indent + QCoreApplication::translate("Diagnosis", "Cause: %1").arg(causeId(d.cause)) +
                  QLatin1Char('\n');
    out += deeper + d.summary + QLatin1Char('\n');
    if (!d.remedy.isEmpty())
        out +=
            deeper + QCoreApplication::translate("Diagnosis", "Remedy: %1").arg(d.remedy) + QLatin1Char('\n');
    if (!d.evidence.isEmpty()) {
        out += deeper + QCoreApplication::translate("Diagnosis", "Evidence:") + QLatin1Char('\n');
        appendEvidenceText(out, d.evidence, deepest);
    }
    for (const auto &f : d.findings) {
        out += indent + QCoreApplication::translate("Diagnosis", "Finding: %1").arg(f.id) + QLatin1Char('\n');
        out += deeper + f.summary + QLatin1Char('\n');
        if (!f.remedy.isEmpty())
            out += deeper + QCoreApplication::translate("Diagnosis", "Remedy: %1").arg(f.remedy) +
                   QLatin1Char('\n');
        appendEvidenceText(out, f.evidence, deepest);
    }
    return out;
}

} // namespace oomlens
