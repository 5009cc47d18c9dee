// MainWindow's actions, menus and their texts (retranslated on a language change); the
// window's layout and behaviour are mainwindow.cpp.
#include "closechoice.h"
#include "document/projectdocument.h"
#include "i18n/languagemenu.h"
#include "log/logview.h"
#include "logpage.h"
#include "mainwindow.h"
#include "preferences/preferences.h"
#include "preferences/preferencesdialog.h"
#include "preferences/themepalette.h"
#include "project/projectfile.h"
#include "projectfileactions.h"
#include "routes/routespage.h"
#include "serverpages.h"
#include "servers/metricsstrip.h"
#include "servers/serverlistpanel.h"
#include "servers/serverpool.h"
#include "statustotals.h"
#include "trayicon.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace yard::ui {

void MainWindow::createActions() {
    QUndoStack *undo = m_document->undoStack();
    m_undo = undo->createUndoAction(this);
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    m_redo = undo->createRedoAction(this);
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    m_find = new QAction(this);
    m_find->setObjectName(QStringLiteral("actionFind"));
    m_find->setShortcut(QKeySequence::Find);
    // The one Ctrl+F of the window: it finds in the tab in view (the log's filter on the Log tab),
    // else in the routes. A second binding in a tab would make the shortcut ambiguous.
    connect(m_find, &QAction::triggered, this, [this] {
        if (m_tabs->currentWidget() == m_log) {
            m_log->focusFilter();
            return;
        }
        m_tabs->setCurrentWidget(m_routes);
        m_routes->filter()->setFocus(Qt::ShortcutFocusReason);
        m_routes->filter()->selectAll();
    });
    m_quit = new QAction(this);
    m_quit->setObjectName(QStringLiteral("actionQuit"));
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &MainWindow::quit);
    m_preferencesAction = new QAction(this);
    m_preferencesAction->setObjectName(QStringLiteral("actionPreferences"));
    m_preferencesAction->setShortcut(QKeySequence::Preferences); // none on some platforms
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    m_about = new QAction(this);
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Yardmaster"),
                           tr("<b>Yardmaster %1</b><br>Local HTTP and WebSocket servers for web "
                              "developers.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_files->openAction());
    m_fileMenu->addMenu(m_files->recentMenu());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_files->saveAction());
    m_fileMenu->addAction(m_files->saveAsAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_undo, m_redo});
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_find);
    m_serverMenu = menuBar()->addMenu(QString());
    m_serverMenu->addActions(
        {m_servers->startAction(), m_servers->stopAction(), m_servers->restartAction()});
    m_serverMenu->addSeparator();
    m_serverMenu->addActions(
        {m_servers->addAction(), m_servers->duplicateAction(), m_servers->removeAction()});
    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->addMenu(new LanguageMenu(m_settingsMenu));
    m_settingsMenu->addSeparator();
    m_settingsMenu->addAction(m_preferencesAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
    m_fileMenu->setObjectName(QStringLiteral("menuFile"));
    m_editMenu->setObjectName(QStringLiteral("menuEdit"));
    m_serverMenu->setObjectName(QStringLiteral("menuServer"));
    m_settingsMenu->setObjectName(QStringLiteral("menuSettings"));
    m_helpMenu->setObjectName(QStringLiteral("menuHelp"));

    m_toolbar->setObjectName(QStringLiteral("mainToolbar"));
    m_toolbar->setMovable(false);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addActions({m_files->openAction(), m_files->saveAction()});
    m_toolbar->addSeparator();
    m_toolbar->addActions({m_undo, m_redo});
    m_toolbar->addSeparator();
    m_toolbar->addActions(
        {m_servers->startAction(), m_servers->stopAction(), m_servers->restartAction()});
    addToolBar(Qt::TopToolBarArea, m_toolbar);
}

// Every user-visible text of the window, so a language switch at run time redoes them all.
void MainWindow::retranslateUi() {
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_serverMenu->setTitle(tr("&Server"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolbar->setWindowTitle(tr("Main toolbar"));
    m_undo->setText(tr("&Undo"));
    m_redo->setText(tr("&Redo"));
    m_find->setText(tr("&Find"));
    m_quit->setText(tr("&Quit"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_about->setText(tr("&About Yardmaster"));
    m_tabs->setTabText(m_tabs->indexOf(m_routes), tr("Routes"));
    m_tabs->setTabText(m_tabs->indexOf(m_pending[0]), tr("Sessions"));
    m_tabs->setTabText(m_tabs->indexOf(m_pending[1]), tr("Connections"));
    m_tabs->setTabText(m_tabs->indexOf(m_pending[2]), tr("Rooms"));
    m_tabs->setTabText(m_tabs->indexOf(m_log), tr("Log"));
    m_tabs->setAccessibleName(tr("Server details"));
    m_metrics->setAccessibleName(tr("Live figures of the selected server"));
    m_noProject->setText(tr("No project open — open a project file (File ▸ Open), or start "
                            "with the demo project."));
    m_openDemo->setText(tr("Open the demo project"));
    m_files->retranslateUi();
    m_servers->retranslateUi();
    m_routes->retranslateUi();
    for (PendingPage *page : m_pending)
        page->retranslateUi();
    m_totals->refresh();
    if (m_tray)
        m_tray->retranslateUi();
    refreshHeader();
    refreshTitle();
}

} // namespace yard::ui
