#include "OomEventText.h"

#include <QTextStream>

namespace oomlens {

namespace {
const QString NA = QStringLiteral("n/a");

QString orNa(const QString &s) {
    return s.isEmpty() ? NA : s;
}
template <typename T> QString num(const std::optional<T> &v) {
    return v ? QString::number(*v) : NA;
}

QString whenOf(const OomEvent &e) {
    QStringList parts;
    if (e.time.wallClock && e.time.wallClock->isValid())
        parts << e.time.wallClock->toString(e.time.wallClockYearGuessed
                                                ? QStringLiteral("MMM dd HH:mm:ss")
                                                : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (e.time.uptimeSeconds) parts << QStringLiteral("[%1s]").arg(*e.time.uptimeSeconds, 0, 'f', 3);
    return parts.isEmpty() ? QStringLiteral("line %1").arg(e.firstLine) : parts.join(QLatin1Char(' '));
}
} // namespace

QString formatBytes(OptBytes b) {
    if (!b) return NA;
    const double v = double(*b);
    if (*b >= GiB) return QStringLiteral("%1 GiB").arg(v / double(GiB), 0, 'f', 2);
    if (*b >= MiB) return QStringLiteral("%1 MiB").arg(v / double(MiB), 0, 'f', 1);
    if (*b >= KiB) return QStringLiteral("%1 KiB").arg(v / double(KiB), 0, 'f', 0);
    return QStringLiteral("%1 B").arg(*b);
}

QString eventTableHeader() {
    return QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
        .arg(QStringLiteral("#"), 3)
        .arg(QStringLiteral("when"), -28)
        .arg(QStringLiteral("host"), -12)
        .arg(QStringLiteral("kind"), -18)
        .arg(QStringLiteral("invoker (order)"), -24)
        .arg(QStringLiteral("constraint"), -24)
        .arg(QStringLiteral("victim"), -28)
        .arg(QStringLiteral("complete"));
}

QString eventTableRow(int index, const OomEvent &e) {
    const QString inv =
        e.invoker ? QStringLiteral("%1 (%2)").arg(orNa(e.invoker->comm), num(e.invoker->order)) : NA;
    QString victim = NA;
    if (e.victim)
        victim =
            QStringLiteral("%1 %2%3").arg(num(e.victim->pid), orNa(e.victim->comm),
                                          e.victim->killed ? QString() : QStringLiteral(" (not killed)"));
    const QString constraint = e.constraint ? orNa(e.constraint->constraint) : NA;
    return QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
        .arg(index, 3)
        .arg(whenOf(e), -28)
        .arg(orNa(e.host), -12)
        .arg(kindName(e.kind), -18)
        .arg(inv, -24)
        .arg(constraint, -24)
        .arg(victim, -28)
        .arg(e.complete ? QStringLiteral("yes") : QStringLiteral("no"));
}

QString eventDetail(int index, const OomEvent &e) {
    QString out;
    QTextStream s(&out);
    s << "Event " << index << ": " << kindName(e.kind) << " at " << whenOf(e) << " (" << e.file << ':'
      << e.firstLine << '-' << e.lastLine << ")\n";
    if (!e.host.isEmpty()) s << "  host:        " << e.host << '\n';
    if (e.cpu)
        s << "  kernel:      " << orNa(e.cpu->kernelRelease)
          << (e.cpu->tainted.value_or(false) ? " (tainted)" : "") << '\n';
    if (e.invoker) {
        const auto &i = *e.invoker;
        s << "  invoker:     " << orNa(i.comm) << " pid " << num(i.pid) << ", order " << num(i.order)
          << ", gfp_mask " << (i.gfpMask ? i.gfpMask->text : NA);
        if (i.gfpMask && !i.gfpMask->flags.isEmpty())
            s << " (" << i.gfpMask->flags.join(QLatin1Char('|')) << ')';
        s << ", oom_score_adj " << num(i.oomScoreAdj) << '\n';
    }
    if (e.manualSysrq) s << "  trigger:     manual (sysrq-f)\n";
    if (e.allocationFailure)
        s << "  failure:     " << e.allocationFailure->comm << ": " << e.allocationFailure->what << ", order "
          << num(e.allocationFailure->order) << '\n';
    if (e.constraint) {
        const auto &c = *e.constraint;
        s << "  constraint:  " << orNa(c.constraint) << ", nodemask " << c.nodemask.value_or(NA)
          << ", cpuset " << c.cpuset.value_or(NA) << ", mems_allowed " << c.memsAllowed.value_or(NA) << '\n';
        if (c.oomMemcg)
            s << "  memcg:       limit hit in " << c.oomMemcg.value_or(NA) << ", task in "
              << c.taskMemcg.value_or(NA) << '\n';
    }
    if (!e.memcg.taskIn.isEmpty())
        s << "  memcg (v1):  task in " << e.memcg.taskIn << ", limit of " << e.memcg.limitOf << '\n';
    for (const auto &c : e.memcg.counters)
        s << "  " << QString(c.name + u':').leftJustified(13) << "usage " << formatBytes(c.usage)
          << ", limit " << (c.unlimited() ? QStringLiteral("unlimited") : formatBytes(c.limit))
          << ", failcnt " << num(c.failcnt) << '\n';
    for (const auto &z : e.zones)
        s << "  zone:        " << (z.node ? QStringLiteral("node %1 ").arg(*z.node) : QString()) << z.zone
          << " free " << formatBytes(z.free) << ", min " << formatBytes(z.min) << ", low "
          << formatBytes(z.low) << ", high " << formatBytes(z.high) << '\n';
    for (const auto &b : e.buddy) {
        QStringList counts;
        for (const auto &o : b.orders)
            counts << QString::number(o.count);
        s << "  buddy:       " << (b.node ? QStringLiteral("node %1 ").arg(*b.node) : QString()) << b.zone
          << ": " << (b.empty ? QStringLiteral("empty") : counts.join(QLatin1Char(' '))) << '\n';
    }
    if (e.totals.totalSwap)
        s << "  swap:        " << formatBytes(e.totals.freeSwap) << " free of "
          << formatBytes(e.totals.totalSwap) << '\n';
    if (e.taskTableSeen) s << "  tasks:       " << e.tasks.size() << " rows\n";
    if (e.victim) {
        const auto &v = *e.victim;
        s << "  victim:      " << num(v.pid) << ' ' << orNa(v.comm)
          << (v.alreadyExiting ? " (chosen, already exiting: not killed)"
              : v.killed       ? ""
                               : " (chosen, no kill line)")
          << ", anon-rss " << formatBytes(v.anonRss) << ", file-rss " << formatBytes(v.fileRss)
          << ", oom_score_adj " << num(v.oomScoreAdj) << '\n';
        if (v.scoredPid && v.scoredPid != v.pid)
            s << "  scored:      " << *v.scoredPid << ' ' << v.scoredComm << " (a child was sacrificed)\n";
    }
    for (const auto &k : e.extraKills)
        s << "  also killed: " << num(k.pid) << ' ' << k.comm << '\n';
    for (const auto &k : e.skippedVictims)
        s << "  skipped:     " << num(k.pid) << ' ' << k.comm << " (already exiting, not killed)\n";
    if (e.constraint && !e.constraint->cutField.isEmpty())
        s << "  cut short:   oom-kill: line ends inside " << e.constraint->cutField << "=\n";
    if (e.reaper)
        s << "  oom_reaper:  " << (e.reaper->reaped ? "reaped" : "unable to reap") << ", anon-rss now "
          << formatBytes(e.reaper->anonRss) << '\n';
    if (e.panic) s << "  panic:       " << e.panic->reason << '\n';
    if (!e.missing.isEmpty() || e.elided)
        s << "  incomplete:  " << (e.missing.isEmpty() ? NA : e.missing.join(QStringLiteral(", ")))
          << (e.elided ? " (lines elided or cut in the log)" : "") << '\n';
    return out;
}

} // namespace oomlens
