#include "routeform.h"

#include "actionpages.h"
#include "document/projectdocument.h"
#include "fielderrors.h"
#include "servers/serverpool.h"
#include "ssepage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace yard::ui {

using project::RouteAction;

namespace {
constexpr RouteAction Actions[] = {
    RouteAction::Respond,   RouteAction::Redirect, RouteAction::Static, RouteAction::Proxy,
    RouteAction::WebSocket, RouteAction::Sse,      RouteAction::Health};
} // namespace

RouteForm::RouteForm(ProjectDocument *document, ServerPool *pool, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_pool(pool)
    , m_method(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_common(new QFormLayout)
    , m_commonErrors(std::make_unique<FieldErrors>())
    , m_routeErrors(FieldErrors::makeLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_state(new QLabel(this))
    , m_empty(new QLabel(this)) {
    setObjectName(QStringLiteral("routeForm"));
    m_method->setObjectName(QStringLiteral("field_method"));
    m_method->setEditable(true);
    m_method->addItems({QStringLiteral("*"), QStringLiteral("GET"), QStringLiteral("POST"),
                        QStringLiteral("PUT"), QStringLiteral("PATCH"), QStringLiteral("DELETE"),
                        QStringLiteral("HEAD"), QStringLiteral("OPTIONS")});
    m_path->setObjectName(QStringLiteral("field_path"));
    m_path->setFont(QFont(QStringLiteral("monospace")));
    m_action->setObjectName(QStringLiteral("field_action"));
    for (RouteAction action : Actions)
        m_action->addItem(project::routeActionName(action), int(action));
    m_routeErrors->setObjectName(QStringLiteral("routeErrors"));
    m_state->setObjectName(QStringLiteral("appliedState"));
    m_state->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("routeFormEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);

    m_common->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_common->addRow(QStringLiteral("method:"), m_method);
    m_commonErrors->add(m_common, QStringLiteral("method"));
    m_common->addRow(QStringLiteral("path:"), m_path);
    m_commonErrors->add(m_common, QStringLiteral("path"));
    m_common->addRow(QStringLiteral("action:"), m_action);
    m_commonErrors->add(m_common, QStringLiteral("action"));

    m_respond = new RespondPage(m_pages);
    m_static = new StaticPage(m_pages);
    for (RouteAction action : Actions) {
        ActionPage *actionPage = nullptr;
        switch (action) {
        case RouteAction::Respond:
            actionPage = m_respond;
            break;
        case RouteAction::Static:
            actionPage = m_static;
            break;
        case RouteAction::Redirect:
            actionPage = new RedirectPage(m_pages);
            break;
        case RouteAction::Proxy:
            actionPage = new ProxyPage(m_pages);
            break;
        case RouteAction::Sse:
            actionPage = new SsePage(m_pages);
            break;
        case RouteAction::WebSocket:
            actionPage = new WebSocketPage(m_pages);
            break;
        default:
            actionPage = new InfoPage(action, m_pages);
        }
        actionPage->setObjectName(QStringLiteral("page_") + project::routeActionName(action));
        m_pages->addWidget(actionPage);
        connect(actionPage, &ActionPage::edited, this, &RouteForm::edit);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addLayout(m_common);
    layout->addWidget(m_pages);
    layout->addWidget(m_routeErrors);
    layout->addWidget(m_state);
    layout->addStretch();

    connect(m_path, &QLineEdit::textEdited, this, [this] { edit(QStringLiteral("path")); });
    connect(m_method, &QComboBox::currentTextChanged, this, [this] {
        if (!m_loading)
            edit(QStringLiteral("method"));
    });
    connect(m_action, &QComboBox::activated, this, [this] { edit(QStringLiteral("action")); });
    connect(m_document, &ProjectDocument::changed, this, &RouteForm::reload);
    connect(m_pool, &ServerPool::runningChanged, this, &RouteForm::showAppliedState);
    connect(m_pool, &ServerPool::applyFailed, this, [this](int id, const QString &error) {
        if (id == m_serverId) {
            m_applyError = error;
            showAppliedState();
        }
    });
    retranslateUi();
    setRoute(-1, -1);
}

RouteForm::~RouteForm() = default;

void RouteForm::retranslateUi() {
    auto label = [this](QWidget *field, const QString &text) {
        if (auto *widget = qobject_cast<QLabel *>(m_common->labelForField(field)))
            widget->setText(text);
    };
    label(m_method, tr("Method:"));
    label(m_path, tr("Path:"));
    label(m_action, tr("Action:"));
    m_method->setAccessibleName(tr("Method"));
    m_method->setToolTip(tr("\"*\" answers every method"));
    m_path->setAccessibleName(tr("Path"));
    m_path->setPlaceholderText(tr("/api/users/:id, /static/*"));
    m_action->setAccessibleName(tr("Action"));
    m_empty->setText(tr("Select a route to edit it, or add one with the + button."));
    for (int i = 0; i < m_pages->count(); ++i)
        static_cast<ActionPage *>(m_pages->widget(i))->retranslateUi();
    alignLabels();
    showAppliedState();
}

// The common fields and each action's page are separate forms; one label width for all keeps
// their fields in one column.
void RouteForm::alignLabels() {
    QList<QFormLayout *> forms{m_common};
    for (int i = 0; i < m_pages->count(); ++i)
        forms.append(page(RouteAction(i))->form());
    QList<QWidget *> labels;
    int width = 0;
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (item && item->widget()) {
                labels.append(item->widget());
                width = qMax(width, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget *label : labels)
        label->setMinimumWidth(width);
}

void RouteForm::setDarkPalette(bool dark) {
    m_respond->setDarkPalette(dark);
}

ActionPage *RouteForm::page(RouteAction action) const {
    return static_cast<ActionPage *>(m_pages->widget(int(action)));
}

void RouteForm::setRoute(int serverId, int row) {
    m_serverId = serverId;
    m_row = row;
    m_failed = false;
    m_applyError.clear();
    reload();
}

void RouteForm::reload() {
    const project::ServerConfig *server = m_document->server(m_serverId);
    const bool has = server && m_row >= 0 && m_row < server->routes.size();
    m_empty->setVisible(!has);
    for (int row = 0; row < m_common->rowCount(); ++row)
        m_common->setRowVisible(row, has);
    m_pages->setVisible(has);
    m_state->setVisible(has);
    m_failed = false;
    showErrors({});
    if (!has)
        return;
    const project::RouteConfig &route = server->routes[m_row];
    m_loading = true;
    m_method->setCurrentText(route.method.value_or(QStringLiteral("*")));
    if (m_path->text() != route.path)
        m_path->setText(route.path);
    m_action->setCurrentIndex(m_action->findData(int(route.action)));
    m_pages->setCurrentIndex(int(route.action));
    // The stack is as wide as its widest page; only the shown one may claim room.
    for (int i = 0; i < m_pages->count(); ++i) {
        m_pages->widget(i)->setSizePolicy(
            i == int(route.action) ? QSizePolicy::Preferred : QSizePolicy::Ignored,
            i == int(route.action) ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    page(route.action)->load(route);
    m_static->setBaseDir(m_document->baseDir());
    m_loading = false;
    showAppliedState();
}

void RouteForm::resetActionSettings(project::RouteConfig &route, RouteAction action) {
    // Keys of another action are errors in the file; start the new action from its defaults.
    project::RouteConfig fresh;
    fresh.method = route.method;
    fresh.path = route.path;
    fresh.enabled = route.enabled;
    fresh.cors = route.cors;
    fresh.action = action;
    if (action == RouteAction::Redirect)
        fresh.to = QStringLiteral("/");
    else if (action == RouteAction::Static)
        fresh.root = QStringLiteral(".");
    else if (action == RouteAction::Proxy)
        fresh.upstream = QStringLiteral("http://127.0.0.1:3000");
    route = fresh;
}

void RouteForm::edit(const QString &field) {
    const project::ServerConfig *server = m_document->server(m_serverId);
    if (m_loading || !server || m_row < 0 || m_row >= server->routes.size())
        return;
    project::ServerConfig edited = *server;
    project::RouteConfig &route = edited.routes[m_row];
    if (field == u"path") {
        route.path = m_path->text();
    } else if (field == u"method") {
        const QString method = m_method->currentText().trimmed();
        // "*" is what an absent method means; keep the file as it was when it had none.
        route.method = method == u"*" && !route.method ? std::nullopt : std::optional(method);
    } else if (field == u"action") {
        resetActionSettings(route, RouteAction(m_action->currentData().toInt()));
    } else {
        page(route.action)->store(route, field);
    }
    m_applyError.clear();
    const project::ProjectErrors errors =
        m_document->editServer(m_serverId, edited, tr("Edit %1 of route %2").arg(field, route.path),
                               ProjectDocument::mergeKeyFor(m_serverId, m_row, field));
    m_failed = !errors.isEmpty();
    if (m_failed) {
        showErrors(errors);
        showAppliedState();
    } else {
        if (field == u"action")
            reload();
        Q_EMIT applied();
    }
}

void RouteForm::showErrors(const project::ProjectErrors &errors) {
    // Errors are JSON pointers into the project; this route's own keys go under their fields.
    const QString prefix =
        QStringLiteral("/servers/%1/routes/%2").arg(m_document->rowOfServer(m_serverId)).arg(m_row);
    QHash<QString, QString> byKey;
    project::ProjectErrors elsewhere;
    for (const project::ProjectError &error : errors) {
        if (error.pointer.startsWith(prefix + u'/')) {
            const QString key = error.pointer.mid(prefix.size() + 1).section(u'/', 0, 0);
            if (!byKey.contains(key))
                byKey.insert(key, error.message);
        } else {
            elsewhere.append(error);
        }
    }
    // The common fields take theirs, the action's page the rest it knows; what is left (the
    // route as a whole, or another place in the project) is listed below the form.
    QHash<QString, QString> forPage;
    for (const project::ProjectError &error : m_commonErrors->show(byKey))
        forPage.insert(error.pointer, error.message);
    for (int i = 0; i < m_pages->count(); ++i)
        page(RouteAction(i))->errors().clear();
    auto *current = static_cast<ActionPage *>(m_pages->currentWidget());
    for (const project::ProjectError &error : current->errors().show(forPage))
        elsewhere.append({prefix + u'/' + error.pointer, error.message});
    QStringList lines;
    for (const project::ProjectError &error : elsewhere)
        lines.append(error.pointer.isEmpty() ? error.message
                                             : error.pointer + u": " + error.message);
    m_routeErrors->setText(lines.join(u'\n'));
    m_routeErrors->setVisible(!lines.isEmpty());
}

void RouteForm::showAppliedState() {
    if (m_failed) {
        m_state->setText(tr("✗ Not applied: the running server and the project keep the last "
                            "valid version."));
    } else if (!m_applyError.isEmpty()) {
        m_state->setText(tr("✗ The running server kept its old routes: %1").arg(m_applyError));
    } else if (m_pool->isRunning(m_serverId)) {
        m_state->setText(tr("✓ Applied to the running server"));
    } else {
        m_state->setText(tr("✓ Valid. Start the server to serve it."));
    }
}

} // namespace yard::ui
