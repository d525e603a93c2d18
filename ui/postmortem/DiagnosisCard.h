// SPDX-License-Identifier: GPL-2.0-or-later
// The diagnosis card: the cause in one sentence, the facts, the evidence lines (click one to see
// it in the raw report), the remedy and further findings.
#pragma once

#include "LoadedLog.h"

#include <QWidget>

class QTextBrowser;

namespace oomlens::ui {

class DiagnosisCard : public QWidget {
    Q_OBJECT
public:
    explicit DiagnosisCard(QWidget *parent = nullptr);

    void setEvent(const oomlens::OomEvent &event, const EventExplanation &explanation);
    void clear();

    const EventExplanation &explanation() const { return m_explanation; }
    QString plainText() const;

signals:
    void evidenceLineActivated(oomlens::LineNo line);

private:
    QTextBrowser *m_browser = nullptr;
    EventExplanation m_explanation;
};

} // namespace oomlens::ui
