// SPDX-License-Identifier: GPL-2.0-or-later
#include "SnapshotWidget.h"

#include "live/HostViews.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace oomlens::ui {

SnapshotWidget::SnapshotWidget(QWidget *parent)
    : QWidget(parent) {
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("snapshotHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_views = new HostViews(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *headerBox = new QVBoxLayout;
    headerBox->setContentsMargins(6, 2, 6, 0);
    headerBox->addWidget(m_header);
    layout->addLayout(headerBox);
    layout->addWidget(m_views, 1);
}

QString SnapshotWidget::headerText() const {
    return m_header->text();
}

void SnapshotWidget::setSnapshot(const Snapshot &s) {
    m_snapshot = s;
    QString text =
        tr("<b>Snapshot:</b> %1 · host %2 · Linux %3 · %4")
            .arg(s.source.toHtmlEscaped(), s.host.isEmpty() ? tr("unknown") : s.host.toHtmlEscaped(),
                 s.kernelRelease.isEmpty() ? tr("unknown") : s.kernelRelease.toHtmlEscaped(),
                 s.time.isValid() ? QLocale().toString(s.time, QLocale::ShortFormat) : tr("time unknown"));
    if (s.partial || !s.problems.isEmpty()) {
        QStringList problems;
        for (const SnapshotProblem &p : s.problems.mid(0, 3))
            problems << (p.line > 0 ? QStringLiteral("%1:%2: %3").arg(p.file).arg(p.line).arg(p.reason)
                                    : QStringLiteral("%1: %2").arg(p.file, p.reason))
                            .toHtmlEscaped();
        if (s.problems.size() > 3) problems << tr("%n more", nullptr, int(s.problems.size() - 3));
        text +=
            QStringLiteral("<br><span style='color:#b71c1c'>%1</span> %2")
                .arg(s.partial ? tr("Partial snapshot:") : tr("Notes:"), problems.join(QLatin1String("; ")));
    }
    m_header->setText(text);
    m_views->setSnapshot(s, nullptr, true);
}

} // namespace oomlens::ui
