#include "serverlistpanel.h"

#include "document/projectdocument.h"
#include "serverlistmodel.h"
#include "serverpool.h"

#include <QAction>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace yard::ui {

namespace {
QToolButton *actionButton(QAction *action, QWidget *parent) {
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

QString firstError(const project::ProjectErrors &errors) {
    return errors.isEmpty() ? QString() : errors.front().pointer + u": " + errors.front().message;
}
} // namespace

ServerListPanel::ServerListPanel(ProjectDocument *document, ServerPool *pool, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_pool(pool)
    , m_model(new ServerListModel(document, pool, this))
    , m_view(new QTreeView(this)) {
    m_view->setObjectName(QStringLiteral("serverList"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ServerListModel::Name, QHeaderView::Stretch);
    m_view->header()->setMinimumSectionSize(36);

    createActions();
    m_addButton = actionButton(m_add, this);
    m_duplicateButton = actionButton(m_duplicate, this);
    m_removeButton = actionButton(m_remove, this);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_duplicateButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ServerListPanel::followSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_document->rowOfServer(m_currentId);
        m_view->setCurrentIndex(m_model->index(row < 0 ? 0 : row, 0));
        followSelection();
    });
    connect(m_view, &QTreeView::clicked, this, &ServerListPanel::openAddress);
    connect(m_model, &ServerListModel::editRefused, this, &ServerListPanel::problem);
    connect(pool, &ServerPool::runningChanged, this, &ServerListPanel::updateActions);
    connect(document, &ProjectDocument::changed, this, &ServerListPanel::updateActions);
    retranslateUi();
    updateActions();
}

void ServerListPanel::createActions() {
    auto make = [this](const char *name, const char *icon, auto slot) {
        auto *action = new QAction(QIcon(QLatin1String(icon)), QString(), this);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_start = make("actionStartServer", ":/icons/start.svg", &ServerListPanel::startCurrent);
    m_stop = make("actionStopServer", ":/icons/stop.svg", [this] { m_pool->stop(m_currentId); });
    m_restart =
        make("actionRestartServer", ":/icons/restart.svg", &ServerListPanel::restartCurrent);
    m_add = make("actionAddServer", ":/icons/add.svg", &ServerListPanel::addServer);
    m_duplicate =
        make("actionDuplicateServer", ":/icons/duplicate.svg", &ServerListPanel::duplicateServer);
    m_remove = make("actionRemoveServer", ":/icons/remove.svg", &ServerListPanel::removeServer);
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_stop->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_restart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_view->addActions({m_start, m_stop, m_restart});
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addActions({separator, m_duplicate, m_remove});
}

void ServerListPanel::retranslateUi() {
    m_view->setAccessibleName(tr("Servers"));
    m_view->setToolTip(tr("Double-click a name, or a stopped server's address, to change it"));
    m_start->setText(tr("&Start"));
    m_start->setToolTip(tr("Start the selected server"));
    m_stop->setText(tr("S&top"));
    m_stop->setToolTip(tr("Stop the selected server (in-flight requests finish first)"));
    m_restart->setText(tr("&Restart"));
    m_restart->setToolTip(tr("Restart the selected server: takes in a new address or limits"));
    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Add a server"));
    m_duplicate->setText(tr("Duplicate"));
    m_duplicate->setToolTip(tr("Duplicate the selected server on the next free port"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected server"));
}

void ServerListPanel::selectServer(int id) {
    const int row = m_document->rowOfServer(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void ServerListPanel::followSelection() {
    const int id = m_document->serverId(m_view->currentIndex().row());
    if (id != m_currentId) {
        m_currentId = id;
        Q_EMIT currentServerChanged(id);
    }
    updateActions();
}

void ServerListPanel::updateActions() {
    const bool exists = m_document->rowOfServer(m_currentId) >= 0;
    const bool running = m_pool->isRunning(m_currentId);
    m_start->setEnabled(exists && !running);
    m_stop->setEnabled(running);
    m_restart->setEnabled(running);
    m_duplicate->setEnabled(exists);
    m_remove->setEnabled(exists && m_document->serverCount() > 1);
    m_add->setEnabled(!m_document->path().isEmpty() || m_document->serverCount() > 0);
}

void ServerListPanel::startCurrent() {
    QString error;
    if (!m_pool->start(m_currentId, &error))
        Q_EMIT problem(error);
}

void ServerListPanel::restartCurrent() {
    QString error;
    if (!m_pool->restart(m_currentId, &error))
        Q_EMIT problem(error);
}

int ServerListPanel::freePort() const {
    int port = 8080;
    for (const project::ServerConfig &server : m_document->project().servers)
        port = qMax(port, server.port + 1);
    return qMin(port, 65535);
}

void ServerListPanel::addServer() {
    DocumentState state = m_document->state();
    project::ServerConfig server;
    server.name = tr("server-%1").arg(state.project.servers.size() + 1);
    server.port = freePort();
    project::RouteConfig health;
    health.method = QStringLiteral("GET");
    health.path = QStringLiteral("/health");
    health.action = project::RouteAction::Health;
    server.routes.append(health);
    state.project.servers.append(server);
    const int id = m_document->newServerId();
    state.serverIds.append(id);
    Q_EMIT problem(firstError(m_document->edit(state, tr("Add server"))));
    selectServer(id);
}

void ServerListPanel::duplicateServer() {
    const project::ServerConfig *source = m_document->server(m_currentId);
    if (!source)
        return;
    DocumentState state = m_document->state();
    project::ServerConfig copy = *source;
    copy.name = tr("%1-copy").arg(source->name);
    copy.port = source->port == 0 ? 0 : freePort();
    const int row = m_document->rowOfServer(m_currentId) + 1;
    const int id = m_document->newServerId();
    state.project.servers.insert(row, copy);
    state.serverIds.insert(row, id);
    Q_EMIT problem(firstError(m_document->edit(state, tr("Duplicate server"))));
    selectServer(id);
}

void ServerListPanel::removeServer() {
    const int row = m_document->rowOfServer(m_currentId);
    if (row < 0)
        return;
    DocumentState state = m_document->state();
    state.project.servers.removeAt(row);
    state.serverIds.removeAt(row);
    Q_EMIT problem(firstError(m_document->edit(state, tr("Remove server"))));
}

void ServerListPanel::openAddress(const QModelIndex &index) {
    const QString url = index.data(ServerListModel::UrlRole).toString();
    if (index.column() == ServerListModel::Address && !url.isEmpty())
        QDesktopServices::openUrl(QUrl(url));
}

} // namespace yard::ui
