// SPDX-License-Identifier: GPL-2.0-or-later
// The report's own lines, each with its line number in the source file, with the lines the
// diagnosis rests on highlighted, and the invoker's gfp flags decoded above them.
#pragma once

#include "model/OomEvent.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace oomlens::ui {

class RawReportView : public QWidget {
    Q_OBJECT
public:
    explicit RawReportView(QWidget *parent = nullptr);

    // evidence: file line numbers to highlight (lines outside the report are ignored).
    void setEvent(const oomlens::OomEvent &event, const QList<oomlens::LineNo> &evidence);
    void clear();

    // The file line numbers that are highlighted, in report order (tests, export).
    QList<oomlens::LineNo> highlightedLines() const { return m_highlighted; }
    // The text shown for the gfp decode (tests).
    QString gfpText() const;
    QPlainTextEdit *textView() const { return m_text; }

public slots:
    // Scrolls to and selects the report line that came from this file line.
    void showLine(oomlens::LineNo line);

private:
    void applyHighlights();

    QLabel *m_gfp = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QList<oomlens::LineNo> m_lineNumbers; // per block: the file line
    QList<oomlens::LineNo> m_highlighted;
};

} // namespace oomlens::ui
