#pragma once

#include <QSystemTrayIcon>

class QAction;
class QMainWindow;

namespace yard::ui {

class ProjectDocument;
class ServerPool;

// The system tray entry: how many servers run, and a menu to show the window, stop every
// server or quit. Made only where the platform has a tray (isAvailable()). While the window is
// hidden in the tray it is the way back, and its Quit is the way out. GUI thread only.
class TrayIcon final : public QSystemTrayIcon {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    TrayIcon(ProjectDocument *document, ServerPool *pool, QMainWindow *window);
    void retranslateUi();

    // Whether the platform shows tray icons (or a test said to assume one).
    static bool isAvailable();
    // Tests on the offscreen platform, which has no tray, exercise the tray's paths with this.
    static void assumeAvailableForTesting(bool available);

Q_SIGNALS:
    // Quit from the tray's menu: quit for real, even when closing the window would only hide it.
    void quitRequested();

private:
    void refresh();

    ProjectDocument *m_document;
    ServerPool *m_pool;
    QAction *m_show;
    QAction *m_stopAll;
    QAction *m_quit;
};

} // namespace yard::ui
