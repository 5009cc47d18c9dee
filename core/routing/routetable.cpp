#include "routetable.h"

#include "http/httprequest.h"

namespace yard::routing {

namespace {
const QByteArray s_contentType = QByteArrayLiteral("Content-Type");
const QByteArray s_textPlain = QByteArrayLiteral("text/plain; charset=utf-8");
const QByteArray s_json = QByteArrayLiteral("application/json");

bool methodMatches(QByteArrayView routeMethod, QByteArrayView method) {
    // RFC 9110 §9.3.2: a GET resource answers HEAD too.
    return routeMethod.isEmpty() || routeMethod == method ||
           (method == "HEAD" && routeMethod == "GET");
}
} // namespace

RouteTable::RouteTable(const project::ServerConfig &server, HealthProbe health)
    : m_health(std::move(health)) {
    for (const project::RouteConfig &route : server.routes) {
        if (route.isEnabled())
            m_routes.push_back(compile(route));
    }
}

RouteTable::Route RouteTable::compile(const project::RouteConfig &config) {
    Route route;
    if (config.method && *config.method != u"*")
        route.method = config.method->toLatin1();
    route.action = config.action;
    const QByteArray path = config.path.toUtf8();
    route.trailingSlash = path.size() > 1 && path.endsWith('/');
    for (const QByteArray &part : path.mid(1).split('/')) {
        if (part.isEmpty())
            continue;
        if (part == "*")
            route.segments.push_back({Segment::Kind::Rest, {}});
        else if (part.startsWith(':'))
            route.segments.push_back({Segment::Kind::Capture, part.mid(1)});
        else
            route.segments.push_back({Segment::Kind::Literal, part});
    }
    // Static and proxy routes mount a prefix: "/static" also matches "/static/a.txt".
    const bool mount = config.action == project::RouteAction::Static ||
                       config.action == project::RouteAction::Proxy ||
                       config.action == project::RouteAction::Sse;
    if (mount && (route.segments.empty() || route.segments.back().kind != Segment::Kind::Rest))
        route.segments.push_back({Segment::Kind::Rest, {}});

    http::HttpResponse &response = route.response;
    switch (config.action) {
    case project::RouteAction::Respond: {
        response.status = config.status.value_or(200);
        for (const auto &[name, value] : config.headers.value_or(project::HeaderList()))
            response.addHeader(name.toLatin1(), value.toUtf8());
        response.body = config.body.value_or(QString()).toUtf8();
        if (config.bodyFile || response.body.contains("{{") || config.delay.value_or(0) > 0)
            notImplemented(response, "templates, body files and delays");
        break;
    }
    case project::RouteAction::Redirect: {
        response.status = config.status.value_or(302);
        const QByteArray to = config.to.value_or(QString()).toUtf8();
        if (to.contains("{{"))
            notImplemented(response, "templated redirect targets");
        else
            response.addHeader(QByteArrayLiteral("Location"), to);
        break;
    }
    case project::RouteAction::Health:
        break;
    case project::RouteAction::Static:
    case project::RouteAction::Proxy:
    case project::RouteAction::WebSocket:
    case project::RouteAction::Sse:
        notImplemented(response, project::routeActionName(config.action).toUtf8() + " routes");
        break;
    }
    return route;
}

void RouteTable::notImplemented(http::HttpResponse &response, const QByteArray &what) {
    response.reset();
    response.status = 501;
    response.addHeader(s_contentType, s_textPlain);
    response.body = "Yardmaster: " + what + " are not served by this build yet.\n";
}

bool RouteTable::pathMatches(const Route &route, QByteArrayView path) {
    qsizetype pos = 1; // after the leading '/'
    for (const Segment &segment : route.segments) {
        if (segment.kind == Segment::Kind::Rest)
            return true;
        if (pos > path.size())
            return false;
        qsizetype end = path.indexOf('/', pos);
        if (end < 0)
            end = path.size();
        const QByteArrayView part = path.sliced(pos, end - pos);
        if (part.isEmpty())
            return false;
        if (segment.kind == Segment::Kind::Literal && part != segment.literal)
            return false;
        pos = end + 1;
    }
    // Every segment matched: the path must end here (an optional trailing '/' as in the route).
    if (route.trailingSlash)
        return pos == path.size();
    return pos >= path.size();
}

void RouteTable::handle(const http::HttpRequest &request, http::HttpResponse &response) const {
    const QByteArrayView path = request.path();
    bool pathMatched = false;
    for (const Route &route : m_routes) {
        if (!pathMatches(route, path))
            continue;
        if (!methodMatches(route.method, request.method())) {
            pathMatched = true;
            continue;
        }
        if (route.action == project::RouteAction::Health) {
            response.status = 200;
            response.addHeader(s_contentType, s_json);
            response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
            response.body = m_health();
            return;
        }
        response = route.response; // shares the prepared headers and body
        return;
    }
    // RFC 9110 §15.5.6: the path exists, the method does not.
    response.status = pathMatched ? 405 : 404;
    response.addHeader(s_contentType, s_textPlain);
    response.body =
        pathMatched ? QByteArrayLiteral("Method Not Allowed\n") : QByteArrayLiteral("Not Found\n");
}

} // namespace yard::routing
