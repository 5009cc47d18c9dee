#pragma once

#include "project/projectmodel.h"

#include <QMainWindow>

class QLabel;
class QMenu;
class QListWidget;
class QStackedWidget;
class QTabWidget;

namespace yard::ui {

class RouteListWidget;

// The main window: the project's servers on the left, the selected server's concerns as tabs.
// GUI thread only.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads a project file; on errors shows them and keeps the current project.
    bool openProject(const QString &path);
    const project::Project &project() const { return m_project; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    // Sets every text the window shows; on LanguageChange it runs again in the new language.
    void retranslateUi();
    void showServer(int row);
    void chooseProject();
    void refreshTitle();

    project::Project m_project;
    QString m_projectPath;
    QListWidget *m_servers = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTabWidget *m_tabs = nullptr;
    RouteListWidget *m_routes = nullptr;
    QLabel *m_serverHeader = nullptr;
    QLabel *m_engineState = nullptr;
    QLabel *m_emptyState = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace yard::ui
