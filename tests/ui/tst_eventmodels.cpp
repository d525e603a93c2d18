// SPDX-License-Identifier: GPL-2.0-or-later
// The post-mortem item models under QAbstractItemModelTester, fed from real corpus logs:
// the event list (and its sort/filter proxy), the task table, the memcg statistics.
#include "PostMortemTestData.h"
#include "models/EventListModel.h"
#include "models/MemcgStatsModel.h"
#include "models/TaskTableModel.h"
#include "postmortem/EventFacts.h"
#include "widgets/Format.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace oomlens;
using namespace oomlens::ui;

namespace {
QSortFilterProxyModel *makeProxy(QAbstractItemModel *source, int sortRole, QObject *parent) {
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}
} // namespace

class TestEventModels : public QObject {
    Q_OBJECT
public:
    static void initMain() {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    }

private slots:
    void eventListModel() {
        EventListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel *proxy = makeProxy(&model, EventListModel::SortRole, &model);
        QAbstractItemModelTester proxyTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QTemporaryDir dir;
        const LoadedLog log = readLogs({testdata::concatenated(dir, testdata::multiEventNames())});
        model.setLog(log);
        QCOMPARE(model.rowCount(), int(log.events().size()));
        QCOMPARE(model.columnCount(), int(EventListModel::ColumnCount));

        for (int row = 0; row < model.rowCount(); ++row) {
            const OomEvent &event = log.events().at(row);
            QCOMPARE(model.index(row, 0).data(EventListModel::EventIndexRole).toInt(), row);
            const QString victim = model.index(row, EventListModel::VictimColumn).data().toString();
            QCOMPARE(victim, facts::victimText(event));
            // Absent is "n/a", never 0 or empty.
            const QString host = model.index(row, EventListModel::HostColumn).data().toString();
            QCOMPARE(host, event.host.isEmpty() ? format::notAvailable() : event.host);
            const QVariant freed =
                model.index(row, EventListModel::FreedColumn).data(EventListModel::SortRole);
            const auto bytes = facts::memoryFreed(event);
            QCOMPARE(freed.toLongLong(), bytes ? qint64(*bytes) : qint64(-1));
            if (!bytes)
                QCOMPARE(model.index(row, EventListModel::FreedColumn).data().toString(),
                         format::notAvailable());
            QVERIFY(!model.index(row, EventListModel::CauseColumn).data().toString().isEmpty());
        }

        // Sorting "memory freed" sorts bytes as numbers, with n/a at one end.
        proxy->sort(EventListModel::FreedColumn, Qt::DescendingOrder);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const qint64 value =
                proxy->index(row, EventListModel::FreedColumn).data(EventListModel::SortRole).toLongLong();
            QVERIFY2(value <= previous, qPrintable(QStringLiteral("row %1").arg(row)));
            previous = value;
        }

        // Filtering by a victim's name keeps exactly the events naming it.
        proxy->setFilterFixedString(QStringLiteral("baloo_file"));
        QCOMPARE(proxy->rowCount(), 1);
        QVERIFY(proxy->index(0, EventListModel::VictimColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("baloo_file")));
        proxy->setFilterFixedString(QString());
        QCOMPARE(proxy->rowCount(), model.rowCount());

        model.setLog({});
        QCOMPARE(model.rowCount(), 0);
    }

    void taskTableModel() {
        TaskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel *proxy = makeProxy(&model, TaskTableModel::SortRole, &model);
        QAbstractItemModelTester proxyTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const LoadedLog log =
            testdata::load({QStringLiteral("k3.10-el7-global-syslog-rsyslog-012-interleaved.log")});
        const OomEvent &event = log.events().first();
        QVERIFY(!event.tasks.isEmpty());
        model.setEvent(event);
        QCOMPARE(model.rowCount(), int(event.tasks.size()));
        // Exactly one victim row: pid 22037 (java).
        int victims = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(TaskTableModel::IsVictimRole).toBool()) {
                ++victims;
                QCOMPARE(model.index(row, TaskTableModel::PidColumn).data().toString(),
                         QStringLiteral("22037"));
                QCOMPARE(model.index(row, TaskTableModel::NameColumn).data().toString(),
                         QStringLiteral("java"));
                QVERIFY(model.index(row, 0).data(Qt::BackgroundRole).isValid());
            }
        }
        QCOMPARE(victims, 1);
        // The 3.10 table has no rss_anon column: that column holds no value and the view hides it.
        QVERIFY(!model.columnHasValues(TaskTableModel::RssAnonColumn));
        QVERIFY(model.columnHasValues(TaskTableModel::RssColumn));

        // RSS sorts numerically.
        proxy->sort(TaskTableModel::RssColumn, Qt::DescendingOrder);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const qint64 value =
                proxy->index(row, TaskTableModel::RssColumn).data(TaskTableModel::SortRole).toLongLong();
            QVERIFY(value <= previous);
            previous = value;
        }

        // -1000 is flagged: MANIFEST says systemd-udevd runs at -1000 in the arm64 kmemleak log.
        const LoadedLog arm = testdata::load(
            {QStringLiteral("k5.4-arm64-global-kmemleak-slab-no-killable-panic-mail-wrapped.log")});
        int flagged = 0;
        for (const OomEvent &e : arm.events()) {
            model.setEvent(e);
            for (int row = 0; row < model.rowCount(); ++row) {
                const bool isProtected = model.index(row, 0).data(TaskTableModel::IsProtectedRole).toBool();
                QCOMPARE(isProtected, e.tasks.at(row).oomScoreAdj == -1000);
                if (isProtected) {
                    ++flagged;
                    QVERIFY(model.index(row, TaskTableModel::OomScoreAdjColumn)
                                .data()
                                .toString()
                                .startsWith(QLatin1String("-1000")));
                }
            }
        }
        QVERIFY(flagged >= 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void memcgStatsModel() {
        MemcgStatsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel *proxy = makeProxy(&model, MemcgStatsModel::SortRole, &model);
        QAbstractItemModelTester proxyTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // cgroup v2: memory.stat copied one value per line, in bytes ("anon 98742272").
        const LoadedLog log =
            testdata::load({QStringLiteral("k5.15-azure-memcg-v2-aks-pod-syslog-npd-echo.log")});
        QVERIFY(!log.events().isEmpty());
        const OomEvent &event = log.events().first();
        QVERIFY(!event.memcg.stats.isEmpty());
        model.setEvent(event);
        int expected = 0;
        for (const MemcgStats &stats : event.memcg.stats)
            expected += int(stats.values.items.size());
        QCOMPARE(model.rowCount(), expected);
        const auto anon = event.memcg.stats.first().values.value(u"anon");
        QVERIFY(anon.has_value());
        bool found = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, MemcgStatsModel::KeyColumn).data().toString() == QLatin1String("anon")) {
                QCOMPARE(model.index(row, MemcgStatsModel::ValueColumn)
                             .data(MemcgStatsModel::SortRole)
                             .toULongLong(),
                         qulonglong(*anon));
                QCOMPARE(model.index(row, MemcgStatsModel::ValueColumn).data().toString(),
                         format::bytes(*anon));
                found = true;
            }
        }
        QVERIFY(found);
        QVERIFY(MemcgStatsModel::isCountKey(QStringLiteral("pgfault")));
        QVERIFY(!MemcgStatsModel::isCountKey(QStringLiteral("file_mapped")));
        proxy->sort(MemcgStatsModel::ValueColumn);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestEventModels)
#include "tst_eventmodels.moc"
