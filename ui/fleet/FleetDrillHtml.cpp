#include "FleetDrillHtml.h"

#include <QCoreApplication>
#include <QDateTime>

namespace oomlens::ui {

using namespace oomlens::fleet;

// lupdate files tr() in free functions under the enclosing namespace: the context must match.
static QString tr(const char *text) {
    return QCoreApplication::translate("oomlens::ui", text);
}

static QString when(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// The sample at or just before `ms` (the value the kernel saw then), or the first one after.
static std::optional<double> at(const QList<PromPoint> &points, qint64 ms) {
    std::optional<double> v;
    for (const PromPoint &p : points) {
        if (p.timeMs > ms && v) break;
        v = p.value;
    }
    return v;
}

static QString num(std::optional<double> v) {
    return v ? QString::number(qint64(*v)) : tr("n/a");
}

QString drillDownHtml(const DrillDownResult &r) {
    QString h = QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(r.host.toHtmlEscaped(), tr("%1 to %2").arg(when(r.startMs), when(r.endMs)));
    const qint64 killMs = r.killTimes.isEmpty() ? (r.startMs + r.endMs) / 2 : r.killTimes.first().timeMs;
    if (r.killTimes.isEmpty()) {
        h += QStringLiteral("<p>") + tr("No OOM kill in this window.") + QStringLiteral("</p>");
    } else {
        h += QStringLiteral("<p><b>") + tr("OOM kills:") + QStringLiteral("</b> ");
        QStringList kills;
        for (const PromPoint &p : r.killTimes)
            kills << QStringLiteral("%1 × %2").arg(qint64(p.value)).arg(when(p.timeMs));
        h += kills.join(QStringLiteral(", ")) + QStringLiteral("</p>");
    }
    const QString hint = collectorHint(r);
    if (!hint.isEmpty()) {
        QStringList flags;
        if (!r.zoneinfoCollected) flags << QStringLiteral("--collector.zoneinfo");
        if (!r.buddyinfoCollected) flags << QStringLiteral("--collector.buddyinfo");
        h += QStringLiteral("<p style='background:#fff4ce;padding:4px'>") +
             tr("Zone watermarks and buddy counts are not collected for this host. node_exporter has "
                "these collectors off by default; start it with <code>%1</code> (on Debian: add them to "
                "ARGS in /etc/default/prometheus-node-exporter).")
                 .arg(flags.join(QLatin1Char(' '))) +
             QStringLiteral("</p>");
    }
    if (r.zoneinfoCollected) {
        h += QStringLiteral("<h4>") + tr("Zones at %1 (pages)").arg(when(killMs)) + QStringLiteral("</h4>");
        h += QStringLiteral(
                 "<table border='1' cellspacing='0' cellpadding='3'><tr><th>%1</th><th>%2</th><th>%3</th>"
                 "<th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>")
                 .arg(tr("node"), tr("zone"), tr("free"), tr("min"), tr("low"), tr("high"), tr("managed"));
        for (const ZoneSeries &z : r.zones) {
            const auto free = at(z.freePages, killMs), min = at(z.minPages, killMs);
            const bool under = free && min && *free < *min;
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td%8>%3</td><td>%4</td><td>%5</td><td>%6</"
                                "td><td>%7</td></tr>")
                     .arg(z.node.toHtmlEscaped(), z.zone.toHtmlEscaped(), num(free), num(min),
                          num(at(z.lowPages, killMs)), num(at(z.highPages, killMs)),
                          num(at(z.managedPages, killMs)),
                          under ? QStringLiteral(" style='color:#b00000;font-weight:bold'") : QString());
        }
        h += QStringLiteral("</table>");
    }
    if (r.buddyinfoCollected) {
        h += QStringLiteral("<h4>") + tr("Free blocks per order at %1 (buddyinfo)").arg(when(killMs)) +
             QStringLiteral("</h4><table border='1' cellspacing='0' cellpadding='3'><tr><th>") + tr("zone") +
             QStringLiteral("</th>");
        int maxOrder = 0;
        for (const BuddySeries &b : r.buddy)
            maxOrder = std::max(maxOrder, b.order);
        for (int o = 0; o <= maxOrder; ++o)
            h += QStringLiteral("<th>%1</th>").arg(o);
        h += QStringLiteral("</tr>");
        QString row, current;
        for (const BuddySeries &b : r.buddy) {
            const QString key = b.node + QLatin1Char('/') + b.zone;
            if (key != current) {
                if (!current.isEmpty()) h += row + QStringLiteral("</tr>");
                current = key;
                row = QStringLiteral("<tr><td>%1</td>").arg(key.toHtmlEscaped());
            }
            row += QStringLiteral("<td>%1</td>").arg(num(at(b.blocks, killMs)));
        }
        if (!current.isEmpty()) h += row + QStringLiteral("</tr>");
        h += QStringLiteral("</table>");
    }
    for (const QString &w : r.warnings)
        h += QStringLiteral("<p>") + tr("Partial answer: %1").arg(w.toHtmlEscaped()) + QStringLiteral("</p>");
    return h;
}

QString containersHtml(const FleetResult &r) {
    if (r.containers.isEmpty()) return {};
    QString h =
        QStringLiteral("<h4>") + tr("Containers with OOM kills") +
        QStringLiteral("</h4><table border='1' cellspacing='0' cellpadding='3'><tr><th>%1</th><th>%2</th>"
                       "<th>%3</th><th>%4</th></tr>")
            .arg(tr("namespace/pod/container"), tr("host"), tr("OOM events (cAdvisor)"),
                 tr("restarts, last reason OOMKilled"));
    for (const ContainerKills &c : r.containers) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg((c.k8sNamespace + QLatin1Char('/') + c.pod + QLatin1Char('/') + c.container)
                          .toHtmlEscaped(),
                      c.host.toHtmlEscaped(), c.oomEvents ? QString::number(*c.oomEvents) : tr("n/a"),
                      c.oomRestarts ? QString::number(*c.oomRestarts) : tr("n/a"));
    }
    return h + QStringLiteral("</table>");
}

} // namespace oomlens::ui
