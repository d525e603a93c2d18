// SPDX-License-Identifier: GPL-2.0-or-later
#include "ReportExporter.h"

#include "ChartRenderer.h"
#include "postmortem/DiagnosisHtml.h"
#include "postmortem/EventFacts.h"
#include "postmortem/WatermarkData.h"
#include "widgets/Format.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

namespace oomlens::ui {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("oomlens::ui::ReportExporter", text, disambiguation, n);
}

// Log text can hold control characters (escape sequences, NUL from a torn write) that XML
// forbids; they are shown as U+FFFD so the report stays well-formed.
QString xmlSafe(QString text) {
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\n' && u != u'\t' && u != u'\r') c = QChar(0xfffd);
    }
    return text;
}

QString pngDataUrl(const QImage &image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(bytes.toBase64());
}

constexpr int kTopTasks = 15;

const char *kStyle = "body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }\n"
                     "table.data { border-collapse: collapse; }\n"
                     "table.data td, table.data th { border: 1px solid #bbb; padding: 2px 6px; }\n"
                     "tr.victim td { background: #f8d0d0; font-weight: bold; }\n"
                     "tr.protected td { background: #d8e8f8; }\n"
                     "td.belowmin { color: #b01010; font-weight: bold; }\n"
                     "pre { font-size: 8pt; }\n"
                     "mark { background: #ffec9e; }\n";
} // namespace

ReportExporter::ReportExporter(const LoadedLog &log)
    : m_log(log) {}

QList<int> ReportExporter::allEvents() const {
    QList<int> all;
    for (int i = 0; i < m_log.events().size(); ++i)
        all.append(i);
    return all;
}

QString ReportExporter::eventText(int index) const {
    if (index < 0 || index >= m_log.events().size()) return {};
    const OomEvent &e = m_log.events().at(index);
    const EventExplanation x = m_log.explanationOf(index);
    QStringList out;
    out << tr("OOM event %1 of %2").arg(index + 1).arg(m_log.events().size());
    out << tr("Cause: %1 — %2").arg(x.cause.title, x.summary);
    out << tr("Time: %1").arg(facts::timeText(e));
    if (!e.host.isEmpty()) out << tr("Host: %1").arg(e.host);
    out << tr("Invoker: %1").arg(facts::invokerText(e));
    if (e.invoker && e.invoker->gfpMask)
        out << tr("gfp_mask: %1%2")
                   .arg(e.invoker->gfpMask->text,
                        e.invoker->gfpMask->flags.isEmpty()
                            ? QString()
                            : QStringLiteral(" (%1)").arg(e.invoker->gfpMask->flags.join(QLatin1Char('|'))));
    const auto order = facts::requestedOrder(e);
    out << tr("Order: %1").arg(order ? QString::number(*order) : format::notAvailable());
    out << tr("Victim: %1").arg(facts::victimText(e));
    out << tr("Memory freed: %1").arg(format::bytes(facts::memoryFreed(e)));
    const QString limit = facts::limitCgroup(e);
    const QString task = facts::taskCgroup(e);
    if (!limit.isEmpty()) out << tr("Limit hit in: %1").arg(limit);
    if (!task.isEmpty()) out << tr("Victim's cgroup: %1").arg(task);
    for (const NodeWatermarks &node : watermarksOf(e)) {
        for (const ZoneAtOom &z : node.zones) {
            QString line = QStringLiteral("  %1: free %2, min %3, low %4, high %5")
                               .arg(facts::zoneLabel(node.node, z.zone), format::bytes(z.free),
                                    format::bytes(z.min), format::bytes(z.low), format::bytes(z.high));
            if (z.atOrBelowMin()) line += tr("  <- at or below min");
            out << line;
        }
    }
    const QString completeness = completenessText(e);
    if (!completeness.isEmpty()) out << completeness;
    if (!x.evidence.isEmpty()) {
        out << tr("Evidence:");
        for (const EvidenceLine &line : x.evidence)
            out << QStringLiteral("  %1: %2").arg(line.line).arg(line.text);
    }
    out << tr("Remedy: %1").arg(x.remedy.isEmpty() ? tr("none can be given from this report") : x.remedy);
    for (const ExplainedFinding &f : x.findings)
        out << tr("Also: %1 %2").arg(f.summary, f.remedy).trimmed();
    out << tr("Source: %1, lines %2–%3")
               .arg(QDir::toNativeSeparators(e.file))
               .arg(e.firstLine)
               .arg(e.lastLine);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ReportExporter::eventHtml(int index, const ImageSource &imageSource) const {
    const OomEvent &e = m_log.events().at(index);
    const EventExplanation x = m_log.explanationOf(index);
    QString h;
    h += QStringLiteral("<div class=\"event\" id=\"event-%1\">\n").arg(index + 1);
    h += QStringLiteral("<h2>%1</h2>\n")
             .arg(tr("Event %1: %2 killed %3")
                      .arg(index + 1)
                      .arg(facts::timeText(e), facts::victimText(e))
                      .toHtmlEscaped());
    h += diagnosisHtml(e, x, DiagnosisHtmlOptions{false});

    // Zones as a table too: the numbers behind the chart, readable in any mail client.
    const QList<NodeWatermarks> nodes = watermarksOf(e);
    if (!nodes.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3>\n<table class=\"data zones\"><tr><th>%2</th><th>%3</th><th>%4</th>"
                            "<th>%5</th><th>%6</th></tr>\n")
                 .arg(tr("Zones"), tr("Zone"), tr("free"), tr("min"), tr("low"), tr("high"));
        for (const NodeWatermarks &node : nodes) {
            for (const ZoneAtOom &z : node.zones) {
                h += QStringLiteral(
                         "<tr><td>%1</td><td class=\"%2\">%3</td><td>%4</td><td>%5</td><td>%6</td></tr>\n")
                         .arg(facts::zoneLabel(node.node, z.zone).toHtmlEscaped(),
                              z.atOrBelowMin() ? QStringLiteral("belowmin") : QStringLiteral("free"),
                              format::bytes(z.free), format::bytes(z.min), format::bytes(z.low),
                              format::bytes(z.high));
            }
        }
        h += QStringLiteral("</table>\n");
    }

    if (imageSource) {
        for (const RenderedChart &chart : ChartRenderer::eventCharts(e)) {
            h += QStringLiteral(
                     "<p class=\"chart\"><img src=\"%1\" alt=\"%2\" width=\"%3\"/><br/><i>%4</i></p>\n")
                     .arg(imageSource(index, chart).toHtmlEscaped(), chart.name.toHtmlEscaped())
                     .arg(chart.image.width())
                     .arg(chart.caption.toHtmlEscaped());
        }
    }

    if (!e.tasks.isEmpty()) {
        // The largest processes (by RSS) and the victim: the whole table is in the raw report.
        QList<int> order;
        for (int i = 0; i < e.tasks.size(); ++i)
            order.append(i);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const auto ra = e.tasks.at(a).rss ? *e.tasks.at(a).rss : e.tasks.at(a).rssPages.value_or(0);
            const auto rb = e.tasks.at(b).rss ? *e.tasks.at(b).rss : e.tasks.at(b).rssPages.value_or(0);
            return ra > rb;
        });
        const auto victim = facts::victimPid(e);
        h += QStringLiteral("<h3>%1</h3>\n<table class=\"data tasks\"><tr><th>%2</th><th>%3</th><th>%4</th>"
                            "<th>%5</th></tr>\n")
                 .arg(tr("Largest tasks (%1 of %2)")
                          .arg(std::min<qsizetype>(kTopTasks, e.tasks.size()))
                          .arg(e.tasks.size()),
                      tr("PID"), tr("Name"), tr("RSS"), tr("oom_score_adj"));
        for (int k = 0; k < order.size(); ++k) {
            const TaskRow &t = e.tasks.at(order.at(k));
            const bool isVictim = victim && t.pid == victim;
            if (k >= kTopTasks && !isVictim) continue;
            const QString cls = isVictim                 ? QStringLiteral("victim")
                                : t.oomScoreAdj == -1000 ? QStringLiteral("protected")
                                                         : QStringLiteral("task");
            const QString rss = t.rss        ? format::bytes(*t.rss)
                                : t.rssPages ? tr("%1 pages").arg(*t.rssPages)
                                             : format::notAvailable();
            h += QStringLiteral("<tr class=\"%1\"><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                     .arg(cls, t.pid ? QString::number(*t.pid) : format::notAvailable(),
                          t.name.toHtmlEscaped(), rss,
                          t.oomScoreAdj ? QString::number(*t.oomScoreAdj) : format::notAvailable());
        }
        h += QStringLiteral("</table>\n");
    }

    const QList<LineNo> evidence = x.allEvidenceLines();
    h += QStringLiteral("<h3>%1</h3>\n<pre class=\"report\">").arg(tr("Report (evidence lines marked)"));
    for (const ReportLine &line : e.rawLines) {
        const QString text = QStringLiteral("%1  %2").arg(line.line, 6).arg(line.text).toHtmlEscaped();
        if (evidence.contains(line.line))
            h += QStringLiteral("<mark data-line=\"%1\">%2</mark>\n").arg(line.line).arg(text);
        else
            h += text + QLatin1Char('\n');
    }
    h += QStringLiteral("</pre>\n</div>\n");
    return h;
}

QString ReportExporter::html(const QList<int> &events, const ImageSource &imageSource,
                             bool withTimeline) const {
    QString h;
    h += QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n"
                        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"/>\n");
    h += QStringLiteral("<title>%1</title>\n<style type=\"text/css\">%2</style>\n</head>\n<body>\n")
             .arg(tr("OOM Lens report").toHtmlEscaped(), QLatin1String(kStyle));
    h += QStringLiteral("<h1>%1</h1>\n").arg(tr("OOM Lens report").toHtmlEscaped());
    QStringList files;
    for (const QString &path : m_log.paths)
        files << QDir::toNativeSeparators(path);
    h +=
        QStringLiteral("<p>%1<br/>%2</p>\n")
            .arg(tr("Source: %1").arg(files.join(QStringLiteral(", "))).toHtmlEscaped(),
                 tr("%n event(s) in this report; written %1 by OOM Lens %2.", nullptr, int(events.size()))
                     .arg(QDateTime::currentDateTime().toString(Qt::ISODate), QStringLiteral(OOMLENS_VERSION))
                     .toHtmlEscaped());
    if (withTimeline && imageSource && m_log.events().size() > 1) {
        const RenderedChart timeline = ChartRenderer::timeline(m_log);
        h += QStringLiteral(
                 "<p class=\"chart\"><img src=\"%1\" alt=\"timeline\" width=\"%2\"/><br/><i>%3</i></p>\n")
                 .arg(imageSource(-1, timeline).toHtmlEscaped())
                 .arg(timeline.image.width())
                 .arg(timeline.caption.toHtmlEscaped());
    }
    for (int index : events)
        if (index >= 0 && index < m_log.events().size()) h += eventHtml(index, imageSource);
    h += QStringLiteral("</body>\n</html>\n");
    return xmlSafe(h);
}

bool ReportExporter::writeHtml(const QString &path, const QList<int> &events, QString *error) const {
    const QString text = html(
        events, [](int, const RenderedChart &chart) { return pngDataUrl(chart.image); }, events.size() > 1);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error) *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool ReportExporter::writePdf(const QString &path, const QList<int> &events, QString *error) const {
    QTextDocument document;
    int counter = 0;
    const QString text = html(
        events,
        [&document, &counter](int, const RenderedChart &chart) {
            const QString name = QStringLiteral("chart-%1.png").arg(++counter);
            document.addResource(QTextDocument::ImageResource, QUrl(name), chart.image);
            return name;
        },
        events.size() > 1);
    document.setHtml(text);

    QPdfWriter writer(path);
    writer.setTitle(tr("OOM Lens report"));
    writer.setCreator(QStringLiteral("OOM Lens " OOMLENS_VERSION));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(96);
    // QPdfWriter reports failure only through an inactive painter: check the file ourselves.
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.print(&writer);
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0) {
        if (error) *error = tr("%1: the PDF could not be written").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

QStringList ReportExporter::writeChartImages(const QString &directory, int index, QString *error) const {
    QStringList written;
    if (index < 0 || index >= m_log.events().size()) return written;
    QList<RenderedChart> charts = ChartRenderer::eventCharts(m_log.events().at(index));
    if (m_log.events().size() > 1) charts.append(ChartRenderer::timeline(m_log));
    const QDir dir(directory);
    for (const RenderedChart &chart : std::as_const(charts)) {
        const QString name = chart.name == QLatin1String("timeline")
                                 ? QStringLiteral("timeline.png")
                                 : QStringLiteral("event-%1-%2.png").arg(index + 1).arg(chart.name);
        const QString path = dir.filePath(name);
        if (!chart.image.save(path, "PNG")) {
            if (error) *error = tr("%1: the image could not be written").arg(QDir::toNativeSeparators(path));
            return written;
        }
        written << path;
    }
    return written;
}

} // namespace oomlens::ui
