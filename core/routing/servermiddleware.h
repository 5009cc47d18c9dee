#pragma once

#include "cors.h"
#include "errorpages.h"
#include "ratelimiter.h"

#include <QByteArray>
#include <QByteArrayList>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QDir;

namespace yard::routing {

// The server-wide steps RouteTable::handle runs around the route (order documented there):
// CORS, rate limit, error pages, extra headers, Server-Timing. Built once per route table, only
// when the server configures one of them; immutable afterwards except the rate limiter's
// buckets, which lock per shard (see RateLimiter).
class ServerMiddleware final {
    Q_DISABLE_COPY_MOVE(ServerMiddleware)

public:
    // Whether `server` configures any of it. When not, the table builds no ServerMiddleware and
    // a request costs one null check more than the route alone.
    static bool isConfigured(const project::ServerConfig &server);

    // Null with `error` set when an error page cannot be read.
    static std::unique_ptr<ServerMiddleware> build(const project::ServerConfig &server,
                                                   const QDir &base, QString *error,
                                                   RateLimiter::Clock clock = {});
    ~ServerMiddleware();

    const CorsPolicy *cors() const { return m_cors.get(); }

    // Takes a token when `path` is rate limited; nullopt when it is not.
    std::optional<RateLimiter::Decision> admit(QByteArrayView path, QByteArrayView client) const;
    // 429 Too Many Requests (RFC 6585 §4) with Retry-After.
    void refuse(const RateLimiter::Decision &decision, http::HttpResponse &response) const;
    // RateLimit-Limit and RateLimit-Remaining (draft-ietf-httpapi-ratelimit-headers).
    void addRateLimitFields(const RateLimiter::Decision &decision,
                            http::HttpResponse &response) const;

    const ErrorPages &errorPages() const { return m_errorPages; }
    // The server's "headers", each unless the response already has a field of that name.
    void addExtraHeaders(http::HttpResponse &response) const;
    bool serverTiming() const { return m_serverTiming; }

private:
    ServerMiddleware() = default;
    bool isLimited(QByteArrayView path) const;

    std::unique_ptr<CorsPolicy> m_cors;
    // The one mutable part of a route table: thread-safe by its own shard locks.
    std::unique_ptr<RateLimiter> m_limiter;
    QByteArrayList m_limitedPrefixes; // empty = every path
    QByteArray m_limit;               // burst, as the RateLimit-Limit value
    ErrorPages m_errorPages;
    std::vector<std::pair<QByteArray, QByteArray>> m_extraHeaders;
    bool m_serverTiming = false;
};

} // namespace yard::routing
