#include "routespage.h"

#include "document/projectdocument.h"
#include "methodchipdelegate.h"
#include "routeform.h"
#include "routefromrequest.h"
#include "routetablemodel.h"
#include "tryitpanel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace yard::ui {

RoutesPage::RoutesPage(ProjectDocument *document, ServerPool *pool, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_pool(pool)
    , m_model(new RouteTableModel(document, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_tableOrEmpty(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_tools(new QToolBar(this))
    , m_filter(new QLineEdit(this))
    , m_form(new RouteForm(document, pool, this))
    , m_tryIt(new TryItPanel(pool, this))
    , m_splitter(new QSplitter(this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    setObjectName(QStringLiteral("routesPage"));
    m_table->setObjectName(QStringLiteral("routeTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setDragDropMode(QAbstractItemView::DragDrop);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setDragDropOverwriteMode(false);
    m_table->setDropIndicatorShown(true);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setItemDelegateForColumn(RouteTableModel::Method, new MethodChipDelegate(m_table));
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RouteTableModel::Summary,
                                                      QHeaderView::Stretch);
    m_empty->setObjectName(QStringLiteral("routesEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_tableOrEmpty->addWidget(m_table);
    m_tableOrEmpty->addWidget(m_empty);
    m_filter->setObjectName(QStringLiteral("routeFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(220);

    createActions();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tools);
    leftLayout->addWidget(m_tableOrEmpty, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_form);
    rightLayout->addWidget(m_tryIt, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(right);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);

    m_splitter->setObjectName(QStringLiteral("routesSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({480, 440});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RoutesPage::followSelection);
    connect(m_document, &ProjectDocument::changed, this, &RoutesPage::followSelection);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        // Priority is the order of all routes: reorder only while every route is shown.
        m_table->setDragEnabled(text.isEmpty());
        updateActions();
    });
    connect(m_model, &RouteTableModel::editRefused, this, &RoutesPage::problem);
    retranslateUi();
}

void RoutesPage::createActions() {
    auto make = [this](const char *name, const char *icon, auto slot) {
        auto *action = m_tools->addAction(QIcon(QLatin1String(icon)), QString());
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_add = make("actionAddRoute", ":/icons/add.svg", &RoutesPage::addRoute);
    m_remove = make("actionRemoveRoute", ":/icons/remove.svg", &RoutesPage::removeRoute);
    m_up = make("actionMoveRouteUp", ":/icons/up.svg", [this] { moveRoute(-1); });
    m_down = make("actionMoveRouteDown", ":/icons/down.svg", [this] { moveRoute(+1); });
    m_remove->setShortcut(QKeySequence::Delete);
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    // Delete in a text field deletes text: these keys act only where the table has focus.
    for (QAction *action : {m_remove, m_up, m_down}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(action);
    }
    auto *spacer = new QWidget(m_tools);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_tools->addWidget(spacer);
    m_tools->addWidget(m_filter);
}

void RoutesPage::retranslateUi() {
    m_table->setAccessibleName(tr("Routes, in priority order"));
    m_filter->setPlaceholderText(tr("Filter routes (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter routes"));
    m_empty->setText(tr("No routes yet — add one with the + button, or open the demo project "
                        "(resources/demo/demo.yard.json)."));
    m_add->setText(tr("Add route"));
    m_remove->setText(tr("Remove route"));
    m_up->setText(tr("Move up (tried earlier)"));
    m_down->setText(tr("Move down (tried later)"));
    m_form->retranslateUi();
    m_tryIt->retranslateUi();
}

void RoutesPage::setDarkPalette(bool dark) {
    m_form->setDarkPalette(dark);
}

void RoutesPage::setServerId(int id) {
    m_model->setServerId(id);
    selectRoute(0);
    followSelection();
}

void RoutesPage::selectRoute(int row) {
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
}

int RoutesPage::currentRoute() const {
    return m_proxy->mapToSource(m_table->currentIndex()).row();
}

void RoutesPage::followSelection() {
    const int row = currentRoute();
    const project::ServerConfig *server = m_document->server(m_model->serverId());
    m_tableOrEmpty->setCurrentIndex(server && server->routes.isEmpty() ? 1 : 0);
    if (row != m_form->routeRow() || sender() != m_document)
        m_form->setRoute(m_model->serverId(), row);
    const bool has = server && row >= 0 && row < server->routes.size();
    m_tryIt->setRoute(m_model->serverId(), has ? std::optional(server->routes[row]) : std::nullopt);
    updateActions();
}

void RoutesPage::updateActions() {
    const int row = currentRoute();
    const bool has = row >= 0 && row < m_model->rowCount();
    const bool ordered = m_filter->text().isEmpty();
    m_add->setEnabled(m_document->server(m_model->serverId()) != nullptr);
    m_remove->setEnabled(has);
    m_up->setEnabled(has && ordered && row > 0);
    m_down->setEnabled(has && ordered && row + 1 < m_model->rowCount());
}

void RoutesPage::addRoute() {
    const project::ServerConfig *server = m_document->server(m_model->serverId());
    if (!server)
        return;
    project::ServerConfig edited = *server;
    project::RouteConfig route;
    route.method = QStringLiteral("GET");
    route.path = QStringLiteral("/new-route");
    route.action = project::RouteAction::Respond;
    route.status = 200;
    route.body = QStringLiteral("{\"ok\":true}");
    route.headers =
        project::HeaderList{{QStringLiteral("Content-Type"), QStringLiteral("application/json")}};
    const int row = currentRoute() < 0 ? int(edited.routes.size()) : currentRoute() + 1;
    edited.routes.insert(row, route);
    m_filter->clear();
    const auto errors = m_document->editServer(m_model->serverId(), edited, tr("Add route"));
    if (!errors.isEmpty())
        Q_EMIT problem(errors.front().message);
    selectRoute(row);
}

void RoutesPage::createFromRequest(const QString &server, const QString &method,
                                   const QString &target, int status, int answeredBy) {
    int id = -1;
    for (int row = 0; row < m_document->serverCount(); ++row) {
        if (m_document->server(m_document->serverId(row))->name == server)
            id = m_document->serverId(row);
    }
    if (id < 0) {
        Q_EMIT problem(tr("The server \"%1\" is no longer in the project.").arg(server));
        return;
    }
    setServerId(id);
    project::ServerConfig edited = *m_document->server(id);
    // Before the route that answered (a catch-all such as a static "/" or a proxy), so that
    // the new one wins; at the end when none did (the 404 was the route table's).
    const int row = answeredBy >= 0 && answeredBy < edited.routes.size()
                        ? answeredBy
                        : int(edited.routes.size());
    edited.routes.insert(row, RouteFromRequest::build(method, target, status));
    m_filter->clear();
    const auto errors = m_document->editServer(id, edited, tr("Create route from request"));
    if (!errors.isEmpty()) {
        Q_EMIT problem(errors.front().message);
        return;
    }
    selectRoute(row);
}

void RoutesPage::removeRoute() {
    const project::ServerConfig *server = m_document->server(m_model->serverId());
    const int row = currentRoute();
    if (!server || row < 0 || row >= server->routes.size())
        return;
    project::ServerConfig edited = *server;
    edited.routes.removeAt(row);
    const auto errors = m_document->editServer(m_model->serverId(), edited,
                                               tr("Remove route %1").arg(server->routes[row].path));
    if (!errors.isEmpty())
        Q_EMIT problem(errors.front().message);
    selectRoute(qMin(row, m_model->rowCount() - 1));
}

void RoutesPage::moveRoute(int delta) {
    const int row = currentRoute();
    const auto errors = m_model->moveRoute(row, row + delta);
    if (!errors.isEmpty())
        Q_EMIT problem(errors.front().message);
    selectRoute(row + delta);
}

} // namespace yard::ui
