// SPDX-License-Identifier: GPL-2.0-or-later
// LiveHostWidget: the machine OOM Lens runs on, live (what `oomlens` shows with no file).
//
// Owns a Sampler (core/record: off the GUI thread, 1 s by default, processes and pagetypeinfo
// every 5th sample), a bounded History (1 h at 1 s within 16 MiB) and an OomWatcher (/dev/kmsg
// when readable, plus vmstat and cgroup OOM counters). Shows HostViews over the latest sample,
// a control bar (interval, pause/resume, status) and, on a new OOM kill, a banner naming the
// victim, its cgroup and the cause, plus a desktop notification.
//
// The main window embeds it and may connect oomKillNoticed() to add the event to its list.
#pragma once

#include "record/History.h"
#include "record/OomNotice.h"
#include "record/Sampler.h"

#include <QWidget>

#include <memory>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QFrame;

namespace oomlens {
class OomWatcher;
}

namespace oomlens::ui {

class DesktopNotifier;
class HostViews;

class LiveHostWidget : public QWidget {
    Q_OBJECT
public:
    struct Options {
        bool startSampling = true;  // start at once
        bool watchKernelLog = true; // open /dev/kmsg
        QString kmsgPath = QStringLiteral("/dev/kmsg");
        bool desktopNotifications = true;
    };

    // The live host.
    explicit LiveHostWidget(QWidget *parent = nullptr);
    // Any read function (tests script a sequence of snapshots through it).
    LiveHostWidget(Sampler::ReadFunction read, Options options, QWidget *parent = nullptr);
    ~LiveHostWidget() override;

    Sampler *sampler() const { return m_sampler; }
    const History &history() const { return m_history; }
    OomWatcher *watcher() const { return m_watcher; }
    HostViews *views() const { return m_views; }
    std::shared_ptr<const Snapshot> latest() const { return m_latest; }

    bool bannerVisible() const;
    QString bannerText() const;
    // Shows a notice as the banner and a desktop notification (what a new kill does).
    void showNotice(const OomNotice &notice);
    // The text a notice reads as (banner and notification body).
    static QString noticeText(const OomNotice &notice);

Q_SIGNALS:
    void oomKillNoticed(const oomlens::OomNotice &notice);
    void sampleApplied();

private:
    void applySample(std::shared_ptr<const Snapshot> snapshot, SampleDepth depth);
    void updateStatus();

    Options m_options;
    Sampler *m_sampler;
    History m_history;
    OomWatcher *m_watcher;
    HostViews *m_views;
    DesktopNotifier *m_notifier = nullptr;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QLabel *m_host;
    QLabel *m_status;
    QDoubleSpinBox *m_interval;
    QPushButton *m_pause;
    std::shared_ptr<const Snapshot> m_latest;
};

} // namespace oomlens::ui
