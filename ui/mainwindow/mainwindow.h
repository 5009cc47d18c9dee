#pragma once

#include "project/projectmodel.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QToolBar;

namespace yard::ui {

class MetricsStrip;
class PendingPage;
class PreferencesDialog;
class ProjectDocument;
class LogView;
class ProjectFileActions;
class RoutesPage;
class ServerListPanel;
class ServerPool;
class StatusTotals;
class TrayIcon;

// The main window: the project's servers on the left, always visible; the selected server's
// concerns as tabs; totals in the status bar. Servers run in this process. GUI thread only.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads a project file; on errors shows them and keeps the current project.
    bool openProject(const QString &path);
    // The project the application opens with; starts its servers when the user asked for that
    // (Preferences: "Start servers when Yardmaster opens").
    bool openAtLaunch(const QString &path);
    // Quits for real: stops the servers even when closing the window would keep them running
    // in the tray (File ▸ Quit, the tray's Quit). Asks to save first, like closing.
    void quit();
    // Settings ▸ Preferences…: the one dialog of this window, shown and raised.
    void showPreferences();
    // The last project opened (QSettings), if it still exists.
    static QString lastProject();
    // The demo project beside an installed program, or in the source tree a build sits in.
    static QString demoProject();
    const project::Project &project() const;
    ProjectDocument *document() const { return m_document; }
    ServerPool *servers() const { return m_pool; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void showServer(int id);
    void refreshHeader();
    void refreshTitle();
    void showProblem(const QString &message);
    void followPalette();
    void restoreSettings();
    void saveSettings() const;

    ProjectDocument *m_document;
    ServerPool *m_pool;
    ProjectFileActions *m_files;
    ServerListPanel *m_servers;
    QStackedWidget *m_pages;
    QLabel *m_noProject;
    QPushButton *m_openDemo;
    QTabWidget *m_tabs;
    RoutesPage *m_routes;
    QList<PendingPage *> m_pending; // sessions, connections, rooms
    LogView *m_log;
    QLabel *m_serverHeader;
    MetricsStrip *m_metrics;
    StatusTotals *m_totals;
    QSplitter *m_splitter;
    QToolBar *m_toolbar;
    TrayIcon *m_tray = nullptr; // only where the platform has a tray
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_serverMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_find = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_about = nullptr;
    PreferencesDialog *m_preferences = nullptr;
    bool m_quitting = false;      // quit(): closing stops the servers whatever the preference
    bool m_toldAboutTray = false; // the tray's "still running" message, once a session
};

} // namespace yard::ui
