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
    editor->setOrigin({t.pid, t.startTime, t.value});
    editor->setValue(t.value);
    // Choosing a named preset is a complete answer: commit it and close the editor.
    connect(editor, &OomScoreAdjEditor::presetChosen, this, [this, editor] {
        auto *self = const_cast<OomScoreAdjDelegate *>(this);
        emit self->commitData(editor);
        emit self->closeEditor(editor);
    });
    return editor;
}

void OomScoreAdjDelegate::setEditorData(QWidget *, const QModelIndex &) const {
    // Deliberately empty: createEditor() filled the editor. The view calls this again whenever
    // the cell's data changes, i.e. on every tick of a live table, which would overwrite what
    // the person is typing.
}

void OomScoreAdjDelegate::setModelData(QWidget *editor, QAbstractItemModel *, const QModelIndex &) const {
    auto *e = qobject_cast<OomScoreAdjEditor *>(editor);
    if (!e) return;
    e->spinBox()->interpretText(); // a typed but not yet accepted number counts
    const OomScoreAdjEditor::Origin o = e->origin();
    if (e->value() == o.value) return;
    emit const_cast<OomScoreAdjDelegate *>(this)->editRequested(o.pid, o.startTime, o.value, e->value());
}

void OomScoreAdjDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                               const QModelIndex &) const {
    // The spin box plus the preset button need more than a narrow numeric column.
    QRect r = option.rect;
    r.setWidth(qMax(r.width(), editor->sizeHint().width()));
    editor->setGeometry(r);
}

} // namespace oomlens::ui
