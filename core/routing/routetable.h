#pragma once

#include "http/httpresponse.h"
#include "http/requesthandler.h"
#include "project/projectmodel.h"

#include <QByteArray>
#include <functional>
#include <vector>

namespace yard::routing {

// A server's routes compiled for matching: tried in order, the first whose method and path match
// answers (CONTRACT.md). Immutable once built, so every worker reads it without a lock.
//
// This build answers respond (fixed bodies), redirect (fixed targets) and health; the other
// actions and templated bodies answer 501 with a sentence saying so, until the routing issue
// brings them.
class RouteTable final : public http::RequestHandler {
public:
    // Returns the JSON body of a health response; called from worker threads.
    using HealthProbe = std::function<QByteArray()>;

    RouteTable(const project::ServerConfig &server, HealthProbe health);

    void handle(const http::HttpRequest &request, http::HttpResponse &response) const override;

private:
    struct Segment {
        enum class Kind { Literal, Capture, Rest } kind;
        QByteArray literal;
    };
    struct Route {
        QByteArray method; // empty = any
        std::vector<Segment> segments;
        bool trailingSlash = false;
        project::RouteAction action;
        http::HttpResponse response; // prepared once: status, headers and body
    };

    static Route compile(const project::RouteConfig &config);
    static bool pathMatches(const Route &route, QByteArrayView path);
    static void notImplemented(http::HttpResponse &response, const QByteArray &what);

    std::vector<Route> m_routes;
    HealthProbe m_health;
};

} // namespace yard::routing
