#pragma once

#include <QSystemTrayIcon>

class QAction;
class QMainWindow;

namespace yard::ui {

class ProjectDocument;
class ServerPool;

// The system tray entry: how many servers run, and a menu to show the window, stop every
// server or quit. Made only where the platform has a tray. GUI thread only.
class TrayIcon final : public QSystemTrayIcon {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    TrayIcon(ProjectDocument *document, ServerPool *pool, QMainWindow *window);
    void retranslateUi();

private:
    void refresh();

    ProjectDocument *m_document;
    ServerPool *m_pool;
    QAction *m_show;
    QAction *m_stopAll;
    QAction *m_quit;
};

} // namespace yard::ui
