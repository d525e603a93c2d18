// SPDX-License-Identifier: GPL-2.0-or-later
#include "DiagnosisCard.h"

#include "DiagnosisHtml.h"

#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace oomlens::ui {

DiagnosisCard::DiagnosisCard(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("diagnosisCard"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("diagnosisText"));
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("line")) emit evidenceLineActivated(url.path().toLongLong());
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    clear();
}

void DiagnosisCard::setEvent(const OomEvent &event, const EventExplanation &explanation) {
    m_explanation = explanation;
    m_browser->setHtml(diagnosisHtml(event, explanation));
}

void DiagnosisCard::clear() {
    m_explanation = {};
    m_browser->setHtml(QStringLiteral("<p><i>%1</i></p>").arg(tr("Select an event to see why it happened.")));
}

QString DiagnosisCard::plainText() const {
    return m_browser->toPlainText();
}

} // namespace oomlens::ui
