// SPDX-License-Identifier: GPL-2.0-or-later
#include "OomScoreAdjEditor.h"

#include <QHBoxLayout>
#include <QMenu>
#include <QSpinBox>
#include <QToolButton>

namespace oomlens::ui {

QList<OomScoreAdjEditor::Preset> OomScoreAdjEditor::presets() {
    // OOM_SCORE_ADJ_MIN exempts a process (mm/oom_kill.c oom_badness() returns LONG_MIN);
    // OOM_SCORE_ADJ_MAX adds the whole of RAM+swap to its badness, so it goes first.
    return {
        {-1000, tr("-1000: never kill")},   {-500, tr("-500: much less likely")}, {0, tr("0: default")},
        {500, tr("500: much more likely")}, {1000, tr("1000: kill first")},
    };
}

OomScoreAdjEditor::OomScoreAdjEditor(QWidget *parent)
    : QWidget(parent)
    , m_spin(new QSpinBox(this))
    , m_presets(new QToolButton(this)) {
    m_spin->setRange(-1000, 1000);
    m_spin->setSingleStep(100);
    m_spin->setAccelerated(true);
    m_spin->setMinimumWidth(m_spin->sizeHint().width()); // "-1000" must stay readable in a narrow column
    m_spin->setToolTip(tr("oom_score_adj: -1000 never kill … 1000 kill first"));

    auto *menu = new QMenu(m_presets);
    for (const Preset &p : presets()) {
        QAction *action = menu->addAction(p.label);
        action->setData(p.value);
        connect(action, &QAction::triggered, this, [this, v = p.value] {
            m_spin->setValue(v);
            emit presetChosen(v);
        });
    }
    m_presets->setMenu(menu);
    m_presets->setPopupMode(QToolButton::InstantPopup);
    m_presets->setArrowType(Qt::DownArrow); // a table cell has no room for a text label
    m_presets->setToolTip(tr("Presets: -1000 never kill … 1000 kill first"));
    m_presets->setAccessibleName(tr("Presets"));
    m_presets->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_spin, 1);
    layout->addWidget(m_presets);
    setFocusProxy(m_spin);
    setAutoFillBackground(true);
}

int OomScoreAdjEditor::value() const {
    return m_spin->value();
}

void OomScoreAdjEditor::setValue(int value) {
    m_spin->setValue(value);
}

} // namespace oomlens::ui
