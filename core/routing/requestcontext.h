#pragma once

#include <QByteArrayView>

namespace yard::http {
class HttpRequest;
}

namespace yard::routing {

// What the route table needs to answer one request beyond the request itself. Views only: the
// caller keeps the bytes alive for the duration of RouteTable::handle.
struct RequestContext {
    const http::HttpRequest &request;
    // The client's IP address as text, without the port ("127.0.0.1", "2001:db8::1"; an
    // IPv4-mapped IPv6 address given as the IPv4 one). The rate limiter keys its buckets by it.
    // Empty = unknown: all such requests share one bucket.
    QByteArrayView remoteAddress;
};

} // namespace yard::routing
