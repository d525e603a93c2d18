// JSON and text of a userspace kill (docs/analyze-json.md, "Userspace kills"): an object of the
// `events` array with the same keys as a kernel event where they mean the same (file, line,
// last_line, host, time, kind, victim, diagnosis) plus its own (killer, reason, figures, signal,
// boot_id, linked_kernel_event).
#pragma once

#include "model/KillerEvent.h"

#include <QJsonObject>

namespace oomlens::journal {

// `linkBase`: added to linkedKernelEvent (the position of the file's first kernel event in the
// `events` array being written).
QJsonObject killerToJson(const KillerEvent &event, qsizetype linkBase = 0);

// Counts added to the analysis summary (docs/analyze-json.md): kernel_events, userspace_kills and
// kills (every event, a userspace kill linked to a kernel report counted once).
void addKillerSummary(QJsonObject &summary, qsizetype kernelEvents, const QList<KillerEvent> &killers);
qsizetype linkedKills(const QList<KillerEvent> &killers);

// One row for the CLI's event table, and the detail block after it.
QString killerTableRow(int number, const KillerEvent &event);
QString killerDetail(int number, const KillerEvent &event, qsizetype linkBase = 0);

} // namespace oomlens::journal
