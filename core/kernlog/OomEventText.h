// Plain-text rendering of events for people (oomlens-cli analyze, text exports). Absent values
// print as "n/a".
#pragma once

#include "LogAnalysis.h"

namespace oomlens {

QString formatBytes(OptBytes bytes);
// One line per event: "#  time  host  kind  invoker(order)  constraint  victim  rss  complete"
QString eventTableHeader();
QString eventTableRow(int index, const OomEvent &event);
// A multi-line description of one event.
QString eventDetail(int index, const OomEvent &event);

} // namespace oomlens
