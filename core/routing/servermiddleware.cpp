#include "servermiddleware.h"

#include "http/httpresponse.h"

#include <QDir>

namespace yard::routing {

namespace {
bool hasField(const http::HttpResponse &response, const QByteArray &name) {
    for (const auto &field : response.headers) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// "/api" limits "/api" and "/api/…", not "/apiary": prefixes end at a segment boundary, as
// Express mounts middleware.
bool underPrefix(QByteArrayView path, const QByteArray &prefix) {
    if (!path.startsWith(prefix))
        return false;
    return path.size() == prefix.size() || prefix.endsWith('/') || path[prefix.size()] == '/';
}
} // namespace

bool ServerMiddleware::isConfigured(const project::ServerConfig &server) {
    const bool routeCors = std::any_of(server.routes.cbegin(), server.routes.cend(),
                                       [](const project::RouteConfig &r) { return bool(r.cors); });
    return routeCors || server.cors || (server.headers && !server.headers->isEmpty()) ||
           server.serverTiming.value_or(false) || server.rateLimit ||
           (server.errorPages && !server.errorPages->isEmpty());
}

std::unique_ptr<ServerMiddleware> ServerMiddleware::build(const project::ServerConfig &server,
                                                          const QDir &base, QString *error,
                                                          RateLimiter::Clock clock) {
    std::unique_ptr<ServerMiddleware> middleware(new ServerMiddleware);
    if (server.cors)
        middleware->m_cors = std::make_unique<CorsPolicy>(*server.cors);
    if (server.rateLimit) {
        const project::RateLimitConfig &limit = *server.rateLimit;
        middleware->m_limiter = std::make_unique<RateLimiter>(
            limit.requestsPerMinute, limit.burstOrDefault(), std::move(clock));
        middleware->m_limit = QByteArray::number(limit.burstOrDefault());
        for (const QString &prefix : limit.paths.value_or(QStringList()))
            middleware->m_limitedPrefixes.append(prefix.toUtf8());
    }
    if (server.errorPages && !middleware->m_errorPages.load(*server.errorPages, base, error))
        return nullptr;
    for (const auto &[name, value] : server.headers.value_or(project::HeaderList()))
        middleware->m_extraHeaders.emplace_back(name.toLatin1(), value.toUtf8());
    middleware->m_serverTiming = server.serverTiming.value_or(false);
    return middleware;
}

ServerMiddleware::~ServerMiddleware() = default;

bool ServerMiddleware::isLimited(QByteArrayView path) const {
    if (!m_limiter)
        return false;
    if (m_limitedPrefixes.isEmpty())
        return true;
    return std::any_of(m_limitedPrefixes.cbegin(), m_limitedPrefixes.cend(),
                       [path](const QByteArray &prefix) { return underPrefix(path, prefix); });
}

std::optional<RateLimiter::Decision> ServerMiddleware::admit(QByteArrayView path,
                                                             QByteArrayView client) const {
    if (!isLimited(path))
        return std::nullopt;
    return m_limiter->take(client);
}

void ServerMiddleware::refuse(const RateLimiter::Decision &decision,
                              http::HttpResponse &response) const {
    response.status = 429;
    response.addHeader(QByteArrayLiteral("Retry-After"),
                       QByteArray::number(decision.retryAfterSeconds));
    response.addHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    response.body = "{\"error\":\"Too Many Requests\",\"retryAfter\":" +
                    QByteArray::number(decision.retryAfterSeconds) + '}';
}

void ServerMiddleware::addRateLimitFields(const RateLimiter::Decision &decision,
                                          http::HttpResponse &response) const {
    response.addHeader(QByteArrayLiteral("RateLimit-Limit"), m_limit);
    response.addHeader(QByteArrayLiteral("RateLimit-Remaining"),
                       QByteArray::number(decision.remaining));
}

void ServerMiddleware::addExtraHeaders(http::HttpResponse &response) const {
    for (const auto &[name, value] : m_extraHeaders) {
        if (!hasField(response, name))
            response.addHeader(name, value); // shares the prepared bytes
    }
}

} // namespace yard::routing
