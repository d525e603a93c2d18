// SPDX-License-Identifier: GPL-2.0-or-later
// The main window on real corpus logs, offscreen: open files (argument, drop, recent), select
// events, and check what the detail shows against the parsed event: the victim, the watermark
// series, the heatmap cells, the highlighted evidence, the memcg panel; keyboard navigation,
// errors in plain words, cancelling a load.
#include "MainWindow.h"
#include "PostMortemTestData.h"
#include "models/EventListModel.h"
#include "models/TaskTableModel.h"
#include "postmortem/DiagnosisCard.h"
#include "postmortem/EventDetailWidget.h"
#include "postmortem/EventFacts.h"
#include "postmortem/EventTimeline.h"
#include "postmortem/MemcgPanel.h"
#include "postmortem/PostMortemWidget.h"
#include "postmortem/RawReportView.h"
#include "postmortem/WatermarkChart.h"
#include "shell/DocumentLoader.h"
#include "shell/MessageBanner.h"
#include "shell/RecentFiles.h"
#include "shell/SnapshotLoader.h"
#include "snapshot/SnapshotWidget.h"
#include "widgets/BuddyHeatmap.h"

#include "ui/UiTestSupport.h"
#include <QAction>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QLineSeries>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScatterSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QTimer>

#include <QtTest>

using namespace oomlens;
using namespace oomlens::ui;

namespace {
constexpr double kMiB = 1024.0 * 1024.0;

bool waitForLoad(MainWindow &window) {
    QSignalSpy spy(window.loader(), &DocumentLoader::finished);
    return spy.wait(60000);
}

QList<QLineSeries *> linesNamed(QChart *chart, const QString &name) {
    QList<QLineSeries *> result;
    for (QAbstractSeries *series : chart->series())
        if (auto *line = qobject_cast<QLineSeries *>(series); line && line->name() == name)
            result.append(line);
    return result;
}
} // namespace

class TestPostMortem : public QObject {
    Q_OBJECT
public:
    static void initMain() {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    }

private slots:
    void initTestCase() {
        oomlens::test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_postmortem"));
    }

    void singleEventDetail() {
        MainWindow window;
        window.show();
        const QString path =
            testdata::logPath(QStringLiteral("k3.10-el7-global-syslog-rsyslog-012-interleaved.log"));
        window.openFiles({path});
        QVERIFY(waitForLoad(window));
        PostMortemWidget *pm = window.postMortem();
        QCOMPARE(pm->eventCount(), 1);
        QCOMPARE(pm->currentEventIndex(), 0);
        const OomEvent &event = pm->log().events().first();

        // The victim, in the table and on the card.
        QCOMPARE(pm->eventView()->model()->index(0, EventListModel::VictimColumn).data().toString(),
                 QStringLiteral("java (22037)"));
        EventDetailWidget *detail = pm->detail();
        QVERIFY(detail->card()->plainText().contains(QLatin1String("java (22037)")));
        QVERIFY(detail->card()->plainText().contains(pm->log().explanationOf(0).summary));

        // The watermark chart's series are the zone watermarks (absolute scale, MiB).
        WatermarkChart *chart = detail->watermarks();
        chart->setScale(WatermarkChart::Scale::Absolute);
        QCOMPARE(chart->chartViews().size(), chart->data().size());
        const NodeWatermarks &node = chart->data().first();
        QChart *qchart = chart->chartViews().first()->chart();
        QBarSeries *bars = nullptr;
        for (QAbstractSeries *series : qchart->series())
            if (auto *b = qobject_cast<QBarSeries *>(series)) bars = b;
        QVERIFY(bars);
        QBarSet *free = bars->barSets().first();
        QCOMPARE(free->count(), int(node.zones.size()));
        const QList<QLineSeries *> mins = linesNamed(qchart, WatermarkChart::minSeriesName());
        const QList<QLineSeries *> highs = linesNamed(qchart, WatermarkChart::highSeriesName());
        int checked = 0;
        for (int i = 0; i < node.zones.size(); ++i) {
            const ZoneAtOom &zone = node.zones.at(i);
            const ZoneWatermarks &printed =
                *std::find_if(event.zones.cbegin(), event.zones.cend(),
                              [&](const ZoneWatermarks &z) { return z.zone == zone.zone; });
            if (!printed.free || *printed.free == 0 || !printed.min || *printed.min == 0)
                continue; // zero cannot sit on a log axis
            QCOMPARE(free->at(i), double(*printed.free) / kMiB);
            // The min line of zone i spans the bar at x = i.
            const auto minLine = std::find_if(mins.cbegin(), mins.cend(), [&](QLineSeries *s) {
                return qAbs(s->at(0).x() - (i - 0.4)) < 1e-9;
            });
            QVERIFY(minLine != mins.cend());
            QCOMPARE((*minLine)->at(0).y(), double(*printed.min) / kMiB);
            QCOMPARE((*minLine)->at(1).y(), double(*printed.min) / kMiB);
            // A bar at or below min is drawn in the alarm colour.
            QCOMPARE(free->isBarSelected(i), *printed.free <= *printed.min);
            ++checked;
        }
        QVERIFY(checked >= 2);
        QVERIFY(!highs.isEmpty());

        // Relative scale: each value over the zone's own high watermark.
        chart->setScale(WatermarkChart::Scale::Relative);
        qchart = chart->chartViews().first()->chart();
        for (QAbstractSeries *series : qchart->series())
            if (auto *b = qobject_cast<QBarSeries *>(series)) free = b->barSets().first();
        for (int i = 0; i < node.zones.size(); ++i) {
            const ZoneAtOom &zone = node.zones.at(i);
            if (zone.high && *zone.high > 0 && zone.free && double(*zone.free) / double(*zone.high) < 3.6)
                QCOMPARE(free->at(i), 100.0 * double(*zone.free) / double(*zone.high));
        }

        // The task table marks the victim; the memcg tab is hidden for a global OOM.
        QCOMPARE(detail->taskModel()->victimRow() >= 0, true);
        QVERIFY(!detail->tabs()->isTabVisible(EventDetailWidget::MemcgTab));
        QVERIFY(detail->rawReport()->gfpText().contains(QLatin1String("gfp_mask=")));
    }

    void heatmapCellsAreBuddyCounts() {
        MainWindow window;
        window.openFiles(
            {testdata::logPath(QStringLiteral("k4.4-ubuntu-global-order3-fragmentation-syslog.log"))});
        QVERIFY(waitForLoad(window));
        const OomEvent &event = window.postMortem()->log().events().first();
        BuddyHeatmap *heatmap = window.postMortem()->detail()->heatmap();
        const HeatmapMatrix &matrix = heatmap->matrix();
        QCOMPARE(matrix.rowCount(), int(event.buddy.size()));
        int cells = 0;
        for (int row = 0; row < matrix.rowCount(); ++row) {
            for (int order = 0; order < event.buddy.at(row).orders.size(); ++order) {
                QCOMPARE(matrix.value(row, order),
                         std::optional<std::uint64_t>(event.buddy.at(row).orders.at(order).count));
                ++cells;
            }
        }
        QVERIFY(cells >= 22);
        // The failed request was order 3: that column is marked.
        QCOMPARE(heatmap->markedColumn(), std::optional<int>(3));
    }

    void evidenceLinesHighlighted() {
        MainWindow window;
        window.openFiles(
            {testdata::logPath(QStringLiteral("k5.15-azure-memcg-v2-aks-pod-syslog-npd-echo.log"))});
        QVERIFY(waitForLoad(window));
        PostMortemWidget *pm = window.postMortem();
        QVERIFY(pm->eventCount() >= 1);
        pm->selectEvent(0);
        const OomEvent &event = pm->log().events().first();
        const EventExplanation explanation = pm->log().explanationOf(0);
        QVERIFY(!explanation.evidence.isEmpty());

        RawReportView *raw = pm->detail()->rawReport();
        QList<LineNo> expected;
        for (const ReportLine &line : event.rawLines)
            if (explanation.allEvidenceLines().contains(line.line) && !expected.contains(line.line))
                expected.append(line.line);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(raw->highlightedLines(), expected);
        // The highlight is painted on exactly those lines, and each shows the evidence text.
        const auto selections = raw->textView()->extraSelections();
        QCOMPARE(selections.size(), expected.size());
        for (const auto &selection : selections) {
            const QString text = selection.cursor.block().text();
            const LineNo line = text.trimmed().section(QLatin1Char(' '), 0, 0).toLongLong();
            QVERIFY2(expected.contains(line), qPrintable(text));
            const auto evidence = std::find_if(event.rawLines.cbegin(), event.rawLines.cend(),
                                               [&](const ReportLine &r) { return r.line == line; });
            QVERIFY(text.endsWith(evidence->text));
        }

        // Clicking an evidence line in the card shows it in the raw report.
        emit pm->detail()->card()->evidenceLineActivated(expected.first());
        QCOMPARE(pm->detail()->tabs()->currentIndex(), int(EventDetailWidget::RawReportTab));
        QVERIFY(raw->textView()->textCursor().selectedText().endsWith(
            std::find_if(event.rawLines.cbegin(), event.rawLines.cend(), [&](const ReportLine &r) {
                return r.line == expected.first();
            })->text));

        // A memcg OOM shows the memcg panel with the limited cgroup.
        QVERIFY(pm->detail()->tabs()->isTabVisible(EventDetailWidget::MemcgTab));
        const QString limit = facts::limitCgroup(event);
        QVERIFY(!limit.isEmpty());
        QVERIFY(pm->detail()->memcg()->summaryText().contains(limit));
    }

    void navigateManyEvents() {
        QTemporaryDir dir;
        const QString path = testdata::concatenated(dir, testdata::multiEventNames());
        MainWindow window;
        window.show();
        window.openFiles({path});
        QVERIFY(waitForLoad(window));
        PostMortemWidget *pm = window.postMortem();
        const int count = pm->eventCount();
        QVERIFY(count >= 8);

        // Timeline: one dot per event, spread over the cause series; the tooltip names the victim.
        int dots = 0;
        QStringList causes;
        for (int i = 0; i < count; ++i)
            if (!causes.contains(pm->log().causeOf(i).id)) causes << pm->log().causeOf(i).id;
        for (const QString &cause : std::as_const(causes))
            dots += pm->timeline()->seriesFor(cause)->count();
        QCOMPARE(dots, count);
        QVERIFY(pm->timeline()->tooltipFor(0).contains(
            facts::victimText(pm->log().events().at(0)).toHtmlEscaped()));

        // Clicking a dot selects its event.
        {
            EventTimeline *timeline = pm->timeline();
            const int target = count - 1;
            const QPointF point(timeline->layout().x.at(target), timeline->layout().y.at(target));
            QScatterSeries *series = timeline->seriesFor(pm->log().causeOf(target).id);
            const QPointF scene = timeline->chart()->mapToPosition(point, series);
            const QPoint pos = timeline->mapFromScene(scene);
            QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, pos);
            QCOMPARE(pm->currentEventIndex(), target);
            pm->selectEvent(
                pm->eventView()->model()->index(0, 0).data(EventListModel::EventIndexRole).toInt());
        }

        // Go > Next / Previous walk the table's order.
        QAbstractItemModel *proxy = pm->eventView()->model();
        QAction *next = window.action(QStringLiteral("actionNextEvent"));
        QAction *previous = window.action(QStringLiteral("actionPreviousEvent"));
        QVERIFY(next && previous && next->isEnabled());
        QCOMPARE(pm->currentEventIndex(), proxy->index(0, 0).data(EventListModel::EventIndexRole).toInt());
        for (int row = 1; row < count; ++row) {
            next->trigger();
            QCOMPARE(pm->currentEventIndex(),
                     proxy->index(row, 0).data(EventListModel::EventIndexRole).toInt());
        }
        QVERIFY(!pm->selectNextEvent()); // at the end it stays
        previous->trigger();
        QCOMPARE(pm->currentEventIndex(),
                 proxy->index(count - 2, 0).data(EventListModel::EventIndexRole).toInt());
        // The keyboard shortcut is the one in the menu.
        QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_F8));

        // Every event's detail fills without trouble, and the card names its victim.
        for (int i = 0; i < count; ++i) {
            pm->selectEvent(i);
            QCOMPARE(pm->currentEventIndex(), i);
            QVERIFY(pm->detail()->card()->plainText().contains(facts::victimText(pm->log().events().at(i))));
        }

        // The filter narrows the table and the count label follows.
        pm->filterEdit()->setText(QStringLiteral("testbox"));
        QCOMPARE(proxy->rowCount(), 2);
        pm->filterEdit()->clear();
        QCOMPARE(proxy->rowCount(), count);
    }

    void errorsInPlainWords() {
        MainWindow window;
        const QString missing = QStringLiteral("/nonexistent/oomlens/kern.log");
        window.openFiles({missing});
        QVERIFY(window.banner()->isVisibleTo(&window));
        QCOMPARE(window.banner()->level(), MessageBanner::Level::Error);
        QVERIFY(window.banner()->details().join(QLatin1Char('\n')).contains(missing));
        QVERIFY(!window.loader()->isRunning());

        // A log with no OOM event says so instead of showing an empty table.
        window.openFiles(
            {testdata::logPath(QStringLiteral("k6.1-armv7-rpi-reltime-page-alloc-failure-not-oom.log"))});
        QVERIFY(waitForLoad(window));
        QCOMPARE(window.postMortem()->eventCount(), 0);
        QVERIFY(window.banner()->isVisibleTo(&window));
        QVERIFY(!window.action(QStringLiteral("actionExportEventHtml"))->isEnabled());
    }

    void dropAndRecentFiles() {
        RecentFiles::clear();
        MainWindow window;
        window.show();
        const QString path = testdata::logPath(QStringLiteral("k5.8-memcg-v1-ltp-subgroup-elided-nots.log"));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY(waitForLoad(window));
        QCOMPARE(window.postMortem()->eventCount(), 1);
        QCOMPARE(RecentFiles::load().value(0), QFileInfo(path).absoluteFilePath());

        const QStringList list =
            RecentFiles::withAdded({QStringLiteral("/a"), QStringLiteral("/b")}, QStringLiteral("/b"), 2);
        QCOMPARE(list, (QStringList{QStringLiteral("/b"), QStringLiteral("/a")}));
        QCOMPARE(RecentFiles::withAdded(list, QStringLiteral("/c"), 2),
                 (QStringList{QStringLiteral("/c"), QStringLiteral("/b")}));
    }

    void windowStateRemembered() {
        {
            MainWindow window;
            window.show();
            window.resize(1100, 700);
            window.close();
        }
        QVERIFY(QSettings().contains(QStringLiteral("ui/mainWindow/geometry")));
        QVERIFY(QSettings().contains(QStringLiteral("ui/mainWindow/postMortem")));
        MainWindow again;
        again.show();
        QCOMPARE(again.size(), QSize(1100, 700));
    }

    void openSnapshot() {
        // A real capture (tests/data/live/README.md): opens in the snapshot view, not as a log.
        const QString capture = QStringLiteral(OOMLENS_TEST_DATA "/live/seq-0.tar.zst");
        QVERIFY(SnapshotLoader::isSnapshotPath(capture));
        QVERIFY(!SnapshotLoader::isSnapshotPath(
            testdata::logPath(QStringLiteral("k5.8-memcg-v1-ltp-subgroup-elided-nots.log"))));
        QVERIFY(!SnapshotLoader::isSnapshotPath(QStringLiteral("/var/log/kern.log.2.gz")));
        MainWindow window;
        window.show();
        QSignalSpy spy(window.snapshotLoader(), &SnapshotLoader::finished);
        window.openFiles({capture});
        QVERIFY(spy.wait(60000));
        QVERIFY(window.snapshotView());
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.snapshotView()));
        QVERIFY(!window.snapshotView()->snapshot().nodes.isEmpty());
        QVERIFY(window.action(QStringLiteral("actionShowSnapshot"))->isEnabled());
        QVERIFY(!window.loader()->isRunning()); // nothing was read as a log

        // A damaged archive: a plain error naming the file.
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("broken.tar.gz"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        window.openFiles({bad});
        QVERIFY(spy.wait(60000));
        QVERIFY(window.banner()->isVisibleTo(&window));
        QCOMPARE(window.banner()->level(), MessageBanner::Level::Error);
        QVERIFY2(window.banner()->details().join(QLatin1Char('\n')).contains(QLatin1String("broken.tar.gz")),
                 qPrintable(window.banner()->details().join(QLatin1Char('\n'))));
    }

    void loadingKeepsTheWindowResponsive() {
        // About 70 MB of log read through the window: the event loop keeps turning (a 20 ms timer
        // is never held up for long) and the progress strip shows while it reads.
        QTemporaryDir dir;
        QStringList names;
        for (int i = 0; i < 1500; ++i)
            names << QStringLiteral("k6.1-unraid-global-sysrq-f-docker-postgres-syslog-then-show-memory.log");
        const QString path = testdata::concatenated(dir, names);
        MainWindow window;
        window.show();
        QElapsedTimer clock;
        qint64 last = 0, worstGap = 0;
        QTimer ticker;
        ticker.setInterval(20);
        connect(&ticker, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worstGap = std::max(worstGap, now - last);
            last = now;
        });
        QSignalSpy finished(window.loader(), &DocumentLoader::finished);
        clock.start();
        ticker.start();
        window.openFiles({path});
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("loadProgress"))->isVisible());
        QVERIFY(finished.wait(120000));
        ticker.stop();
        qInfo("read %lld bytes in %lld ms; longest event-loop stall %lld ms", QFileInfo(path).size(),
              clock.elapsed(), worstGap);
        QVERIFY2(worstGap < 1000, qPrintable(QString::number(worstGap)));
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("loadProgress"))->isVisible());
        // The same report 1500 times is one event with its copies counted, not 1500 rows.
        QVERIFY(window.postMortem()->eventCount() >= 1);
    }

    void cancelLoading() {
        // About 70 MB of log: big enough that the cancel lands mid-read.
        QTemporaryDir dir;
        QStringList names;
        for (int i = 0; i < 1500; ++i)
            names << QStringLiteral("k6.1-unraid-global-sysrq-f-docker-postgres-syslog-then-show-memory.log");
        const QString path = testdata::concatenated(dir, names);
        QVERIFY(QFileInfo(path).size() > 50 * 1024 * 1024);

        DocumentLoader loader;
        QSignalSpy finished(&loader, &DocumentLoader::finished);
        QSignalSpy progress(&loader, &DocumentLoader::progress);
        loader.load({path});
        QVERIFY(loader.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 1, 10000);
        loader.cancel();
        QVERIFY(finished.wait(30000));
        const LoadedLog log = finished.first().first().value<LoadedLog>();
        QVERIFY(log.cancelled());
        QVERIFY(log.events().size() < 1500);
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestPostMortem)
#include "tst_postmortem.moc"
