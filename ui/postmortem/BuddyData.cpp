// SPDX-License-Identifier: GPL-2.0-or-later
#include "BuddyData.h"

#include "EventFacts.h"

#include <QSet>

namespace oomlens::ui {

HeatmapMatrix buddyMatrixOf(const OomEvent &event) {
    HeatmapMatrix matrix;
    int columns = 0;
    QList<const BuddyLine *> lines;
    QSet<QString> seen;
    for (const BuddyLine &line : event.buddy) {
        const QString label = facts::zoneLabel(line.node, line.zone);
        if (seen.contains(label)) continue;
        seen.insert(label);
        lines.append(&line);
        columns = std::max(columns, int(line.orders.size()));
    }
    for (int order = 0; order < columns; ++order)
        matrix.columnLabels << QString::number(order);
    for (const BuddyLine *line : std::as_const(lines)) {
        matrix.rowLabels << facts::zoneLabel(line->node, line->zone);
        std::vector<std::optional<std::uint64_t>> row(std::size_t(columns), std::nullopt);
        if (line->empty) {
            // "DMA32: empty" (2.6): the zone has no memory at all, every order is zero.
            std::fill(row.begin(), row.end(), std::uint64_t(0));
        }
        for (int order = 0; order < line->orders.size(); ++order)
            row[std::size_t(order)] = line->orders.at(order).count;
        matrix.values.push_back(std::move(row));
        if (matrix.blockBytes.empty() && line->orders.size() == columns) {
            for (const BuddyOrder &o : line->orders)
                matrix.blockBytes.push_back(o.blockBytes);
        }
    }
    return matrix;
}

} // namespace oomlens::ui
