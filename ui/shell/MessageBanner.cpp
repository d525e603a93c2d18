// SPDX-License-Identifier: GPL-2.0-or-later
#include "MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace oomlens::ui {

namespace {
// Long error lists are cut so the banner never pushes the workspace off screen.
constexpr int kMaxDetailLines = 8;
} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::RichText);

    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::clear);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBanner::showMessage(Level level, const QString &headline, const QStringList &details) {
    m_level = level;
    m_headline = headline;
    m_details = details;

    QColor background;
    switch (level) {
    case Level::Information:
        background = QColor(0xe8, 0xf1, 0xfb);
        break;
    case Level::Warning:
        background = QColor(0xfd, 0xf3, 0xd8);
        break;
    case Level::Error:
        background = QColor(0xfb, 0xe3, 0xe3);
        break;
    }
    QPalette pal = palette();
    pal.setColor(QPalette::Window, background);
    pal.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(pal);

    QString html = QStringLiteral("<b>%1</b>").arg(headline.toHtmlEscaped());
    const int shown = std::min<int>(details.size(), kMaxDetailLines);
    for (int i = 0; i < shown; ++i)
        html += QStringLiteral("<br>%1").arg(details.at(i).toHtmlEscaped());
    if (details.size() > shown)
        html +=
            QStringLiteral("<br><i>%1</i>").arg(tr("… and %n more", nullptr, int(details.size() - shown)));
    m_text->setText(html);
    show();
}

void MessageBanner::clear() {
    m_headline.clear();
    m_details.clear();
    m_text->clear();
    hide();
}

} // namespace oomlens::ui
