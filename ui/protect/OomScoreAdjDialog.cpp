// SPDX-License-Identifier: GPL-2.0-or-later
#include "OomScoreAdjDialog.h"

#include "process/OomScoreAdjWriter.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace oomlens::ui {

OomScoreAdjDialog::OomScoreAdjDialog(const OomScoreAdjChange &change,
                                     std::shared_ptr<HelperLauncher> launcher, QWidget *parent)
    : QDialog(parent)
    , m_change(change)
    , m_launcher(std::move(launcher))
    , m_result(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Change OOM kill priority"));
    auto *title = new QLabel(this);
    title->setTextFormat(Qt::PlainText);
    title->setText(change.name.isEmpty() ? tr("Process %1").arg(change.pid)
                                         : tr("%1 (pid %2)").arg(change.name).arg(change.pid));
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    title->setFont(bold);

    auto *values = new QLabel(tr("oom_score_adj: %1 → %2").arg(change.oldValue).arg(change.newValue), this);
    auto *consequence = new QLabel(consequenceText(change), this);
    consequence->setWordWrap(true);
    consequence->setTextFormat(Qt::PlainText);

    m_busy->setRange(0, 0); // indeterminate: pkexec may be waiting for a password
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont resultFont = m_result->font();
    resultFont.setBold(true);
    m_result->setFont(resultFont);
    m_result->hide();

    m_buttons->button(QDialogButtonBox::Apply)->setText(tr("Apply"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &OomScoreAdjDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<OomScoreAdjOutcome>::finished, this, &OomScoreAdjDialog::showOutcome);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(values);
    layout->addWidget(consequence);
    layout->addWidget(m_busy);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    // Word-wrapped labels: never let the dialog be smaller than their wrapped height.
    // (The constraint overrides setMinimumWidth(), so the width comes from the labels.)
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    consequence->setMinimumWidth(480);
    m_result->setMinimumWidth(480);
}

OomScoreAdjDialog::~OomScoreAdjDialog() = default;

QString OomScoreAdjDialog::consequenceText(const OomScoreAdjChange &c) {
    // mm/oom_kill.c oom_badness(): a process's points are its RSS + swap + page tables, plus
    // oom_score_adj * (RAM + swap) / 1000; OOM_SCORE_ADJ_MIN (-1000) returns LONG_MIN (never).
    QStringList parts;
    if (c.newValue == c.oldValue) return tr("Nothing changes: the value is already %1.").arg(c.newValue);
    if (c.newValue == -1000) {
        parts << tr("The OOM killer will never choose this process: -1000 exempts it.");
    } else {
        if (c.oldValue == -1000) parts << tr("The process is no longer exempt from the OOM killer.");
        const int percent = qAbs(c.newValue - c.oldValue) / 10;
        parts << (c.newValue > c.oldValue ? tr("The kernel will be more likely to kill it: its badness grows "
                                               "by %1% of RAM plus swap.")
                                          : tr("The kernel will be less likely to kill it: its badness "
                                               "shrinks by %1% of RAM plus swap."))
                     .arg(percent);
        if (c.newValue == 1000) parts << tr("It will be chosen first unless another process also has 1000.");
    }
    if (c.newRank && c.oldRank && c.rankedProcesses > 0)
        parts << tr("Kill order: position %1 → %2 of %3 (position 1 is chosen first).")
                     .arg(*c.oldRank)
                     .arg(*c.newRank)
                     .arg(c.rankedProcesses);
    else if (c.newRank && c.rankedProcesses > 0)
        parts << tr("New kill order: position %1 of %2 (position 1 is chosen first).")
                     .arg(*c.newRank)
                     .arg(c.rankedProcesses);
    else if (c.newValue != -1000)
        parts << tr("The new kill order position is not known.");
    if (c.newValue < c.oldValue && c.newValue < 0)
        parts << tr(
            "Values below the process's floor (normally 0) need an administrator: you may be asked for a "
            "password.");
    return parts.join(QLatin1Char(' '));
}

QString OomScoreAdjDialog::outcomeText(const OomScoreAdjOutcome &o) {
    using S = OomScoreAdjOutcome::Status;
    using R = OomScoreAdjOutcome::Refusal;
    const QString now = o.currentValue ? QString::number(*o.currentValue) : tr("n/a");
    switch (o.status) {
    case S::Done:
        return tr("Done. The kernel now reports oom_score_adj = %1.").arg(now);
    case S::Cancelled:
        return tr("Cancelled: the authentication was dismissed. oom_score_adj stays %1.").arg(now);
    case S::NotAuthorised:
        return tr("Not authorised: the system did not allow the change. oom_score_adj stays %1.").arg(now);
    case S::Refused:
        break;
    }
    QString why;
    switch (o.refusal) {
    case R::NoSuchProcess:
        why = tr("the process has exited.");
        break;
    case R::PidReused:
        why = tr("its process ID now belongs to another process.");
        break;
    case R::NotUserProcess:
        why = tr("it is a kernel thread, which the OOM killer never chooses.");
        break;
    case R::KernelRefused:
        why =
            (o.errnoName == QLatin1String("EACCES") || o.errnoName == QLatin1String("EPERM"))
                ? tr("the kernel refused it (%1): values below the process's floor need the CAP_SYS_RESOURCE "
                     "capability.")
                      .arg(o.errnoName)
                : tr("the kernel refused it (%1).").arg(o.errnoName);
        break;
    case R::InvalidRequest:
        why = tr("the value must be between -1000 and 1000.");
        break;
    case R::HelperUnavailable:
        why = tr("the privileged helper is not available (%1).").arg(o.detail);
        break;
    case R::HelperFailed:
        why = tr("the privileged helper failed (%1).").arg(o.detail);
        break;
    case R::Unexpected:
        why = tr("unexpected error (%1).").arg(o.reason());
        break;
    case R::None:
        why = o.detail;
        break;
    }
    const QString value = o.currentValue ? tr("oom_score_adj is %1.").arg(now) : tr("oom_score_adj: n/a.");
    return tr("Refused: %1 %2").arg(why, value);
}

void OomScoreAdjDialog::apply() {
    if (m_watcher.isRunning()) return;
    m_buttons->setEnabled(false);
    m_result->setText(tr("Applying… If asked, authenticate as an administrator."));
    m_result->show();
    m_busy->show();
    adjustSize();
    // The writer and its launcher are captured by value: the dialog may close while pkexec waits.
    const auto writer = std::make_shared<OomScoreAdjWriter>(m_launcher);
    const OomScoreAdjRequest request{m_change.pid, m_change.startTime, m_change.newValue};
    m_watcher.setFuture(QtConcurrent::run([writer, request] { return writer->write(request); }));
}

void OomScoreAdjDialog::reject() {
    if (m_watcher.isRunning()) return;
    QDialog::reject();
}

void OomScoreAdjDialog::showOutcome() {
    m_outcome = m_watcher.result();
    m_busy->hide();
    m_result->setText(outcomeText(*m_outcome));
    m_result->show();
    adjustSize();
    m_buttons->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Apply)->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    emit outcomeReady(*m_outcome);
}

} // namespace oomlens::ui
