// Hosts x time: one row per host (most kills first, as the fleet list sorts them), one column per
// step, the cell's colour the kills in that step. The host name and its kill count on the left.
// A click on a cell asks for the drill-down of that host at that time.
#pragma once

#include "fleet/FleetModel.h"

#include <QWidget>

namespace oomlens::ui {

class FleetHeatStrip : public QWidget {
    Q_OBJECT
public:
    explicit FleetHeatStrip(QWidget *parent = nullptr);

    void setResult(const fleet::FleetResult &result);
    // Host rows shown, in order (for tests).
    QStringList hostOrder() const;
    // The cell's centre in widget coordinates, for tests and keyboard use.
    QPoint cellCenter(int row, int column) const;

    QSize sizeHint() const override;

signals:
    void cellActivated(const QString &host, qint64 timeMs);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int labelWidth() const;
    int rowHeight() const;
    QRect plotRect() const;

    fleet::FleetResult m_result;
    qint64 m_maxBucket = 0;
};

} // namespace oomlens::ui
