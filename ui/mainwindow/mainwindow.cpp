#include "mainwindow.h"

#include "closechoice.h"
#include "document/projectdocument.h"
#include "i18n/languagemenu.h"
#include "log/logview.h"
#include "logpage.h"
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

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter");
constexpr int ProblemMessageMs = 8000;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ProjectDocument(this))
    , m_pool(new ServerPool(m_document, this))
    , m_files(new ProjectFileActions(m_document, this))
    , m_servers(new ServerListPanel(m_document, m_pool, this))
    , m_pages(new QStackedWidget(this))
    , m_noProject(new QLabel(this))
    , m_openDemo(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_routes(new RoutesPage(m_document, m_pool, m_tabs))
    , m_log(createLogPage({m_pool->logDatabasePath(), m_document, m_pool, m_servers}, m_tabs))
    , m_serverHeader(new QLabel(this))
    , m_metrics(new MetricsStrip(m_pool, this))
    , m_totals(new StatusTotals(m_document, m_pool, this))
    , m_splitter(new QSplitter(this))
    , m_toolbar(new QToolBar(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    resize(1280, 800);
    m_pending = {new SessionsPage(m_document, m_pool, m_tabs),
                 new ConnectionsPage(m_document, m_pool, m_tabs),
                 new RoomsPage(m_document, m_pool, m_tabs)};

    m_serverHeader->setObjectName(QStringLiteral("serverHeader"));
    m_serverHeader->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_serverHeader->setOpenExternalLinks(true);
    m_serverHeader->setContentsMargins(4, 4, 4, 4);
    m_tabs->setObjectName(QStringLiteral("serverTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_routes, QString());
    for (PendingPage *page : m_pending)
        m_tabs->addTab(page, QString());
    m_tabs->addTab(m_log, QString());

    auto *serverPage = new QWidget(this);
    auto *layout = new QVBoxLayout(serverPage);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_serverHeader);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_metrics);
    m_noProject->setObjectName(QStringLiteral("noProject"));
    m_noProject->setAlignment(Qt::AlignCenter);
    m_noProject->setWordWrap(true);
    m_openDemo->setObjectName(QStringLiteral("openDemo"));
    m_openDemo->setVisible(!demoProject().isEmpty());
    connect(m_openDemo, &QPushButton::clicked, this, [this] { openProject(demoProject()); });
    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_noProject);
    emptyLayout->addWidget(m_openDemo, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    m_pages->addWidget(empty);
    m_pages->addWidget(serverPage);

    m_servers->setMinimumWidth(280);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_servers);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({320, 960});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    statusBar()->addPermanentWidget(m_totals);

    createActions();
    createMenus();
    connect(m_servers, &ServerListPanel::currentServerChanged, this, &MainWindow::showServer);
    connect(m_servers, &ServerListPanel::problem, this, &MainWindow::showProblem);
    connect(m_routes, &RoutesPage::problem, this, &MainWindow::showProblem);
    connect(m_log, &LogView::createRouteRequested, this, [this](const logging::LogRow &row) {
        m_tabs->setCurrentWidget(m_routes);
        m_routes->createFromRequest(row.server, row.method, row.target, row.status, row.route);
    });
    connect(m_pool, &ServerPool::applyFailed, this,
            [this](int, const QString &error) { showProblem(error); });
    connect(m_pool, &ServerPool::runningChanged, this, &MainWindow::refreshHeader);
    connect(m_document, &ProjectDocument::changed, this, &MainWindow::refreshHeader);
    connect(m_document, &ProjectDocument::pathChanged, this, &MainWindow::refreshTitle);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::refreshTitle);
    if (TrayIcon::isAvailable()) {
        m_tray = new TrayIcon(m_document, m_pool, this);
        connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::quit);
        m_tray->show();
    }
    m_pool->setLogDefaults(Preferences::instance()->logDefaults());
    connect(Preferences::instance(), &Preferences::changed, this,
            [this] { m_pool->setLogDefaults(Preferences::instance()->logDefaults()); });
    retranslateUi();
    restoreSettings();
    followPalette();
    showServer(-1);
}

MainWindow::~MainWindow() {
    // QUndoStack announces its last clean state while it is destroyed, after this window's
    // part of the object is gone: nobody here must hear it.
    m_document->undoStack()->blockSignals(true);
}

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        followPalette();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    // quit() quits whatever the preference says.
    const CloseChoice choice = m_quitting
                                   ? CloseChoice::Quit
                                   : chooseOnClose(this, m_tray != nullptr, m_pool->runningCount());
    if (choice == CloseChoice::Cancel) {
        event->ignore();
        return;
    }
    if (choice == CloseChoice::Hide) {
        // Nothing is lost while the window is hidden, so no question about saving yet.
        saveSettings();
        hide();
        event->ignore();
        if (!m_toldAboutTray) {
            m_toldAboutTray = true;
            m_tray->showMessage(QStringLiteral("Yardmaster"),
                                tr("The servers keep running. Quit from this icon's menu."),
                                QSystemTrayIcon::Information);
        }
        return;
    }
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    m_pool->stopAll();
    event->accept();
}

void MainWindow::quit() {
    m_quitting = true;
    const bool hidden = isHidden();
    // A hidden window's close is no "last window closed": the application would stay.
    if (close() && hidden)
        QCoreApplication::quit();
    m_quitting = false; // declined to save: closing later asks again
}

void MainWindow::showPreferences() {
    if (!m_preferences)
        m_preferences = new PreferencesDialog(m_tray != nullptr, this);
    m_preferences->show();
    m_preferences->raise();
    m_preferences->activateWindow();
}

bool MainWindow::openProject(const QString &path) {
    return m_files->open(path);
}

bool MainWindow::openAtLaunch(const QString &path) {
    if (!openProject(path))
        return false;
    if (Preferences::instance()->startServersOnLaunch()) {
        const QStringList errors = m_pool->startAll();
        showProblem(errors.join(QStringLiteral("  ·  ")));
    }
    return true;
}

QString MainWindow::lastProject() {
    const QString path = QSettings().value(QStringLiteral("project/last")).toString();
    return QFileInfo::exists(path) ? path : QString();
}

QString MainWindow::demoProject() {
    return project::ProjectFile::bundledDemo();
}

const project::Project &MainWindow::project() const {
    return m_document->project();
}

void MainWindow::showServer(int id) {
    const bool has = m_document->server(id) != nullptr;
    m_pages->setCurrentIndex(has ? 1 : 0);
    m_routes->setServerId(id);
    m_metrics->setServerId(id);
    for (PendingPage *page : m_pending)
        page->setServerId(id);
    refreshHeader();
}

void MainWindow::refreshHeader() {
    const int id = m_servers->currentServerId();
    const project::ServerConfig *server = m_document->server(id);
    if (!server) {
        m_serverHeader->clear();
        return;
    }
    const QString url = m_pool->url(id);
    const QString address =
        url.isEmpty()
            ? QStringLiteral("http://%1:%2").arg(server->hostOrDefault()).arg(server->port)
            : url;
    const QString link = url.isEmpty()
                             ? address.toHtmlEscaped()
                             : QStringLiteral("<a href=\"%1\">%1</a>").arg(url.toHtmlEscaped());
    m_serverHeader->setText(
        QStringLiteral("<b style=\"font-size:large\">%1</b> &nbsp;·&nbsp; %2 &nbsp;·&nbsp; %3")
            .arg(server->name.toHtmlEscaped(), link,
                 m_pool->isRunning(id) ? tr("running") : tr("stopped")));
}

void MainWindow::refreshTitle() {
    const QString path = m_document->path();
    setWindowFilePath(path);
    setWindowTitle(path.isEmpty()
                       ? QStringLiteral("Yardmaster")
                       : QFileInfo(path).fileName() + QStringLiteral("[*] — Yardmaster"));
    setWindowModified(m_document->isModified());
}

void MainWindow::showProblem(const QString &message) {
    if (!message.isEmpty())
        statusBar()->showMessage(message, ProblemMessageMs);
}

void MainWindow::followPalette() {
    m_routes->setDarkPalette(isDarkPalette(palette()));
}

void MainWindow::restoreSettings() {
    QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
}

} // namespace yard::ui
