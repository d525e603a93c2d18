// SPDX-License-Identifier: GPL-2.0-or-later
#include "DesktopNotifier.h"

#include <QApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QStyle>
#include <QSystemTrayIcon>

namespace oomlens::ui {

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent) {
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
        m_tray->setToolTip(tr("OOM Lens"));
        m_tray->show();
        m_backend = Backend::Tray;
        return;
    }
    m_notifySend = QStandardPaths::findExecutable(QStringLiteral("notify-send"));
    if (!m_notifySend.isEmpty()) m_backend = Backend::NotifySend;
}

bool DesktopNotifier::notify(const QString &title, const QString &body) {
    switch (m_backend) {
    case Backend::Tray:
        m_tray->showMessage(title, body, QSystemTrayIcon::Warning, 15000);
        return true;
    case Backend::NotifySend:
        // Detached: a missing notification daemon must not hold us up.
        return QProcess::startDetached(m_notifySend, {QStringLiteral("--urgency=critical"),
                                                      QStringLiteral("--app-name=OOM Lens"), title, body});
    case Backend::None:
        break;
    }
    return false;
}

} // namespace oomlens::ui
