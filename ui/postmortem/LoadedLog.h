// SPDX-License-Identifier: GPL-2.0-or-later
// What the post-mortem workspace shows: the events of one or more logs, with their diagnoses.
// Built off the GUI thread by readLogs() and handed to the views by value (the lists are
// implicitly shared, so copies are cheap).
#pragma once

#include "kernlog/LogAnalysis.h"

#include <QColor>
#include <QMetaType>
#include <QStringList>

namespace oomlens::ui {

// The cause of one event as the lists and the timeline name it.
struct EventCause {
    QString id;    // stable, untranslated (colour key): the diagnosis' cause id, e.g. "memcg_limit"
    QString title; // short, translated: "cgroup limit"
};

// A line of the report a conclusion rests on.
struct EvidenceLine {
    oomlens::LineNo line = 0;
    QString text;
};

// One contributing finding beside the cause.
struct ExplainedFinding {
    QString id;
    QString summary;
    QString remedy;
    QList<EvidenceLine> evidence;
};

// Everything the diagnosis card, the raw report and the export say about why.
struct EventExplanation {
    EventCause cause;
    QString summary; // the cause in one sentence
    QString remedy;
    QList<EvidenceLine> evidence;
    QList<ExplainedFinding> findings;
    bool diagnosed = false; // false: only the report's own scope was available

    // Every evidence line number, of the cause and the findings, without duplicates.
    QList<oomlens::LineNo> allEvidenceLines() const;
};

struct LoadedLog {
    QStringList paths;
    LogAnalysis analysis;
    QList<EventExplanation> explanations; // explanations[i] belongs to events()[i]

    const QList<OomEvent> &events() const { return analysis.events; }
    bool cancelled() const { return analysis.cancelled; }
    EventCause causeOf(int index) const;
    EventExplanation explanationOf(int index) const;
};

// Short translated title and colour of a cause id (the timeline's legend, the table).
QString causeTitle(const QString &causeId);
QColor causeColour(const QString &causeId);

// Reads and analyses the files (any thread): the events, then a diagnosis per event.
// Progress and cancel as in analyzeFiles().
LoadedLog readLogs(const QStringList &paths, const ProgressFn &progress = {},
                   const std::atomic_bool *cancel = nullptr);

// Fills log.explanations from its events (readLogs() calls it; tests building a LoadedLog by
// hand call it too).
void explainEvents(LoadedLog &log);

} // namespace oomlens::ui

Q_DECLARE_METATYPE(oomlens::ui::LoadedLog)
