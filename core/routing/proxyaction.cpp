#include "proxyaction.h"

#include "http/httpresponse.h"
#include "proxy/proxyexchange.h"

namespace yard::routing {

ProxyAction::ProxyAction(std::shared_ptr<const proxy::ProxyTarget> target)
    : m_target(std::move(target)) {}

void ProxyAction::handle(const http::HttpRequest &, const PathParams &,
                         http::HttpResponse &response) const {
    response.exchange = std::make_shared<proxy::ProxyExchange>(m_target);
}

} // namespace yard::routing
