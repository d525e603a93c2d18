// SPDX-License-Identifier: GPL-2.0-or-later
#include "OomScoreAdjDelegate.h"

#include "OomScoreAdjEditor.h"

#include <QSpinBox>

namespace oomlens::ui {

OomScoreAdjDelegate::OomScoreAdjDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

bool OomScoreAdjDelegate::target(const QModelIndex &index, Target &out) const {
    if (!index.isValid()) return false;
    bool okPid = false, okStart = false, okValue = false;
    out.pid = index.data(m_roles.pidRole).toLongLong(&okPid);
    out.startTime = index.data(m_roles.startTimeRole).toULongLong(&okStart);
    QVariant value = index.data(m_roles.valueRole);
    if (!value.isValid()) value = index.data(Qt::DisplayRole);
    out.value = value.toInt(&okValue);
    return okPid && out.pid > 0 && okStart && okValue && out.value >= -1000 && out.value <= 1000;
}

QWidget *OomScoreAdjDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                           const QModelIndex &index) const {
    Target t;
    if (!target(index, t)) return nullptr;
    auto *editor = new OomScoreAdjEditor(parent);
    // Choosing a named preset is a complete answer: commit it and close the editor.
    connect(editor, &OomScoreAdjEditor::presetChosen, this, [this, editor] {
        auto *self = const_cast<OomScoreAdjDelegate *>(this);
        emit self->commitData(editor);
        emit self->closeEditor(editor);
    });
    return editor;
}

void OomScoreAdjDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const {
    Target t;
    if (auto *e = qobject_cast<OomScoreAdjEditor *>(editor); e && target(index, t)) e->setValue(t.value);
}

void OomScoreAdjDelegate::setModelData(QWidget *editor, QAbstractItemModel *,
                                       const QModelIndex &index) const {
    auto *e = qobject_cast<OomScoreAdjEditor *>(editor);
    Target t;
    if (!e || !target(index, t)) return;
    e->spinBox()->interpretText(); // a typed but not yet accepted number counts
    if (e->value() == t.value) return;
    emit const_cast<OomScoreAdjDelegate *>(this)->editRequested(t.pid, t.startTime, t.value, e->value());
}

void OomScoreAdjDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                               const QModelIndex &) const {
    // The spin box plus the preset button need more than a narrow numeric column.
    QRect r = option.rect;
    r.setWidth(qMax(r.width(), editor->sizeHint().width()));
    editor->setGeometry(r);
}

} // namespace oomlens::ui
