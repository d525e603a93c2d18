// SPDX-License-Identifier: GPL-2.0-or-later
// Screenshots of the main views at 1280x800 for a person to look at: the post-mortem workspace
// on a long multi-event log and on a single-event log, each detail tab, the welcome page.
// PNGs go to $OOMLENS_SHOTS_DIR when set (e.g. OOMLENS_SHOTS_DIR=/tmp/shots ctest -R postmortemshots),
// else to a temporary directory. The test checks that every shot has the right size and is not
// blank (a chart that failed to draw leaves a flat image).
#include "MainWindow.h"
#include "PostMortemTestData.h"
#include "export/ChartRenderer.h"
#include "export/ReportExporter.h"
#include "postmortem/EventDetailWidget.h"
#include "postmortem/PostMortemWidget.h"
#include "postmortem/WatermarkChart.h"
#include "shell/DocumentLoader.h"

#include "ui/UiTestSupport.h"
#include <QDir>
#include <QPainter>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextDocument>

#include <QtTest>

using namespace oomlens;
using namespace oomlens::ui;

class TestPostMortemShots : public QObject {
    Q_OBJECT
public:
    static void initMain() {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    }

private slots:
    void initTestCase() {
        oomlens::test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_postmortemshots"));
        m_dir = qEnvironmentVariable("OOMLENS_SHOTS_DIR");
        if (m_dir.isEmpty()) m_dir = m_temp.path();
        QVERIFY(QDir().mkpath(m_dir));
        qInfo("screenshots in %s", qPrintable(m_dir));
    }

    void welcome() {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        shoot(window, QStringLiteral("00-welcome"));
    }

    void multiEventLog() {
        QTemporaryDir dir;
        const QString path = testdata::concatenated(dir, testdata::multiEventNames());
        // The hyperv event has three zones with watermarks, a buddy table and 76 tasks.
        shootLog({path}, QStringLiteral("multi"), QStringLiteral("baloo_file"));
    }

    void singleEventLog() {
        shootLog({testdata::logPath(QStringLiteral("k4.4-ubuntu-global-order3-fragmentation-syslog.log"))},
                 QStringLiteral("single"), QString());
    }

    void memcgEvent() {
        shootLog({testdata::logPath(QStringLiteral("k5.15-azure-memcg-v2-aks-pod-syslog-npd-echo.log"))},
                 QStringLiteral("memcg"), QString());
    }

    void exportedReport() {
        // The report as the PDF lays it out: the HTML in a QTextDocument, first ~1.5 pages as a PNG.
        const LoadedLog log =
            testdata::load({QStringLiteral("k5.13-next-global-hyperv-kde-journal-warn-alloc-first.log")});
        QVERIFY(log.events().size() == 2);
        ReportExporter exporter(log);
        QTextDocument document;
        int counter = 0;
        document.setHtml(exporter.html(
            {1},
            [&](int, const RenderedChart &chart) {
                const QString name = QStringLiteral("chart-%1.png").arg(++counter);
                document.addResource(QTextDocument::ImageResource, QUrl(name), chart.image);
                return name;
            },
            false));
        document.setTextWidth(800);
        QImage image(800, 1600, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        document.drawContents(&painter, QRectF(0, 0, 800, 1600));
        painter.end();
        QVERIFY(image.save(QDir(m_dir).filePath(QStringLiteral("export-report.png"))));
        QString error;
        QVERIFY(exporter.writeHtml(QDir(m_dir).filePath(QStringLiteral("export-report.html")), {1}, &error));
        QVERIFY(exporter.writePdf(QDir(m_dir).filePath(QStringLiteral("export-report.pdf")),
                                  exporter.allEvents(), &error));
    }

private:
    // Selects the first event whose victim contains `victim` (the first event when empty).
    void shootLog(const QStringList &paths, const QString &prefix, const QString &victim) {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy spy(window.loader(), &DocumentLoader::finished);
        window.openFiles(paths);
        QVERIFY(spy.wait(60000));
        PostMortemWidget *pm = window.postMortem();
        int eventIndex = 0;
        for (int i = 0; i < pm->eventCount() && !victim.isEmpty(); ++i)
            if (pm->log().events().at(i).victim && pm->log().events().at(i).victim->comm.contains(victim)) {
                eventIndex = i;
                break;
            }
        QVERIFY(pm->eventCount() > eventIndex);
        pm->selectEvent(eventIndex);
        QTabWidget *tabs = pm->detail()->tabs();
        const QStringList names = {QStringLiteral("watermarks"), QStringLiteral("buddy"),
                                   QStringLiteral("tasks"), QStringLiteral("memcg"),
                                   QStringLiteral("report")};
        for (int tab = 0; tab < tabs->count(); ++tab) {
            if (!tabs->isTabVisible(tab)) continue;
            tabs->setCurrentIndex(tab);
            shoot(window, QStringLiteral("%1-%2-%3").arg(prefix).arg(tab + 1).arg(names.value(tab)));
        }
        tabs->setCurrentIndex(EventDetailWidget::WatermarksTab);
        pm->detail()->watermarks()->setScale(WatermarkChart::Scale::Absolute);
        shoot(window, QStringLiteral("%1-6-watermarks-absolute").arg(prefix));
    }

    void shoot(QWidget &window, const QString &name) {
        QCoreApplication::processEvents();
        const QImage image = window.grab().toImage();
        QCOMPARE(image.size(), QSize(1280, 800));
        // Not blank: a real view has text, lines and fills in many shades.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(name));
        const QString path = QDir(m_dir).filePath(name + QStringLiteral(".png"));
        QVERIFY(image.save(path));
    }

    QTemporaryDir m_temp;
    QString m_dir;

    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestPostMortemShots)
#include "tst_postmortemshots.moc"
