// SPDX-License-Identifier: GPL-2.0-or-later
// DesktopNotifier: a desktop notification through the system tray (QSystemTrayIcon::showMessage)
// when a tray exists, else through `notify-send` when it is installed, else nothing (the in-window
// banner still shows). Never blocks, never fails loudly.
#pragma once

#include <QObject>
#include <QString>

class QSystemTrayIcon;

namespace oomlens::ui {

class DesktopNotifier : public QObject {
    Q_OBJECT
public:
    enum class Backend { None, Tray, NotifySend };

    explicit DesktopNotifier(QObject *parent = nullptr);
    Backend backend() const { return m_backend; }
    // Sends a notification; returns false when no backend is available.
    bool notify(const QString &title, const QString &body);

private:
    Backend m_backend = Backend::None;
    QString m_notifySend;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace oomlens::ui
