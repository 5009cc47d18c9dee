#pragma once

#include "project/projectmodel.h"

#include <QString>

namespace yard::ui {

// "Create route from this request…": a `respond` route that answers what a logged request
// asked for, so a 404 becomes a mock in one step. The log keeps the request line and status,
// not the response's body, so the body is a JSON starting point that echoes the captures.
struct RouteFromRequest {
    // `target` is the path and query as received. Segments that look like ids (digits, a UUID,
    // a long hex string) become captures (":id", ":id2", …); the query is dropped (routes match
    // the path only). A logged error status becomes 200; a success keeps its status.
    static project::RouteConfig build(const QString &method, const QString &target, int status);
};

} // namespace yard::ui
