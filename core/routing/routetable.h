#pragma once

#include "http/requesthandler.h"
#include "project/projectmodel.h"
#include "requestcontext.h"
#include "routematcher.h"

#include <QByteArray>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace yard::realtime {
class RoomHub;
struct RoomLimits;
class SseHub;
} // namespace yard::realtime
namespace yard::sessions {
class SessionDatabase;
}

namespace yard::routing {

class CorsPolicy;
class RouteAction;
class ServerMiddleware;
class SessionGate;

// A server's routes compiled for serving: a RouteMatcher to find the route, an action per route
// to answer, and the server's cross-cutting rules around them (ServerMiddleware). Immutable once
// built, so every worker uses it without a lock (the rate limiter's buckets excepted: they lock
// per shard); a project edit builds a new table (hot reload) and the workers swap to it between
// requests. A swap starts the rate limits afresh.
class RouteTable final : public http::RequestHandler {
public:
    using HealthProbe = std::function<QByteArray()>;
    // The chat-room hub of a websocket route, by route path, with the limits its keys set. The
    // server keeps hubs across reloads so that rooms do not split; without a provider each table
    // makes its own.
    using RoomHubProvider = std::function<std::shared_ptr<realtime::RoomHub>(
        const QString &path, const realtime::RoomLimits &limits)>;
    // A websocket route's keys over RoomLimits' defaults.
    static realtime::RoomLimits roomLimitsFor(const project::RouteConfig &route);
    // The same for the event channels of an sse route; the provider applies the route's
    // settings to a hub it keeps.
    using SseHubProvider =
        std::function<std::shared_ptr<realtime::SseHub>(const project::RouteConfig &route)>;

    // `baseDir` resolves relative paths (static roots, body files, error pages): the project
    // file's folder. Returns null with `error` set when a route cannot be built (a body file that
    // cannot be read); the caller keeps serving the previous table. A server with `sessions`
    // needs `sessions` (its data folder's database); its session store outlives the table.
    static std::shared_ptr<RouteTable>
    build(const project::ServerConfig &server, const QString &baseDir, HealthProbe health,
          QString *error, RoomHubProvider roomHubs = {},
          std::shared_ptr<sessions::SessionDatabase> sessions = {}, SseHubProvider sseHubs = {});
    ~RouteTable() override;

    void handle(const RequestContext &context, http::HttpResponse &response) const;
    void handleFromClient(const http::HttpRequest &request, QByteArrayView remoteAddress,
                          http::HttpResponse &response) const override {
        handle(RequestContext{request, remoteAddress}, response);
    }
    bool streamsBody(const http::HttpRequest &head) const override;
    // Without the client's address: every client shares one rate-limit bucket.
    void handle(const http::HttpRequest &request, http::HttpResponse &response) const override;

    // Requests answered 500 because an action failed (never the detail: see failInternally).
    quint64 internalErrors() const { return m_internalErrors.load(std::memory_order_relaxed); }

private:
    struct Route {
        std::unique_ptr<RouteAction> action;
        std::unique_ptr<CorsPolicy> cors; // the route's own, replacing the server's
        // The action's error answers are the server's, not a status the user chose (a static
        // folder's 404 for a missing file, its 500 for a read error): error pages replace them
        // and a 500 counts as an internal failure.
        bool serverAnswers = false;
        int projectIndex = -1; // position in the server's routes, for the request log
        bool requireSession = false;
    };
    struct Routed {
        int route = -1;         // the route that answered; -1 = the table (404, 405)
        bool ownAnswer = false; // the table's or the server's answer (see Route::serverAnswers)
    };

    RouteTable();
    Routed route(const RequestContext &context, PathParams &params,
                 http::HttpResponse &response) const;
    Routed routeMatched(const http::HttpRequest &request, PathParams &params,
                        http::HttpResponse &response, bool signedIn) const;
    void runMiddleware(const RequestContext &context, http::HttpResponse &response) const;
    const CorsPolicy *corsFor(int route) const;
    void failInternally(http::HttpResponse &response) const;

    RouteMatcher m_matcher;
    std::vector<Route> m_routes;                    // by matcher index
    std::unique_ptr<ServerMiddleware> m_middleware; // null: the server configures none
    std::shared_ptr<SessionGate> m_sessions; // null: no sessions; shared with sign-ins in flight
    mutable std::atomic<quint64> m_internalErrors{0};
};

} // namespace yard::routing
