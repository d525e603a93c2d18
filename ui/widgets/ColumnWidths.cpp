// SPDX-License-Identifier: GPL-2.0-or-later
#include "ColumnWidths.h"

#include <QAbstractItemModel>
#include <QFontMetrics>
#include <QHeaderView>

#include <algorithm>

namespace oomlens::ui {

namespace {
constexpr int kArrowAndMargins = 28; // the sort indicator and the section's padding
} // namespace

int headerTextWidth(const QHeaderView *header, int column) {
    if (!header->model()) return 0;
    const QString text = header->model()->headerData(column, header->orientation()).toString();
    QFontMetrics metrics(header->font());
    // Headers may be two lines ("Failcnt /\nmax"): the longest line counts.
    int widest = 0;
    for (const QString &line : text.split(u'\n'))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest + kArrowAndMargins;
}

void setColumnWidths(QHeaderView *header, const QList<int> &preferred) {
    if (!header->model()) return;
    const int count = header->orientation() == Qt::Horizontal ? header->model()->columnCount()
                                                              : header->model()->rowCount();
    for (int c = 0; c < count; ++c)
        header->resizeSection(c, std::max(preferred.value(c, 0), headerTextWidth(header, c)));
}

} // namespace oomlens::ui
