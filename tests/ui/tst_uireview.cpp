// SPDX-License-Identifier: GPL-2.0-or-later
// A review of the windows as an on-call engineer meets them: the real main window opens real
// logs offscreen at 1280x800 and each view is checked for what a tired reader trusts first:
// no number or name cut where the full value is expected (widget text against its font
// metrics), the time axis used when most events have a time, the first tab fitting the event,
// no contradiction between cause and scope, every error of an open shown.
// With OOMLENS_SHOTS_DIR set, every view is also saved as PNG in en, de and zh_CN for the three
// logs the issue names: one event, ~40 events in many files, the whole corpus repeated 20 times.
#include "MainWindow.h"
#include "PostMortemTestData.h"
#include "analysis/MemcgScope.h"
#include "models/CgroupTreeModel.h"
#include "models/ProcessTableModel.h"
#include "postmortem/DiagnosisCard.h"
#include "postmortem/EventDetailWidget.h"
#include "postmortem/EventFacts.h"
#include "postmortem/EventTimeline.h"
#include "postmortem/PostMortemWidget.h"
#include "postmortem/WatermarkChart.h"
#include "procfs/SnapshotReader.h"
#include "shell/AppLanguage.h"
#include "shell/DocumentLoader.h"
#include "shell/MessageBanner.h"
#include "widgets/BuddyHeatmap.h"
#include "widgets/WatermarkTimeChart.h"

#include "ui/UiTestSupport.h"
#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>

#include <QtTest>

using namespace oomlens;
using namespace oomlens::ui;

namespace {

QStringList corpusPaths() {
    QDir dir(QStringLiteral(OOMLENS_TEST_DATA "/oom-logs"));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

// The labels a person reads as values: every visible QLabel that is not word-wrapped must show
// its text whole (a QLabel cuts, it never elides, so the text's width is the test).
QStringList cutLabels(QWidget *root) {
    QStringList cut;
    const auto labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->isVisibleTo(root) || label->wordWrap() || label->text().isEmpty()) continue;
        if (Qt::mightBeRichText(label->text())) continue;
        const int needed = label->fontMetrics().horizontalAdvance(label->text());
        if (needed > label->contentsRect().width() + 1)
            cut << QStringLiteral("%1: \"%2\" needs %3 px, has %4")
                       .arg(label->objectName(), label->text())
                       .arg(needed)
                       .arg(label->contentsRect().width());
    }
    return cut;
}

// Cells of a table whose text does not fit its column (the view would show "122,…").
QStringList cutCells(QTableView *view, const QList<int> &columns) {
    QStringList cut;
    QAbstractItemModel *model = view->model();
    const QFontMetrics metrics(view->font());
    for (int row = 0; row < std::min(model->rowCount(), 50); ++row)
        for (int c : columns) {
            if (view->isColumnHidden(c)) continue;
            const QString text = model->index(row, c).data().toString();
            // QItemDelegate/QStyledItemDelegate keep PM_FocusFrameHMargin + 1 free on each side.
            const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
            const int needed = metrics.horizontalAdvance(text) + 2 * margin;
            if (needed > view->columnWidth(c))
                cut << QStringLiteral("row %1 column %2: \"%3\" needs %4 px, has %5")
                           .arg(row)
                           .arg(c)
                           .arg(text)
                           .arg(needed)
                           .arg(view->columnWidth(c));
        }
    return cut;
}

} // namespace

class TestUiReview : public QObject {
    Q_OBJECT
public:
    static void initMain() {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    }

private slots:
    void initTestCase() {
        oomlens::test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_uireview"));
        m_shots = qEnvironmentVariable("OOMLENS_SHOTS_DIR");
        if (!m_shots.isEmpty()) QVERIFY(QDir().mkpath(m_shots));
        // The whole corpus, 20 times over, in one file (the long log).
        QFile out(m_temp.filePath(QStringLiteral("corpus-x20.log")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        for (int round = 0; round < 20; ++round)
            for (const QString &path : corpusPaths()) {
                QFile in(path);
                QVERIFY(in.open(QIODevice::ReadOnly));
                QByteArray bytes = in.readAll();
                if (!bytes.endsWith('\n')) bytes += '\n';
                out.write(bytes);
            }
        m_longLog = out.fileName();
    }

    // Several files at once (a person selects a whole folder): every file has its lane, each
    // lane label is readable (whole, or elided in the middle so both ends show), and all lanes
    // can be reached.
    void timelineLanesStayReadable() {
        MainWindow window;
        open(window, corpusPaths());
        EventTimeline *timeline = window.postMortem()->timeline();
        const TimelineLayout &layout = timeline->layout();
        QVERIFY2(layout.rows.size() > 20, "the corpus opened at once has a lane per file");
        const QStringList shown = timeline->shownLaneLabels();
        QVERIFY(!shown.isEmpty());
        const QFontMetrics metrics(timeline->font());
        for (int i = 0; i < shown.size(); ++i) {
            const QString &full = layout.rows.at(timeline->firstLane() + i);
            const QString &label = shown.at(i);
            QVERIFY2(label != QStringLiteral("…") && label.size() >= std::min<qsizetype>(full.size(), 12),
                     qPrintable(label));
            if (label != full) {
                // Middle elision keeps the start (host/kernel) and the end (".log (no host)").
                QVERIFY2(label.contains(QChar(0x2026)), qPrintable(label));
                QVERIFY2(full.startsWith(label.section(QChar(0x2026), 0, 0)), qPrintable(label));
                QVERIFY2(full.endsWith(label.section(QChar(0x2026), 1)), qPrintable(label));
            }
        }
        // Lanes that do not fit are reached with the scroll bar, none is lost.
        QCOMPARE(timeline->visibleLanes() + timeline->laneScrollBar()->maximum(), int(layout.rows.size()));
        timeline->laneScrollBar()->setValue(timeline->laneScrollBar()->maximum());
        QCOMPARE(timeline->shownLaneLabels().size(), timeline->visibleLanes());
        // Selecting an event brings its lane into view.
        window.postMortem()->selectEvent(0);
        QCOMPARE(timeline->firstLane(), 0);
        // The hovered label names its lane whole.
        const QPoint labelPoint(int(timeline->chart()->plotArea().left()) - 20,
                                int(timeline->chart()->mapToPosition(QPointF(layout.minX, 0)).y()));
        QCOMPARE(timeline->laneAt(labelPoint), layout.rows.first());
        shootAll(window, QStringLiteral("many-files"));
    }

    // Files opened together, most of them with dates: the axis is time, not event numbers.
    void timelineUsesTimeWhenMostEventsHaveIt() {
        const QStringList names{
            QStringLiteral("k5.14-sle-global-rfc3339-syslog-printk-caller-elided-two-events.log"),
            QStringLiteral("k5.13-next-global-hyperv-kde-journal-warn-alloc-first.log"),
            QStringLiteral("k4.4-ubuntu-global-order3-fragmentation-syslog.log"),
            QStringLiteral("k5.8-memcg-v1-ltp-subgroup-elided-nots.log")};
        const LoadedLog log = testdata::load(names);
        qsizetype dated = 0;
        for (const OomEvent &e : log.events())
            dated += e.time.wallClock ? 1 : 0;
        QVERIFY2(dated * 2 > log.events().size() && dated < log.events().size(),
                 "precondition: most, not all, events have a date");
        const TimelineLayout layout = TimelineLayout::compute(log.events());
        QCOMPARE(layout.axis, TimelineLayout::Axis::WallClock);
        // The undated event is placed, not dropped, and says so.
        QCOMPARE(layout.x.size(), log.events().size());
        QCOMPARE(layout.placed.count(true), log.events().size() - dated);
    }

    // A memcg OOM opens on the memory-cgroup view; the empty watermark tab says why it is empty.
    void memcgEventOpensOnTheCgroupView() {
        MainWindow window;
        open(window, {testdata::logPath(QStringLiteral("k5.15-azure-memcg-v2-aks-pod-syslog-npd-echo.log"))});
        PostMortemWidget *pm = window.postMortem();
        pm->selectEvent(0);
        QCOMPARE(facts::scopeOf(pm->log().events().at(0)), facts::Scope::Memcg);
        QCOMPARE(pm->detail()->tabs()->currentIndex(), int(EventDetailWidget::MemcgTab));
        const auto placeholders = pm->detail()->watermarks()->findChildren<QLabel *>();
        bool said = false;
        for (QLabel *l : placeholders)
            said = said || l->text().contains(QStringLiteral("no zone lines for a cgroup OOM"));
        QVERIFY(said || !english());
        // A global OOM afterwards has zones: the view goes back to the watermarks only when the
        // chosen tab has nothing; here the memcg tab disappears, so it must move.
        window.openFiles(
            {testdata::logPath(QStringLiteral("k4.4-ubuntu-global-order3-fragmentation-syslog.log"))});
        QSignalSpy spy(window.loader(), &DocumentLoader::finished);
        QVERIFY(spy.wait(60000));
        QCOMPARE(pm->detail()->tabs()->currentIndex(), int(EventDetailWidget::WatermarksTab));
    }

    // The percentage chart: a bar beyond the axis keeps its real value, written whole under the
    // bar (where no min/low/high line runs), and is marked as going beyond.
    void watermarkValuesShownWholeAndBeyondMarked() {
        const LoadedLog log = readLogs(corpusPaths());
        QList<NodeWatermarks> nodes;
        for (const OomEvent &e : log.events())
            nodes << watermarksOf(e);
        QVERIFY(!nodes.isEmpty());
        int beyondSeen = 0;
        for (const NodeWatermarks &node : std::as_const(nodes)) {
            std::unique_ptr<QChart> chart(WatermarkChart::buildChart(node, WatermarkChart::Scale::Relative));
            auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).first());
            QVERIFY(axis);
            const QStringList categories = axis->categories();
            QScatterSeries *beyond = nullptr;
            for (QAbstractSeries *s : chart->series()) {
                if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) QVERIFY(!bars->isLabelsVisible());
                if (s->name() == WatermarkChart::beyondSeriesName())
                    beyond = qobject_cast<QScatterSeries *>(s);
            }
            for (int i = 0; i < node.zones.size(); ++i) {
                const auto r = node.zones.at(i).relative(node.zones.at(i).free);
                if (!r) continue;
                const QString whole = QLocale().toString(*r * 100.0, 'f', 0);
                QVERIFY2(categories.at(i).contains(whole),
                         qPrintable(categories.at(i) + QStringLiteral(" / ") + whole));
                if (*r * 100.0 > 432.0) {
                    QVERIFY(beyond);
                    ++beyondSeen;
                }
            }
        }
        QVERIFY2(beyondSeen > 0, "precondition: the log has a zone far above its high watermark");
    }

    // Cause and scope rest on the same facts: no "cgroup limit" beside "whole machine".
    void scopeAgreesWithCause() {
        const LoadedLog log = readLogs(corpusPaths());
        int memcg = 0;
        for (int i = 0; i < log.events().size(); ++i) {
            const QString cause = log.causeOf(i).id;
            const facts::Scope scope = facts::scopeOf(log.events().at(i));
            if (cause.startsWith(QLatin1String("memcg"))) {
                QCOMPARE(scope, facts::Scope::Memcg);
                ++memcg;
            }
            if (cause == QLatin1String("global_shortage") || cause == QLatin1String("fragmentation"))
                QVERIFY(scope != facts::Scope::Memcg);
        }
        QVERIFY(memcg > 3);
        // A memcg report cut before its summary and counters: only the call trace says memcg.
        // The cause comes from it (analysis/MemcgScope.cpp), the scope must too.
        QFile in(testdata::logPath(QStringLiteral("k5.15-azure-memcg-v2-aks-pod-syslog-npd-echo.log")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray cut;
        for (const QByteArray &line : in.readAll().split('\n'))
            if (!line.contains("oom-kill:") && !line.contains("memory: usage") &&
                !line.contains("Memory cgroup") && !line.contains("Task in") &&
                !line.contains("memory+swap") && !line.contains("kmem:"))
                cut += line + '\n';
        const QString path = m_temp.filePath(QStringLiteral("memcg-cut.log"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(cut);
        out.close();
        const LoadedLog trimmed = readLogs({path});
        QVERIFY(!trimmed.events().isEmpty());
        QVERIFY2(memcgScopeOf(trimmed.events().first()).isMemcgOom,
                 "precondition: the trace still says memcg");
        QCOMPARE(facts::scopeOf(trimmed.events().first()), facts::Scope::Memcg);
    }

    // One open with a missing file, a text file without events and a binary file: every
    // problem is shown, and the binary one is named as not a text log.
    void openErrorsAreAllShown() {
        const QString text = m_temp.filePath(QStringLiteral("notes.txt"));
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("just some notes\nno kernel here\n");
        t.close();
        const QString binary = m_temp.filePath(QStringLiteral("core.bin"));
        QFile b(binary);
        QVERIFY(b.open(QIODevice::WriteOnly));
        QByteArray bytes;
        for (int i = 0; i < 8192; ++i)
            bytes += char(i % 256);
        b.write(bytes);
        b.close();
        const QString missing = m_temp.filePath(QStringLiteral("gone.log"));
        MainWindow window;
        window.resize(1280, 800);
        QSignalSpy spy(window.loader(), &DocumentLoader::finished);
        window.openFiles({missing, text, binary});
        QVERIFY(spy.wait(60000));
        const QString details = window.banner()->details().join(u'\n');
        QVERIFY2(details.contains(QStringLiteral("gone.log")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("core.bin")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("not a text log")) || !english(), qPrintable(details));
        QCOMPARE(window.banner()->level(), MessageBanner::Level::Error);
    }

    // Each post-mortem view on the three logs: no label cut, no number cut in the tables.
    void postMortemViewsShowValuesWhole_data() {
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QString>("name");
        QTest::newRow("one-event") << QStringList{testdata::logPath(QStringLiteral(
                                          "k4.4-ubuntu-global-order3-fragmentation-syslog.log"))}
                                   << QStringLiteral("one-event");
        QTest::newRow("corpus-x20") << QStringList{m_longLog} << QStringLiteral("corpus-x20");
    }
    void postMortemViewsShowValuesWhole() {
        QFETCH(QStringList, paths);
        QFETCH(QString, name);
        MainWindow window;
        open(window, paths);
        PostMortemWidget *pm = window.postMortem();
        for (int i = 0; i < std::min(pm->eventCount(), 40); ++i) {
            pm->selectEvent(i);
            QCoreApplication::processEvents();
            QStringList cut = cutLabels(pm->detail());
            cut << cutCells(pm->detail()->taskView(), {0, 1, 2, 3, 4, 5, 6, 7, 8});
            QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("event %1: ").arg(i) + cut.join(u'\n')));
        }
        shootAll(window, name);
    }

    // The buddy heatmap over an hour of samples taken 4 times a second: the time headers never
    // overlap and never name the same second twice.
    void buddyOverTimeHeadersFitAndNeverRepeat() {
        HeatmapMatrix matrix;
        const QDateTime start = QDateTime::fromSecsSinceEpoch(1'700'000'000);
        for (int c = 0; c < 4 * 3600; ++c)
            matrix.columnLabels << start.addMSecs(qint64(c) * 250).toString(QStringLiteral("HH:mm:ss"));
        for (int r = 0; r < 11; ++r) {
            matrix.rowLabels << QString::number(10 - r);
            matrix.values.emplace_back(std::size_t(matrix.columnLabels.size()), std::uint64_t(r * 7));
        }
        BuddyHeatmap heatmap;
        heatmap.setLabelWidth(70);
        heatmap.setMatrix(matrix);
        heatmap.resize(1200, 400);
        heatmap.grab(); // paints
        const QList<int> drawn = heatmap.drawnColumnLabels();
        QVERIFY(drawn.size() >= 2);
        const HeatmapGeometry g = heatmap.heatmapGeometry();
        const int width = heatmap.fontMetrics().horizontalAdvance(QStringLiteral("00:00:00"));
        QSet<QString> seen;
        for (int i = 0; i < drawn.size(); ++i) {
            QVERIFY2(!seen.contains(matrix.columnLabels.at(drawn.at(i))), "a second labelled twice");
            seen.insert(matrix.columnLabels.at(drawn.at(i)));
            if (i > 0)
                QVERIFY(g.columnHeaderRect(drawn.at(i)).center().x() -
                            g.columnHeaderRect(drawn.at(i - 1)).center().x() >=
                        width);
        }
    }

    // The live watermark chart names min/low/high in its legend, and no zone's free line is red
    // or orange (the colours of "below min"/"below low" in the other views).
    void liveWatermarkLegendAndColours() {
        WatermarkTimeChart chart(0);
        chart.resize(800, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QStringList names;
        for (QLineSeries *key : chart.legendKeys()) {
            names << key->name();
            const auto markers = chart.chart()->legend()->markers(key);
            QVERIFY(!markers.isEmpty() && markers.first()->isVisible());
        }
        QCOMPARE(names.size(), 3);
        for (int zone = 0; zone < 12; ++zone) {
            const QColor c = WatermarkTimeChart::zoneColour(zone);
            const bool warm = c.hslSaturationF() > 0.3 && (c.hslHue() < 50 || c.hslHue() > 330);
            QVERIFY2(!warm, qPrintable(c.name()));
        }
    }

    // "Rank in cgroup" before a cgroup is chosen: the cell and its tooltip say what to do.
    void cgroupRankSaysToSelect() {
        ProcessTableModel model;
        QVERIFY(!model.headerData(ProcessTableModel::CgroupRankColumn, Qt::Horizontal, Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
        QVERIFY(model.headerData(ProcessTableModel::CgroupRankColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Select a cgroup")) ||
                !english());
    }

    // The cgroup tree's root shows the host's figure, never less than one of its children (a
    // cgroup v1 capture of a host: tests/data/live/README.md).
    void cgroupRootNeverBelowAChild() {
        SourceError error;
        const auto snapshot = readSnapshot(QStringLiteral(OOMLENS_TEST_DATA "/live/seq-1.tar.zst"), &error);
        QVERIFY(snapshot);
        CgroupTreeModel model;
        model.setSnapshot(*snapshot);
        int roots = 0, children = 0;
        for (const Cgroup &root : snapshot->cgroups) {
            if (root.parent >= 0) continue;
            ++roots;
            const auto shown = model.usageShown(root);
            QVERIFY(shown);
            for (const Cgroup &c : snapshot->cgroups)
                if (c.parent >= 0 && c.usage) {
                    QVERIFY2(*c.usage <= *shown, qPrintable(c.path));
                    ++children;
                }
        }
        QVERIFY(roots > 0 && children > 0);
    }

private:
    static bool english() {
        return qEnvironmentVariable("OOMLENS_SHOTS_LANGUAGE", QStringLiteral("en")) == QLatin1String("en");
    }

    void open(MainWindow &window, const QStringList &paths) {
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy spy(window.loader(), &DocumentLoader::finished);
        window.openFiles(paths);
        QVERIFY(spy.wait(120000));
        QCoreApplication::processEvents();
    }

    // Every detail tab of the first event, as PNGs (only when OOMLENS_SHOTS_DIR is set).
    void shootAll(MainWindow &window, const QString &prefix) {
        if (m_shots.isEmpty()) return;
        const QString language = qEnvironmentVariable("OOMLENS_SHOTS_LANGUAGE", QStringLiteral("en"));
        PostMortemWidget *pm = window.postMortem();
        QTabWidget *tabs = pm->detail()->tabs();
        for (int tab = 0; tab < tabs->count(); ++tab) {
            if (!tabs->isTabVisible(tab)) continue;
            tabs->setCurrentIndex(tab);
            QTest::qWait(50);
            const QImage image = window.grab().toImage();
            QCOMPARE(image.size(), QSize(1280, 800));
            QVERIFY(image.save(
                QDir(m_shots).filePath(QStringLiteral("%1-%2-tab%3.png").arg(language, prefix).arg(tab))));
        }
    }

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_temp;
    QString m_shots;
    QString m_longLog;
};

int main(int argc, char **argv) {
    TestUiReview::initMain();
    QApplication app(argc, argv);
    // Screenshots in another language: OOMLENS_SHOTS_LANGUAGE=de loads the built catalogue.
    const QString language = qEnvironmentVariable("OOMLENS_SHOTS_LANGUAGE");
    QTranslator translator;
    if (!language.isEmpty() && language != QLatin1String("en") &&
        translator.load(QStringLiteral("oomlens_%1").arg(language), QStringLiteral(OOMLENS_QM_DIR)))
        QCoreApplication::installTranslator(&translator);
    TestUiReview test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_uireview.moc"
