#pragma once

#include "project/projectmodel.h"

#include <QMainWindow>

class QLabel;
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

private:
    void createActions();
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
};

} // namespace yard::ui
