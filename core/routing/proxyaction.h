#pragma once

#include "routeaction.h"

#include <memory>

namespace yard::proxy {
struct ProxyTarget;
}

namespace yard::routing {

// `proxy`: hands the request to a ProxyExchange bound for the route's upstream.
class ProxyAction final : public RouteAction {
public:
    explicit ProxyAction(std::shared_ptr<const proxy::ProxyTarget> target);
    void handle(const http::HttpRequest &request, const PathParams &params,
                http::HttpResponse &response) const override;
    bool streamsBody() const override { return true; }

private:
    std::shared_ptr<const proxy::ProxyTarget> m_target;
};

} // namespace yard::routing
