#include "analysis/ReportEvidence.h"

#include <QStringMatcher>

#include <cmath>

namespace oomlens {

std::optional<Evidence> evidenceAt(const OomEvent &event, LineNo line) {
    if (line <= 0) return std::nullopt;
    for (const auto &raw : event.rawLines)
        if (raw.line == line) return Evidence{line, raw.text};
    return Evidence{line, QString()};
}

void addEvidence(QList<Evidence> &out, const OomEvent &event, LineNo line) {
    const auto e = evidenceAt(event, line);
    if (!e) return;
    for (const auto &have : out)
        if (have.line == e->line) return;
    out.append(*e);
}

QList<Evidence> evidenceContaining(const OomEvent &event, QStringView needle) {
    // One matcher for all the lines: QString::contains() would set up its search for each line
    // again, which made this scan the most expensive part of diagnosing a streamed event.
    const QStringMatcher matcher(needle);
    QList<Evidence> out;
    for (const auto &raw : event.rawLines)
        if (matcher.indexIn(raw.text) >= 0) out.append(Evidence{raw.line, raw.text});
    return out;
}

QList<Evidence> memInfoEvidence(const OomEvent &event, const QString &key) {
    // Summary values are bare page counts ("free:9580 free_pcp:39", "#012" joined after rsyslog);
    // zone lines print "free:44348kB". Plain scanning: this runs for every streamed event.
    const QString needle = key + u':';
    const QStringMatcher matcher(needle);
    QList<Evidence> out;
    for (const auto &raw : event.rawLines) {
        const QString &t = raw.text;
        for (qsizetype at = matcher.indexIn(t); at >= 0; at = matcher.indexIn(t, at + 1)) {
            const bool startOk = at == 0 || t.at(at - 1).isSpace() || t.at(at - 1) == u'2'; // "#012"
            qsizetype end = at + needle.size();
            while (end < t.size() && t.at(end).isDigit())
                ++end;
            const bool digits = end > at + needle.size();
            const bool endOk = end == t.size() || t.at(end).isSpace() || t.at(end) == u'#';
            if (startOk && digits && endOk) {
                out.append(Evidence{raw.line, t});
                break;
            }
        }
    }
    return out;
}

void mergeEvidence(QList<Evidence> &out, const QList<Evidence> &more) {
    for (const auto &e : more) {
        bool have = false;
        for (const auto &o : out)
            have = have || o.line == e.line;
        if (!have) out.append(e);
    }
}

QString formatBytes(Bytes bytes) {
    static const char *const units[] = {"KiB", "MiB", "GiB", "TiB", "PiB"};
    if (bytes < KiB) return QStringLiteral("%1 B").arg(bytes);
    double value = double(bytes) / double(KiB);
    int unit = 0;
    while (value >= 1024.0 && unit < 4) {
        value /= 1024.0;
        ++unit;
    }
    const bool whole = std::fabs(value - std::round(value)) < 0.05;
    return QStringLiteral("%1 %2").arg(value, 0, 'f', whole ? 0 : 1).arg(QLatin1String(units[unit]));
}

QString formatPercent(double part, double whole) {
    if (whole <= 0) return QStringLiteral("n/a");
    return QStringLiteral("%1%").arg(std::lround(100.0 * part / whole));
}

QString victimLabel(const OomEvent &event) {
    QString comm;
    std::optional<qint64> pid;
    if (event.victim) {
        comm = event.victim->comm;
        pid = event.victim->pid;
    }
    if (comm.isEmpty() && event.constraint && event.constraint->task) comm = *event.constraint->task;
    if (!pid && event.constraint) pid = event.constraint->pid;
    if (comm.isEmpty() && !pid) return {};
    if (!pid) return comm;
    return QStringLiteral("%1 (pid %2)").arg(comm.isEmpty() ? QStringLiteral("?") : comm).arg(*pid);
}

QString zoneLabel(std::optional<int> node, const QString &zone) {
    if (!node) return zone;
    return QStringLiteral("Node %1 %2").arg(*node).arg(zone);
}

QString zoneFreeText(const ZoneWatermarks &zone, bool withHigh) {
    const OptBytes mark = withHigh ? zone.high : zone.min;
    return QCoreApplication::translate("Diagnosis", "%1 free %2, %3 %4")
        .arg(zoneLabel(zone.node, zone.zone), zone.free ? formatBytes(*zone.free) : QStringLiteral("n/a"),
             withHigh ? QStringLiteral("high") : QStringLiteral("min"),
             mark ? formatBytes(*mark) : QStringLiteral("n/a"));
}

} // namespace oomlens
