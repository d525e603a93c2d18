// SPDX-License-Identifier: GPL-2.0-or-later
// Export: the HTML report is parsed back (it is XHTML) and checked against the events; the PDF
// and the chart PNGs are written and readable; "copy as text" names what a ticket needs.
#include "PostMortemTestData.h"
#include "export/ChartRenderer.h"
#include "export/ReportExporter.h"
#include "postmortem/EventFacts.h"

#include <QFile>
#include <QImage>
#include <QXmlStreamReader>
#include <QtTest>

using namespace oomlens;
using namespace oomlens::ui;

namespace {
struct ParsedEvent {
    QString id;
    QString heading;
    QStringList images; // decoded image sizes "WxH"
    QList<LineNo> markedLines;
    QString text;
};

// Walks the XHTML and collects, per <div class="event">, its heading, images and marked lines.
QList<ParsedEvent> parseReport(const QByteArray &html, QString *error, int *topImages) {
    QList<ParsedEvent> events;
    QXmlStreamReader xml(html);
    int depth = 0, eventDepth = -1;
    QString currentElement;
    *topImages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            const auto name = xml.name();
            const auto attrs = xml.attributes();
            if (name == QLatin1String("div") &&
                attrs.value(QLatin1String("class")) == QLatin1String("event")) {
                events.append({attrs.value(QLatin1String("id")).toString(), {}, {}, {}, {}});
                eventDepth = depth;
            } else if (name == QLatin1String("img")) {
                const QString src = attrs.value(QLatin1String("src")).toString();
                const QString prefix = QStringLiteral("data:image/png;base64,");
                QImage image;
                if (src.startsWith(prefix))
                    image.loadFromData(QByteArray::fromBase64(src.mid(prefix.size()).toLatin1()), "PNG");
                const QString size = image.isNull()
                                         ? QStringLiteral("invalid")
                                         : QStringLiteral("%1x%2").arg(image.width()).arg(image.height());
                if (eventDepth >= 0)
                    events.last().images << size;
                else if (!image.isNull())
                    ++*topImages;
            } else if (name == QLatin1String("mark") && eventDepth >= 0) {
                events.last().markedLines << attrs.value(QLatin1String("data-line")).toLongLong();
            } else if (name == QLatin1String("h2") && eventDepth >= 0) {
                events.last().heading = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                --depth;
            }
        } else if (xml.isEndElement()) {
            if (depth == eventDepth) eventDepth = -1;
            --depth;
        } else if (xml.isCharacters() && eventDepth >= 0) {
            events.last().text += xml.text();
        }
    }
    if (xml.hasError()) *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return events;
}
} // namespace

class TestExport : public QObject {
    Q_OBJECT
public:
    static void initMain() {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    }

private slots:
    void htmlOfAllEvents() {
        QTemporaryDir dir;
        const LoadedLog log = readLogs({testdata::concatenated(dir, testdata::multiEventNames())});
        QVERIFY(log.events().size() >= 8);
        ReportExporter exporter(log);
        const QString path = dir.filePath(QStringLiteral("report.html"));
        QString error;
        QVERIFY2(exporter.writeHtml(path, exporter.allEvents(), &error), qPrintable(error));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        int topImages = 0;
        const QList<ParsedEvent> parsed = parseReport(file.readAll(), &error, &topImages);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(parsed.size(), log.events().size());
        QCOMPARE(topImages, 1); // the timeline of all events

        for (int i = 0; i < parsed.size(); ++i) {
            const OomEvent &event = log.events().at(i);
            const ParsedEvent &p = parsed.at(i);
            QCOMPARE(p.id, QStringLiteral("event-%1").arg(i + 1));
            QVERIFY2(p.heading.contains(facts::victimText(event)), qPrintable(p.heading));
            QVERIFY(p.text.contains(log.explanationOf(i).summary));
            // One image per node with zone lines, one for the buddy lines when printed; all valid.
            QStringList nodes;
            for (const ZoneWatermarks &z : event.zones)
                if (!nodes.contains(QString::number(z.node.value_or(-1))))
                    nodes << QString::number(z.node.value_or(-1));
            QCOMPARE(p.images.size(), int(nodes.size()) + (event.buddy.isEmpty() ? 0 : 1));
            QVERIFY(!p.images.contains(QStringLiteral("invalid")));
            // Exactly the evidence lines of the report are marked.
            QList<LineNo> expected;
            const auto evidence = log.explanationOf(i).allEvidenceLines();
            for (const ReportLine &line : event.rawLines)
                if (evidence.contains(line.line) && !expected.contains(line.line)) expected << line.line;
            QCOMPARE(p.markedLines, expected);
        }
    }

    void pdfAndImages() {
        const LoadedLog log =
            testdata::load({QStringLiteral("k5.13-next-global-hyperv-kde-journal-warn-alloc-first.log")});
        // MANIFEST: a vmemmap allocation failure first (listed, but not an OOM kill), then the OOM.
        QCOMPARE(log.events().size(), 2);
        QCOMPARE(log.events().at(1).kind, OomEventKind::OomKill);
        const int oom = 1;
        QTemporaryDir dir;
        ReportExporter exporter(log);
        QString error;
        const QString pdf = dir.filePath(QStringLiteral("event.pdf"));
        QVERIFY2(exporter.writePdf(pdf, {oom}, &error), qPrintable(error));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 20000); // text plus the embedded charts

        const QStringList written = exporter.writeChartImages(dir.path(), oom, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(written.size() >= 2);
        for (const QString &png : written) {
            QImage image(png);
            QVERIFY2(!image.isNull(), qPrintable(png));
            QVERIFY(image.width() >= ChartRenderer::Width);
        }
        QVERIFY(written.contains(dir.filePath(QStringLiteral("event-2-buddy.png"))));
        QVERIFY(written.contains(dir.filePath(QStringLiteral("timeline.png"))));

        // Unwritable destination: a plain error naming the file, nothing thrown.
        QVERIFY(!exporter.writeHtml(QStringLiteral("/nonexistent-dir/x.html"), {0}, &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent-dir/x.html")));
    }

    void eventAsText() {
        const LoadedLog log =
            testdata::load({QStringLiteral("k3.10-el7-global-syslog-rsyslog-012-interleaved.log")});
        const QString text = ReportExporter(log).eventText(0);
        QVERIFY(text.contains(QLatin1String("Victim: java (22037)")));
        QVERIFY(text.contains(log.explanationOf(0).summary));
        // The zone at its min is called out.
        QVERIFY(text.contains(QLatin1String("DMA32")));
        QVERIFY(text.contains(QLatin1String("at or below min")));
        QVERIFY(text.contains(QLatin1String("k3.10-el7-global-syslog-rsyslog-012-interleaved.log")));
        QVERIFY(ReportExporter(log).eventText(5).isEmpty());
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
