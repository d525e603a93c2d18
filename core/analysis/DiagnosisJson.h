// The diagnosis as the CLI prints it: a JSON object for `analyze --json` (documented in
// docs/analyze-json.md, section "diagnosis") and an indented text block for people.
#pragma once

#include "analysis/Diagnosis.h"

#include <QJsonObject>

namespace oomlens {

// {cause, decided_by, summary, remedy, evidence_lines: [{line, text}],
//  findings: [{id, summary, remedy, evidence_lines: [{line, text}]}]}
QJsonObject diagnosisToJson(const Diagnosis &diagnosis);

// Several lines, each starting with `indent`, ending in a newline.
QString diagnosisToText(const Diagnosis &diagnosis, const QString &indent = QStringLiteral("  "));

} // namespace oomlens
