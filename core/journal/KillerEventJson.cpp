#include "KillerEventJson.h"

#include "KillerDiagnosis.h"

#include <QJsonArray>

namespace oomlens::journal {

namespace {

QJsonValue str(const QString &s) {
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

template <typename T> QJsonValue opt(const std::optional<T> &v) {
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

QString timeText(const KillerEvent &e) {
    return e.time ? e.time->toString(Qt::ISODateWithMs) : QStringLiteral("n/a");
}

bool dryRun(const KillerEvent &e) {
    return e.figure(QStringLiteral("dry_run")) == QLatin1String("yes");
}

} // namespace

QJsonObject killerToJson(const KillerEvent &e, qsizetype linkBase) {
    QJsonObject figures;
    for (const auto &f : e.figures)
        figures.insert(f.first, f.second);
    QJsonArray evidence;
    for (const ReportLine &l : e.evidence)
        evidence.append(
            QJsonObject{{QStringLiteral("line"), double(l.line)}, {QStringLiteral("text"), l.text}});
    const QJsonObject victim{{QStringLiteral("pid"), opt(e.pid)},   {QStringLiteral("uid"), opt(e.uid)},
                             {QStringLiteral("comm"), str(e.comm)}, {QStringLiteral("cgroup"), str(e.cgroup)},
                             {QStringLiteral("unit"), str(e.unit)}, {QStringLiteral("pod"), str(e.pod)},
                             {QStringLiteral("killed"), !dryRun(e)}};
    const QJsonObject diagnosis{
        {QStringLiteral("cause"), killerKindName(e.kind)}, {QStringLiteral("decided_by"), QJsonValue()},
        {QStringLiteral("summary"), e.diagnosis},          {QStringLiteral("remedy"), str(killerRemedy(e))},
        {QStringLiteral("evidence_lines"), evidence},      {QStringLiteral("findings"), QJsonArray()}};
    return QJsonObject{
        {QStringLiteral("kind"), killerKindName(e.kind)},
        {QStringLiteral("file"), e.file},
        {QStringLiteral("line"), e.firstLine > 0 ? QJsonValue(double(e.firstLine)) : QJsonValue()},
        {QStringLiteral("last_line"), e.lastLine > 0 ? QJsonValue(double(e.lastLine)) : QJsonValue()},
        {QStringLiteral("host"), str(e.host)},
        {QStringLiteral("boot_id"), str(e.bootId)},
        {QStringLiteral("time"), e.time ? QJsonValue(e.time->toString(Qt::ISODateWithMs)) : QJsonValue()},
        {QStringLiteral("monotonic_s"), opt(e.monotonicSeconds)},
        {QStringLiteral("killer"), e.killer},
        {QStringLiteral("message_id"), str(e.messageId)},
        {QStringLiteral("victim"), victim},
        {QStringLiteral("signal"), str(e.signal)},
        {QStringLiteral("processes"), opt(e.processes)},
        {QStringLiteral("reason"), str(e.reason)},
        {QStringLiteral("figures"), figures},
        {QStringLiteral("dry_run"), dryRun(e)},
        {QStringLiteral("linked_kernel_event"),
         e.linkedKernelEvent ? QJsonValue(double(*e.linkedKernelEvent + linkBase)) : QJsonValue()},
        {QStringLiteral("diagnosis"), diagnosis},
    };
}

qsizetype linkedKills(const QList<KillerEvent> &killers) {
    qsizetype n = 0;
    for (const KillerEvent &k : killers)
        if (k.linkedKernelEvent) ++n;
    return n;
}

void addKillerSummary(QJsonObject &summary, qsizetype kernelEvents, const QList<KillerEvent> &killers) {
    summary.insert(QStringLiteral("kernel_events"), double(kernelEvents));
    summary.insert(QStringLiteral("userspace_kills"), double(killers.size()));
    summary.insert(QStringLiteral("kills"), double(kernelEvents + killers.size() - linkedKills(killers)));
}

QString killerTableRow(int number, const KillerEvent &e) {
    QString victim =
        e.comm.isEmpty() ? (e.unit.isEmpty() ? (e.pod.isEmpty() ? e.cgroup : e.pod) : e.unit) : e.comm;
    if (e.pid) victim += QStringLiteral(" (%1)").arg(*e.pid);
    return QStringLiteral("%1  %2  %3  %4  %5")
        .arg(number, 3)
        .arg(killerKindName(e.kind), -16)
        .arg(timeText(e), -23)
        .arg(e.host.isEmpty() ? QStringLiteral("n/a") : e.host, -12)
        .arg(victim.isEmpty() ? QStringLiteral("n/a") : victim);
}

QString killerDetail(int number, const KillerEvent &e, qsizetype linkBase) {
    QString out = QStringLiteral("Event %1: %2 by %3 on %4 at %5\n")
                      .arg(number)
                      .arg(killerKindName(e.kind), e.killer,
                           e.host.isEmpty() ? QStringLiteral("n/a") : e.host, timeText(e));
    out += QStringLiteral("  %1\n").arg(e.diagnosis);
    if (!e.figures.isEmpty()) {
        QStringList f;
        for (const auto &p : e.figures)
            f << p.first + QLatin1Char('=') + p.second;
        out += QStringLiteral("  Figures: %1\n").arg(f.join(QStringLiteral(", ")));
    }
    if (e.linkedKernelEvent)
        out += QStringLiteral("  Same kill as event %1 (the kernel's report)\n")
                   .arg(*e.linkedKernelEvent + linkBase + 1);
    if (const QString r = killerRemedy(e); !r.isEmpty()) out += QStringLiteral("Remedy: %1\n").arg(r);
    out += QStringLiteral("Evidence:\n");
    for (const ReportLine &l : e.evidence)
        out += QStringLiteral("  line %1: %2\n").arg(l.line).arg(l.text);
    return out;
}

} // namespace oomlens::journal
