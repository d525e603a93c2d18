// The fleet view against the real Prometheus of FleetTestEnv.h: the heat strip lists the hosts in
// the core's order (most kills first), a click on a kill cell drills down to that host and shows
// its zone figures at the kill, a host without the collectors shows how to turn them on, and a
// wrong password is said plainly. Screenshots at 1280x800 in en, de and zh_CN go to
// $OOMLENS_SHOTS_DIR when set (OOMLENS_SHOTS_DIR=/tmp/shots ctest --preset default -R fleet_view).
#include "FleetTestEnv.h"
#include "fleet/FleetHeatStrip.h"
#include "fleet/FleetWidget.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace oomlens;
using namespace oomlens::fleet;
using namespace oomlens::fleetfixture;
using namespace oomlens::ui;

class TestFleetView : public QObject {
    Q_OBJECT
public:
    static void initMain() {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    }

private:
    FleetTestEnv env;

    void shoot(QWidget &w, const QString &name) {
        const QString dir = qEnvironmentVariable("OOMLENS_SHOTS_DIR");
        if (dir.isEmpty()) return;
        QDir().mkpath(dir);
        QVERIFY(w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

    static bool waitFor(QSignalSpy &spy) { return spy.count() > 0 || spy.wait(120000); }

private slots:
    void initTestCase() {
        const QString missing = FleetTestEnv::missing();
        if (!missing.isEmpty()) QSKIP(qPrintable(QStringLiteral("not installed: ") + missing));
        QVERIFY2(env.setUp(), qPrintable(env.error));
    }
    void cleanupTestCase() { env.tearDown(); }

    void stripThenDrillDown_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QString();
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void stripThenDrillDown() {
        QFETCH(QString, language);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral(OOMLENS_QM_DIR "/oomlens_") + language +
                                    QStringLiteral(".qm")));
            QCoreApplication::installTranslator(&translator);
        }
        const QString suffix = language.isEmpty() ? QStringLiteral("en") : language;
        FleetWidget w;
        w.resize(1280, 800);
        w.setConnection(env.connection());
        w.setEndTime(FixedEndSecs * 1000);
        w.setRangeSecs(7 * 86400);
        w.show();
        QSignalSpy shown(&w, &FleetWidget::fleetShown);
        w.refresh();
        QVERIFY(waitFor(shown));

        FleetRequest request;
        request.connection = env.connection();
        request.endMs = FixedEndSecs * 1000;
        const FleetResult core = runFleet(request);
        QStringList order;
        for (const HostKills &h : core.hosts)
            order << h.host;
        QCOMPARE(w.strip()->hostOrder(), order);
        QVERIFY(w.drillView()->toPlainText().contains(QLatin1String("api-7d9f")));
        shoot(w, QStringLiteral("fleet-strip-") + suffix);

        // Click the first kill cell of host-010 (zoneinfo on): the drill-down shows its Normal
        // zone's min watermark at the kill.
        const Host &h10 = env.fleet.hosts.at(10);
        const int row = int(order.indexOf(h10.instance));
        QVERIFY(row >= 0);
        const HostKills &k = core.hosts.at(row);
        const int column =
            int(std::find_if(k.buckets.begin(), k.buckets.end(), [](qint64 b) { return b > 0; }) -
                k.buckets.begin());
        QSignalSpy drilled(&w, &FleetWidget::drillDownShown);
        QTest::mouseClick(w.strip(), Qt::LeftButton, {}, w.strip()->cellCenter(row, column));
        QVERIFY2(waitFor(drilled), qPrintable(w.statusLabel()->text()));
        const QString text = w.drillView()->toPlainText();
        QVERIFY2(text.contains(h10.instance), qPrintable(text.left(300)));
        QVERIFY2(
            text.contains(QString::number(zoneAt(h10, QStringLiteral("Normal"), h10.killTimes.first()).min)),
            qPrintable(text.left(600)));
        shoot(w, QStringLiteral("fleet-drilldown-") + suffix);

        // A host without the collectors: the hint names the flags.
        const Host &h3 = env.fleet.hosts.at(3);
        drilled.clear();
        w.drillDown(h3.instance, h3.killTimes.first() * 1000);
        QVERIFY2(waitFor(drilled), qPrintable(w.statusLabel()->text()));
        QVERIFY(w.drillView()->toPlainText().contains(
            QLatin1String("--collector.zoneinfo --collector.buddyinfo")));
        shoot(w, QStringLiteral("fleet-nocollectors-") + suffix);

        // Wrong password: the status says so, with the status code, and the strip is emptied.
        PromConnection bad = env.connection();
        bad.secret = QStringLiteral("wrong");
        w.setConnection(bad);
        shown.clear();
        w.refresh();
        QVERIFY(waitFor(shown));
        QVERIFY2(w.statusLabel()->text().contains(QLatin1String("401")), qPrintable(w.statusLabel()->text()));
        QVERIFY(w.strip()->hostOrder().isEmpty());
        shoot(w, QStringLiteral("fleet-autherror-") + suffix);
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestFleetView)
#include "tst_fleet_view.moc"
