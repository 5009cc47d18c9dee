#pragma once

#include "pathparams.h"

namespace yard::http {
class HttpRequest;
struct HttpResponse;
} // namespace yard::http

namespace yard::routing {

// What a matched route does. Built once per route table; const and thread-safe, because every
// worker thread calls it at once.
class RouteAction {
public:
    virtual ~RouteAction() = default;
    virtual void handle(const http::HttpRequest &request, const PathParams &params,
                        http::HttpResponse &response) const = 0;
    // True when the action streams the request body on (a proxy): it is then called as soon as
    // the head has arrived, and the body is not read into memory first.
    virtual bool streamsBody() const { return false; }
};

} // namespace yard::routing
