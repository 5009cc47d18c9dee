#include "routetable.h"

#include "actions.h"
#include "cors.h"
#include "currentsession.h"
#include "http/httprequest.h"
#include "proxy/proxytarget.h"
#include "proxyaction.h"
#include "realtime/roomhub.h"
#include "realtime/ssehub.h"
#include "servermiddleware.h"
#include "sessiongate.h"
#include "sessions/sessiondatabase.h"
#include "sseaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <chrono>
#include <exception>

namespace yard::routing {

namespace {
using Kind = project::RouteAction;

// A free function's tr() is filed by lupdate under its namespace, so free functions translate
// through this class, which names the context the program looks the text up in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(yard::routing::RouteTable)
};

bool mounts(Kind action) {
    return action == Kind::Static || action == Kind::Proxy || action == Kind::Sse;
}

const QByteArray s_contentType = QByteArrayLiteral("Content-Type");
const QByteArray s_plainText = QByteArrayLiteral("text/plain; charset=utf-8");

std::unique_ptr<RouteAction> makeAction(const project::RouteConfig &route, const QDir &base,
                                        const RouteTable::HealthProbe &health,
                                        const RouteTable::RoomHubProvider &roomHubs,
                                        const RouteTable::SseHubProvider &sseHubs, QString *error) {
    switch (route.action) {
    case Kind::Respond: {
        QByteArray body = route.body.value_or(QString()).toUtf8();
        if (route.bodyFile) {
            QFile file(base.filePath(*route.bodyFile));
            if (!file.open(QIODevice::ReadOnly)) {
                *error = Text::tr("cannot read %1: %2").arg(file.fileName(), file.errorString());
                return nullptr;
            }
            body = file.readAll();
        }
        return std::make_unique<RespondAction>(route, body);
    }
    case Kind::Redirect:
        return std::make_unique<RedirectAction>(route);
    case Kind::Health:
        return std::make_unique<HealthAction>(health);
    case Kind::Static:
        return std::make_unique<StaticAction>(
            route, QDir::cleanPath(base.absoluteFilePath(route.root.value_or(QString()))));
    case Kind::WebSocket: {
        const realtime::RoomLimits limits = RouteTable::roomLimitsFor(route);
        return std::make_unique<WebSocketAction>(
            roomHubs ? roomHubs(route.path, limits) : std::make_shared<realtime::RoomHub>(limits));
    }
    case Kind::Proxy: {
        auto target = proxy::ProxyTarget::build(route, error);
        if (!target)
            return nullptr;
        return std::make_unique<ProxyAction>(std::move(target));
    }
    case Kind::Sse:
        return std::make_unique<SseAction>(
            route, sseHubs ? sseHubs(route)
                           : std::make_shared<realtime::SseHub>(SseAction::settingsFor(route)));
    }
    Q_UNREACHABLE();
    return nullptr;
}
} // namespace

realtime::RoomLimits RouteTable::roomLimitsFor(const project::RouteConfig &route) {
    realtime::RoomLimits limits;
    limits.roomPattern = route.rooms.value_or(QString());
    limits.maxRoomsPerConnection = route.maxRooms.value_or(limits.maxRoomsPerConnection);
    limits.maxMessageBytes = route.maxMessageBytes.value_or(limits.maxMessageBytes);
    limits.messagesPerSecond = route.messagesPerSecond.value_or(limits.messagesPerSecond);
    limits.historySize = route.historySize.value_or(limits.historySize);
    limits.pingIntervalMs = route.pingIntervalMs.value_or(limits.pingIntervalMs);
    return limits;
}

RouteTable::RouteTable() = default;
RouteTable::~RouteTable() = default;

std::shared_ptr<RouteTable> RouteTable::build(const project::ServerConfig &server,
                                              const QString &baseDir, HealthProbe health,
                                              QString *error, RoomHubProvider roomHubs,
                                              std::shared_ptr<sessions::SessionDatabase> sessions,
                                              SseHubProvider sseHubs) {
    std::shared_ptr<RouteTable> table(new RouteTable);
    const QDir base(baseDir);
    for (qsizetype index = 0; index < server.routes.size(); ++index) {
        const project::RouteConfig &route = server.routes[index];
        if (!route.isEnabled())
            continue;
        Route compiled;
        compiled.projectIndex = int(index);
        compiled.action = makeAction(route, base, health, roomHubs, sseHubs, error);
        if (!compiled.action)
            return nullptr;
        if (route.cors)
            compiled.cors = std::make_unique<CorsPolicy>(*route.cors);
        compiled.serverAnswers = route.action == Kind::Static;
        compiled.requireSession = route.requireSession.value_or(false);
        const QByteArray method =
            route.method && *route.method != u"*" ? route.method->toLatin1() : QByteArray();
        table->m_matcher.add(method, route.path, mounts(route.action));
        table->m_routes.push_back(std::move(compiled));
    }
    if (server.sessions && server.sessions->isEnabled()) {
        if (!sessions) {
            *error = Text::tr("%1: sessions need a data folder for their key and users")
                         .arg(server.name);
            return nullptr;
        }
        PathParams params;
        const bool loginPageRouted =
            table->m_matcher.match("GET", server.sessions->loginPathOrDefault().toUtf8(), params)
                .route >= 0;
        table->m_sessions = std::make_shared<SessionGate>(
            *server.sessions, sessions, sessions->store(server.name), loginPageRouted);
    }
    if (ServerMiddleware::isConfigured(server)) {
        table->m_middleware = ServerMiddleware::build(server, base, error);
        if (!table->m_middleware)
            return nullptr;
    }
    return table;
}

void RouteTable::handle(const http::HttpRequest &request, http::HttpResponse &response) const {
    handle(RequestContext{request, QByteArrayView()}, response);
}

void RouteTable::handle(const RequestContext &context, http::HttpResponse &response) const {
    if (m_middleware) {
        runMiddleware(context, response);
        return;
    }
    // Nothing cross-cutting configured: the route alone, at no extra cost.
    PathParams params;
    route(context, params, response);
}

bool RouteTable::streamsBody(const http::HttpRequest &head) const {
    // The gate's own endpoints (a sign-in form) read their body, whatever route lies beneath.
    if (m_sessions && m_sessions->answersItself(head))
        return false;
    PathParams params;
    const RouteMatcher::Match match = m_matcher.match(head.method(), head.path(), params);
    return match.route >= 0 && m_routes[std::size_t(match.route)].action->streamsBody();
}

// The session gate first (its endpoints, its refusals), then the route with the signed-in user
// visible to templates.
RouteTable::Routed RouteTable::route(const RequestContext &context, PathParams &params,
                                     http::HttpResponse &response) const {
    if (!m_sessions)
        return routeMatched(context.request, params, response, false);
    SessionState state;
    if (m_sessions->intercept(context, response, state))
        return {-1, false};
    const CurrentSession current(state.user);
    const Routed routed = routeMatched(context.request, params, response, !state.user.isEmpty());
    response.session = state.handle;
    response.user = state.user;
    m_sessions->finish(state, response);
    return routed;
}

RouteTable::Routed RouteTable::routeMatched(const http::HttpRequest &request, PathParams &params,
                                            http::HttpResponse &response, bool signedIn) const {
    const RouteMatcher::Match match = m_matcher.match(request.method(), request.path(), params);
    if (match.route < 0) {
        // RFC 9110 §15.5.6: the path exists, the method does not.
        response.status = match.pathMatched ? 405 : 404;
        response.addHeader(s_contentType, s_plainText);
        response.body = match.pathMatched ? QByteArrayLiteral("Method Not Allowed\n")
                                          : QByteArrayLiteral("Not Found\n");
        return {-1, true};
    }
    const Route &route = m_routes[std::size_t(match.route)];
    if (route.requireSession && !signedIn) {
        SessionGate::refuseUnauthenticated(response);
        response.route = route.projectIndex;
        return {match.route, false};
    }
    // Like Express's error handler: whatever an action throws (std::bad_alloc, a probe's
    // std::bad_function_call) ends as a clean 500 here, never in the worker's event loop. The
    // try block costs nothing until something throws.
    try {
        route.action->handle(request, params, response);
    } catch (const std::exception &) {
        failInternally(response);
        response.route = route.projectIndex;
        return {match.route, true};
    }
    if (route.serverAnswers && response.status == 500)
        failInternally(response);
    response.route = route.projectIndex; // last: actions and failInternally replace the response
    return {match.route, route.serverAnswers};
}

// An action failed (a read error under a static root, an exception). The client gets a plain
// 500 (or the server's 500 page) and no detail: paths, errno values and exception texts are for
// the operator. The request log will take them from here (the logging issue hooks the detail in
// at this point, beside the counter); until then the counter shows in statistics.
void RouteTable::failInternally(http::HttpResponse &response) const {
    m_internalErrors.fetch_add(1, std::memory_order_relaxed);
    response.reset();
    response.status = 500;
    response.addHeader(s_contentType, s_plainText);
    response.body = QByteArrayLiteral("Internal Server Error\n");
}

const CorsPolicy *RouteTable::corsFor(int route) const {
    if (route >= 0 && m_routes[std::size_t(route)].cors)
        return m_routes[std::size_t(route)].cors.get();
    return m_middleware->cors();
}

// The order, like Modern.js's pre / default / post middleware:
//   1. CORS preflight: answered here, no route sees it (nor the rate limit: a browser sends it
//      on its own, before the request the page asked for).
//   2. Rate limit: a refused request never reaches a route.
//   3. The route, or the table's 404 / 405.
//   4. Error page substitution, for answers the table or the server gave (not a status a
//      route was told to send).
//   5. CORS response fields, also on 404 / 429 / 500, so that the page's script can read them.
//   6. The server's extra headers, where the response has no field of that name yet (on
//      preflight answers too).
//   7. Server-Timing, for the time step 3 took.
// Each step costs nothing unless configured.
void RouteTable::runMiddleware(const RequestContext &context, http::HttpResponse &response) const {
    const ServerMiddleware &middleware = *m_middleware;
    const http::HttpRequest &request = context.request;
    PathParams params;
    if (CorsPolicy::isPreflight(request)) {
        // The preflight asks about the method it names: the route that would serve that one
        // decides which policy answers.
        const RouteMatcher::Match match = m_matcher.match(
            request.header("Access-Control-Request-Method"), request.path(), params);
        if (const CorsPolicy *policy = corsFor(match.route)) {
            policy->answerPreflight(request, response);
            middleware.addExtraHeaders(response);
            return;
        }
        params.clear();
    }

    const std::optional<RateLimiter::Decision> limit =
        middleware.admit(request.path(), context.remoteAddress);
    Routed routed;
    std::chrono::steady_clock::duration elapsed{};
    if (limit && !limit->allowed) {
        middleware.refuse(*limit, response);
        routed.ownAnswer = true;
    } else {
        const auto start = middleware.serverTiming() ? std::chrono::steady_clock::now()
                                                     : std::chrono::steady_clock::time_point();
        routed = route(context, params, response);
        if (middleware.serverTiming())
            elapsed = std::chrono::steady_clock::now() - start;
    }

    if (routed.ownAnswer && !middleware.errorPages().isEmpty())
        middleware.errorPages().apply(request, params, response);
    if (limit)
        middleware.addRateLimitFields(*limit, response);
    if (const CorsPolicy *policy = corsFor(routed.route))
        policy->addResponseHeaders(request, response);
    middleware.addExtraHeaders(response);
    if (middleware.serverTiming() && !(limit && !limit->allowed)) {
        // W3C Server Timing: milliseconds, three decimals are enough for microseconds.
        const double ms = std::chrono::duration<double, std::milli>(elapsed).count();
        response.addHeader(QByteArrayLiteral("Server-Timing"),
                           "app;dur=" + QByteArray::number(ms, 'f', 3));
    }
}

} // namespace yard::routing
