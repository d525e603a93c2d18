// SPDX-License-Identifier: GPL-2.0-or-later
#include "SummaryStrip.h"

#include "widgets/Format.h"

#include <QHBoxLayout>
#include <QLabel>

namespace oomlens::ui {

SummaryStrip::SummaryStrip(QWidget *parent)
    : QWidget(parent) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setSpacing(18);
    auto make = [&](const QString &name) {
        auto *l = new QLabel(this);
        l->setObjectName(name);
        l->setTextFormat(Qt::RichText);
        layout->addWidget(l);
        return l;
    };
    m_memory = make(QStringLiteral("memory"));
    m_swap = make(QStringLiteral("swap"));
    m_psi = make(QStringLiteral("psi"));
    m_overcommit = make(QStringLiteral("overcommit"));
    m_panic = make(QStringLiteral("panic"));
    m_oomKills = make(QStringLiteral("oomkills"));
    layout->addStretch(1);
}

QString SummaryStrip::fieldText(const QString &field) const {
    const auto *l = findChild<QLabel *>(field);
    return l ? l->text() : QString();
}

void SummaryStrip::setSnapshot(const Snapshot &s) {
    const auto total = s.meminfoValue(QStringLiteral("MemTotal"));
    const auto avail = s.meminfoValue(QStringLiteral("MemAvailable"));
    std::optional<double> availFraction;
    if (total && avail && *total > 0) availFraction = double(*avail) / double(*total);
    m_memory->setText(tr("<b>Memory</b> %1 available of %2 (%3)")
                          .arg(format::bytes(avail), format::bytes(total), format::percent(availFraction)));
    m_memory->setToolTip(tr("/proc/meminfo MemAvailable and MemTotal"));

    const auto swapTotal = s.meminfoValue(QStringLiteral("SwapTotal"));
    const auto swapFree = s.meminfoValue(QStringLiteral("SwapFree"));
    if (swapTotal && *swapTotal == 0)
        m_swap->setText(tr("<b>Swap</b> none"));
    else if (swapTotal && swapFree && *swapFree <= *swapTotal)
        m_swap->setText(tr("<b>Swap</b> %1 used of %2")
                            .arg(format::bytes(*swapTotal - *swapFree), format::bytes(*swapTotal)));
    else
        m_swap->setText(tr("<b>Swap</b> %1").arg(format::notAvailable()));

    std::optional<double> some, full;
    if (s.memoryPressure) {
        if (s.memoryPressure->some) some = s.memoryPressure->some->avg10;
        if (s.memoryPressure->full) full = s.memoryPressure->full->avg10;
    }
    m_psi->setText(tr("<b>PSI</b> some %1 · full %2").arg(format::psi(some), format::psi(full)));
    m_psi->setToolTip(s.memoryPressure
                          ? tr("/proc/pressure/memory avg10: share of the last 10 s in which some / all "
                               "tasks stalled on memory")
                          : tr("/proc/pressure/memory is absent (kernel without CONFIG_PSI or psi=0)"));

    QString mode = format::notAvailable();
    if (s.sysctls.overcommitMemory) {
        switch (*s.sysctls.overcommitMemory) {
        case 0:
            mode = tr("0 heuristic");
            break;
        case 1:
            mode = tr("1 always");
            break;
        case 2:
            mode = tr("2 strict (ratio %1 %)")
                       .arg(s.sysctls.overcommitRatio ? QString::number(*s.sysctls.overcommitRatio)
                                                      : format::notAvailable());
            break;
        default:
            mode = QString::number(*s.sysctls.overcommitMemory);
        }
    }
    m_overcommit->setText(tr("<b>Overcommit</b> %1").arg(mode));
    m_overcommit->setToolTip(tr("vm.overcommit_memory"));

    QString panic = format::notAvailable();
    if (s.sysctls.panicOnOom) {
        switch (*s.sysctls.panicOnOom) {
        case 0:
            panic = tr("0 (kill a process)");
            break;
        case 1:
            panic = tr("<span style='color:#c62828'>1 (panic unless constrained)</span>");
            break;
        case 2:
            panic = tr("<span style='color:#c62828'>2 (always panic)</span>");
            break;
        default:
            panic = QString::number(*s.sysctls.panicOnOom);
        }
    }
    m_panic->setText(tr("<b>panic_on_oom</b> %1").arg(panic));
    m_panic->setToolTip(tr("vm.panic_on_oom"));

    std::optional<quint64> kills;
    if (const auto it = s.vmstat.constFind(QStringLiteral("oom_kill")); it != s.vmstat.constEnd())
        kills = *it;
    m_oomKills->setText(tr("<b>OOM kills since boot</b> %1").arg(format::count(kills)));
    m_oomKills->setToolTip(tr("/proc/vmstat oom_kill (Linux 4.13+)"));
}

} // namespace oomlens::ui
