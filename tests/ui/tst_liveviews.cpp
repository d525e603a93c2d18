// SPDX-License-Identifier: GPL-2.0-or-later
// Offscreen GUI tests of the live views, fed by a scripted read function that replays the real
// captures of tests/data/live (seq-0, seq-1, seq-2, ...) instead of the host: the widgets must
// show exactly what the snapshots hold (chart series = zone watermarks, heatmap cells = buddy
// counts, summary = meminfo/vmstat), and a cgroup selection must filter the process table and
// survive updates.
#include "live/BuddyPanel.h"
#include "live/CgroupProcessPanel.h"
#include "live/HostViews.h"
#include "live/LiveHostWidget.h"
#include "live/SummaryStrip.h"
#include "live/WatermarkPanel.h"
#include "models/CgroupTreeModel.h"
#include "models/ProcessFilterProxy.h"
#include "models/ProcessTableModel.h"
#include "procfs/SnapshotReader.h"
#include "widgets/BuddyHeatmap.h"
#include "widgets/ColumnWidths.h"
#include "widgets/Format.h"
#include "widgets/WatermarkTimeChart.h"

#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QLineSeries>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

#include <atomic>

using namespace oomlens;
using namespace oomlens::ui;

namespace {
Snapshot load(int n) {
    SourceError error;
    auto s = readSnapshot(QStringLiteral(OOMLENS_TEST_DATA "/live/seq-%1.tar.zst").arg(n), &error);
    if (!s) qFatal("cannot read fixture seq-%d: %s", n, qPrintable(error.reason));
    return *s;
}
} // namespace

class TestLiveViews : public QObject {
    Q_OBJECT
public:
    static void initMain() {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    }

private slots:
    void liveWidgetShowsTheScriptedSamples() {
        const QList<Snapshot> script{load(0), load(1), load(2)};
        auto counter = std::make_shared<std::atomic<int>>(0);
        Sampler::ReadFunction read = [script, counter](SampleDepth) {
            Snapshot s = script[(*counter)++ % script.size()];
            s.time = QDateTime::currentDateTime(); // a time axis that moves like a live one
            return s;
        };
        LiveHostWidget::Options options;
        options.watchKernelLog = false;
        options.desktopNotifications = false;
        LiveHostWidget w(read, options);
        w.sampler()->setInterval(60);
        w.sampler()->setFullEvery(1); // every replayed capture is complete
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(w.history().size() >= 6, 10000);
        w.sampler()->pause();
        w.sampler()->waitForIdle();
        QCoreApplication::processEvents();

        const Snapshot &s = *w.latest();
        HostViews *v = w.views();
        // Summary strip = meminfo / vmstat of the last sample.
        QVERIFY(v->summary()
                    ->fieldText(QStringLiteral("memory"))
                    .contains(format::bytes(s.meminfoValue(QStringLiteral("MemAvailable")))));
        QVERIFY(v->summary()
                    ->fieldText(QStringLiteral("oomkills"))
                    .contains(format::count(s.vmstat.value(QStringLiteral("oom_kill")))));
        // Watermark chart: the newest point of each series = the zone's values in MiB.
        WatermarkTimeChart *chart = v->watermarks()->chart(0);
        QVERIFY(chart);
        const double mib = double(*s.pageSize) / (1024.0 * 1024.0);
        for (const Zone &z : s.nodes[0].zones) {
            if (!z.isPopulated()) {
                QVERIFY(!chart->series(z.name, QStringLiteral("free")));
                continue;
            }
            QLineSeries *free = chart->series(z.name, QStringLiteral("free"));
            QLineSeries *min = chart->series(z.name, QStringLiteral("min"));
            QLineSeries *high = chart->series(z.name, QStringLiteral("high"));
            QVERIFY(free && min && high);
            QCOMPARE(free->count(), int(w.history().size()));
            QCOMPARE(free->at(free->count() - 1).y(), std::max(0.01, double(*z.freePages) * mib));
            QCOMPARE(min->at(min->count() - 1).y(), std::max(0.01, double(*z.minPages) * mib));
            QCOMPARE(high->at(high->count() - 1).y(), std::max(0.01, double(*z.highPages) * mib));
        }
        // The time axis' labels are drawn under the plot (Qt 6.4 left no room for them, and drew none,
        // when the chart was set on the view after its default one).
        v->tabs()->setCurrentWidget(v->watermarks());
        QTest::qWait(100);
        {
            const QImage image = chart->grab().toImage();
            const QRectF plot = chart->chart()->plotArea();
            int dark = 0;
            for (int y = int(plot.bottom()) + 8; y < image.height(); ++y)
                for (int x = int(plot.left()); x < int(plot.right()); ++x)
                    dark += qGray(image.pixel(x, y)) < 128;
            QVERIFY2(dark > 30, qPrintable(QStringLiteral("%1 dark pixels under the plot").arg(dark)));
        }
        // Buddy heatmap now: cells = buddyinfo counts.
        const HeatmapMatrix &now = v->buddy()->nowHeatmap()->matrix();
        int row = 0;
        for (const Zone &z : s.nodes[0].zones) {
            if (!z.buddy) continue;
            for (int o = 0; o < int(z.buddy->size()); ++o)
                QCOMPARE(now.value(row, o), std::optional<std::uint64_t>(z.buddy->at(o)));
            ++row;
        }
        QCOMPARE(now.rowCount(), row);
        // Over time for the chosen zone (Normal by default): the last column = the last sample.
        QCOMPARE(v->buddy()->zoneChooser()->currentData().toString(), QStringLiteral("0/Normal"));
        const HeatmapMatrix &overTime = v->buddy()->historyHeatmap()->matrix();
        const Zone &normal = s.nodes[0].zones[2];
        const int orders = int(normal.buddy->size());
        QCOMPARE(overTime.rowCount(), orders);
        for (int o = 0; o < orders; ++o) // highest order on top
            QCOMPARE(overTime.value(orders - 1 - o, overTime.columnCount() - 1),
                     std::optional<std::uint64_t>(normal.buddy->at(o)));
        // Migrate types (the captures were made as root: pagetypeinfo present).
        const HeatmapMatrix &migrate = v->buddy()->migrateHeatmap()->matrix();
        QCOMPARE(migrate.rowCount(), int(normal.migrateTypes.size()));
        QCOMPARE(migrate.value(0, 0), std::optional<std::uint64_t>(normal.migrateTypes[0].blocks[0]));
        // Process table = the last sample's processes.
        QCOMPARE(v->cgroupsAndProcesses()->processModel()->rowCount(), int(s.processes.size()));
        // No header is cut: every column at least as wide as its header text, in both views.
        v->tabs()->setCurrentWidget(v->cgroupsAndProcesses());
        for (const char *name : {"processTable", "cgroupTree"}) {
            auto *view = v->cgroupsAndProcesses()->findChild<QAbstractItemView *>(QLatin1String(name));
            QVERIFY(view);
            const QHeaderView *header = qobject_cast<QTableView *>(view)
                                            ? qobject_cast<QTableView *>(view)->horizontalHeader()
                                            : qobject_cast<QTreeView *>(view)->header();
            for (int c = 0; c < header->count(); ++c)
                QVERIFY2(header->sectionSize(c) >= headerTextWidth(header, c),
                         qPrintable(QStringLiteral("%1 column %2").arg(QLatin1String(name)).arg(c)));
        }
    }

    void selectingACgroupFiltersTheTable() {
        CgroupProcessPanel panel(false);
        panel.resize(1200, 700);
        const Snapshot s1 = load(1), s2 = load(2);
        panel.setSnapshot(s1, estimateKillOrder(s1));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.processProxy()->rowCount(), int(s1.processes.size()));
        // Clicking the cgroup in the tree (as a person would).
        const QModelIndex cg = panel.cgroupModel()->indexOfPath(QStringLiteral("/oomlens-fixture-a"));
        QVERIFY(cg.isValid());
        QTreeView *tree = panel.cgroupView();
        tree->scrollTo(cg);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(cg).center());
        QCOMPARE(panel.selectedCgroup(), QStringLiteral("/oomlens-fixture-a"));
        QCOMPARE(panel.processProxy()->rowCount(), 5);
        QVERIFY(panel.processModel()
                    ->headerData(ProcessTableModel::CgroupRankColumn, Qt::Horizontal)
                    .toString()
                    .contains(QStringLiteral("oomlens-fixture-a")));
        // seq-2: a new cgroup appeared (tree reset), the selection and the filter are kept.
        panel.setSnapshot(s2, estimateKillOrder(s2));
        QCOMPARE(panel.selectedCgroup(), QStringLiteral("/oomlens-fixture-a"));
        QCOMPARE(tree->selectionModel()->currentIndex().data(CgroupTreeModel::CgroupPathRole).toString(),
                 QStringLiteral("/oomlens-fixture-a"));
        QCOMPARE(panel.processProxy()->rowCount(), 2);
        // "All processes" clears the filter.
        const auto buttons = panel.findChildren<QPushButton *>();
        QCOMPARE(buttons.size(), 1);
        buttons.first()->click();
        QCOMPARE(panel.processProxy()->rowCount(), int(s2.processes.size()));
    }
};

QTEST_MAIN(TestLiveViews)
#include "tst_liveviews.moc"
