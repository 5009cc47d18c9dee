#pragma once

#include "project/projectmodel.h"

#include <QByteArray>
#include <QVarLengthArray>
#include <sys/socket.h>
#include <utility>
#include <vector>

namespace yard::proxy {

// Where a proxy route sends its requests, compiled once per route table: the upstream's
// addresses (resolved when the table is built, never per request), the Host it expects, the path
// rewrite and the limits. Immutable and shared by every worker.
struct ProxyTarget {
    struct Address {
        sockaddr_storage storage{};
        socklen_t length = 0;
    };
    std::vector<Address> addresses; // tried in order: "localhost" may be ::1 or 127.0.0.1
    QByteArray upstreamUrl;         // "http://127.0.0.1:3000", for error pages
    QByteArray hostPort;            // "127.0.0.1:3000": Host with changeOrigin, and pool key
    QByteArray basePath;            // the upstream URL's path without a trailing "/"
    QByteArray mountPrefix;         // the route's literal prefix, stripped with stripPrefix
    bool stripPrefix = false;
    bool changeOrigin = false;
    QVarLengthArray<std::pair<QByteArray, QByteArray>, 4> extraHeaders;
    int connectTimeoutMs = 5'000;
    int firstByteTimeoutMs = 60'000;
    int idleTimeoutMs = 120'000;

    // Null with `error` set when the upstream's host does not resolve.
    static std::shared_ptr<const ProxyTarget> build(const project::RouteConfig &route,
                                                    QString *error);
    // The upstream request target for a request path and query (still percent-encoded).
    QByteArray rewrite(QByteArrayView path, QByteArrayView query) const;
};

} // namespace yard::proxy
