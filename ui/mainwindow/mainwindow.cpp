#include "mainwindow.h"

#include "project/projectfile.h"
#include "routelistwidget.h"

#include <QAction>
#include <QApplication>
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
QLabel *makeEmptyState(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setEnabled(false);
    return label;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    resize(1100, 700);

    m_servers = new QListWidget(this);
    m_servers->setObjectName(QStringLiteral("serverList"));
    m_servers->setAccessibleName(tr("Servers"));
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
    m_tabs->addTab(m_routes, tr("Routes"));
    layout->addWidget(m_serverHeader);
    layout->addWidget(m_tabs);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(makeEmptyState(
        tr("No project open — open a project file (File ▸ Open), or start with the demo "
           "project in resources/demo."),
        m_pages));
    m_pages->addWidget(serverPage);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_servers);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 880});
    setCentralWidget(splitter);

    // Honest about what this build can do: the window shows projects, `yardmaster serve` runs them.
    m_engineState = new QLabel(tr("Starting servers from the window is not available yet; run "
                                  "them with: yardmaster serve PROJECT"),
                               this);
    statusBar()->addWidget(m_engineState, 1);

    createActions();
    connect(m_servers, &QListWidget::currentRowChanged, this, &MainWindow::showServer);
    refreshTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseProject);
    open->setObjectName(QStringLiteral("actionOpen"));
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Yardmaster"), this, [this] {
        QMessageBox::about(this, tr("About Yardmaster"),
                           tr("<b>Yardmaster %1</b><br>Local HTTP and WebSocket servers for web "
                              "developers.")
                               .arg(QApplication::applicationVersion()));
    });
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
    m_serverHeader->setText(
        tr("%1 · http://%2:%3").arg(server.name, server.hostOrDefault()).arg(server.port));
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
