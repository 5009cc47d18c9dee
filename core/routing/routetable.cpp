#include "routetable.h"

#include "actions.h"
#include "http/httprequest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace yard::routing {

namespace {
using Kind = project::RouteAction;

QString tr(const char *text) {
    return QCoreApplication::translate("yard::routing::RouteTable", text);
}

bool mounts(Kind action) {
    return action == Kind::Static || action == Kind::Proxy || action == Kind::Sse;
}
} // namespace

RouteTable::~RouteTable() = default;

std::shared_ptr<RouteTable> RouteTable::build(const project::ServerConfig &server,
                                              const QString &baseDir, HealthProbe health,
                                              QString *error) {
    std::shared_ptr<RouteTable> table(new RouteTable);
    const QDir base(baseDir);
    for (const project::RouteConfig &route : server.routes) {
        if (!route.isEnabled())
            continue;
        std::unique_ptr<routing::RouteAction> action;
        switch (route.action) {
        case Kind::Respond: {
            QByteArray body = route.body.value_or(QString()).toUtf8();
            if (route.bodyFile) {
                QFile file(base.filePath(*route.bodyFile));
                if (!file.open(QIODevice::ReadOnly)) {
                    *error = tr("cannot read %1: %2").arg(file.fileName(), file.errorString());
                    return nullptr;
                }
                body = file.readAll();
            }
            action = std::make_unique<RespondAction>(route, body);
            break;
        }
        case Kind::Redirect:
            action = std::make_unique<RedirectAction>(route);
            break;
        case Kind::Health:
            action = std::make_unique<HealthAction>(health);
            break;
        case Kind::Static:
            action = std::make_unique<StaticAction>(
                route, QDir::cleanPath(base.absoluteFilePath(route.root.value_or(QString()))));
            break;
        case Kind::Proxy:
        case Kind::WebSocket:
        case Kind::Sse:
            action = std::make_unique<UnavailableAction>(
                project::routeActionName(route.action).toUtf8() + " routes");
            break;
        }
        const QByteArray method =
            route.method && *route.method != u"*" ? route.method->toLatin1() : QByteArray();
        table->m_matcher.add(method, route.path, mounts(route.action));
        table->m_actions.push_back(std::move(action));
    }
    return table;
}

void RouteTable::handle(const http::HttpRequest &request, http::HttpResponse &response) const {
    PathParams params;
    const RouteMatcher::Match match = m_matcher.match(request.method(), request.path(), params);
    if (match.route >= 0) {
        m_actions[std::size_t(match.route)]->handle(request, params, response);
        return;
    }
    // RFC 9110 §15.5.6: the path exists, the method does not.
    response.status = match.pathMatched ? 405 : 404;
    response.addHeader(QByteArrayLiteral("Content-Type"),
                       QByteArrayLiteral("text/plain; charset=utf-8"));
    response.body = match.pathMatched ? QByteArrayLiteral("Method Not Allowed\n")
                                      : QByteArrayLiteral("Not Found\n");
}

} // namespace yard::routing
