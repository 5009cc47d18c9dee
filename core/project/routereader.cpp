#include "routereader.h"

#include "httpnames.h"
#include "jsonobjectreader.h"
#include "middlewarereader.h"
#include "pathpattern.h"
#include "templatesyntax.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QUrl>

namespace yard::project {

namespace {
// A room name is at most 128 characters (realtime::RoomLimits), so is a pattern for them.
constexpr int MaxRoomPatternLength = 128;
} // namespace

RouteReader::RouteReader(QString baseDir, ProjectErrors &errors)
    : m_baseDir(std::move(baseDir))
    , m_errors(errors) {}

std::optional<RouteConfig> RouteReader::read(const QJsonValue &value, const QString &pointer) {
    if (!value.isObject()) {
        m_errors.append({pointer, tr("a route must be an object {\"path\": …, \"action\": …}")});
        return std::nullopt;
    }
    const qsizetype errorsBefore = m_errors.size();
    JsonObjectReader in(value.toObject(), pointer, m_errors);
    RouteConfig route;
    readMethod(in, route);
    route.cors = MiddlewareReader(m_baseDir, m_errors).readCors(in); // any action may have it
    route.path = in.string(QStringLiteral("path"), JsonObjectReader::Need::Required)
                     .value_or(QStringLiteral("/"));
    const QString problem = pathPatternProblem(route.path);
    if (in.has(QStringLiteral("path")) && !problem.isEmpty())
        in.error(QStringLiteral("path"), problem);
    route.enabled = in.boolean(QStringLiteral("enabled"));

    const auto actionName = in.string(QStringLiteral("action"), JsonObjectReader::Need::Required);
    const auto action = actionName ? routeActionFromName(*actionName) : std::nullopt;
    if (actionName && !action) {
        in.error(QStringLiteral("action"),
                 tr("\"%1\" is not an action (use respond, redirect, static, proxy, websocket, "
                    "sse or health)")
                     .arg(*actionName));
    }
    if (!action)
        return std::nullopt; // without an action the other keys cannot be judged
    route.action = *action;
    switch (route.action) {
    case RouteAction::Respond:
        readRespond(in, route);
        break;
    case RouteAction::Redirect:
        readRedirect(in, route);
        break;
    case RouteAction::Static:
        readStatic(in, route);
        break;
    case RouteAction::Proxy:
        readProxy(in, route);
        break;
    case RouteAction::WebSocket:
        readWebSocket(in, route);
        break;
    case RouteAction::Sse:
        readSse(in, route);
        break;
    case RouteAction::Health:
        break;
    }
    if ((route.action == RouteAction::Static || route.action == RouteAction::Proxy ||
         route.action == RouteAction::Sse) &&
        problem.isEmpty() && !isPrefixPattern(route.path)) {
        in.error(QStringLiteral("path"), tr("a %1 route mounts a prefix; remove the \":\" "
                                            "capture (\"/assets\" or \"/assets/*\")")
                                             .arg(routeActionName(route.action)));
    }
    in.rejectUnknownKeys(tr("a %1 route").arg(routeActionName(route.action)));
    if (m_errors.size() != errorsBefore)
        return std::nullopt;
    return route;
}

void RouteReader::readMethod(JsonObjectReader &in, RouteConfig &route) {
    route.method = in.string(QStringLiteral("method"));
    if (!route.method || *route.method == u"*")
        return;
    if (!isHttpToken(*route.method)) {
        in.error(QStringLiteral("method"),
                 tr("\"%1\" is not an HTTP method (use GET, POST, … or \"*\" for any)")
                     .arg(*route.method));
    } else if (*route.method != route.method->toUpper()) {
        in.error(QStringLiteral("method"),
                 tr("methods are case-sensitive; write \"%1\"").arg(route.method->toUpper()));
    }
}

void RouteReader::readRespond(JsonObjectReader &in, RouteConfig &route) {
    route.status = in.integer(QStringLiteral("status"), 200, 599, tr("200 to 599"));
    route.headers = readHeaders(in, false);
    route.body = in.string(QStringLiteral("body"));
    if (route.body) {
        const QString problem = templateProblem(*route.body, pathCaptureNames(route.path));
        if (!problem.isEmpty())
            in.error(QStringLiteral("body"), problem);
    }
    route.bodyFile = in.string(QStringLiteral("bodyFile"));
    route.delay = in.integer(QStringLiteral("delay"), 0, 60000, tr("0 to 60000 milliseconds"));
    if (route.body && route.bodyFile) {
        in.error(QStringLiteral("bodyFile"), tr("a route has \"body\" or \"bodyFile\", not both; "
                                                "remove one"));
    }
    if (route.bodyFile)
        checkFile(in, QStringLiteral("bodyFile"), *route.bodyFile, false);
    const int status = route.status.value_or(200);
    if ((status == 204 || status == 304) && (route.body || route.bodyFile)) {
        in.error(QStringLiteral("body"),
                 tr("a %1 response has no body; remove the body or use 200").arg(status));
    }
}

void RouteReader::readRedirect(JsonObjectReader &in, RouteConfig &route) {
    route.to = in.string(QStringLiteral("to"), JsonObjectReader::Need::Required);
    route.keepQuery = in.boolean(QStringLiteral("keepQuery"));
    if (route.to) {
        const QString problem = templateProblem(*route.to, pathCaptureNames(route.path));
        const QUrl url(*route.to);
        const bool absolute = url.scheme() == u"http" || url.scheme() == u"https";
        if (!problem.isEmpty()) {
            in.error(QStringLiteral("to"), problem);
        } else if (!route.to->startsWith(u'/') && !absolute) {
            in.error(QStringLiteral("to"), tr("\"%1\" is not a redirect target (use a path such "
                                              "as \"/new-page\" or an http(s):// URL)")
                                               .arg(*route.to));
        }
    }
    if (in.has(QStringLiteral("status"))) {
        const auto status = in.integer(QStringLiteral("status"), 100, 599, tr("301 to 308"));
        if (status && !QList<int>{301, 302, 303, 307, 308}.contains(*status)) {
            in.error(QStringLiteral("status"), tr("%1 is not a redirect status (use 301, 302, "
                                                  "303, 307 or 308)")
                                                   .arg(*status));
        }
        route.status = status;
    }
}

void RouteReader::readStatic(JsonObjectReader &in, RouteConfig &route) {
    route.root = in.string(QStringLiteral("root"), JsonObjectReader::Need::Required);
    route.maxAge =
        in.integer(QStringLiteral("maxAge"), 0, 315360000, tr("0 to 315360000 seconds, ten years"));
    route.immutable = in.boolean(QStringLiteral("immutable"));
    route.listing = in.boolean(QStringLiteral("listing"));
    route.spaFallback = in.boolean(QStringLiteral("spaFallback"));
    if (route.root)
        checkFile(in, QStringLiteral("root"), *route.root, true);
}

void RouteReader::readSse(JsonObjectReader &in, RouteConfig &route) {
    route.requireSession = in.boolean(QStringLiteral("requireSession"));
    route.heartbeatMs = in.integer(QStringLiteral("heartbeatMs"), 0, 3'600'000,
                                   tr("0 (none) to 3600000 milliseconds"));
    route.bufferSize =
        in.integer(QStringLiteral("bufferSize"), 0, 100'000, tr("0 to 100000 events"));
    route.retryMs =
        in.integer(QStringLiteral("retryMs"), 1, 3'600'000, tr("1 to 3600000 milliseconds"));
    route.publish = in.boolean(QStringLiteral("publish"));
}

void RouteReader::readProxy(JsonObjectReader &in, RouteConfig &route) {
    route.upstream = in.string(QStringLiteral("upstream"), JsonObjectReader::Need::Required);
    route.stripPrefix = in.boolean(QStringLiteral("stripPrefix"));
    route.changeOrigin = in.boolean(QStringLiteral("changeOrigin"));
    const QString timeoutRange = tr("100 to 3600000 milliseconds");
    route.connectTimeoutMs =
        in.integer(QStringLiteral("connectTimeoutMs"), 100, 3'600'000, timeoutRange);
    route.firstByteTimeoutMs =
        in.integer(QStringLiteral("firstByteTimeoutMs"), 100, 3'600'000, timeoutRange);
    route.idleTimeoutMs = in.integer(QStringLiteral("idleTimeoutMs"), 100, 3'600'000, timeoutRange);
    route.headers = readHeaders(in, true);
    if (!route.upstream)
        return;
    const QUrl url(*route.upstream, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"http" || url.host().isEmpty() || url.hasQuery() ||
        url.hasFragment()) {
        in.error(QStringLiteral("upstream"),
                 tr("\"%1\" is not an upstream URL (use http://HOST:PORT with an optional path, "
                    "such as \"http://127.0.0.1:3000\")")
                     .arg(*route.upstream));
    }
}

// The ranges keep a route usable: a join command must fit in a message, a ping is never sent
// more than once a second, and history is bounded so that a join's reply stays a few MiB at most.
void RouteReader::readWebSocket(JsonObjectReader &in, RouteConfig &route) {
    route.requireSession = in.boolean(QStringLiteral("requireSession"));
    route.rooms = in.string(QStringLiteral("rooms"));
    if (route.rooms && (route.rooms->isEmpty() || route.rooms->size() > MaxRoomPatternLength)) {
        in.error(QStringLiteral("rooms"),
                 tr("a room pattern has 1 to %1 characters: names and the wildcards * (any "
                    "run of characters) and ? (one character), such as \"team-*\"")
                     .arg(MaxRoomPatternLength));
    }
    route.maxRooms = in.integer(QStringLiteral("maxRooms"), 1, 10'000, tr("1 to 10000 rooms"));
    route.maxMessageBytes = in.integer(QStringLiteral("maxMessageBytes"), 128, 16 * 1024 * 1024,
                                       tr("128 to 16777216 bytes"));
    route.messagesPerSecond = in.integer(QStringLiteral("messagesPerSecond"), 0, 100'000,
                                         tr("0 to 100000; 0 = unlimited"));
    route.historySize =
        in.integer(QStringLiteral("historySize"), 0, 10'000, tr("0 to 10000 messages"));
    route.pingIntervalMs = in.integer(QStringLiteral("pingIntervalMs"), 1000, 3'600'000,
                                      tr("1000 to 3600000 milliseconds"));
}

std::optional<HeaderList> RouteReader::readHeaders(JsonObjectReader &in, bool forUpstream) {
    const auto object = in.object(QStringLiteral("headers"));
    if (!object)
        return std::nullopt;
    HeaderList headers;
    const QString base = in.pointerTo(QStringLiteral("headers"));
    for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
        const QString where = base + u'/' + jsonPointerToken(it.key());
        if (!isHttpToken(it.key())) {
            m_errors.append({where, tr("\"%1\" is not a header name (letters, digits and "
                                       "!#$%&'*+-.^_`|~ only)")
                                        .arg(it.key())});
        } else if (!forUpstream && isComputedResponseHeader(it.key())) {
            m_errors.append({where, tr("%1 is set by Yardmaster itself; remove it").arg(it.key())});
        }
        if (!it.value().isString()) {
            m_errors.append({where, tr("a header value must be a string")});
            continue;
        }
        const QString value = it.value().toString();
        if (value.contains(u'\r') || value.contains(u'\n') || value.contains(QChar(0)))
            m_errors.append({where, tr("a header value must be on one line")});
        headers.append({it.key(), value});
    }
    return headers;
}

void RouteReader::checkFile(JsonObjectReader &in, const QString &key, const QString &path,
                            bool folder) {
    if (m_baseDir.isEmpty())
        return;
    const QFileInfo info(QDir(m_baseDir), path);
    if (!info.exists()) {
        in.error(key, tr("\"%1\" does not exist (relative paths start at the project file's "
                         "folder, %2)")
                          .arg(path, QDir::toNativeSeparators(m_baseDir)));
    } else if (folder && !info.isDir()) {
        in.error(key, tr("\"%1\" is a file; a static root must be a folder").arg(path));
    } else if (!folder && !info.isFile()) {
        in.error(key, tr("\"%1\" is a folder; give the path of a file").arg(path));
    }
}

} // namespace yard::project
