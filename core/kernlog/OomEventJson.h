// The stable JSON form of OomEvent and LogError (docs/analyze-json.md). Absent values are null,
// never 0. Used by `oomlens-cli analyze --json`, exports and tests.
#pragma once

#include "LogAnalysis.h"

#include <QJsonObject>

namespace oomlens {

inline constexpr int AnalyzeJsonSchemaVersion = 1;

QJsonObject toJson(const OomEvent &event);
QJsonObject toJson(const LogError &error);
// The whole document: {"schema":1,"events":[...],"errors":[...],"summary":{...}}
QJsonObject toJson(const LogAnalysis &analysis);
QJsonObject summaryJson(const LogAnalysis &analysis, qsizetype eventCount);

} // namespace oomlens
