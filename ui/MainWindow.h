// SPDX-License-Identifier: GPL-2.0-or-later
// The main window: menus, opening files (arguments, File > Open, recent files, drag and drop),
// background loading with progress and cancel, and the workspaces (live host, post-mortem).
#pragma once

#include <QMainWindow>
#include <QStringList>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace oomlens::ui {

class DocumentLoader;
class LoadProgressWidget;
class SnapshotLoader;
class SnapshotWidget;
struct LoadedSnapshot;
class MessageBanner;
class PostMortemWidget;
struct LoadedLog;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the files: logs as one post-mortem document (several logs of one incident belong
    // together), a snapshot (directory or tar archive, sosreport) in the snapshot view.
    void openFiles(const QStringList &paths);

    // For tests and the screenshot tool.
    PostMortemWidget *postMortem() const { return m_postMortem; }
    DocumentLoader *loader() const { return m_loader; }
    SnapshotLoader *snapshotLoader() const { return m_snapshotLoader; }
    SnapshotWidget *snapshotView() const { return m_snapshotView; }
    QWidget *liveHost() const { return m_live; }
    QWidget *fleetView() const { return m_fleet; }
    QWidget *currentPage() const;
    MessageBanner *banner() const { return m_banner; }
    QAction *action(const QString &objectName) const;

public slots:
    // The live host (created on first use: it starts sampling and watching the kernel log).
    void showHome();
    void showPostMortem();
    void showSnapshot();
    // The fleet view (created on first use).
    void showFleet();
    void nextEvent();
    void previousEvent();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void rebuildRecentMenu();
    void updateActions();
    void restoreWindowState();
    void saveWindowState() const;

    void openDialog();
    void openSettings();
    void showAbout();
    void onLoadStarted(const QStringList &paths);
    void onLoadFinished(const LoadedLog &log);
    void onSnapshotFinished(const LoadedSnapshot &result);

    void exportHtml(bool allEvents);
    void exportPdf(bool allEvents);
    void exportChartImages();
    void copyEventAsText();

    QStackedWidget *m_stack = nullptr;
    QWidget *m_welcome = nullptr;
    QWidget *m_live = nullptr;
    QWidget *m_fleet = nullptr;
    PostMortemWidget *m_postMortem = nullptr;
    SnapshotWidget *m_snapshotView = nullptr;
    SnapshotLoader *m_snapshotLoader = nullptr;
    MessageBanner *m_banner = nullptr;
    DocumentLoader *m_loader = nullptr;
    LoadProgressWidget *m_progress = nullptr;
    QLabel *m_statusLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_documentActions; // enabled only while a document with events is shown
};

} // namespace oomlens::ui
