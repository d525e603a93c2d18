// SPDX-License-Identifier: GPL-2.0-or-later
// The live views' item models driven by a scripted sequence of real captures
// (tests/data/live/README.md): seq-0 -> seq-1 -> seq-2 -> seq-0 -> seq-2 exercises row inserts,
// removals and changes in the process table and cgroup appearance/removal in the tree. Every model
// and proxy is watched by QAbstractItemModelTester; after every step the model must equal the
// snapshot, and view state (selection, sort, filter) must survive.
#include "analysis/KillOrder.h"
#include "models/CgroupTreeModel.h"
#include "models/ProcessFilterProxy.h"
#include "models/ProcessTableModel.h"
#include "procfs/SnapshotReader.h"
#include "widgets/Format.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace oomlens;
using namespace oomlens::ui;

namespace {
Snapshot load(int n) {
    SourceError error;
    auto s = readSnapshot(QStringLiteral(OOMLENS_TEST_DATA "/live/seq-%1.tar.zst").arg(n), &error);
    if (!s) qFatal("cannot read fixture seq-%d: %s", n, qPrintable(error.reason));
    return *s;
}

QSet<QPair<int, quint64>> keys(const Snapshot &s) {
    QSet<QPair<int, quint64>> k;
    for (const Process &p : s.processes)
        k.insert({p.pid, p.startTime});
    return k;
}
} // namespace

class TestLiveModels : public QObject {
    Q_OBJECT
public:
    static void initMain() {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    }

private:
    // The model shows exactly the snapshot's processes, in pid order, with their values.
    static void verifyEquals(const ProcessTableModel &m, const Snapshot &s, const KillOrder &order) {
        QCOMPARE(m.rowCount(), int(s.processes.size()));
        QList<Process> sorted = s.processes;
        std::sort(sorted.begin(), sorted.end(),
                  [](const Process &a, const Process &b) { return a.pid < b.pid; });
        for (int r = 0; r < m.rowCount(); ++r) {
            const Process &p = sorted[r];
            QCOMPARE(m.index(r, ProcessTableModel::PidColumn).data(ProcessTableModel::SortRole).toInt(),
                     p.pid);
            QCOMPARE(m.index(r, ProcessTableModel::NameColumn).data().toString(), p.comm);
            QCOMPARE(m.index(r, ProcessTableModel::RssColumn).data().toString(), format::bytes(p.rss));
            QCOMPARE(m.index(r, ProcessTableModel::RssColumn).data(ProcessTableModel::SortRole).toLongLong(),
                     p.rss ? qint64(*p.rss) : qint64(-1));
            QCOMPARE(m.index(r, ProcessTableModel::OomScoreColumn).data().toString(),
                     p.oomScore ? QString::number(*p.oomScore) : format::notAvailable());
            const KillCandidate *c = order.forPid(p.pid);
            QVERIFY(c);
            QCOMPARE(m.index(r, ProcessTableModel::HostRankColumn).data(ProcessTableModel::SortRole).toInt(),
                     c->rank > 0 ? c->rank : std::numeric_limits<int>::max());
        }
    }

private slots:
    void processTableSequence() {
        ProcessTableModel model;
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProcessFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(ProcessTableModel::RssColumn, Qt::DescendingOrder);
        ProcessFilterProxy byRank; // a second view sorted by kill rank, as the live table is
        byRank.setSourceModel(&model);
        byRank.sort(ProcessTableModel::HostRankColumn, Qt::AscendingOrder);

        const int sequence[] = {0, 1, 2, 0, 2};
        Snapshot previous;
        int totalRemoved = 0, totalInserted = 0, totalChanged = 0;
        for (int step : sequence) {
            const Snapshot s = load(step);
            const KillOrder order = estimateKillOrder(s);
            model.setSnapshot(s, order);
            verifyEquals(model, s, order);
            const auto stats = model.lastMerge();
            // Inserted/removed counts equal the set differences of (pid, start time).
            QCOMPARE(stats.removed, int((keys(previous) - keys(s)).size()));
            QCOMPARE(stats.inserted, int((keys(s) - keys(previous)).size()));
            totalRemoved += stats.removed;
            totalInserted += stats.inserted;
            totalChanged += stats.changed;
            // Batches: never more batches than rows, and runs are coalesced.
            QVERIFY(stats.insertBatches <= stats.inserted);
            QVERIFY(stats.removeBatches <= stats.removed);
            // Sort order kept by the proxy.
            for (int r = 1; r < proxy.rowCount(); ++r)
                QVERIFY(proxy.index(r - 1, ProcessTableModel::RssColumn)
                            .data(ProcessTableModel::SortRole)
                            .toLongLong() >= proxy.index(r, ProcessTableModel::RssColumn)
                                                 .data(ProcessTableModel::SortRole)
                                                 .toLongLong());
            for (int r = 1; r < byRank.rowCount(); ++r)
                QVERIFY2(byRank.index(r - 1, ProcessTableModel::HostRankColumn)
                                 .data(ProcessTableModel::SortRole)
                                 .toInt() <= byRank.index(r, ProcessTableModel::HostRankColumn)
                                                 .data(ProcessTableModel::SortRole)
                                                 .toInt(),
                         qPrintable(QStringLiteral("step %1 row %2").arg(step).arg(r)));
            previous = s;
        }
        // The script really exercised every path.
        QVERIFY(totalRemoved > 0);
        QVERIFY(totalInserted > 0);
        QVERIFY(totalChanged > 0);
    }

    void samePidsOnlyChangeRows() {
        ProcessTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Snapshot s = load(1);
        model.setSnapshot(s, estimateKillOrder(s));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // Two neighbouring processes grow: one dataChanged for the run of two rows.
        std::sort(s.processes.begin(), s.processes.end(),
                  [](const Process &a, const Process &b) { return a.pid < b.pid; });
        for (int i : {10, 11})
            s.processes[i].rss = s.processes[i].rss.value_or(0) + 4096;
        model.setSnapshot(s, estimateKillOrder(s));
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(reset.size(), 0);
        QVERIFY(model.lastMerge().changed >= 2);
        QCOMPARE(model.lastMerge().changeBatches, changed.size());
        // A reused pid (same pid, new start time) is a remove + insert, not a change.
        s.processes[20].startTime += 1;
        model.setSnapshot(s, estimateKillOrder(s));
        QCOMPARE(model.lastMerge().removed, 1);
        QCOMPARE(model.lastMerge().inserted, 1);
    }

    void selectionAndFilterSurviveUpdates() {
        ProcessTableModel model;
        ProcessFilterProxy proxy;
        proxy.setSourceModel(&model);
        QTableView view;
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(ProcessTableModel::PidColumn, Qt::AscendingOrder);
        const Snapshot s1 = load(1), s2 = load(2);
        model.setSnapshot(s1, estimateKillOrder(s1));
        // Select a process present in both captures (pid 1).
        const int row = model.rowOfPid(1);
        QVERIFY(row >= 0);
        view.selectionModel()->setCurrentIndex(proxy.mapFromSource(model.index(row, 0)),
                                               QItemSelectionModel::ClearAndSelect |
                                                   QItemSelectionModel::Rows);
        model.setSnapshot(s2, estimateKillOrder(s2));
        QCOMPARE(view.selectionModel()->currentIndex().data(ProcessTableModel::PidRole).toInt(), 1);
        QCOMPARE(view.selectionModel()->selectedRows().size(), 1);

        // Filter by cgroup: the fixture cgroup has 5 processes in seq-1 and 2 in seq-2.
        model.setSnapshot(s1, estimateKillOrder(s1));
        proxy.setCgroup(QStringLiteral("/oomlens-fixture-a"));
        QCOMPARE(proxy.rowCount(), 5);
        model.setSnapshot(s2, estimateKillOrder(s2));
        QCOMPARE(proxy.rowCount(), 2);
        for (int r = 0; r < proxy.rowCount(); ++r)
            QCOMPARE(proxy.index(r, ProcessTableModel::NameColumn).data().toString(),
                     QStringLiteral("sleep"));
        // Rank within the cgroup: 1..n over its processes.
        const KillOrder order = estimateKillOrder(s2);
        model.setRankCgroup(QStringLiteral("/oomlens-fixture-a"), order);
        QSet<int> ranks;
        for (int r = 0; r < proxy.rowCount(); ++r)
            ranks.insert(proxy.index(r, ProcessTableModel::CgroupRankColumn)
                             .data(ProcessTableModel::SortRole)
                             .toInt());
        QCOMPARE(ranks, (QSet<int>{1, 2}));
        // Text filter on top of the cgroup filter.
        proxy.setCgroup(QString());
        proxy.setText(QStringLiteral("sleep"));
        QCOMPARE(proxy.rowCount(), 4); // 2 in fixture-a + 2 in fixture-b
    }

    void absentValuesShowNotAvailable() {
        const Snapshot s = load(0);
        ProcessTableModel model;
        model.setSnapshot(s, estimateKillOrder(s));
        // Kernel threads have no VmRSS line: "n/a", never "0 B".
        int kthreads = 0;
        for (const Process &p : s.processes) {
            if (p.rss) continue;
            ++kthreads;
            const int row = model.rowOfPid(p.pid);
            QCOMPARE(model.index(row, ProcessTableModel::RssColumn).data().toString(),
                     format::notAvailable());
        }
        QVERIFY(kthreads > 0);
    }

    void cgroupTreeSequence() {
        CgroupTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int sequence[] = {0, 1, 2, 0};
        for (int step : sequence) {
            const Snapshot s = load(step);
            model.setSnapshot(s);
            for (const Cgroup &c : s.cgroups) {
                const QModelIndex i = model.indexOfPath(c.path);
                QVERIFY2(i.isValid(), qPrintable(c.path));
                QCOMPARE(i.data(CgroupTreeModel::CgroupPathRole).toString(), c.path);
                QCOMPARE(model.index(i.row(), CgroupTreeModel::ProcessesColumn, i.parent())
                             .data(CgroupTreeModel::SortRole)
                             .toLongLong(),
                         qint64(c.pids.size()));
                if (c.parent >= 0)
                    QCOMPARE(i.parent().data(CgroupTreeModel::CgroupPathRole).toString(),
                             s.cgroups[c.parent].path);
            }
        }
        // seq-1: the fixture cgroup with its 64 MiB limit, 5 processes, no OOM kill.
        const Snapshot s1 = load(1);
        model.setSnapshot(s1);
        QVERIFY(model.lastUpdateReset());
        const QModelIndex a = model.indexOfPath(QStringLiteral("/oomlens-fixture-a"));
        QVERIFY(a.isValid());
        QCOMPARE(model.index(a.row(), CgroupTreeModel::LimitColumn, a.parent()).data().toString(),
                 format::bytes(64 * MiB));
        QCOMPARE(model.index(a.row(), CgroupTreeModel::OomKillColumn, a.parent()).data().toString(),
                 QStringLiteral("0"));
        const double fraction = a.data(CgroupTreeModel::UsageFractionRole).toDouble();
        QVERIFY(fraction > 0 && fraction < 0.1);
        // Same cgroups, one value changed: one dataChanged, no reset.
        Snapshot changed = s1;
        const int idx = changed.cgroupIndex(QStringLiteral("/oomlens-fixture-a"));
        changed.cgroups[idx].oomControl[QStringLiteral("oom_kill")] = 3;
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot(changed);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(dataChanged.size(), 1);
        QCOMPARE(model.index(a.row(), CgroupTreeModel::OomKillColumn, a.parent()).data().toString(),
                 QStringLiteral("3"));
    }

    // A cgroup v2 host: v2 columns come from memory.events, memory.swap.current, memory.pressure.
    void cgroupTreeV2() {
        SourceError error;
        auto s = readSnapshot(QStringLiteral(OOMLENS_TEST_DATA "/live/cgroupv2-pcp-qa-004"), &error);
        QVERIFY(s);
        QCOMPARE(s->cgroupMode, CgroupMode::V2);
        CgroupTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(*s);
        auto cell = [&](const QString &path, int column, int role = Qt::DisplayRole) {
            const QModelIndex i = model.indexOfPath(path);
            return model.index(i.row(), column, i.parent()).data(role);
        };
        for (const Cgroup &c : s->cgroups) {
            QCOMPARE(cell(c.path, CgroupTreeModel::OomKillColumn).toString(), format::count(c.oomKills()));
            QCOMPARE(cell(c.path, CgroupTreeModel::SwapColumn).toString(), format::bytes(c.swapUsage));
            QCOMPARE(cell(c.path, CgroupTreeModel::UsageColumn, CgroupTreeModel::SortRole).toDouble(),
                     c.usage && c.effectiveLimit ? double(*c.usage) / double(*c.effectiveLimit) : -1.0);
            QVERIFY(c.pressure && c.pressure->some);
            QCOMPARE(cell(c.path, CgroupTreeModel::PsiSomeColumn).toString(),
                     format::psi(c.pressure->some->avg10));
        }
        // Values read from the capture's files by hand:
        // system.slice/memory.events "oom_kill 5"; init.scope/memory.swap.current 5873664.
        QCOMPARE(cell(QStringLiteral("/system.slice"), CgroupTreeModel::OomKillColumn).toString(),
                 QStringLiteral("5"));
        QCOMPARE(cell(QStringLiteral("/init.scope"), CgroupTreeModel::SwapColumn, CgroupTreeModel::SortRole)
                     .toLongLong(),
                 5873664LL);
        // The v2 root has no memory.current: usage is "n/a", not 0.
        QCOMPARE(cell(QStringLiteral("/"), CgroupTreeModel::UsageColumn).toString(), format::notAvailable());
        QCOMPARE(model.indexOfPath(QStringLiteral("/system.slice/ModemManager.service")).parent(),
                 model.indexOfPath(QStringLiteral("/system.slice")));
    }

    // 5,000 processes with 10 % churn per tick: the merge stays far below a frame budget.
    void fiveThousandProcesses() {
        const Snapshot base = load(0);
        auto build = [&](int offset) {
            Snapshot s = base;
            s.processes.clear();
            for (int i = 0; i < 5000; ++i) {
                Process p = base.processes[i % base.processes.size()];
                p.pid = 100000 + i + offset;
                p.rss = p.rss.value_or(0) + quint64(i % 7) * 4096 * quint64(offset + 1);
                s.processes.append(p);
            }
            return s;
        };
        ProcessTableModel model;
        ProcessFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ProcessTableModel::RssColumn, Qt::DescendingOrder);
        Snapshot a = build(0);
        model.setSnapshot(a, estimateKillOrder(a));
        QCOMPARE(model.rowCount(), 5000);
        qint64 worst = 0;
        for (int tick = 1; tick <= 5; ++tick) {
            Snapshot b = build(tick * 100); // shifts 100 pids out and 100 in, and changes RSS
            const KillOrder order = estimateKillOrder(b);
            QElapsedTimer t;
            t.start();
            model.setSnapshot(b, order);
            worst = std::max(worst, t.elapsed());
            QCOMPARE(model.rowCount(), 5000);
        }
        qInfo("worst merge of 5,000 rows incl. proxy re-sort: %lld ms", worst);
        QVERIFY2(worst < 1000, "merging 5,000 processes took more than a second");
    }
};

QTEST_MAIN(TestLiveModels)
#include "tst_livemodels.moc"
