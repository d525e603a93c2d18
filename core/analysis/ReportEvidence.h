// Small helpers the rules share: turning the line numbers an OomEvent remembers into evidence
// (line number + the report's own text), and formatting sizes for the one-sentence summaries.
#pragma once

#include "analysis/Diagnosis.h"

#include <QCoreApplication>

namespace oomlens {

// User-visible text of the diagnosis is written as QCoreApplication::translate("Diagnosis", "...")
// in full (no wrapper), so lupdate finds every string for the GUI's translation files.

// The report line numbered `line` (text from OomEvent::rawLines; empty text when the parser did
// not keep it). Line 0 (unknown) gives nothing.
std::optional<Evidence> evidenceAt(const OomEvent &event, LineNo line);

// Appends evidenceAt(event, line) to `out` unless unknown or already there.
void addEvidence(QList<Evidence> &out, const OomEvent &event, LineNo line);

// Every report line whose text contains `needle` (case-sensitive), in order.
QList<Evidence> evidenceContaining(const OomEvent &event, QStringView needle);

// The Mem-Info summary line(s) holding `key:<pages>` (not the zone lines' `key:<n>kB`).
QList<Evidence> memInfoEvidence(const OomEvent &event, const QString &key);

// Appends the lines of `more` that are not yet in `out`.
void mergeEvidence(QList<Evidence> &out, const QList<Evidence> &more);

// "1.5 GiB", "87.3 MiB", "512 KiB", "100 B": binary units, one decimal above KiB.
QString formatBytes(Bytes bytes);

// "42%" of part/whole (rounded); "n/a" when whole is 0.
QString formatPercent(double part, double whole);

// The victim as "java (pid 50624)", from the kill line or else the oom-kill: line; empty if unknown.
QString victimLabel(const OomEvent &event);

// The zone's name as the kernel printed it: "Node 0 DMA32" or "Normal" on UMA builds.
QString zoneLabel(std::optional<int> node, const QString &zone);

// "Node 0 DMA32 free 43.3 MiB, min 43.3 MiB" (high instead of min when `withHigh`).
QString zoneFreeText(const ZoneWatermarks &zone, bool withHigh = false);

} // namespace oomlens
