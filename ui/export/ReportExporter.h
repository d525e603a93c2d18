// SPDX-License-Identifier: GPL-2.0-or-later
// Reports for people who were not at the screen: one event or all events as a self-contained
// HTML file (charts embedded as PNG data URLs) or a PDF (QTextDocument printed by QPdfWriter,
// charts as document resources), each chart as a PNG, and an event as plain text for a ticket.
// The HTML is well-formed XHTML so it can be checked with an XML parser.
#pragma once

#include "postmortem/LoadedLog.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace oomlens::ui {

struct RenderedChart;

class ReportExporter {
public:
    explicit ReportExporter(const LoadedLog &log);

    QList<int> allEvents() const;

    // Plain text of one event (the diagnosis, facts, zones, evidence, remedy).
    QString eventText(int index) const;

    // The report as XHTML. imageSource receives each rendered chart and returns the src to use
    // (a data URL for the file, a resource name for the PDF).
    using ImageSource = std::function<QString(int eventIndex, const RenderedChart &chart)>;
    QString html(const QList<int> &events, const ImageSource &imageSource, bool withTimeline) const;

    bool writeHtml(const QString &path, const QList<int> &events, QString *error) const;
    bool writePdf(const QString &path, const QList<int> &events, QString *error) const;
    // Writes event-<n>-<chart>.png for each chart of the event and timeline.png; returns the
    // paths written. On failure sets *error and returns what was written before it.
    QStringList writeChartImages(const QString &directory, int index, QString *error) const;

private:
    QString eventHtml(int index, const ImageSource &imageSource) const;

    LoadedLog m_log;
};

} // namespace oomlens::ui
