// SPDX-License-Identifier: GPL-2.0-or-later
#include "LoadProgressWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace oomlens::ui {

LoadProgressWidget::LoadProgressWidget(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("loadProgress"));
    m_label = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("loadProgressBar"));
    m_bar->setMaximumWidth(240);
    m_bar->setTextVisible(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("loadCancelButton"));
    m_cancel->setToolTip(tr("Stop reading; the events found so far are discarded."));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_label->setText(tr("Cancelling…"));
        emit cancelRequested();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
}

void LoadProgressWidget::start(const QString &what) {
    m_label->setText(what);
    m_bar->setRange(0, 0);
    m_cancel->setEnabled(true);
    show();
}

void LoadProgressWidget::setProgress(qint64 done, qint64 total) {
    if (total <= 0) {
        m_bar->setRange(0, 0); // unknown size: the bar animates as "busy"
        return;
    }
    // QProgressBar takes int: use per-mille so files above 2 GiB do not overflow.
    m_bar->setRange(0, 1000);
    m_bar->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
}

void LoadProgressWidget::finish() {
    hide();
}

} // namespace oomlens::ui
