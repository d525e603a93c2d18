// SPDX-License-Identifier: GPL-2.0-or-later
// WatermarkBars: the current state of one NUMA node's zones as horizontal bars, one per populated
// zone, each on its own logarithmic scale (1 page .. the zone's managed pages) so a 15 MiB DMA
// zone and a 60 GiB Normal zone are equally readable. Ticks mark min, low and high; the bar's
// colour says which watermark free memory is above (mm/page_alloc.c: below low kswapd wakes,
// below min allocations enter direct reclaim, __zone_watermark_ok()).
#pragma once

#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

namespace oomlens::ui {

struct WatermarkBar {
    QString label;               // "DMA32"
    std::optional<quint64> free; // pages
    std::optional<quint64> min, low, high;
    std::optional<quint64> managed; // pages: the scale's end
    quint64 pageSize = 4096;
};

class WatermarkBars : public QWidget {
    Q_OBJECT
public:
    explicit WatermarkBars(QWidget *parent = nullptr);

    void setZones(std::vector<WatermarkBar> zones);
    const std::vector<WatermarkBar> &zones() const { return m_zones; }

    // x of `pages` on a bar spanning [left, left + width] for a zone of `scaleEnd` pages (log).
    static double xFor(quint64 pages, quint64 scaleEnd, double left, double width);
    // Which band free memory is in: 0 below min, 1 below low, 2 below high, 3 above high.
    static int band(const WatermarkBar &zone);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<WatermarkBar> m_zones;
};

} // namespace oomlens::ui
