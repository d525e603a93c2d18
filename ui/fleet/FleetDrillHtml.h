// The drill-down and container lists as HTML for the fleet view's text pane: zone watermarks and
// free pages at the kill, buddy counts by order, the kills in the window, and plainly how to turn
// node_exporter's zoneinfo/buddyinfo collectors on when they are off.
#pragma once

#include "fleet/DrillDown.h"
#include "fleet/FleetModel.h"

#include <QString>

namespace oomlens::ui {

QString drillDownHtml(const fleet::DrillDownResult &r);
QString containersHtml(const fleet::FleetResult &r);

} // namespace oomlens::ui
