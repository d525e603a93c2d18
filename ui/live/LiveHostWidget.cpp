// SPDX-License-Identifier: GPL-2.0-or-later
#include "LiveHostWidget.h"

#include "DesktopNotifier.h"
#include "HostViews.h"
#include "record/LiveAnalysis.h"
#include "record/OomWatcher.h"
#include "widgets/Format.h"

#include <QDoubleSpinBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace oomlens::ui {

LiveHostWidget::LiveHostWidget(QWidget *parent)
    : LiveHostWidget(Sampler::liveReader(), Options{}, parent) {}

LiveHostWidget::LiveHostWidget(Sampler::ReadFunction read, Options options, QWidget *parent)
    : QWidget(parent)
    , m_options(std::move(options)) {
    m_sampler = new Sampler(std::move(read), this);
    m_watcher = new OomWatcher(this);
    m_watcher->setAnalyzer(defaultOomAnalyzer());
    m_watcher->setDiagnoser(defaultOomDiagnoser());
    if (m_options.desktopNotifications) m_notifier = new DesktopNotifier(this);

    // Control bar.
    m_host = new QLabel;
    m_host->setObjectName(QStringLiteral("liveHost"));
    m_interval = new QDoubleSpinBox;
    m_interval->setObjectName(QStringLiteral("sampleInterval"));
    m_interval->setRange(0.2, 60);
    m_interval->setDecimals(1);
    m_interval->setSingleStep(0.5);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(m_sampler->interval() / 1000.0);
    m_interval->setToolTip(tr("Time from the start of one sample to the start of the next. "
                              "Processes and pagetypeinfo are read every %1th sample.")
                               .arg(m_sampler->fullEvery()));
    m_pause = new QPushButton(tr("Pause"));
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_pause->setCheckable(true);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("liveStatus"));
    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(6, 2, 6, 0);
    controls->addWidget(m_host);
    controls->addStretch(1);
    controls->addWidget(m_status);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Every")));
    controls->addWidget(m_interval);
    controls->addWidget(m_pause);

    // OOM banner, hidden until a kill.
    m_banner = new QFrame;
    m_banner->setObjectName(QStringLiteral("oomBanner"));
    m_banner->setStyleSheet(
        QStringLiteral("#oomBanner { background: #fdecea; border: 1px solid #e57373; border-radius: 3px; }"));
    m_bannerText = new QLabel;
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton;
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    auto *bl = new QHBoxLayout(m_banner);
    bl->setContentsMargins(8, 4, 4, 4);
    bl->addWidget(m_bannerText, 1);
    bl->addWidget(close, 0, Qt::AlignTop);
    m_banner->hide();

    m_views = new HostViews(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(controls);
    layout->addWidget(m_banner);
    layout->addWidget(m_views, 1);

    connect(close, &QToolButton::clicked, m_banner, &QWidget::hide);
    connect(m_interval, &QDoubleSpinBox::valueChanged, this,
            [this](double s) { m_sampler->setInterval(int(s * 1000)); });
    connect(m_pause, &QPushButton::toggled, this, [this](bool paused) {
        if (paused)
            m_sampler->pause();
        else
            m_sampler->resume();
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        updateStatus();
    });
    connect(m_sampler, &Sampler::sampled, this, &LiveHostWidget::applySample);
    connect(m_watcher, &OomWatcher::oomKill, this, [this](const OomNotice &n) {
        showNotice(n);
        emit oomKillNoticed(n);
    });

    if (m_options.watchKernelLog) m_watcher->startKernelLog(m_options.kmsgPath);
    if (m_options.startSampling) m_sampler->start();
    updateStatus();
}

LiveHostWidget::~LiveHostWidget() {
    m_sampler->pause();
    m_sampler->waitForIdle();
}

void LiveHostWidget::applySample(std::shared_ptr<const Snapshot> snapshot, SampleDepth depth) {
    m_latest = snapshot;
    m_history.append(*snapshot);
    m_watcher->observe(*snapshot);
    m_host->setText(tr("<b>Live:</b> %1 · Linux %2")
                        .arg(snapshot->host.toHtmlEscaped(), snapshot->kernelRelease.toHtmlEscaped()));
    m_views->setSnapshot(*snapshot, &m_history, depth == SampleDepth::Full);
    updateStatus();
    emit sampleApplied();
}

void LiveHostWidget::updateStatus() {
    QString kmsg =
        m_watcher->kernelLogAvailable()
            ? tr("kernel log watched")
            : tr("kernel log not readable (%1): OOM kills are detected from counters only")
                  .arg(m_watcher->kernelLogStatus().isEmpty() ? tr("off") : m_watcher->kernelLogStatus());
    m_status->setText(tr("%1 · last read %2 ms · history %3 samples (%4) · %5")
                          .arg(m_sampler->isRunning() ? tr("sampling") : tr("paused"))
                          .arg(QLocale().toString(m_sampler->lastReadMicroseconds() / 1000.0, 'f', 1))
                          .arg(m_history.size())
                          .arg(format::bytes(std::uint64_t(m_history.bytesUsed())))
                          .arg(kmsg));
}

bool LiveHostWidget::bannerVisible() const {
    return !m_banner->isHidden();
}

QString LiveHostWidget::bannerText() const {
    return m_bannerText->text();
}

QString LiveHostWidget::noticeText(const OomNotice &n) {
    const QString when = QLocale().toString(n.time.time(), QLocale::ShortFormat);
    QString text;
    if (n.origin == OomNotice::Origin::KernelLog) {
        text = tr("OOM kill at %1: killed %2 (pid %3)")
                   .arg(when, n.comm.isEmpty() ? tr("a process") : n.comm,
                        n.pid ? QString::number(*n.pid) : format::notAvailable());
        if (!n.victimCgroup.isEmpty()) text += tr(" in cgroup %1").arg(n.victimCgroup);
        if (!n.constraintCgroup.isEmpty() && n.constraintCgroup != n.victimCgroup)
            text += tr(" (limit of %1)").arg(n.constraintCgroup);
        text += QLatin1Char('.');
    } else {
        text =
            n.kills == 1 ? tr("OOM kill at %1").arg(when) : tr("%1 OOM kills at %2").arg(n.kills).arg(when);
        if (!n.cgroupsWithNewKills.isEmpty())
            text += tr(" in cgroup %1").arg(n.cgroupsWithNewKills.join(QLatin1String(", ")));
        text += tr(". The kernel log is not readable, so the victim is unknown (run as root to see it).");
    }
    if (!n.cause.isEmpty()) text += QLatin1Char(' ') + n.cause;
    return text;
}

void LiveHostWidget::showNotice(const OomNotice &notice) {
    const QString text = noticeText(notice);
    m_bannerText->setText(text);
    m_banner->show();
    if (m_notifier) m_notifier->notify(tr("OOM kill"), text);
}

} // namespace oomlens::ui
