// SPDX-License-Identifier: GPL-2.0-or-later
// The window, its pages and loading; the actions, menus and their handlers: MainWindowActions.cpp.
#include "MainWindow.h"

#include "fleet/FleetWidget.h"

#include "postmortem/LoadedLog.h"
#include "postmortem/PostMortemWidget.h"
#include "shell/DocumentLoader.h"
#include "shell/LoadProgressWidget.h"
#include "shell/LogErrorText.h"
#include "shell/MessageBanner.h"
#include "shell/RecentFiles.h"
#include "shell/SnapshotLoader.h"
#include "snapshot/SnapshotWidget.h"

#include "live/LiveHostWidget.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace oomlens::ui {

namespace {
const auto kGeometryKey = QStringLiteral("ui/mainWindow/geometry");
const auto kStateKey = QStringLiteral("ui/mainWindow/state");
const auto kPostMortemKey = QStringLiteral("ui/mainWindow/postMortem");
// The page shown when there is no file and no live view (yet): says what to do.
QWidget *makeWelcomePage(QWidget *parent, QAction *openAction) {
    auto *page = new QWidget(parent);
    page->setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(MainWindow::tr("OOM Lens")), page);
    auto *text = new QLabel(MainWindow::tr("Open a kernel log (dmesg, journalctl -k, /var/log/messages, "
                                           "vmcore-dmesg.txt, compressed or not) to see every OOM event "
                                           "in it, why it happened and what to do about it.\n\n"
                                           "You can also drop files onto this window."),
                            page);
    text->setWordWrap(true);
    // A wrapped label added with an alignment gets its sizeHint, not its height for the width:
    // fix both so no line is cut.
    text->setFixedWidth(560);
    text->setMinimumHeight(text->heightForWidth(560));
    auto *button = new QPushButton(openAction->icon(), MainWindow::tr("Open a Log…"), page);
    QObject::connect(button, &QPushButton::clicked, openAction, &QAction::trigger);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch();
    return page;
}

QStringList localFiles(const QMimeData *mime) {
    QStringList paths;
    if (!mime || !mime->hasUrls()) return paths;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile()) paths << url.toLocalFile();
    return paths;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("OOM Lens"));
    setAcceptDrops(true);

    m_loader = new DocumentLoader(this);
    m_snapshotLoader = new SnapshotLoader(this);
    m_postMortem = new PostMortemWidget(this);

    createActions();
    createMenus();

    // The live host is created when first shown (main() shows it when no file is given), so
    // opening a log never starts sampling this machine behind the reader's back.
    m_welcome = makeWelcomePage(this, action(QStringLiteral("actionOpen")));

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_postMortem);

    m_banner = new MessageBanner(this);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);
    m_progress = new LoadProgressWidget(this);
    statusBar()->addPermanentWidget(m_progress);

    connect(m_progress, &LoadProgressWidget::cancelRequested, m_loader, &DocumentLoader::cancel);
    connect(m_loader, &DocumentLoader::started, this, &MainWindow::onLoadStarted);
    connect(m_loader, &DocumentLoader::progress, m_progress, &LoadProgressWidget::setProgress);
    connect(m_loader, &DocumentLoader::finished, this, &MainWindow::onLoadFinished);
    connect(m_progress, &LoadProgressWidget::cancelRequested, m_snapshotLoader, &SnapshotLoader::cancel);
    connect(m_snapshotLoader, &SnapshotLoader::started, this, [this](const QString &path) {
        m_progress->start(tr("Reading snapshot %1…").arg(QFileInfo(path).fileName()));
    });
    connect(m_snapshotLoader, &SnapshotLoader::finished, this, &MainWindow::onSnapshotFinished);
    connect(m_postMortem, &PostMortemWidget::currentEventChanged, this, &MainWindow::updateActions);

    resize(1280, 800);
    restoreWindowState();
    updateActions();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::action(const QString &objectName) const {
    return findChild<QAction *>(objectName);
}

void MainWindow::openFiles(const QStringList &paths) {
    QStringList existing;
    QStringList problems;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (path == QLatin1String("-"))
            existing << path;
        else if (!info.exists())
            problems << tr("%1: no such file").arg(QDir::toNativeSeparators(path));
        else if (!info.isReadable())
            problems << tr("%1: not readable (permission denied)").arg(QDir::toNativeSeparators(path));
        else
            existing << info.absoluteFilePath();
    }
    if (!problems.isEmpty())
        m_banner->showMessage(MessageBanner::Level::Error, tr("Some files could not be opened."), problems);
    else
        m_banner->clear();
    if (existing.isEmpty()) return;
    QStringList logs;
    QString snapshot;
    for (const QString &path : std::as_const(existing)) {
        if (path != QLatin1String("-")) RecentFiles::add(path);
        if (path != QLatin1String("-") && SnapshotLoader::isSnapshotPath(path)) {
            if (snapshot.isEmpty()) snapshot = path; // one snapshot at a time: the first one given
        } else {
            logs << path;
        }
    }
    rebuildRecentMenu();
    RecentFiles::setLastDirectory(QFileInfo(existing.constFirst()).absolutePath());
    if (!snapshot.isEmpty()) m_snapshotLoader->load(snapshot);
    if (!logs.isEmpty()) m_loader->load(logs);
}

void MainWindow::onLoadStarted(const QStringList &paths) {
    const QString what = paths.size() == 1 ? QFileInfo(paths.constFirst()).fileName()
                                           : tr("%n files", nullptr, int(paths.size()));
    m_progress->start(tr("Reading %1…").arg(what));
    m_statusLabel->clear();
}

void MainWindow::onLoadFinished(const LoadedLog &log) {
    if (!m_snapshotLoader->isRunning()) m_progress->finish();
    if (log.cancelled()) {
        m_statusLabel->setText(tr("Loading cancelled."));
        return;
    }

    QStringList problems;
    for (const LogError &error : log.analysis.errors) {
        const QString file = QDir::toNativeSeparators(error.file);
        const QString reason = logErrorText(error.reason); // core keeps them in plain English
        problems << (error.line > 0 ? tr("%1, line %2: %3").arg(file).arg(error.line).arg(reason)
                                    : tr("%1: %2").arg(file, reason));
    }
    const int count = int(log.events().size());
    if (count == 0 && !problems.isEmpty())
        m_banner->showMessage(MessageBanner::Level::Error, tr("The file could not be read."), problems);
    else if (count == 0)
        m_banner->showMessage(MessageBanner::Level::Information, tr("No OOM event was found in %n line(s).",
                                                                    nullptr, int(log.analysis.linesRead)));
    else if (!problems.isEmpty())
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("Some lines could not be understood; the events below may be partial."),
                              problems);

    m_postMortem->setLog(log);
    const QString names = log.paths.size() == 1 ? QFileInfo(log.paths.constFirst()).fileName()
                                                : tr("%n files", nullptr, int(log.paths.size()));
    setWindowTitle(tr("%1 – OOM Lens").arg(names));
    m_statusLabel->setText(tr("%n OOM event(s)", nullptr, count) + QStringLiteral(" · ") +
                           tr("%n line(s) read", nullptr, int(log.analysis.linesRead)));
    showPostMortem();
    updateActions();
}

QWidget *MainWindow::currentPage() const {
    return m_stack->currentWidget();
}

void MainWindow::showHome() {
    if (!m_live) {
        auto *live = new LiveHostWidget(this);
        // A kill seen live joins the events, with its diagnosis, like one read from a log.
        connect(live, &LiveHostWidget::oomKillNoticed, this, [this](const OomNotice &notice) {
            if (!notice.event) return;
            m_postMortem->addEvent(*notice.event);
            updateActions();
        });
        m_live = live;
        m_stack->addWidget(m_live);
    }
    m_stack->setCurrentWidget(m_live);
}

void MainWindow::showPostMortem() {
    const bool haveLog = m_postMortem->eventCount() > 0 || !m_postMortem->log().paths.isEmpty();
    m_stack->setCurrentWidget(haveLog ? static_cast<QWidget *>(m_postMortem) : m_welcome);
}

void MainWindow::showFleet() {
    if (!m_fleet) {
        m_fleet = new FleetWidget(this);
        m_stack->addWidget(m_fleet);
    }
    m_stack->setCurrentWidget(m_fleet);
}

void MainWindow::showSnapshot() {
    if (m_snapshotView) m_stack->setCurrentWidget(m_snapshotView);
}

void MainWindow::onSnapshotFinished(const LoadedSnapshot &result) {
    if (!m_loader->isRunning()) m_progress->finish();
    if (result.cancelled) {
        m_statusLabel->setText(tr("Loading cancelled."));
        return;
    }
    if (!result.snapshot) {
        const QString where = result.error.path.isEmpty() ? result.path : result.error.path;
        m_banner->showMessage(MessageBanner::Level::Error, tr("The snapshot could not be opened."),
                              {tr("%1: %2").arg(QDir::toNativeSeparators(where), result.error.reason)});
        return;
    }
    if (!m_snapshotView) {
        m_snapshotView = new SnapshotWidget(this);
        m_stack->addWidget(m_snapshotView);
    }
    m_snapshotView->setSnapshot(*result.snapshot);
    action(QStringLiteral("actionShowSnapshot"))->setEnabled(true);
    setWindowTitle(tr("%1 – OOM Lens").arg(QFileInfo(result.path).fileName()));
    m_statusLabel->setText(tr("Snapshot %1").arg(QDir::toNativeSeparators(result.path)));
    showSnapshot();
}

void MainWindow::nextEvent() {
    showPostMortem();
    m_postMortem->selectNextEvent();
}

void MainWindow::previousEvent() {
    showPostMortem();
    m_postMortem->selectPreviousEvent();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    m_loader->cancel();
    m_snapshotLoader->cancel();
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    if (!localFiles(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty()) return;
    event->acceptProposedAction();
    openFiles(paths);
}

void MainWindow::restoreWindowState() {
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    m_postMortem->restoreLayout(settings.value(kPostMortemKey).toByteArray());
}

void MainWindow::saveWindowState() const {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kPostMortemKey, m_postMortem->saveLayout());
}

} // namespace oomlens::ui
