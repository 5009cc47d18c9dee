#pragma once

#include "http/requesthandler.h"
#include "project/projectmodel.h"
#include "routematcher.h"

#include <QByteArray>
#include <functional>
#include <memory>
#include <vector>

namespace yard::routing {

class RouteAction;

// A server's routes compiled for serving: a RouteMatcher to find the route, an action per route
// to answer. Immutable once built, so every worker uses it without a lock; a project edit builds
// a new table (hot reload) and the workers swap to it between requests.
class RouteTable final : public http::RequestHandler {
public:
    using HealthProbe = std::function<QByteArray()>;

    // `baseDir` resolves relative paths (static roots, body files): the project file's folder.
    // Returns null with `error` set when a route cannot be built (a body file that cannot be
    // read); the caller keeps serving the previous table.
    static std::shared_ptr<RouteTable> build(const project::ServerConfig &server,
                                             const QString &baseDir, HealthProbe health,
                                             QString *error);
    ~RouteTable() override;

    void handle(const http::HttpRequest &request, http::HttpResponse &response) const override;

private:
    RouteTable() = default;

    RouteMatcher m_matcher;
    std::vector<std::unique_ptr<RouteAction>> m_actions; // by matcher index
};

} // namespace yard::routing
