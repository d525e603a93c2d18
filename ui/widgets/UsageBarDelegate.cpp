// SPDX-License-Identifier: GPL-2.0-or-later
#include "UsageBarDelegate.h"

#include <QPainter>

#include <algorithm>

namespace oomlens::ui {

UsageBarDelegate::UsageBarDelegate(int fractionRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(fractionRole) {}

void UsageBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const {
    const double f = index.data(m_role).toDouble();
    if (f >= 0) {
        const QRectF r = QRectF(option.rect).adjusted(2, 3, -2, -3);
        const QColor colour = f < 0.75  ? QColor(0xa5, 0xd6, 0xa7)
                              : f < 0.9 ? QColor(0xff, 0xcc, 0x80)
                                        : QColor(0xef, 0x9a, 0x9a);
        painter->save();
        painter->fillRect(QRectF(r.left(), r.top(), r.width() * std::clamp(f, 0.0, 1.0), r.height()), colour);
        painter->setPen(QColor(0xbd, 0xbd, 0xbd));
        painter->drawRect(r);
        painter->restore();
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace oomlens::ui
