// SPDX-License-Identifier: GPL-2.0-or-later
#include "DiagnosisHtml.h"

#include "EventFacts.h"
#include "widgets/Format.h"

#include <QCoreApplication>
#include <QHash>

namespace oomlens::ui {

namespace {
// lupdate files tr() calls in free functions under the enclosing namespace, so the runtime
// context must be that namespace too, or the translations would never be found.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("oomlens::ui", text, disambiguation, n);
}

QString partName(const QString &id) {
    static const QHash<QString, const char *> names = {
        {QStringLiteral("invoker"), QT_TRANSLATE_NOOP("oomlens::ui", "invoker line")},
        {QStringLiteral("cpu_line"), QT_TRANSLATE_NOOP("oomlens::ui", "CPU/PID line")},
        {QStringLiteral("mem_info"), QT_TRANSLATE_NOOP("oomlens::ui", "Mem-Info summary")},
        {QStringLiteral("zones"), QT_TRANSLATE_NOOP("oomlens::ui", "zone watermarks")},
        {QStringLiteral("buddy"), QT_TRANSLATE_NOOP("oomlens::ui", "buddy lines")},
        {QStringLiteral("task_table"), QT_TRANSLATE_NOOP("oomlens::ui", "task table")},
        {QStringLiteral("constraint"), QT_TRANSLATE_NOOP("oomlens::ui", "oom-kill summary")},
        {QStringLiteral("victim"), QT_TRANSLATE_NOOP("oomlens::ui", "victim")},
        {QStringLiteral("kill_line"), QT_TRANSLATE_NOOP("oomlens::ui", "kill line")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("oomlens::ui", "outcome")},
    };
    const auto it = names.constFind(id);
    return it == names.cend() ? id : tr(it.value());
}

QString evidenceList(const QList<EvidenceLine> &evidence, const DiagnosisHtmlOptions &options) {
    if (evidence.isEmpty()) return {};
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const EvidenceLine &e : evidence) {
        const QString number = e.line > 0 ? QString::number(e.line) : format::notAvailable();
        const QString cell = options.lineLinks && e.line > 0
                                 ? QStringLiteral("<a href=\"line:%1\">%1</a>").arg(e.line)
                                 : number;
        html += QStringLiteral("<tr><td valign=\"top\" align=\"right\" style=\"color:#555\">%1</td>"
                               "<td><code style=\"background:#fff4c2\">%2</code></td></tr>")
                    .arg(cell, e.text.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    return html;
}
} // namespace

QString completenessText(const OomEvent &event) {
    QStringList notes;
    if (!event.complete || !event.missing.isEmpty()) {
        QStringList parts;
        for (const QString &id : event.missing)
            parts << partName(id);
        notes << (parts.isEmpty() ? tr("Partial report.")
                                  : tr("Partial report, missing: %1.").arg(parts.join(QStringLiteral(", "))));
    }
    if (event.elided) notes << tr("Lines were left out (\"...\" in the log).");
    if (event.ringBufferLoss) notes << tr("The kernel dropped messages (ring buffer overrun).");
    if (event.duplicates > 0)
        notes << tr("%n identical copy(ies) of this report were merged.", nullptr, event.duplicates);
    return notes.join(QLatin1Char(' '));
}

QString diagnosisHtml(const OomEvent &event, const EventExplanation &explanation,
                      const DiagnosisHtmlOptions &options) {
    const QColor colour = causeColour(explanation.cause.id);
    QString html;
    html += QStringLiteral("<p><span style=\"background:%1;color:white\">&#160;%2&#160;</span></p>")
                .arg(colour.name(), explanation.cause.title.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>").arg(explanation.summary.toHtmlEscaped());
    if (!explanation.diagnosed)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("No diagnosis rules were available; this only restates what the report says.")
                             .toHtmlEscaped());

    // The facts a reader checks first, one line each.
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    auto fact = [&](const QString &name, const QString &value) {
        html += QStringLiteral("<tr><td style=\"color:#555\">%1&#160;</td><td>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    fact(tr("Time"), facts::timeText(event));
    if (!event.host.isEmpty()) fact(tr("Host"), event.host);
    fact(tr("Invoker"), facts::invokerText(event));
    fact(tr("Victim"), facts::victimText(event));
    fact(tr("Memory freed"), format::bytes(facts::memoryFreed(event)));
    const auto order = facts::requestedOrder(event);
    fact(tr("Order"), order ? QString::number(*order) : format::notAvailable());
    fact(tr("Scope"), facts::scopeName(facts::scopeOf(event)));
    const QString limit = facts::limitCgroup(event);
    if (!limit.isEmpty()) fact(tr("Limit hit in"), limit);
    const QString task = facts::taskCgroup(event);
    if (!task.isEmpty()) fact(tr("Victim's cgroup"), task);
    if (event.cpu && !event.cpu->kernelRelease.isEmpty()) fact(tr("Kernel"), event.cpu->kernelRelease);
    fact(tr("Lines"), QStringLiteral("%1–%2").arg(event.firstLine).arg(event.lastLine));
    html += QStringLiteral("</table>");

    const QString completeness = completenessText(event);
    if (!completeness.isEmpty())
        html += QStringLiteral("<p style=\"color:#8a5a00\">%1</p>").arg(completeness.toHtmlEscaped());

    if (!explanation.evidence.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Evidence").toHtmlEscaped());
        html += evidenceList(explanation.evidence, options);
    }
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Remedy").toHtmlEscaped());
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(explanation.remedy.isEmpty() ? tr("No remedy can be given from this report.").toHtmlEscaped()
                                              : explanation.remedy.toHtmlEscaped());
    if (!explanation.findings.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Also found").toHtmlEscaped());
        for (const ExplainedFinding &f : explanation.findings) {
            html += QStringLiteral("<p><b>%1</b>").arg(f.summary.toHtmlEscaped());
            if (!f.remedy.isEmpty()) html += QStringLiteral("<br/>%1").arg(f.remedy.toHtmlEscaped());
            html += QStringLiteral("</p>");
            html += evidenceList(f.evidence, options);
        }
    }
    return html;
}

} // namespace oomlens::ui
