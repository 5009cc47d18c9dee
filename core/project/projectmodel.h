#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace yard::project {

// The project file, version 1 (CONTRACT.md), as plain values. Optional fields remember whether
// the file had them, so that a load followed by a save writes back exactly the same keys.

enum class RouteAction { Respond, Redirect, Static, Proxy, WebSocket, Sse, Health };

using HeaderList = QList<std::pair<QString, QString>>;

// Cross-origin resource sharing (the Fetch standard, "CORS protocol"), per server or per route.
struct CorsConfig {
    // Serialized origins ("http://localhost:3000"), or the single entry "*" for any origin: the
    // file writes that one as the string "*", and the reader refuses "*" inside a list, so the
    // two spellings never mix.
    QStringList origins;
    std::optional<QStringList> methods;       // default: GET, HEAD, PUT, PATCH, POST, DELETE
    std::optional<QStringList> headers;       // default: the ones the preflight asks for
    std::optional<QStringList> exposeHeaders; // readable by scripts beyond the safelisted ones
    std::optional<bool> credentials;
    std::optional<int> maxAge; // seconds a browser may cache a preflight answer

    bool anyOrigin() const { return origins.size() == 1 && origins.first() == u"*"; }
    friend bool operator==(const CorsConfig &, const CorsConfig &) = default;
};

struct RouteConfig {
    std::optional<QString> method; // absent or "*" = any method
    QString path;                  // pattern: literal segments, ":name", trailing "*"
    RouteAction action = RouteAction::Respond;
    std::optional<bool> enabled;

    // respond, redirect
    std::optional<int> status;
    // respond, proxy (extra request headers for the upstream)
    std::optional<HeaderList> headers;
    // respond
    std::optional<QString> body;
    std::optional<QString> bodyFile;
    std::optional<int> delay; // milliseconds
    // redirect
    std::optional<QString> to;
    std::optional<bool> keepQuery;
    // static
    std::optional<QString> root;
    std::optional<int> maxAge; // seconds
    std::optional<bool> immutable;
    std::optional<bool> listing;
    std::optional<bool> spaFallback;
    // proxy
    std::optional<QString> upstream;
    std::optional<bool> stripPrefix;
    std::optional<bool> changeOrigin;
    std::optional<int> connectTimeoutMs;   // default 5000
    std::optional<int> firstByteTimeoutMs; // default 60000: the upstream's answer may be slow
    std::optional<int> idleTimeoutMs;      // default 120000: between two reads of a response
    // sse
    std::optional<int> heartbeatMs; // default 15000; 0: no heartbeat comments
    std::optional<int> bufferSize;  // events kept per channel for Last-Event-ID; default 100
    std::optional<int> retryMs;     // sent as "retry:" when a stream opens; absent: not sent
    std::optional<bool> publish;    // POST to the route publishes an event; default false
    // websocket, sse: the upgrade or stream needs a signed-in session (else 401)
    std::optional<bool> requireSession;
    // websocket (defaults in realtime::RoomLimits)
    std::optional<QString> rooms;         // glob of the room names a join may use ("team-*")
    std::optional<int> maxRooms;          // per connection, default 32
    std::optional<int> maxMessageBytes;   // default 65536; beyond it: close 1009
    std::optional<int> messagesPerSecond; // per connection, default 0 = unlimited
    std::optional<int> historySize;       // messages kept per room, default 50
    std::optional<int> pingIntervalMs;    // default 30000
    // any action: replaces the server's CORS settings for this route
    std::optional<CorsConfig> cors;

    bool isEnabled() const { return enabled.value_or(true); }
    friend bool operator==(const RouteConfig &, const RouteConfig &) = default;
};

// Cookie sessions and sign-in (CONTRACT.md, "Sessions and sign-in"). No secret lives here: the
// cookie key and the users are in the data folder, API keys in an environment variable.
struct SessionsConfig {
    std::optional<bool> enabled; // default true when the object is present
    std::optional<QString> cookie;
    std::optional<int> maxAge; // seconds; 0 = the cookie ends with the browser
    std::optional<bool> rolling;
    std::optional<QStringList> protect; // path prefixes or patterns (":name", trailing "*")
    std::optional<QString> loginPath;
    std::optional<QString> logoutPath;
    std::optional<QString> sessionPath;
    std::optional<QString> apiPrefix;  // below it, refusals are 401 JSON, never a redirect
    std::optional<QString> apiKeysEnv; // environment variable: comma-separated bearer keys

    bool isEnabled() const { return enabled.value_or(true); }
    QString cookieOrDefault() const { return cookie.value_or(QStringLiteral("yard.sid")); }
    int maxAgeOrDefault() const { return maxAge.value_or(86400); }
    QString loginPathOrDefault() const { return loginPath.value_or(QStringLiteral("/login")); }
    QString logoutPathOrDefault() const { return logoutPath.value_or(QStringLiteral("/logout")); }
    QString sessionPathOrDefault() const {
        return sessionPath.value_or(QStringLiteral("/session"));
    }
    friend bool operator==(const SessionsConfig &, const SessionsConfig &) = default;
};

struct LogConfig {
    std::optional<bool> enabled;
    std::optional<int> maxRows;
    std::optional<int> maxAgeDays;
    std::optional<bool> messagePreviews; // the first bytes of each message in `events`; true
    friend bool operator==(const LogConfig &, const LogConfig &) = default;
};

// Per-server overrides of the engine's limits; absent = the engine's default.
struct LimitsConfig {
    std::optional<int> maxBodyBytes;
    std::optional<int> maxHeaderBytes;
    std::optional<int> maxConnections;
    std::optional<int> headerTimeoutMs;
    std::optional<int> idleTimeoutMs;
    friend bool operator==(const LimitsConfig &, const LimitsConfig &) = default;
};

// A token bucket per client address (see routing::RateLimiter).
struct RateLimitConfig {
    int requestsPerMinute = 60;
    std::optional<int> burst;         // bucket size; default: requestsPerMinute
    std::optional<QStringList> paths; // path prefixes limited; default: every path

    int burstOrDefault() const { return burst.value_or(requestsPerMinute); }
    friend bool operator==(const RateLimitConfig &, const RateLimitConfig &) = default;
};

// Status (400 to 599) -> file served for it, relative to the project file's folder; in status
// order.
using ErrorPageList = QList<std::pair<int, QString>>;

struct ServerConfig {
    QString name;
    std::optional<QString> host; // default 127.0.0.1: never listen beyond loopback unless told
    int port = 0;                // 0 = any free port
    std::optional<int> workers;  // I/O threads; default: one per core
    QList<RouteConfig> routes;
    std::optional<SessionsConfig> sessions;
    std::optional<LogConfig> log;
    std::optional<LimitsConfig> limits;
    // Cross-cutting rules, applied in the order documented at routing::RouteTable::handle.
    std::optional<CorsConfig> cors;
    std::optional<HeaderList> headers; // added to every response that lacks them
    std::optional<bool> serverTiming;  // Server-Timing: app;dur=<ms> on routed responses
    std::optional<RateLimitConfig> rateLimit;
    std::optional<ErrorPageList> errorPages;

    QString hostOrDefault() const { return host.value_or(QStringLiteral("127.0.0.1")); }
    friend bool operator==(const ServerConfig &, const ServerConfig &) = default;
};

struct Project {
    static constexpr int CurrentVersion = 1;
    int version = CurrentVersion;
    QList<ServerConfig> servers;
    friend bool operator==(const Project &, const Project &) = default;
};

QString routeActionName(RouteAction action);
std::optional<RouteAction> routeActionFromName(QStringView name);

} // namespace yard::project
