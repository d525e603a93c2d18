// SPDX-License-Identifier: GPL-2.0-or-later
// Column widths for the tables and trees: a preferred width per column, never narrower than the
// column's header text (plus room for the sort arrow), so no header reads "oom_score_a…" in any
// language or font.
#pragma once

#include <QList>

class QHeaderView;

namespace oomlens::ui {

// Sets column c to max(preferred[c], width of its header text + the sort arrow's room). Columns
// beyond `preferred` get their header's width.
void setColumnWidths(QHeaderView *header, const QList<int> &preferred);

// The width column c's header text needs (exposed for the tests).
int headerTextWidth(const QHeaderView *header, int column);

} // namespace oomlens::ui
