#include "KillerLines.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace oomlens::journal {

namespace {

using Re = QRegularExpression;

bool startsWith(const std::string &s, const char *p) {
    return s.rfind(p, 0) == 0;
}

QString qs(const std::string &s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// The last path component of a cgroup: its unit ("/system.slice/foo.service" -> "foo.service").
QString unitOf(const QString &cgroup) {
    const qsizetype slash = cgroup.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? cgroup : cgroup.mid(slash + 1);
}

// Seconds between two entries by their wall clock (receive time), or a large number if unknown.
double secondsBetween(const std::optional<QDateTime> &a, const std::optional<QDateTime> &b) {
    if (!a || !b) return 1e9;
    return double(b->toMSecsSinceEpoch() - a->toMSecsSinceEpoch()) / 1000.0;
}

} // namespace

std::optional<KillerSource> killerSourceOf(const JournalEntry &e) {
    if (e.isKernel()) return std::nullopt;
    const std::string &id = e.identifier;
    const std::string &u = e.systemdUnit;
    if (id == "systemd-oomd" || u == "systemd-oomd.service") return KillerSource::Oomd;
    if (id == "earlyoom" || u == "earlyoom.service") return KillerSource::Earlyoom;
    if (id == "nohang" || startsWith(u, "nohang")) return KillerSource::Nohang;
    if (id == "kubelet" || u == "kubelet.service") return KillerSource::Kubelet;
    if (e.messageId == MessageIdUnitOutOfMemory || e.messageId == MessageIdUnitOomdKill ||
        e.unitResult == "oom-kill" || id == "systemd")
        return KillerSource::Pid1;
    return std::nullopt;
}

struct KillerParser::HostState {
    QList<ReportLine> oomdPending; // pressure note, candidate list head, "attempting to kill" lines
    QList<std::pair<QString, QString>> oomdFigures;
    QString oomdMonitored;
    QList<qint64> oomdPids;
    QString oomdSignal;
    // The last "mem avail" line and the last "low memory!" line with their figures: v1.2+ print
    // avail, low, kill; v1.1 printed low, avail, kill.
    std::optional<ReportLine> earlyoomAvailLine, earlyoomLowLine;
    QList<std::pair<QString, QString>> earlyoomFigures, earlyoomLimits;
    qsizetype lastEarlyoom = -1;
    bool nohangOpen = false;
    KillerEvent nohang;
    qsizetype lastNohang = -1;
    QList<ReportLine> kubeletPending;
    QString kubeletResource;
    QList<std::pair<QString, QString>> kubeletFigures;
};

KillerParser::KillerParser(QString file)
    : m_file(std::move(file)) {}

KillerParser::~KillerParser() {
    qDeleteAll(m_hosts);
}

KillerParser::HostState &KillerParser::stateFor(const JournalEntry &entry) {
    HostState *&h = m_hosts[qs(entry.hostname)];
    if (!h) h = new HostState;
    return *h;
}

QList<KillerEvent> KillerParser::take() {
    return std::exchange(m_events, {});
}

KillerEvent KillerParser::startEvent(KillerKind kind, const JournalEntry &e, const QString &killer) const {
    KillerEvent k;
    k.kind = kind;
    k.file = m_file;
    k.host = qs(e.hostname);
    k.bootId = qs(e.bootId);
    k.firstLine = k.lastLine = e.line;
    if (e.realtimeUs) k.time = QDateTime::fromMSecsSinceEpoch(qint64(*e.realtimeUs / 1000), QTimeZone(0));
    if (e.monotonicUs) k.monotonicSeconds = double(*e.monotonicUs) / 1e6;
    k.killer = killer.isEmpty() ? qs(e.identifier) : killer;
    k.messageId = qs(e.messageId);
    return k;
}

void KillerParser::add(const JournalEntry &e, KillerSource source) {
    HostState &h = stateFor(e);
    // Multi-line records (nohang's log() of a block) reach the journal as one entry or, through a
    // stdout stream, one entry per line: the parsers take one line at a time either way.
    const QStringList lines = qs(e.message).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &raw : lines) {
        const QString msg = raw.trimmed();
        if (msg.isEmpty()) continue;
        switch (source) {
        case KillerSource::Oomd:
            oomdLine(h, e, msg);
            break;
        case KillerSource::Pid1:
            pid1Line(h, e, msg);
            break;
        case KillerSource::Earlyoom:
            earlyoomLine(h, e, msg);
            break;
        case KillerSource::Nohang:
            nohangLine(h, e, msg);
            break;
        case KillerSource::Kubelet:
            kubeletLine(h, e, msg);
            break;
        }
    }
}

// systemd-oomd (src/oom/oomd-manager.c, oomd-util.c).
void KillerParser::oomdLine(HostState &h, const JournalEntry &e, const QString &msg) {
    static const Re killed(QStringLiteral("^(Killed|Marked) (\\S+) (?:for killing )?due to (.*)$"));
    static const Re pressure(
        QStringLiteral("[Mm]emory pressure for (\\S+) (?:being|is) ([\\d.]+%) > ([\\d.]+%) "
                       "for > (\\S+)(?: with reclaim activity)?"));
    static const Re used(
        QStringLiteral("memory used \\((\\d+)\\) / total \\((\\d+)\\) and swap used \\((\\d+)\\) / "
                       "total \\((\\d+)\\) (?:being|is) more than ([\\d.]+%)"));
    static const Re swap(
        QStringLiteral("swap used \\((\\d+)\\) / total \\((\\d+)\\) (?:being|is) more than ([\\d.]+%)"));
    static const Re attempting(QStringLiteral("^oomd attempting to kill (\\d+) with (\\w+)"));
    static const Re rule(
        QStringLiteral("^Rule '(.*)' conditions met for cgroup (\\S+) for (\\S+), taking action (\\S+)"));
    const ReportLine line{e.line, msg};
    auto pressureFigures = [](const QRegularExpressionMatch &m) {
        return QList<std::pair<QString, QString>>{{QStringLiteral("monitored_cgroup"), m.captured(1)},
                                                  {QStringLiteral("pressure"), m.captured(2)},
                                                  {QStringLiteral("limit"), m.captured(3)},
                                                  {QStringLiteral("duration"), m.captured(4)}};
    };
    if (msg.startsWith(QLatin1String("Considered "))) {
        h.oomdPending = {line}; // a new decision starts with its candidate list
        return;
    }
    if (auto m = pressure.match(msg); m.hasMatch() && msg.startsWith(QLatin1String("Memory pressure"))) {
        h.oomdPending.append(line);
        h.oomdFigures = pressureFigures(m);
        h.oomdMonitored = m.captured(1);
        return;
    }
    if (auto m = attempting.match(msg); m.hasMatch()) {
        h.oomdPending.append(line);
        h.oomdPids.append(m.captured(1).toLongLong());
        h.oomdSignal = QStringLiteral("SIG") + m.captured(2);
        return;
    }
    auto k = killed.match(msg);
    auto r = rule.match(msg);
    if (!k.hasMatch() && !r.hasMatch()) {
        if (msg.startsWith(QLatin1String("Swap used"))) h.oomdPending.append(line);
        return;
    }
    KillerEvent ev = startEvent(KillerKind::OomdKill, e, QStringLiteral("systemd-oomd"));
    ev.evidence = h.oomdPending;
    ev.evidence.append(line);
    if (!h.oomdPending.isEmpty()) ev.firstLine = h.oomdPending.constFirst().line;
    if (r.hasMatch()) {
        ev.cgroup = r.captured(2);
        ev.reason = QStringLiteral("rule");
        ev.figures = {{QStringLiteral("rule"), r.captured(1)},
                      {QStringLiteral("duration"), r.captured(3)},
                      {QStringLiteral("action"), r.captured(4)}};
    } else {
        ev.cgroup = k.captured(2);
        const QString why = k.captured(3);
        if (k.captured(1) == QLatin1String("Marked"))
            ev.figures.append({QStringLiteral("action"), QStringLiteral("marked")});
        if (auto m = used.match(why); m.hasMatch()) {
            ev.reason = QStringLiteral("swap");
            ev.figures += {{QStringLiteral("memory_used_bytes"), m.captured(1)},
                           {QStringLiteral("memory_total_bytes"), m.captured(2)},
                           {QStringLiteral("swap_used_bytes"), m.captured(3)},
                           {QStringLiteral("swap_total_bytes"), m.captured(4)},
                           {QStringLiteral("limit"), m.captured(5)}};
        } else if (auto s = swap.match(why); s.hasMatch()) {
            ev.reason = QStringLiteral("swap");
            ev.figures += {{QStringLiteral("swap_used_bytes"), s.captured(1)},
                           {QStringLiteral("swap_total_bytes"), s.captured(2)},
                           {QStringLiteral("limit"), s.captured(3)}};
        } else if (auto p = pressure.match(why); p.hasMatch()) {
            ev.reason = QStringLiteral("memory_pressure");
            ev.figures += pressureFigures(p);
        } else {
            // Cut by the journal viewer ("...for /x.slice be>"): the pressure note before it names
            // the same figures.
            ev.reason = why.startsWith(QLatin1String("memory pressure")) ? QStringLiteral("memory_pressure")
                        : why.contains(QLatin1String("swap"))            ? QStringLiteral("swap")
                                                                         : why;
            if (ev.reason == QLatin1String("memory_pressure")) ev.figures += h.oomdFigures;
        }
    }
    ev.unit = unitOf(ev.cgroup);
    if (h.oomdPids.size() == 1) ev.pid = h.oomdPids.constFirst();
    if (!h.oomdPids.isEmpty()) ev.processes = int(h.oomdPids.size());
    ev.signal = h.oomdSignal;
    h.oomdSignal.clear();
    h.oomdPending.clear();
    h.oomdPids.clear();
    h.oomdFigures.clear();
    m_events.append(std::move(ev));
}

// PID 1 about a unit (src/core/unit.c, service.c): matched by MESSAGE_ID where the journal has it.
void KillerParser::pid1Line(HostState &, const JournalEntry &e, const QString &msg) {
    // v243-v253 "A process of this unit has been killed by the OOM killer."; newer "The kernel OOM killer
    // killed some processes in this unit."
    static const Re unitOom(
        QStringLiteral("^(\\S+): (?:A process of this unit has been killed by the OOM killer|The "
                       "kernel OOM killer killed some processes in this unit)"));
    static const Re oomdKilled(
        QStringLiteral("^(\\S+): systemd-oomd killed (\\d+) process\\(es\\) in this unit"));
    static const Re failed(QStringLiteral("^(\\S+): Failed with result 'oom-kill'"));
    const ReportLine line{e.line, msg};
    const QString entryUnit = qs(e.unit);
    if (auto m = oomdKilled.match(msg); m.hasMatch() || e.messageId == MessageIdUnitOomdKill) {
        const QString unit = entryUnit.isEmpty() ? m.captured(1) : entryUnit;
        KillerEvent probe = startEvent(KillerKind::OomdKill, e, QStringLiteral("systemd"));
        // systemd-oomd's own "Killed" line of the same cgroup, just before: one kill, two lines.
        for (qsizetype i = m_events.size() - 1; i >= 0; --i) {
            KillerEvent &k = m_events[i];
            if (secondsBetween(k.time, probe.time) > 10) break;
            if (k.kind != KillerKind::OomdKill || k.host != probe.host || unitOf(k.cgroup) != unit) continue;
            k.evidence.append(line);
            k.lastLine = e.line;
            k.unit = unit;
            if (m.hasMatch()) k.processes = m.captured(2).toInt();
            return;
        }
        probe.unit = unit;
        if (m.hasMatch()) probe.processes = m.captured(2).toInt();
        probe.evidence = {line};
        m_events.append(std::move(probe));
        return;
    }
    auto o = unitOom.match(msg);
    auto f = failed.match(msg);
    const bool isUnitOom = o.hasMatch() || e.messageId == MessageIdUnitOutOfMemory;
    const bool isFailed = f.hasMatch() || e.unitResult == "oom-kill";
    if (!isUnitOom && !isFailed) return;
    QString unit = entryUnit;
    if (unit.isEmpty()) unit = o.hasMatch() ? o.captured(1) : f.captured(1);
    KillerEvent probe = startEvent(KillerKind::UnitOom, e, QStringLiteral("systemd"));
    if (isFailed) {
        // "Failed with result 'oom-kill'" closes the unit whose OOM was just noted.
        for (qsizetype i = m_events.size() - 1; i >= 0; --i) {
            KillerEvent &k = m_events[i];
            if (secondsBetween(k.time, probe.time) > 60) break;
            if (k.kind != KillerKind::UnitOom || k.host != probe.host || k.unit != unit) continue;
            k.evidence.append(line);
            k.lastLine = e.line;
            k.figures.append({QStringLiteral("unit_result"), QStringLiteral("oom-kill")});
            return;
        }
        probe.figures.append({QStringLiteral("unit_result"), QStringLiteral("oom-kill")});
    }
    probe.unit = unit;
    probe.reason = QStringLiteral("kernel_oom_kill");
    probe.evidence = {line};
    m_events.append(std::move(probe));
}

// earlyoom (main.c, kill.c, meminfo.c); the versions differ in "badness"/"oom_score", "uid" and
// the cmdline and oom_score_adj fields.
void KillerParser::earlyoomLine(HostState &h, const JournalEntry &e, const QString &msg) {
    static const Re avail(
        QStringLiteral("^mem avail: *(\\d+) of *(\\d+) MiB \\( *([\\d.]+) ?%\\), swap free: *(\\d+) "
                       "of *(\\d+) MiB \\( *([\\d.]+) ?%\\)"));
    static const Re low(
        QStringLiteral("^low memory! at or below (SIG\\w+) limits: mem *([\\d.]+) ?%, swap *([\\d.]+) ?%"));
    static const Re sending(
        QStringLiteral("^sending (SIG\\w+) to process (\\d+)(?: uid (\\d+))? \"(.*?)\": (.*)$"));
    static const Re field(QStringLiteral("(badness|oom_score_adj|oom_score|VmRSS) (-?\\d+)"));
    static const Re cmdline(QStringLiteral("cmdline \"(.*)\""));
    static const Re exited(QStringLiteral("^process (?:(\\d+) )?exited after ([\\d.]+) seconds"));
    // v1.2-v1.3rc: killing process 27541 "bash" with signal 15: badness 550, VmRSS 7609 MiB
    static const Re killing(QStringLiteral("^killing process (\\d+) \"(.*?)\" with signal (\\d+): (.*)$"));
    // v1.1: Killing process 'bash' with signal 15, pid: 5874, badness: 538, VmRSS: 3160 MiB
    static const Re killingOld(
        QStringLiteral("^Killing process '(.*?)' with signal (\\d+), pid: (\\d+), (.*)$"));
    static const Re lowOld(QStringLiteral(
        "^Low Memory! At or below (sig\\w+) limits \\(mem: *([\\d.]+) ?%, swap: *([\\d.]+) ?%\\)"));
    static const Re cmdlineLine(QStringLiteral("^process (\\d+) cmdline \"(.*)\"$"));
    const ReportLine line{e.line, msg};
    if (auto m = avail.match(msg); m.hasMatch()) {
        h.earlyoomAvailLine = line;
        h.earlyoomFigures = {{QStringLiteral("mem_available_mib"), m.captured(1)},
                             {QStringLiteral("mem_total_mib"), m.captured(2)},
                             {QStringLiteral("mem_available"), m.captured(3) + QLatin1Char('%')},
                             {QStringLiteral("swap_free_mib"), m.captured(4)},
                             {QStringLiteral("swap_total_mib"), m.captured(5)},
                             {QStringLiteral("swap_free"), m.captured(6) + QLatin1Char('%')}};
        return;
    }
    if (auto m = lowOld.match(msg); m.hasMatch()) {
        h.earlyoomLowLine = line;
        h.earlyoomLimits = {{QStringLiteral("mem_limit"), m.captured(2) + QLatin1Char('%')},
                            {QStringLiteral("swap_limit"), m.captured(3) + QLatin1Char('%')}};
        return;
    }
    if (auto m = low.match(msg); m.hasMatch()) {
        h.earlyoomLowLine = line;
        h.earlyoomLimits = {{QStringLiteral("mem_limit"), m.captured(2) + QLatin1Char('%')},
                            {QStringLiteral("swap_limit"), m.captured(3) + QLatin1Char('%')}};
        return;
    }
    const auto m = sending.match(msg);
    const auto k1 = m.hasMatch() ? QRegularExpressionMatch() : killing.match(msg);
    const auto k0 = m.hasMatch() || k1.hasMatch() ? QRegularExpressionMatch() : killingOld.match(msg);
    if (m.hasMatch() || k1.hasMatch() || k0.hasMatch()) {
        auto signalName = [](const QString &number) {
            return number == QLatin1String("15")  ? QStringLiteral("SIGTERM")
                   : number == QLatin1String("9") ? QStringLiteral("SIGKILL")
                                                  : QStringLiteral("signal ") + number;
        };
        KillerEvent ev = startEvent(KillerKind::EarlyoomKill, e, QStringLiteral("earlyoom"));
        QString tail;
        if (m.hasMatch()) {
            ev.signal = m.captured(1);
            ev.pid = m.captured(2).toLongLong();
            if (!m.captured(3).isEmpty()) ev.uid = m.captured(3).toLongLong();
            ev.comm = m.captured(4);
            tail = m.captured(5);
        } else if (k1.hasMatch()) {
            ev.pid = k1.captured(1).toLongLong();
            ev.comm = k1.captured(2);
            ev.signal = signalName(k1.captured(3));
            tail = k1.captured(4);
        } else {
            ev.comm = k0.captured(1);
            ev.signal = signalName(k0.captured(2));
            ev.pid = k0.captured(3).toLongLong();
            tail = k0.captured(4);
            tail.replace(QLatin1String(": "), QLatin1String(" "));
        }
        ev.reason = QStringLiteral("low_memory");
        ev.figures = h.earlyoomFigures + h.earlyoomLimits;
        auto it = field.globalMatch(tail.section(QLatin1String("cmdline \""), 0, 0));
        while (it.hasNext()) {
            const auto f = it.next();
            ev.figures.append(
                {f.captured(1) == QLatin1String("VmRSS") ? QStringLiteral("vm_rss_mib") : f.captured(1),
                 f.captured(2)});
        }
        if (auto c = cmdline.match(tail); c.hasMatch())
            ev.figures.append({QStringLiteral("cmdline"), c.captured(1)});
        for (const auto &l : {h.earlyoomAvailLine, h.earlyoomLowLine})
            if (l) ev.evidence.append(*l);
        std::sort(ev.evidence.begin(), ev.evidence.end(),
                  [](const ReportLine &a, const ReportLine &b) { return a.line < b.line; });
        ev.evidence.append(line);
        ev.firstLine = ev.evidence.constFirst().line;
        h.earlyoomAvailLine.reset();
        h.earlyoomLowLine.reset();
        h.earlyoomLimits.clear();
        h.lastEarlyoom = m_events.size();
        m_events.append(std::move(ev));
        return;
    }
    // What followed the signal: belongs to the last kill of this host.
    if (h.lastEarlyoom < 0 || h.lastEarlyoom >= m_events.size()) return;
    KillerEvent &last = m_events[h.lastEarlyoom];
    if (auto x = exited.match(msg); x.hasMatch()) {
        if (x.captured(1).isEmpty() || (last.pid && *last.pid == x.captured(1).toLongLong()))
            last.figures.append({QStringLiteral("exited_after_s"), x.captured(2)});
    } else if (auto c = cmdlineLine.match(msg); c.hasMatch()) {
        if (!last.pid || *last.pid != c.captured(1).toLongLong()) return;
        last.figures.append({QStringLiteral("cmdline"), c.captured(2)});
    } else if (msg.startsWith(QLatin1String("dryrun"))) {
        last.figures.append({QStringLiteral("dry_run"), QStringLiteral("yes")});
    } else if (!msg.startsWith(QLatin1String("escalating to SIGKILL")) &&
               !msg.contains(QLatin1String("did not exit")) &&
               !msg.startsWith(QLatin1String("kill failed")) &&
               !msg.contains(QLatin1String("kernel OOM killer"))) {
        return;
    }
    last.evidence.append(line);
    last.lastLine = e.line;
    h.lastEarlyoom = msg.startsWith(QLatin1String("dryrun")) || msg.contains(QLatin1String("exited"))
                         ? -1
                         : h.lastEarlyoom;
}

// nohang: one corrective action is a block of lines (see the header).
void KillerParser::nohangLine(HostState &h, const JournalEntry &e, const QString &msg) {
    static const Re mem(QStringLiteral(
        "^MemAvailable \\[(\\d+) MiB, ([\\d.]+) %\\] <= (hard|soft)_threshold_min_mem \\[(\\d+) "
        "MiB, ([\\d.]+) %\\]"));
    static const Re swapFree(
        QStringLiteral("^SwapFree \\[(\\d+) MiB, ([\\d.]+) %\\] <= \\w+_threshold_min_swap \\[(.*)\\]"));
    static const Re pid(QStringLiteral("^PID: *(\\d+), name: (.*?), state: (\\S+), EUID: (\\d+)"));
    static const Re badness(
        QStringLiteral("^badness: *(-?\\d+), oom_score: *(\\d+), oom_score_adj: *(-?\\d+)"));
    static const Re vm(QStringLiteral("^Vm, MiB: *Size: (\\d+), RSS: (\\d+)"));
    static const Re sending(QStringLiteral("^Sen(?:d|ding) (SIG\\w+) to the victim"));
    const ReportLine line{e.line, msg};
    // 0.2: "Memory status that requires corrective actions:"; 0.1: "... before implementing a corrective
    // action:".
    if (msg.startsWith(QLatin1String("Memory status that requires corrective actions")) ||
        msg.startsWith(QLatin1String("Memory status before implementing"))) {
        h.nohang = startEvent(KillerKind::NohangKill, e, QStringLiteral("nohang"));
        h.nohang.evidence = {line};
        h.nohangOpen = true;
        return;
    }
    if (h.nohangOpen) {
        KillerEvent &ev = h.nohang;
        ev.evidence.append(line);
        ev.lastLine = e.line;
        if (auto m = mem.match(msg); m.hasMatch()) {
            ev.reason = QStringLiteral("low_memory");
            ev.figures += {{QStringLiteral("mem_available_mib"), m.captured(1)},
                           {QStringLiteral("mem_available"), m.captured(2) + QLatin1Char('%')},
                           {QStringLiteral("threshold"), m.captured(3)},
                           {QStringLiteral("mem_limit_mib"), m.captured(4)},
                           {QStringLiteral("mem_limit"), m.captured(5) + QLatin1Char('%')}};
        } else if (auto s = swapFree.match(msg); s.hasMatch()) {
            ev.figures += {{QStringLiteral("swap_free_mib"), s.captured(1)},
                           {QStringLiteral("swap_free"), s.captured(2) + QLatin1Char('%')},
                           {QStringLiteral("swap_limit"), s.captured(3)}};
        } else if (msg.contains(QLatin1String("PSI")) && ev.reason.isEmpty()) {
            ev.reason = QStringLiteral("memory_pressure");
            ev.figures.append({QStringLiteral("psi"), msg});
        } else if (auto p = pid.match(msg); p.hasMatch()) {
            ev.pid = p.captured(1).toLongLong();
            ev.comm = p.captured(2);
            ev.uid = p.captured(4).toLongLong();
        } else if (auto b = badness.match(msg); b.hasMatch()) {
            ev.figures += {{QStringLiteral("badness"), b.captured(1)},
                           {QStringLiteral("oom_score"), b.captured(2)},
                           {QStringLiteral("oom_score_adj"), b.captured(3)}};
        } else if (auto v = vm.match(msg); v.hasMatch()) {
            ev.figures.append({QStringLiteral("vm_rss_mib"), v.captured(2)});
        } else if (msg.startsWith(QLatin1String("cgroup_v2:")) ||
                   msg.startsWith(QLatin1String("cgroup_v1:"))) {
            const QString cg = msg.mid(10).trimmed();
            if (!cg.isEmpty() && (ev.cgroup.isEmpty() || msg.startsWith(QLatin1String("cgroup_v2:"))))
                ev.cgroup = cg;
        } else if (auto s2 = sending.match(msg);
                   s2.hasMatch() || msg.startsWith(QLatin1String("Executing the command"))) {
            ev.signal = s2.hasMatch() ? s2.captured(1) : QString();
            if (!s2.hasMatch()) ev.figures.append({QStringLiteral("command"), msg.mid(23)});
            if (ev.reason.isEmpty()) ev.reason = QStringLiteral("low_memory");
            h.nohangOpen = false;
            h.lastNohang = m_events.size();
            m_events.append(std::move(ev));
        }
        return;
    }
    if (h.lastNohang < 0 || h.lastNohang >= m_events.size()) return;
    KillerEvent &last = m_events[h.lastNohang];
    if (msg.startsWith(QLatin1String("The victim died in")) || msg.startsWith(QLatin1String("[ OK ]")) ||
        msg.startsWith(QLatin1String("OK; total response time")) ||
        msg.startsWith(QLatin1String("Memory status after implementing")) ||
        (msg.startsWith(QLatin1String("MemAvailable:")) && msg.contains(QLatin1String("SwapFree")))) {
        last.evidence.append(line);
        last.lastLine = e.line;
        if (msg.startsWith(QLatin1String("The victim died in")))
            last.figures.append({QStringLiteral("died_after"), msg.mid(19).trimmed()});
    }
}

// kubelet's eviction manager: only evictions to reclaim memory are OOM-like kills.
void KillerParser::kubeletLine(HostState &h, const JournalEntry &e, const QString &msg) {
    if (!msg.contains(QLatin1String("viction")) && !msg.contains(QLatin1String("low on resource"))) return;
    static const Re reclaim(QStringLiteral("attempting to reclaim\"? (?:resourceName=\"([^\"]+)\"|(\\S+))"));
    static const Re evicted(
        QStringLiteral("pod is evicted successfully\" pod=\"([^\"]+)\"|pod (\\S+) is evicted successfully"));
    static const Re threshold(
        QStringLiteral("signal=([\\w.]+), quantity=([^\\],\\s]+)\\]?,? ?observed=?\\s*([^\\s,\"]+)?"));
    static const Re lowOn(QStringLiteral(
        "low on resource: ([\\w.-]+)\\. Threshold quantity: ([^,\\s]+), available: ([^.,\\s]+)"));
    const ReportLine line{e.line, msg};
    if (auto m = reclaim.match(msg); m.hasMatch()) {
        h.kubeletPending = {line};
        h.kubeletResource = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        h.kubeletFigures.clear();
        return;
    }
    if (auto t = threshold.match(msg); t.hasMatch()) {
        h.kubeletPending.append(line);
        h.kubeletFigures = {{QStringLiteral("signal"), t.captured(1)},
                            {QStringLiteral("threshold"), t.captured(2)}};
        if (!t.captured(3).isEmpty()) h.kubeletFigures.append({QStringLiteral("observed"), t.captured(3)});
        return;
    }
    if (auto l = lowOn.match(msg); l.hasMatch()) {
        h.kubeletPending.append(line);
        h.kubeletResource = l.captured(1);
        h.kubeletFigures = {{QStringLiteral("threshold"), l.captured(2)},
                            {QStringLiteral("available"), l.captured(3)}};
        return;
    }
    if (msg.contains(QLatin1String("must evict")) || msg.contains(QLatin1String("ranked for eviction"))) {
        h.kubeletPending.append(line);
        return;
    }
    auto m = evicted.match(msg);
    if (!m.hasMatch()) return;
    // Evictions for disk or PIDs are no memory kills: only memory (or an unnamed resource) counts.
    if (!h.kubeletResource.isEmpty() && !h.kubeletResource.startsWith(QLatin1String("memory"))) return;
    KillerEvent ev = startEvent(KillerKind::KubeletEviction, e, QStringLiteral("kubelet"));
    ev.pod = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    ev.reason = h.kubeletResource.isEmpty() ? QStringLiteral("memory") : h.kubeletResource;
    ev.figures = h.kubeletFigures;
    ev.evidence = h.kubeletPending;
    ev.evidence.append(line);
    if (!h.kubeletPending.isEmpty()) ev.firstLine = h.kubeletPending.constFirst().line;
    m_events.append(std::move(ev));
}

} // namespace oomlens::journal
