// SPDX-License-Identifier: GPL-2.0-or-later
// The main window's actions and menus, and the handlers that only they call (open, settings,
// about, export, copy). The window itself: MainWindow.cpp.
#include "MainWindow.h"

#include "export/ReportExporter.h"
#include "postmortem/PostMortemWidget.h"
#include "shell/MessageBanner.h"
#include "shell/RecentFiles.h"
#include "shell/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>

namespace oomlens::ui {

void MainWindow::createActions() {
    auto make = [this](const QString &name, const QString &text, const QKeySequence &shortcut = {}) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!shortcut.isEmpty()) a->setShortcut(shortcut);
        return a;
    };

    auto *open = make(QStringLiteral("actionOpen"), tr("&Open…"), QKeySequence::Open);
    open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    open->setStatusTip(tr("Open kernel logs or a snapshot"));
    connect(open, &QAction::triggered, this, &MainWindow::openDialog);

    auto *quit = make(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *settings = make(QStringLiteral("actionSettings"), tr("&Settings…"), QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);

    auto *exportEventHtml = make(QStringLiteral("actionExportEventHtml"), tr("Event as &HTML…"));
    connect(exportEventHtml, &QAction::triggered, this, [this] { exportHtml(false); });
    auto *exportEventPdf = make(QStringLiteral("actionExportEventPdf"), tr("Event as &PDF…"));
    connect(exportEventPdf, &QAction::triggered, this, [this] { exportPdf(false); });
    auto *exportAllHtml = make(QStringLiteral("actionExportAllHtml"), tr("All Events as H&TML…"));
    connect(exportAllHtml, &QAction::triggered, this, [this] { exportHtml(true); });
    auto *exportAllPdf = make(QStringLiteral("actionExportAllPdf"), tr("All Events as P&DF…"));
    connect(exportAllPdf, &QAction::triggered, this, [this] { exportPdf(true); });
    auto *exportCharts = make(QStringLiteral("actionExportCharts"), tr("Event &Charts as PNG…"));
    connect(exportCharts, &QAction::triggered, this, &MainWindow::exportChartImages);
    auto *copyText = make(QStringLiteral("actionCopyEventText"), tr("&Copy Event as Text"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyText->setStatusTip(tr("Copy a plain-text summary of the selected event, for a ticket"));
    connect(copyText, &QAction::triggered, this, &MainWindow::copyEventAsText);

    auto *home = make(QStringLiteral("actionShowHome"), tr("&Live Host"), QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(home, &QAction::triggered, this, &MainWindow::showHome);
    auto *pm =
        make(QStringLiteral("actionShowPostMortem"), tr("&Post-Mortem"), QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(pm, &QAction::triggered, this, &MainWindow::showPostMortem);
    auto *snapshot =
        make(QStringLiteral("actionShowSnapshot"), tr("&Snapshot"), QKeySequence(Qt::CTRL | Qt::Key_3));
    snapshot->setEnabled(false);
    connect(snapshot, &QAction::triggered, this, &MainWindow::showSnapshot);
    auto *fleetView =
        make(QStringLiteral("actionShowFleet"), tr("F&leet"), QKeySequence(Qt::CTRL | Qt::Key_4));
    fleetView->setStatusTip(tr("OOM kills across your hosts, from Prometheus"));
    connect(fleetView, &QAction::triggered, this, &MainWindow::showFleet);
    auto *fullScreen = make(QStringLiteral("actionFullScreen"), tr("&Full Screen"), QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });

    // F8 / Shift+F8 as in "next/previous message" elsewhere; Alt+Down/Up as a second pair that
    // works while the filter field has the focus.
    auto *next = make(QStringLiteral("actionNextEvent"), tr("&Next Event"));
    next->setShortcuts({QKeySequence(Qt::Key_F8), QKeySequence(Qt::ALT | Qt::Key_Down)});
    connect(next, &QAction::triggered, this, &MainWindow::nextEvent);
    auto *prev = make(QStringLiteral("actionPreviousEvent"), tr("&Previous Event"));
    prev->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F8), QKeySequence(Qt::ALT | Qt::Key_Up)});
    connect(prev, &QAction::triggered, this, &MainWindow::previousEvent);

    auto *about = make(QStringLiteral("actionAbout"), tr("&About OOM Lens"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    auto *aboutQt = make(QStringLiteral("actionAboutQt"), tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_documentActions = {exportEventHtml, exportEventPdf, exportAllHtml, exportAllPdf,
                         exportCharts,    copyText,       next,          prev};
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("actionOpen")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    rebuildRecentMenu();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("menuExport"));
    for (const char *name : {"actionExportEventHtml", "actionExportEventPdf", "actionExportAllHtml",
                             "actionExportAllPdf", "actionExportCharts"})
        exportMenu->addAction(action(QLatin1String(name)));
    file->addAction(action(QStringLiteral("actionCopyEventText")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionSettings")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionQuit")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(QStringLiteral("actionShowHome")));
    view->addAction(action(QStringLiteral("actionShowPostMortem")));
    view->addAction(action(QStringLiteral("actionShowSnapshot")));
    view->addAction(action(QStringLiteral("actionShowFleet")));
    view->addSeparator();
    view->addAction(action(QStringLiteral("actionFullScreen")));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(action(QStringLiteral("actionNextEvent")));
    go->addAction(action(QStringLiteral("actionPreviousEvent")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("actionAbout")));
    help->addAction(action(QStringLiteral("actionAboutQt")));
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = RecentFiles::load();
    for (const QString &path : recent) {
        auto *a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        const bool exists = QFileInfo::exists(path);
        a->setEnabled(exists);
        if (!exists) a->setToolTip(tr("The file no longer exists"));
        connect(a, &QAction::triggered, this, [this, path] { openFiles({path}); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this, [this] {
        RecentFiles::clear();
        rebuildRecentMenu();
    });
}

void MainWindow::updateActions() {
    const bool haveEvent = m_postMortem->currentEventIndex() >= 0;
    const bool haveEvents = m_postMortem->eventCount() > 0;
    for (QAction *a : std::as_const(m_documentActions))
        a->setEnabled(haveEvent);
    action(QStringLiteral("actionExportAllHtml"))->setEnabled(haveEvents);
    action(QStringLiteral("actionExportAllPdf"))->setEnabled(haveEvents);
    action(QStringLiteral("actionNextEvent"))->setEnabled(haveEvents);
    action(QStringLiteral("actionPreviousEvent"))->setEnabled(haveEvents);
}

void MainWindow::openDialog() {
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Kernel Logs"), RecentFiles::lastDirectory(),
        tr("Kernel logs and snapshots (*.log *.txt *.gz *.xz *.zst *.bz2 *.tar *.tgz messages* syslog* kern* "
           "dmesg*);;All files (*)"));
    if (!paths.isEmpty()) openFiles(paths);
}

void MainWindow::openSettings() {
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About OOM Lens"),
                       tr("<h3>OOM Lens %1</h3>"
                          "<p>Explore the memory state of Linux hosts and the history of their OOM "
                          "kills: what happened, why, and what to do about it.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QStringLiteral(OOMLENS_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::exportHtml(bool allEvents) {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export as HTML"), RecentFiles::lastDirectory(), tr("HTML files (*.html)"));
    if (path.isEmpty()) return;
    ReportExporter exporter(m_postMortem->log());
    QString error;
    if (!exporter.writeHtml(
            path, allEvents ? exporter.allEvents() : QList<int>{m_postMortem->currentEventIndex()}, &error))
        m_banner->showMessage(MessageBanner::Level::Error, tr("The report could not be written."), {error});
    else
        m_statusLabel->setText(tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::exportPdf(bool allEvents) {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as PDF"), RecentFiles::lastDirectory(),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty()) return;
    ReportExporter exporter(m_postMortem->log());
    QString error;
    if (!exporter.writePdf(
            path, allEvents ? exporter.allEvents() : QList<int>{m_postMortem->currentEventIndex()}, &error))
        m_banner->showMessage(MessageBanner::Level::Error, tr("The report could not be written."), {error});
    else
        m_statusLabel->setText(tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::exportChartImages() {
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Save Charts Into"), RecentFiles::lastDirectory());
    if (dir.isEmpty()) return;
    ReportExporter exporter(m_postMortem->log());
    QString error;
    const QStringList written = exporter.writeChartImages(dir, m_postMortem->currentEventIndex(), &error);
    if (!error.isEmpty())
        m_banner->showMessage(MessageBanner::Level::Error, tr("The charts could not be written."), {error});
    else
        m_statusLabel->setText(
            tr("Wrote %n image(s) into %1", nullptr, int(written.size())).arg(QDir::toNativeSeparators(dir)));
}

void MainWindow::copyEventAsText() {
    const int index = m_postMortem->currentEventIndex();
    if (index < 0) return;
    QApplication::clipboard()->setText(ReportExporter(m_postMortem->log()).eventText(index));
    m_statusLabel->setText(tr("Event copied to the clipboard."));
}

} // namespace oomlens::ui
