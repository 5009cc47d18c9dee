#include "logpage.h"

#include "connections/sendtoconnectiondialog.h"
#include "document/projectdocument.h"
#include "log/logview.h"
#include "server/connectionregistry.h"
#include "servers/serverlistpanel.h"
#include "servers/serverpool.h"

#include <QHash>
#include <QStringList>
#include <memory>
#include <optional>

namespace yard::ui {

namespace {
// "GET /health", the way the route table reads; "*" for a route that takes any method.
QStringList routeLabels(const project::ServerConfig &server) {
    QStringList labels;
    labels.reserve(qsizetype(server.routes.size()));
    for (const project::RouteConfig &route : server.routes)
        labels.append(route.method.value_or(QStringLiteral("*")) + u' ' + route.path);
    return labels;
}

// Server name → "http://host:port" of every running server (the log names servers by name).
QHash<QString, QString> runningOrigins(const ProjectDocument &document, const ServerPool &pool) {
    QHash<QString, QString> origins;
    for (int row = 0; row < document.serverCount(); ++row) {
        const int id = document.serverId(row);
        const QString url = pool.url(id);
        if (!url.isEmpty())
            origins.insert(document.server(id)->name, url);
    }
    return origins;
}

// "Send to This Connection…" from the timeline: the registry of the running server of that
// name takes it, the same way the Connections view sends.
void sendToConnection(LogView *view, ProjectDocument *document, ServerPool *pool,
                      const QString &server, qint64 connection, const QString &type) {
    int id = -1;
    for (int row = 0; row < document->serverCount() && id < 0; ++row) {
        if (document->server(document->serverId(row))->name == server)
            id = document->serverId(row);
    }
    if (id < 0 || !pool->registry(id)) {
        view->showNote(LogView::tr("%1 is not running; nothing can be sent.").arg(server));
        return;
    }
    const QString who = LogView::tr("connection %1 of %2").arg(connection).arg(server);
    auto *dialog = new SendToConnectionDialog(type, who, view);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, view, [view, pool, id, connection, dialog, who] {
        server::ConnectionRegistry *registry = pool->registry(id);
        if (!registry)
            return;
        registry->sendToConnection(
            quint64(connection), dialog->text(), dialog->eventName(), view, [view, who](bool sent) {
                view->showNote(sent ? LogView::tr("Sent to %1.").arg(who)
                                    : LogView::tr("%1 is gone; nothing was sent.").arg(who));
            });
    });
    dialog->open();
}
} // namespace

LogView *createLogPage(const LogPageContext &context, QWidget *parent) {
    auto *view = new LogView(context.databasePath, parent);
    view->setObjectName(QStringLiteral("logPage"));
    ProjectDocument *document = context.document;
    ServerPool *pool = context.pool;
    ServerListPanel *servers = context.servers;
    if (!document || !pool || !servers)
        return view;

    // The selected server's name and routes; both change with the selection and with edits
    // (a renamed server, a route added or moved), so every change of either re-reads them.
    // Labels are set only when they differ: typing in the route form is a change per key, and
    // refilling the route filter's list would close it under the user's pointer.
    auto shownLabels = std::make_shared<std::optional<QStringList>>();
    const auto followSelection = [view, document, servers, shownLabels] {
        const project::ServerConfig *server = document->server(servers->currentServerId());
        view->setServerFilter(server ? server->name : QString());
        QStringList labels = server ? routeLabels(*server) : QStringList();
        if (*shownLabels != labels) {
            view->setRouteLabels(labels);
            *shownLabels = std::move(labels);
        }
    };
    const auto followOrigins = [view, document, pool] {
        view->setServerOrigins(runningOrigins(*document, *pool));
    };
    QObject::connect(servers, &ServerListPanel::currentServerChanged, view, followSelection);
    QObject::connect(document, &ProjectDocument::changed, view, followSelection);
    QObject::connect(document, &ProjectDocument::changed, view, followOrigins);
    QObject::connect(pool, &ServerPool::runningChanged, view, followOrigins);
    QObject::connect(
        view, &LogView::sendToConnectionRequested, view,
        [view, document, pool](const QString &server, qint64 connection, const QString &type) {
            sendToConnection(view, document, pool, server, connection, type);
        });
    view->setHealthSource([pool] {
        return LogHealth{pool->logProblem(), pool->logBacklog(), pool->logDropped()};
    });
    followSelection();
    followOrigins();
    return view;
}

} // namespace yard::ui
