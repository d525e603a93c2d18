// SPDX-License-Identifier: GPL-2.0-or-later
#include "LiveAnalysis.h"

#include "analysis/Diagnosis.h"
#include "kernlog/LogAnalysis.h"

#include <QTemporaryFile>

namespace oomlens {

OomWatcher::Analyzer defaultOomAnalyzer() {
    return [](const QStringList &lines) -> QList<OomEvent> {
        // core/kernlog's public entry point reads files; a report is a few hundred lines, so a
        // temporary file costs well under a millisecond and keeps us on its stable API.
        QTemporaryFile file;
        if (!file.open()) return {};
        for (const QString &line : lines) {
            file.write(line.toUtf8());
            file.write("\n", 1);
        }
        file.flush();
        LogAnalysis analysis = analyzeFile(file.fileName());
        for (OomEvent &e : analysis.events)
            e.file = QStringLiteral("/dev/kmsg");
        return analysis.events;
    };
}

OomWatcher::Diagnoser defaultOomDiagnoser() {
    return [](const OomEvent &event) { return diagnoseEvent(event).summary; };
}

} // namespace oomlens
