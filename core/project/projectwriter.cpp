#include "projectwriter.h"

#include "jsontextwriter.h"

#include <QJsonArray>

namespace yard::project {

namespace {
template <typename T>
void addIf(JsonTextNode &node, const QString &key, const std::optional<T> &value) {
    if (value)
        node.add(key, QJsonValue(*value));
}

void addHeaders(JsonTextNode &node, const std::optional<HeaderList> &headers) {
    if (!headers)
        return;
    JsonTextNode object = JsonTextNode::object();
    for (const auto &[name, value] : *headers)
        object.add(name, value);
    node.add(QStringLiteral("headers"), std::move(object));
}

void addIf(JsonTextNode &node, const QString &key, const std::optional<QStringList> &value) {
    if (value)
        node.add(key, QJsonArray::fromStringList(*value));
}

JsonTextNode corsNode(const CorsConfig &cors) {
    JsonTextNode node = JsonTextNode::object();
    if (cors.anyOrigin())
        node.add(QStringLiteral("origins"), QStringLiteral("*"));
    else
        node.add(QStringLiteral("origins"), QJsonArray::fromStringList(cors.origins));
    addIf(node, QStringLiteral("methods"), cors.methods);
    addIf(node, QStringLiteral("headers"), cors.headers);
    addIf(node, QStringLiteral("exposeHeaders"), cors.exposeHeaders);
    addIf(node, QStringLiteral("credentials"), cors.credentials);
    addIf(node, QStringLiteral("maxAge"), cors.maxAge);
    return node;
}

JsonTextNode rateLimitNode(const RateLimitConfig &limit) {
    JsonTextNode node = JsonTextNode::object();
    node.add(QStringLiteral("requestsPerMinute"), limit.requestsPerMinute);
    addIf(node, QStringLiteral("burst"), limit.burst);
    addIf(node, QStringLiteral("paths"), limit.paths);
    return node;
}

JsonTextNode errorPagesNode(const ErrorPageList &pages) {
    JsonTextNode node = JsonTextNode::object();
    for (const auto &[status, path] : pages)
        node.add(QString::number(status), path);
    return node;
}

JsonTextNode routeNode(const RouteConfig &route) {
    JsonTextNode node = JsonTextNode::object();
    addIf(node, QStringLiteral("method"), route.method);
    node.add(QStringLiteral("path"), route.path);
    node.add(QStringLiteral("action"), routeActionName(route.action));
    addIf(node, QStringLiteral("enabled"), route.enabled);
    addIf(node, QStringLiteral("status"), route.status);
    if (route.action != RouteAction::Proxy)
        addHeaders(node, route.headers);
    addIf(node, QStringLiteral("body"), route.body);
    addIf(node, QStringLiteral("bodyFile"), route.bodyFile);
    addIf(node, QStringLiteral("delay"), route.delay);
    addIf(node, QStringLiteral("to"), route.to);
    addIf(node, QStringLiteral("keepQuery"), route.keepQuery);
    addIf(node, QStringLiteral("root"), route.root);
    addIf(node, QStringLiteral("maxAge"), route.maxAge);
    addIf(node, QStringLiteral("immutable"), route.immutable);
    addIf(node, QStringLiteral("listing"), route.listing);
    addIf(node, QStringLiteral("spaFallback"), route.spaFallback);
    addIf(node, QStringLiteral("upstream"), route.upstream);
    addIf(node, QStringLiteral("stripPrefix"), route.stripPrefix);
    addIf(node, QStringLiteral("changeOrigin"), route.changeOrigin);
    addIf(node, QStringLiteral("connectTimeoutMs"), route.connectTimeoutMs);
    addIf(node, QStringLiteral("firstByteTimeoutMs"), route.firstByteTimeoutMs);
    addIf(node, QStringLiteral("idleTimeoutMs"), route.idleTimeoutMs);
    if (route.action == RouteAction::Proxy)
        addHeaders(node, route.headers);
    addIf(node, QStringLiteral("heartbeatMs"), route.heartbeatMs);
    addIf(node, QStringLiteral("bufferSize"), route.bufferSize);
    addIf(node, QStringLiteral("retryMs"), route.retryMs);
    addIf(node, QStringLiteral("publish"), route.publish);
    addIf(node, QStringLiteral("requireSession"), route.requireSession);
    addIf(node, QStringLiteral("rooms"), route.rooms);
    addIf(node, QStringLiteral("maxRooms"), route.maxRooms);
    addIf(node, QStringLiteral("maxMessageBytes"), route.maxMessageBytes);
    addIf(node, QStringLiteral("messagesPerSecond"), route.messagesPerSecond);
    addIf(node, QStringLiteral("historySize"), route.historySize);
    addIf(node, QStringLiteral("pingIntervalMs"), route.pingIntervalMs);
    if (route.cors)
        node.add(QStringLiteral("cors"), corsNode(*route.cors));
    return node;
}

JsonTextNode sessionsNode(const SessionsConfig &sessions) {
    JsonTextNode node = JsonTextNode::object();
    addIf(node, QStringLiteral("enabled"), sessions.enabled);
    addIf(node, QStringLiteral("cookie"), sessions.cookie);
    addIf(node, QStringLiteral("maxAge"), sessions.maxAge);
    addIf(node, QStringLiteral("rolling"), sessions.rolling);
    if (sessions.protect)
        node.add(QStringLiteral("protect"), QJsonArray::fromStringList(*sessions.protect));
    addIf(node, QStringLiteral("loginPath"), sessions.loginPath);
    addIf(node, QStringLiteral("logoutPath"), sessions.logoutPath);
    addIf(node, QStringLiteral("sessionPath"), sessions.sessionPath);
    addIf(node, QStringLiteral("apiPrefix"), sessions.apiPrefix);
    addIf(node, QStringLiteral("apiKeysEnv"), sessions.apiKeysEnv);
    return node;
}

JsonTextNode logNode(const LogConfig &log) {
    JsonTextNode node = JsonTextNode::object();
    addIf(node, QStringLiteral("enabled"), log.enabled);
    addIf(node, QStringLiteral("maxRows"), log.maxRows);
    addIf(node, QStringLiteral("maxAgeDays"), log.maxAgeDays);
    addIf(node, QStringLiteral("messagePreviews"), log.messagePreviews);
    return node;
}

JsonTextNode limitsNode(const LimitsConfig &limits) {
    JsonTextNode node = JsonTextNode::object();
    addIf(node, QStringLiteral("maxBodyBytes"), limits.maxBodyBytes);
    addIf(node, QStringLiteral("maxHeaderBytes"), limits.maxHeaderBytes);
    addIf(node, QStringLiteral("maxConnections"), limits.maxConnections);
    addIf(node, QStringLiteral("headerTimeoutMs"), limits.headerTimeoutMs);
    addIf(node, QStringLiteral("idleTimeoutMs"), limits.idleTimeoutMs);
    return node;
}

JsonTextNode serverNode(const ServerConfig &server) {
    JsonTextNode node = JsonTextNode::object();
    node.add(QStringLiteral("name"), server.name);
    addIf(node, QStringLiteral("host"), server.host);
    node.add(QStringLiteral("port"), server.port);
    addIf(node, QStringLiteral("workers"), server.workers);
    JsonTextNode routes = JsonTextNode::array();
    for (const RouteConfig &route : server.routes)
        routes.append(routeNode(route));
    node.add(QStringLiteral("routes"), std::move(routes));
    if (server.sessions)
        node.add(QStringLiteral("sessions"), sessionsNode(*server.sessions));
    if (server.log)
        node.add(QStringLiteral("log"), logNode(*server.log));
    if (server.limits)
        node.add(QStringLiteral("limits"), limitsNode(*server.limits));
    if (server.cors)
        node.add(QStringLiteral("cors"), corsNode(*server.cors));
    addHeaders(node, server.headers);
    addIf(node, QStringLiteral("serverTiming"), server.serverTiming);
    if (server.rateLimit)
        node.add(QStringLiteral("rateLimit"), rateLimitNode(*server.rateLimit));
    if (server.errorPages)
        node.add(QStringLiteral("errorPages"), errorPagesNode(*server.errorPages));
    return node;
}
} // namespace

QByteArray ProjectWriter::write(const Project &project) {
    JsonTextNode document = JsonTextNode::object();
    document.add(QStringLiteral("version"), project.version);
    JsonTextNode servers = JsonTextNode::array();
    for (const ServerConfig &server : project.servers)
        servers.append(serverNode(server));
    document.add(QStringLiteral("servers"), std::move(servers));
    return document.render();
}

} // namespace yard::project
