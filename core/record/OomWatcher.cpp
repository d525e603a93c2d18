// SPDX-License-Identifier: GPL-2.0-or-later
#include "OomWatcher.h"

#include "KmsgReader.h"

#include <algorithm>

namespace oomlens {

namespace {
constexpr qsizetype kMaxLines = 6000; // a report with a 2,000-task table is ~2,100 lines
const QLatin1String kInvoked("invoked oom-killer:");
const QLatin1String kKilled(": Killed process ");
} // namespace

OomWatcher::OomWatcher(QObject *parent)
    : QObject(parent) {
    m_settle.setSingleShot(true);
    m_settle.setInterval(300);
    connect(&m_settle, &QTimer::timeout, this, &OomWatcher::analyzeBuffered);
}

OomWatcher::~OomWatcher() = default;

bool OomWatcher::startKernelLog(const QString &path) {
    m_kmsg = std::make_unique<KmsgReader>();
    if (!m_kmsg->open(path)) {
        m_kmsgStatus = m_kmsg->errorString();
        m_kmsg.reset();
        return false;
    }
    m_kmsgStatus.clear();
    connect(m_kmsg.get(), &KmsgReader::linesRead, this, &OomWatcher::addKernelLines);
    return true;
}

bool OomWatcher::kernelLogAvailable() const {
    return m_kmsg && m_kmsg->isOpen();
}

void OomWatcher::addKernelLines(const QStringList &lines) {
    for (const QString &line : lines) {
        if (line.contains(kInvoked) && !m_settle.isActive()) m_reportStart = m_lines.size();
        m_lines.append(line);
        if (line.contains(kKilled))
            m_settle.start(); // (re)start: wait until the report's tail (reaper, oom.group kills) is in
    }
    if (m_lines.size() > kMaxLines) {
        const qsizetype cut = m_lines.size() - kMaxLines;
        m_lines.erase(m_lines.begin(), m_lines.begin() + cut);
        m_reportStart = m_reportStart >= cut ? m_reportStart - cut : -1;
    }
}

void OomWatcher::analyzeBuffered() {
    // From the report's header when we saw it, else the whole buffer (the analyzer finds the
    // report boundaries itself; lines before the header are simply not part of an event).
    const qsizetype from = m_reportStart >= 0 ? m_reportStart : 0;
    const QStringList report = m_lines.mid(from);
    m_lines.clear();
    m_reportStart = -1;

    QList<OomEvent> events;
    if (m_analyzer) events = m_analyzer(report);
    for (const OomEvent &event : events) {
        if (!event.victim || !event.victim->killed) continue;
        QList<Victim> victims{*event.victim};
        victims += event.extraKills;
        for (const Victim &victim : victims) {
            OomNotice n;
            n.origin = OomNotice::Origin::KernelLog;
            n.time = QDateTime::currentDateTime();
            n.pid = victim.pid;
            n.comm = victim.comm;
            if (event.constraint) {
                n.victimCgroup = event.constraint->taskMemcg.value_or(QString());
                n.constraintCgroup = event.constraint->oomMemcg.value_or(QString());
            }
            if (n.victimCgroup.isEmpty() && !event.memcg.taskIn.isEmpty())
                n.victimCgroup = event.memcg.taskIn; // pre-4.19 "Task in X killed as a result of limit of Y"
            if (n.constraintCgroup.isEmpty()) n.constraintCgroup = event.memcg.limitOf;
            if (m_diagnoser) n.cause = m_diagnoser(event);
            n.event = event;
            n.reportLines = report; // the recorder keeps them: a replay rebuilds the event itself
            ++m_logKillsUnmatched;
            m_logUnmatchedAge = 0;
            ++m_killsSeen;
            emit oomKill(n);
        }
    }
}

void OomWatcher::observe(const Snapshot &s) {
    std::optional<quint64> vmstatKills;
    if (const auto it = s.vmstat.constFind(QStringLiteral("oom_kill")); it != s.vmstat.constEnd())
        vmstatKills = *it;
    QHash<QString, quint64> cgroupKills;
    for (const Cgroup &c : s.cgroups)
        if (const auto k = c.oomKills()) cgroupKills.insert(c.path, *k);

    if (!m_haveBaseline) {
        m_haveBaseline = true;
        m_lastVmstatKills = vmstatKills;
        m_lastCgroupKills = cgroupKills;
        return;
    }

    // Cgroups whose counter went up; a cgroup that appeared since the last sample counts from 0.
    QHash<QString, quint64> grown;
    for (auto it = cgroupKills.cbegin(); it != cgroupKills.cend(); ++it) {
        const quint64 before = m_lastCgroupKills.value(it.key(), 0);
        if (it.value() > before) grown.insert(it.key(), it.value() - before);
    }
    // v2 counters are hierarchical: keep the deepest cgroups (no grown descendant).
    QStringList deepest;
    quint64 cgroupDelta = 0;
    for (auto it = grown.cbegin(); it != grown.cend(); ++it) {
        const QString prefix = it.key() == QLatin1String("/") ? it.key() : it.key() + QLatin1Char('/');
        const bool hasGrownChild = std::any_of(grown.keyBegin(), grown.keyEnd(), [&](const QString &other) {
            return other != it.key() && other.startsWith(prefix);
        });
        if (!hasGrownChild) {
            deepest << it.key();
            cgroupDelta += it.value();
        }
    }
    std::sort(deepest.begin(), deepest.end());
    quint64 delta = cgroupDelta;
    if (vmstatKills && m_lastVmstatKills && *vmstatKills > *m_lastVmstatKills)
        delta = std::max(delta, *vmstatKills - *m_lastVmstatKills);
    m_lastVmstatKills = vmstatKills;
    m_lastCgroupKills = cgroupKills;

    if (delta > 0) {
        m_counterKillsPending += delta;
        for (const QString &c : std::as_const(deepest))
            if (!m_pendingCgroups.contains(c)) m_pendingCgroups << c;
    }
    const quint64 matched = std::min(m_counterKillsPending, m_logKillsUnmatched);
    m_counterKillsPending -= matched;
    m_logKillsUnmatched -= matched;
    if (m_logKillsUnmatched > 0 && ++m_logUnmatchedAge > 2)
        m_logKillsUnmatched = 0; // the counters never showed them (no vmstat oom_kill): forget
    if (m_counterKillsPending == 0) {
        m_pendingCgroups.clear();
        m_pendingAge = 0;
        return;
    }
    // With the kernel log open, give its lines one more sample to arrive before announcing.
    if (kernelLogAvailable() && (m_pendingAge++ < 1 || m_settle.isActive())) return;

    OomNotice n;
    n.origin = OomNotice::Origin::Counters;
    n.time = QDateTime::currentDateTime();
    n.kills = m_counterKillsPending;
    n.cgroupsWithNewKills = m_pendingCgroups;
    if (m_pendingCgroups.size() == 1) n.victimCgroup = m_pendingCgroups.first();
    m_killsSeen += m_counterKillsPending;
    m_counterKillsPending = 0;
    m_pendingCgroups.clear();
    m_pendingAge = 0;
    emit oomKill(n);
}

} // namespace oomlens
