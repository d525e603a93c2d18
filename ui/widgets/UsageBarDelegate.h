// SPDX-License-Identifier: GPL-2.0-or-later
// Paints a usage bar behind the cell text from a 0..1 fraction role (-1 = no bar): green below
// 75 %, orange below 90 %, red above, since a cgroup near its limit reclaims and then OOMs.
#pragma once

#include <QStyledItemDelegate>

namespace oomlens::ui {

class UsageBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    UsageBarDelegate(int fractionRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace oomlens::ui
