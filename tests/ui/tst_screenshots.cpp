// SPDX-License-Identifier: GPL-2.0-or-later
// Renders every live and snapshot view at 1280x800 on THIS host and, when OOMLENS_SCREENSHOT_DIR
// is set, writes PNGs for a person to look at (see bench/README.md "live" and the branch report).
// As a test it checks that each view got real content from the live host.
#include "live/BuddyPanel.h"
#include "live/CgroupProcessPanel.h"
#include "live/HostViews.h"
#include "live/LiveHostWidget.h"
#include "live/WatermarkPanel.h"
#include "models/ProcessTableModel.h"
#include "procfs/SnapshotReader.h"
#include "snapshot/SnapshotWidget.h"
#include "widgets/BuddyHeatmap.h"
#include "widgets/WatermarkBars.h"

#include <QDir>
#include <QTabWidget>
#include <QtTest>

using namespace oomlens;
using namespace oomlens::ui;

class TestScreenshots : public QObject {
    Q_OBJECT
public:
    static void initMain() {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    }

private:
    static void save(QWidget *w, const QString &name) {
        const QString dir = qEnvironmentVariable("OOMLENS_SCREENSHOT_DIR");
        // Charts lay themselves out over a few posted events: let them finish, as a user would see.
        QTest::qWait(150);
        const QPixmap pixmap = w->grab();
        QCOMPARE(pixmap.size(), QSize(1280, 800));
        if (dir.isEmpty()) return;
        // The folder may not exist yet: a person names a fresh one for each look.
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(pixmap.save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

private slots:
    void liveHost() {
        LiveHostWidget::Options options;
        options.desktopNotifications = false;
        LiveHostWidget w(Sampler::liveReader(), options);
        w.sampler()->setInterval(200);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(w.history().size() >= 12, 20000);
        QVERIFY(w.views()->cgroupsAndProcesses()->processModel()->rowCount() > 5);
        QTabWidget *tabs = w.views()->tabs();
        const QStringList names{QStringLiteral("live-cgroups-processes"), QStringLiteral("live-watermarks"),
                                QStringLiteral("live-buddy")};
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            save(&w, names.value(i));
        }
        // A notice as a kill would show it (banner), for the screenshot of the banner.
        OomNotice n;
        n.origin = OomNotice::Origin::KernelLog;
        n.time = QDateTime::currentDateTime();
        n.pid = 4242;
        n.comm = QStringLiteral("memhog");
        n.victimCgroup = QStringLiteral("/oomlens-demo");
        n.constraintCgroup = QStringLiteral("/oomlens-demo");
        n.cause = QStringLiteral("The victim's own memory cgroup hit its limit.");
        w.showNotice(n);
        tabs->setCurrentIndex(0);
        QVERIFY(w.bannerVisible());
        QVERIFY(w.bannerText().contains(QStringLiteral("pid 4242")));
        save(&w, QStringLiteral("live-banner"));
    }

    void snapshotOfThisHost() {
        SourceError error;
        auto s = readSnapshot(QString(), &error);
        QVERIFY(s);
        SnapshotWidget w;
        w.resize(1280, 800);
        w.setSnapshot(*s);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.views()->buddy()->nowHeatmap()->matrix().rowCount() > 0);
        QTabWidget *tabs = w.views()->tabs();
        const QStringList names{QStringLiteral("snapshot-cgroups-processes"),
                                QStringLiteral("snapshot-watermarks"), QStringLiteral("snapshot-buddy")};
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            save(&w, names.value(i));
        }
    }

    // A capture with limited cgroups: usage bars, and a selected cgroup filtering the processes.
    void snapshotWithLimitedCgroups() {
        SourceError error;
        auto s = readSnapshot(QStringLiteral(OOMLENS_TEST_DATA "/live/seq-2.tar.zst"), &error);
        QVERIFY(s);
        SnapshotWidget w;
        w.resize(1280, 800);
        w.setSnapshot(*s);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        CgroupProcessPanel *panel = w.views()->cgroupsAndProcesses();
        panel->selectCgroup(QStringLiteral("/oomlens-fixture-b"));
        QCOMPARE(panel->processModel()->rowCount(), int(s->processes.size()));
        save(&w, QStringLiteral("snapshot-cgroup-selected"));
    }

    // Two NUMA nodes, no buddyinfo: one bar row per populated zone, an empty heatmap that says why.
    void snapshotOfTwoNodes() {
        SourceError error;
        auto s = readSnapshot(QStringLiteral(OOMLENS_TEST_DATA "/live/numa2-pcp-qa-007"), &error);
        QVERIFY(s);
        SnapshotWidget w;
        w.resize(1280, 800);
        w.setSnapshot(*s);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        WatermarkPanel *wm = w.views()->watermarks();
        QVERIFY(wm->bars(0) && wm->bars(1));
        QCOMPARE(wm->bars(0)->zones().size(), std::size_t(3)); // DMA, DMA32, Normal
        QCOMPARE(wm->bars(1)->zones().size(), std::size_t(1)); // only Normal has memory on node 1
        const WatermarkBar &n1 = wm->bars(1)->zones()[0];
        QCOMPARE(n1.label, QStringLiteral("Normal"));
        QCOMPARE(n1.free, std::optional<quint64>(762548));
        QCOMPARE(n1.min, std::optional<quint64>(11328));
        QCOMPARE(n1.high, std::optional<quint64>(16992));
        QCOMPARE(WatermarkBars::band(n1), 3); // far above high
        QCOMPARE(w.views()->buddy()->nowHeatmap()->matrix().rowCount(), 0);
        QVERIFY(w.headerText().contains(QStringLiteral("Partial")));
        QTabWidget *tabs = w.views()->tabs();
        tabs->setCurrentIndex(1);
        save(&w, QStringLiteral("snapshot-2node-watermarks"));
        tabs->setCurrentIndex(2);
        save(&w, QStringLiteral("snapshot-2node-buddy"));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
