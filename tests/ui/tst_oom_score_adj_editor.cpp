// SPDX-License-Identifier: GPL-2.0-or-later
// The oom_score_adj editor (delegate + presets) and the confirmation dialog, offscreen, against
// real child processes. The privileged helper is replaced only at the launch boundary
// (HelperLauncher). Set OOMLENS_SCREENSHOT_DIR to keep PNGs of the dialog.
#include "helper/OomFloor.h"
#include "process/OomScoreAdjWriter.h"
#include "protect/OomScoreAdjDelegate.h"
#include "protect/OomScoreAdjDialog.h"
#include "protect/OomScoreAdjEditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace oomlens;
using namespace oomlens::ui;

namespace {

class FakeLauncher : public HelperLauncher {
public:
    explicit FakeLauncher(int exitCode, QByteArray line = {})
        : m_exitCode(exitCode)
        , m_line(std::move(line)) {}
    HelperLaunch run(const QStringList &args) override {
        ++calls;
        lastArgs = args;
        if (gate) gate->acquire(); // lets a test hold the "password dialog" open
        HelperLaunch l;
        l.state = HelperLaunch::State::Finished;
        l.exitCode = m_exitCode;
        l.standardOutput = m_line + '\n';
        return l;
    }
    std::atomic<int> calls{0};
    QStringList lastArgs;
    QSemaphore *gate = nullptr;

private:
    int m_exitCode;
    QByteArray m_line;
};

void saveShot(QWidget *w, const char *name) {
    const QString dir = qEnvironmentVariable("OOMLENS_SCREENSHOT_DIR");
    if (!dir.isEmpty()) w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

QString resultText(const OomScoreAdjDialog &d) {
    QString all;
    for (const QLabel *l : d.findChildren<QLabel *>())
        if (l->isVisible()) all += l->text() + QLatin1Char('\n');
    return all;
}

} // namespace

class TestOomScoreAdjEditor : public QObject {
    Q_OBJECT
public:
    // QTEST_MAIN calls this before QApplication exists: run without a display.
    static void initMain() {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    }

private:
    QProcess m_child;
    qint64 m_pid = 0;
    quint64 m_start = 0;
    const OomScoreAdjWriter m_reader{nullptr};
    oomlens::test::OomFloor m_floor; // measured: lowering to -500 needs the helper only above it

    // The rows that lower to -500 test the helper fallback: only when the kernel refuses us.
    bool lowerNeedsHelper() const { return m_floor.valid && m_floor.lowest > -500; }

    OomScoreAdjChange change(int from, int to) const {
        return {m_pid, m_start, u"sleep"_qs, from, to, 12, to > from ? 3 : 40, 240};
    }
    // Applies a change through the dialog and waits for the outcome.
    OomScoreAdjOutcome applyThroughDialog(const OomScoreAdjChange &c,
                                          std::shared_ptr<HelperLauncher> launcher,
                                          OomScoreAdjDialog **keep = nullptr) {
        auto *dialog = new OomScoreAdjDialog(c, std::move(launcher));
        dialog->show();
        dialog->apply();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(dialog->outcome().has_value(), 10000); }();
        const OomScoreAdjOutcome out = dialog->outcome().value_or(OomScoreAdjOutcome{});
        if (keep)
            *keep = dialog;
        else
            delete dialog;
        return out;
    }

private slots:
    void initTestCase() {
        m_floor = oomlens::test::probeOomFloor();
        QVERIFY(m_floor.valid);
        // Every test starts the child at 0 (init()), which needs a floor at or below 0.
        if (m_floor.lowest > 0)
            QSKIP(qPrintable(
                QStringLiteral("the inherited oom_score_adj_min %1 is above 0").arg(m_floor.lowest)));
        m_child.start(QStringLiteral("sleep"), {QStringLiteral("600")});
        QVERIFY(m_child.waitForStarted());
        m_pid = m_child.processId();
        m_start = m_reader.readStartTime(m_pid).value_or(0);
        QVERIFY(m_start > 0);
    }
    void cleanupTestCase() {
        m_child.kill();
        m_child.waitForFinished();
    }
    void init() {
        // Back to the floor before each test (allowed without privilege).
        QVERIFY(OomScoreAdjWriter(nullptr).write({m_pid, m_start, 0}).done());
    }

    void presetsAreNamed() {
        const auto presets = OomScoreAdjEditor::presets();
        QList<int> values;
        for (const auto &p : presets)
            values << p.value;
        QCOMPARE(values, (QList<int>{-1000, -500, 0, 500, 1000}));
        QVERIFY(presets.first().label.contains(u"never kill"_qs));
        QVERIFY(presets.last().label.contains(u"kill first"_qs));
        OomScoreAdjEditor editor;
        QCOMPARE(editor.spinBox()->minimum(), -1000);
        QCOMPARE(editor.spinBox()->maximum(), 1000);
        QCOMPARE(editor.presetButton()->menu()->actions().size(), 5);
    }

    void delegateEmitsEditRequestAndLeavesModelAlone() {
        QStandardItemModel model(1, 2);
        auto *item = new QStandardItem;
        item->setData(0, Qt::EditRole);
        item->setData(m_pid, OomScoreAdjDelegate::PidRole);
        item->setData(m_start, OomScoreAdjDelegate::StartTimeRole);
        model.setItem(0, 1, item);
        QTableView view;
        view.setModel(&model);
        auto *delegate = new OomScoreAdjDelegate(&view);
        view.setItemDelegateForColumn(1, delegate);
        view.resize(500, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(delegate, &OomScoreAdjDelegate::editRequested);

        // Typed value, committed with Return.
        view.edit(model.index(0, 1));
        auto *editor = view.findChild<OomScoreAdjEditor *>();
        QVERIFY(editor);
        QCOMPARE(editor->value(), 0);
        editor->spinBox()->setValue(500);
        QTest::keyClick(editor->spinBox(), Qt::Key_Return);
        QTRY_COMPARE(spy.size(), 1); // the view commits through a queued call
        QCOMPARE(spy.at(0).at(0).toLongLong(), m_pid);
        QCOMPARE(spy.at(0).at(1).toULongLong(), m_start);
        QCOMPARE(spy.at(0).at(2).toInt(), 0);
        QCOMPARE(spy.at(0).at(3).toInt(), 500);
        QCOMPARE(model.index(0, 1).data(Qt::EditRole).toInt(), 0); // the kernel decides, not the view

        // Same value: no request.
        view.edit(model.index(0, 1));
        editor = view.findChild<OomScoreAdjEditor *>();
        QVERIFY(editor);
        QTest::keyClick(editor->spinBox(), Qt::Key_Return);
        QTRY_VERIFY(view.findChild<OomScoreAdjEditor *>() == nullptr);
        QCOMPARE(spy.size(), 1);

        // A preset commits at once and closes the editor.
        view.edit(model.index(0, 1));
        editor = view.findChild<OomScoreAdjEditor *>();
        QVERIFY(editor);
        editor->setValue(-1000); // the widest value must stay readable in the shot
        saveShot(&view, "oom_score_adj_editor");
        editor->presetButton()->menu()->adjustSize();
        saveShot(editor->presetButton()->menu(), "oom_score_adj_presets");
        editor->presetButton()->menu()->actions().first()->trigger();
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(3).toInt(), -1000);
        QTRY_VERIFY(view.findChild<OomScoreAdjEditor *>() == nullptr);
    }

    void liveUpdatesDoNotDisturbTheEdit() {
        // A live table rewrites the cell every tick and may move a new process into the row;
        // the edit still belongs to the process and value the person opened it on.
        QStandardItemModel model(1, 1);
        auto *item = new QStandardItem;
        item->setData(0, Qt::EditRole);
        item->setData(m_pid, OomScoreAdjDelegate::PidRole);
        item->setData(m_start, OomScoreAdjDelegate::StartTimeRole);
        model.setItem(0, 0, item);
        QTableView view;
        view.setModel(&model);
        auto *delegate = new OomScoreAdjDelegate(&view);
        view.setItemDelegate(delegate);
        view.show();
        QSignalSpy spy(delegate, &OomScoreAdjDelegate::editRequested);
        view.edit(model.index(0, 0));
        auto *editor = view.findChild<OomScoreAdjEditor *>();
        QVERIFY(editor);
        editor->spinBox()->setValue(-500);
        item->setData(300, Qt::EditRole); // a tick: single-cell dataChanged → view calls setEditorData
        item->setData(m_pid + 1, OomScoreAdjDelegate::PidRole);
        QCOMPARE(editor->value(), -500);
        QTest::keyClick(editor->spinBox(), Qt::Key_Return);
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), m_pid);
        QCOMPARE(spy.at(0).at(2).toInt(), 0);
        QCOMPARE(spy.at(0).at(3).toInt(), -500);
    }

    void cellWithoutIdentityGetsNoEditor() {
        QStandardItemModel model(1, 1);
        auto *item = new QStandardItem;
        item->setData(0, Qt::EditRole); // no pid, no start time: a snapshot, not a live process
        model.setItem(0, 0, item);
        QTableView view;
        view.setModel(&model);
        view.setItemDelegate(new OomScoreAdjDelegate(&view));
        view.show();
        view.edit(model.index(0, 0));
        QVERIFY(view.findChild<OomScoreAdjEditor *>() == nullptr);
    }

    void consequenceSaysWhatTheKernelWillDo() {
        QVERIFY(OomScoreAdjDialog::consequenceText(change(0, -1000)).contains(u"never choose"_qs));
        const QString raise = OomScoreAdjDialog::consequenceText(change(0, 500));
        QVERIFY2(raise.contains(u"more likely"_qs) && raise.contains(u"50%"_qs), qPrintable(raise));
        QVERIFY2(raise.contains(u"position 12 → 3 of 240"_qs), qPrintable(raise));
        const QString lower = OomScoreAdjDialog::consequenceText(change(0, -500));
        QVERIFY2(lower.contains(u"less likely"_qs) && lower.contains(u"password"_qs), qPrintable(lower));
        OomScoreAdjChange unknown = change(0, 300);
        unknown.oldRank.reset();
        unknown.newRank.reset();
        QVERIFY(OomScoreAdjDialog::consequenceText(unknown).contains(u"not known"_qs));
    }

    void raiseIsDoneDirectly() {
        auto fake = std::make_shared<FakeLauncher>(127);
        OomScoreAdjDialog *dialog = nullptr;
        const OomScoreAdjOutcome out = applyThroughDialog(change(0, 500), fake, &dialog);
        std::unique_ptr<OomScoreAdjDialog> owner(dialog);
        QVERIFY2(out.done(), qPrintable(out.reason()));
        QCOMPARE(fake->calls.load(), 0);
        QCOMPARE(m_reader.readValue(m_pid), std::optional<int>(500));
        QVERIFY2(resultText(*dialog).contains(u"Done. The kernel now reports oom_score_adj = 500."_qs),
                 qPrintable(resultText(*dialog)));
        saveShot(dialog, "oom_score_adj_dialog_done");
    }

    void errorPaths_data() {
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cancelled")
            << 126 << QByteArray()
            << u"Cancelled: the authentication was dismissed. oom_score_adj stays 0."_qs;
        QTest::newRow("not authorised") << 127 << QByteArray() << u"Not authorised"_qs;
        QTest::newRow("kernel refused")
            << 6 << QByteArray("result=kernel_refused pid=1 errno=EACCES old=0 requested=-500")
            << u"Refused: the kernel refused it (EACCES)"_qs;
        QTest::newRow("pid reused") << 4
                                    << QByteArray("result=pid_reused pid=1 expected_start=1 actual_start=2")
                                    << u"Refused: its process ID now belongs to another process."_qs;
        QTest::newRow("helper broken") << 1 << QByteArray("result=error pid=1 reason=parse_stat")
                                       << u"Refused: the privileged helper failed"_qs;
    }
    void errorPaths() {
        QFETCH(int, exitCode);
        QFETCH(QByteArray, line);
        QFETCH(QString, expected);
        auto fake = std::make_shared<FakeLauncher>(exitCode, line);
        OomScoreAdjDialog *dialog = nullptr;
        if (!lowerNeedsHelper())
            QSKIP("this process may set -500 directly (CAP_SYS_RESOURCE, or an inherited oom_score_adj_min "
                  "at or below -500): no helper is asked");
        const OomScoreAdjOutcome out = applyThroughDialog(change(0, -500), fake, &dialog);
        std::unique_ptr<OomScoreAdjDialog> owner(dialog);
        QVERIFY(!out.done());
        QCOMPARE(fake->lastArgs, (QStringList{QString::number(m_pid), QString::number(m_start), u"-500"_qs}));
        QVERIFY2(resultText(*dialog).contains(expected), qPrintable(resultText(*dialog)));
        QCOMPARE(m_reader.readValue(m_pid), std::optional<int>(0));
        if (exitCode == 6) saveShot(dialog, "oom_score_adj_dialog_refused");
    }

    void exitedProcessIsShown() {
        QProcess gone;
        gone.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(gone.waitForStarted());
        OomScoreAdjChange c = change(0, 500);
        c.pid = gone.processId();
        c.startTime = m_reader.readStartTime(c.pid).value_or(0);
        gone.kill();
        QVERIFY(gone.waitForFinished());
        OomScoreAdjDialog *dialog = nullptr;
        applyThroughDialog(c, std::make_shared<FakeLauncher>(0), &dialog);
        std::unique_ptr<OomScoreAdjDialog> owner(dialog);
        QVERIFY2(resultText(*dialog).contains(u"Refused: the process has exited. oom_score_adj: n/a."_qs),
                 qPrintable(resultText(*dialog)));
    }

    void dialogStaysOpenWhileTheHelperRuns() {
        QSemaphore gate;
        auto fake = std::make_shared<FakeLauncher>(126);
        fake->gate = &gate;
        if (!lowerNeedsHelper())
            QSKIP("this process may set -500 directly (CAP_SYS_RESOURCE, or an inherited oom_score_adj_min "
                  "at or below -500): no helper is asked");
        OomScoreAdjDialog dialog(change(0, -500), fake);
        dialog.show();
        dialog.apply();
        QTRY_COMPARE(fake->calls.load(), 1); // the worker thread is inside the launcher now
        QVERIFY(dialog.isRunning());
        dialog.reject();
        QVERIFY(dialog.isVisible());
        const auto buttons = dialog.findChildren<QPushButton *>();
        for (const QPushButton *b : buttons)
            QVERIFY(!b->isEnabled());
        saveShot(&dialog, "oom_score_adj_dialog_waiting");
        gate.release();
        QTRY_VERIFY(dialog.outcome().has_value());
        QCOMPARE(int(dialog.outcome()->status), int(OomScoreAdjOutcome::Status::Cancelled));
        dialog.reject();
        QVERIFY(!dialog.isVisible());
    }

    void delegateToDialogAsDocumented() {
        // The wiring the header documents: editRequested → dialog → writer → kernel.
        QStandardItemModel model(1, 1);
        auto *item = new QStandardItem;
        item->setData(0, Qt::EditRole);
        item->setData(m_pid, OomScoreAdjDelegate::PidRole);
        item->setData(m_start, OomScoreAdjDelegate::StartTimeRole);
        model.setItem(0, 0, item);
        QTableView view;
        view.setModel(&model);
        auto *delegate = new OomScoreAdjDelegate(&view);
        view.setItemDelegate(delegate);
        std::unique_ptr<OomScoreAdjDialog> dialog;
        connect(delegate, &OomScoreAdjDelegate::editRequested, this,
                [&](qint64 pid, quint64 start, int from, int to) {
                    dialog = std::make_unique<OomScoreAdjDialog>(
                        OomScoreAdjChange{pid, start, u"sleep"_qs, from, to, std::nullopt, std::nullopt, 0},
                        std::make_shared<FakeLauncher>(127));
                    dialog->show();
                });
        view.show();
        view.edit(model.index(0, 0));
        auto *editor = view.findChild<OomScoreAdjEditor *>();
        QVERIFY(editor);
        editor->presetButton()->menu()->actions().last()->trigger(); // 1000: kill first
        QVERIFY(dialog);
        QVERIFY(resultText(*dialog).contains(u"oom_score_adj: 0 → 1000"_qs));
        saveShot(dialog.get(), "oom_score_adj_dialog_confirm");
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        buttons->button(QDialogButtonBox::Apply)->click();
        QTRY_VERIFY(dialog->outcome().has_value());
        QVERIFY(dialog->outcome()->done());
        QCOMPARE(m_reader.readValue(m_pid), std::optional<int>(1000));
    }
};

QTEST_MAIN(TestOomScoreAdjEditor)
#include "tst_oom_score_adj_editor.moc"
