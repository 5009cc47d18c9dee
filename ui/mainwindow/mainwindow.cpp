#include "mainwindow.h"

#include "i18n/languagemenu.h"
#include "project/projectfile.h"
#include "routelistwidget.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace yard::ui {

namespace {
QLabel *makeEmptyState(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("emptyState"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setEnabled(false);
    return label;
}

QString serverTitle(const project::ServerConfig &server) {
    return MainWindow::tr("%1 · http://%2:%3")
        .arg(server.name, server.hostOrDefault())
        .arg(server.port);
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    resize(1100, 700);

    m_servers = new QListWidget(this);
    m_servers->setObjectName(QStringLiteral("serverList"));
    m_servers->setMinimumWidth(180);

    auto *serverPage = new QWidget(this);
    auto *layout = new QVBoxLayout(serverPage);
    m_serverHeader = new QLabel(serverPage);
    m_serverHeader->setObjectName(QStringLiteral("serverHeader"));
    m_serverHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headerFont = m_serverHeader->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.25);
    headerFont.setBold(true);
    m_serverHeader->setFont(headerFont);
    m_tabs = new QTabWidget(serverPage);
    m_tabs->setObjectName(QStringLiteral("serverTabs"));
    m_routes = new RouteListWidget(m_tabs);
    m_tabs->addTab(m_routes, QString());
    layout->addWidget(m_serverHeader);
    layout->addWidget(m_tabs);

    m_pages = new QStackedWidget(this);
    m_emptyState = makeEmptyState(m_pages);
    m_pages->addWidget(m_emptyState);
    m_pages->addWidget(serverPage);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_servers);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 880});
    setCentralWidget(splitter);

    m_engineState = new QLabel(this);
    m_engineState->setObjectName(QStringLiteral("engineState"));
    statusBar()->addWidget(m_engineState, 1);

    createActions();
    connect(m_servers, &QListWidget::currentRowChanged, this, &MainWindow::showServer);
    refreshTitle();
    retranslateUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi() {
    m_servers->setAccessibleName(tr("Servers"));
    m_tabs->setTabText(m_tabs->indexOf(m_routes), tr("Routes"));
    m_emptyState->setText(tr("No project open — open a project file (File ▸ Open), or start with "
                             "the demo project in resources/demo."));
    // Honest about what this build can do: the window shows projects, `yardmaster serve` runs them.
    m_engineState->setText(tr("Starting servers from the window is not available yet; run them "
                              "with: yardmaster serve PROJECT"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open…"));
    m_quitAction->setText(tr("&Quit"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Yardmaster"));
    if (const int row = m_servers->currentRow(); row >= 0 && row < m_project.servers.size())
        m_serverHeader->setText(serverTitle(m_project.servers[row]));
}

void MainWindow::createActions() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("menuFile"));
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseProject);
    m_openAction->setObjectName(QStringLiteral("actionOpen"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::quit);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->setObjectName(QStringLiteral("menuSettings"));
    m_settingsMenu->addMenu(new LanguageMenu(m_settingsMenu));

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("menuHelp"));
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Yardmaster"),
                           tr("<b>Yardmaster %1</b><br>Local HTTP and WebSocket servers for web "
                              "developers.")
                               .arg(QApplication::applicationVersion()));
    });
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
}

bool MainWindow::openProject(const QString &path) {
    const auto result = project::ProjectFile::load(path);
    if (!result.project) {
        QStringList lines;
        for (const project::ProjectError &error : result.errors)
            lines.append(error.toString(QFileInfo(path).fileName()));
        QMessageBox box(
            QMessageBox::Warning, tr("Cannot open project"),
            tr("%1 has %n error(s) and was not opened.", nullptr, int(result.errors.size()))
                .arg(QFileInfo(path).fileName()),
            QMessageBox::Ok, this);
        box.setDetailedText(lines.join(u'\n'));
        box.exec();
        return false;
    }
    m_project = *result.project;
    m_projectPath = path;
    m_servers->clear();
    for (const project::ServerConfig &server : m_project.servers) {
        m_servers->addItem(tr("%1  :%2").arg(server.name).arg(server.port));
    }
    m_servers->setCurrentRow(0);
    refreshTitle();
    return true;
}

void MainWindow::showServer(int row) {
    if (row < 0 || row >= m_project.servers.size()) {
        m_pages->setCurrentIndex(0);
        return;
    }
    const project::ServerConfig &server = m_project.servers[row];
    m_serverHeader->setText(serverTitle(server));
    m_routes->setRoutes(server.routes);
    m_pages->setCurrentIndex(1);
}

void MainWindow::chooseProject() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open project"), QFileInfo(m_projectPath).absolutePath(),
        tr("Yardmaster projects (*.yard.json);;JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::refreshTitle() {
    setWindowFilePath(m_projectPath);
    setWindowTitle(m_projectPath.isEmpty()
                       ? QStringLiteral("Yardmaster")
                       : QFileInfo(m_projectPath).fileName() + QStringLiteral(" — Yardmaster"));
}

} // namespace yard::ui
