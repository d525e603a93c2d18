// SPDX-License-Identifier: GPL-2.0-or-later
#include "RawReportView.h"

#include "GfpFlags.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace oomlens::ui {

namespace {
const QColor kEvidenceBackground(0xff, 0xec, 0x9e);
const QColor kEvidenceText(0x20, 0x20, 0x20);
} // namespace

RawReportView::RawReportView(QWidget *parent)
    : QWidget(parent) {
    m_gfp = new QLabel(this);
    m_gfp->setObjectName(QStringLiteral("gfpDecode"));
    m_gfp->setWordWrap(true);
    m_gfp->setTextFormat(Qt::RichText);
    m_gfp->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("rawReport"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Selection must stay visible over the evidence colour.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_gfp);
    layout->addWidget(m_text, 1);
}

void RawReportView::setEvent(const OomEvent &event, const QList<LineNo> &evidence) {
    m_lineNumbers.clear();
    m_highlighted.clear();
    QString text;
    // Right-aligned file line numbers, so a reader can find the line in the original file.
    const int width = int(QString::number(event.lastLine).size());
    for (const ReportLine &line : event.rawLines) {
        text += QStringLiteral("%1  %2\n").arg(line.line, width).arg(line.text);
        m_lineNumbers.append(line.line);
        if (evidence.contains(line.line) && !m_highlighted.contains(line.line))
            m_highlighted.append(line.line);
    }
    if (!text.isEmpty()) text.chop(1);
    m_text->setPlainText(text);
    applyHighlights();
    // Open at the first evidence line, so the reader sees why without scrolling.
    if (!m_highlighted.isEmpty()) {
        QTextCursor cursor(
            m_text->document()->findBlockByNumber(int(m_lineNumbers.indexOf(m_highlighted.first()))));
        m_text->setTextCursor(cursor);
        m_text->centerCursor();
    }

    QString gfp;
    if (event.invoker && event.invoker->gfpMask) {
        const GfpMask &mask = *event.invoker->gfpMask;
        gfp = tr("<b>gfp_mask=%1</b>").arg(mask.text.toHtmlEscaped());
        const auto explained = explainGfp(mask);
        if (explained.isEmpty())
            gfp += tr(" — the report printed no flag names and the value is not one we can name safely "
                      "(bit assignments changed between kernel versions).");
        for (const auto &flag : explained)
            gfp += QStringLiteral("<br>&nbsp;&nbsp;<tt>%1</tt>: %2")
                       .arg(flag.flag.toHtmlEscaped(), flag.meaning.toHtmlEscaped());
        if (event.invoker->order)
            gfp += QStringLiteral("<br>") +
                   (*event.invoker->order < 0
                        ? tr("order=-1: not an allocation, the OOM killer was started by hand (sysrq-f).")
                        : tr("order=%1: the request wanted %2 contiguous page(s).")
                              .arg(*event.invoker->order)
                              .arg(1LL << std::min(*event.invoker->order, 30)));
    } else if (event.allocationFailure && event.allocationFailure->mode) {
        const GfpMask &mask = *event.allocationFailure->mode;
        gfp = tr("<b>mode=%1</b>").arg(mask.text.toHtmlEscaped());
        for (const auto &flag : explainGfp(mask))
            gfp += QStringLiteral("<br>&nbsp;&nbsp;<tt>%1</tt>: %2")
                       .arg(flag.flag.toHtmlEscaped(), flag.meaning.toHtmlEscaped());
    } else {
        gfp = tr("The report shows no gfp_mask (the invoker line is missing or was cut).");
    }
    m_gfp->setText(gfp);
}

void RawReportView::clear() {
    m_lineNumbers.clear();
    m_highlighted.clear();
    m_text->clear();
    m_text->setExtraSelections({});
    m_gfp->clear();
}

QString RawReportView::gfpText() const {
    return m_gfp->text();
}

void RawReportView::applyHighlights() {
    QList<QTextEdit::ExtraSelection> selections;
    QTextDocument *doc = m_text->document();
    for (int i = 0; i < m_lineNumbers.size(); ++i) {
        if (!m_highlighted.contains(m_lineNumbers.at(i))) continue;
        QTextEdit::ExtraSelection selection;
        selection.format.setBackground(kEvidenceBackground);
        selection.format.setForeground(kEvidenceText);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selection.cursor = QTextCursor(doc->findBlockByNumber(i));
        selections.append(selection);
    }
    m_text->setExtraSelections(selections);
}

void RawReportView::showLine(LineNo line) {
    const int block = int(m_lineNumbers.indexOf(line));
    if (block < 0) return;
    QTextCursor cursor(m_text->document()->findBlockByNumber(block));
    cursor.select(QTextCursor::LineUnderCursor);
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
}

} // namespace oomlens::ui
