// SPDX-License-Identifier: GPL-2.0-or-later
// The in-cell editor of oom_score_adj: a spin box -1000..1000 plus a menu of named presets.
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QSpinBox;
class QToolButton;

namespace oomlens::ui {

class OomScoreAdjEditor : public QWidget {
    Q_OBJECT
public:
    struct Preset {
        int value;
        QString label; // translated, e.g. "-1000: never kill"
    };
    // -1000 never kill, -500, 0 (default), 500, 1000 kill first.
    static QList<Preset> presets();

    explicit OomScoreAdjEditor(QWidget *parent = nullptr);

    // The process and value the edit was opened for. The delegate commits against this, not
    // against the cell's current data: a live table may refresh or re-sort the row meanwhile.
    struct Origin {
        qint64 pid = 0;
        quint64 startTime = 0;
        int value = 0;
    };
    void setOrigin(const Origin &origin) { m_origin = origin; }
    const Origin &origin() const { return m_origin; }

    int value() const;
    void setValue(int value);
    QSpinBox *spinBox() const { return m_spin; }
    QToolButton *presetButton() const { return m_presets; }

signals:
    // A preset was chosen (the delegate commits on it, as a person would expect from a menu).
    void presetChosen(int value);

private:
    QSpinBox *m_spin;
    QToolButton *m_presets;
    Origin m_origin;
};

} // namespace oomlens::ui
