#include "actions.h"

#include "http/httprequest.h"
#include "realtime/websocketroute.h"
#include "requestvalues.h"
#include "staticfolder.h"

namespace yard::routing {

namespace {
const QByteArray s_contentType = QByteArrayLiteral("Content-Type");

// A body without a declared type: JSON if it looks like JSON, else plain UTF-8 text.
QByteArray defaultContentType(const QByteArray &body) {
    const QByteArray start = body.trimmed().left(1);
    return start == "{" || start == "[" ? QByteArrayLiteral("application/json")
                                        : QByteArrayLiteral("text/plain; charset=utf-8");
}
} // namespace

RespondAction::RespondAction(const project::RouteConfig &route, const QByteArray &body)
    : m_body(Template::compile(body)) {
    m_prepared.status = route.status.value_or(200);
    QByteArray contentType;
    for (const auto &[name, value] : route.headers.value_or(project::HeaderList())) {
        m_prepared.addHeader(name.toLatin1(), value.toUtf8());
        if (name.compare(u"content-type", Qt::CaseInsensitive) == 0)
            contentType = value.toUtf8();
    }
    if (contentType.isEmpty() && !body.isEmpty()) {
        contentType = defaultContentType(body);
        m_prepared.addHeader(s_contentType, contentType);
    }
    m_escaping = escapingForContentType(contentType);
    if (m_body.isConstant())
        m_prepared.body = body;
    m_prepared.delayMs = route.delay.value_or(0);
}

void RespondAction::handle(const http::HttpRequest &request, const PathParams &params,
                           http::HttpResponse &response) const {
    response = m_prepared; // shares the prepared headers and body: no copy of their bytes
    if (!m_body.isConstant()) {
        const RequestValues values(request, params);
        m_body.render(values, m_escaping, response.body);
    }
}

RedirectAction::RedirectAction(const project::RouteConfig &route)
    : m_status(route.status.value_or(302))
    , m_target(Template::compile(route.to.value_or(QStringLiteral("/")).toUtf8()))
    , m_keepQuery(route.keepQuery.value_or(true)) {}

void RedirectAction::handle(const http::HttpRequest &request, const PathParams &params,
                            http::HttpResponse &response) const {
    QByteArray location;
    const RequestValues values(request, params);
    m_target.render(values, TemplateEscaping::UrlComponent, location);
    const QByteArrayView query = request.query();
    if (m_keepQuery && !query.isEmpty()) {
        location += location.contains('?') ? '&' : '?';
        location += query;
    }
    response.status = m_status;
    response.addHeader(QByteArrayLiteral("Location"), location);
}

HealthAction::HealthAction(Probe probe)
    : m_probe(std::move(probe)) {}

void HealthAction::handle(const http::HttpRequest &, const PathParams &,
                          http::HttpResponse &response) const {
    response.status = 200;
    response.addHeader(s_contentType, QByteArrayLiteral("application/json"));
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.body = m_probe();
}

StaticAction::StaticAction(const project::RouteConfig &route, const QString &root) {
    m_prefix = route.path.toUtf8();
    if (m_prefix.endsWith("/*"))
        m_prefix.chop(2);
    if (m_prefix.endsWith('/'))
        m_prefix.chop(1);
    StaticOptions options;
    options.root = root;
    options.maxAge = route.maxAge.value_or(0);
    options.immutable = route.immutable.value_or(false);
    options.listing = route.listing.value_or(false);
    options.spaFallback = route.spaFallback.value_or(false);
    m_folder = std::make_unique<StaticFolder>(options);
}

StaticAction::~StaticAction() = default;

void StaticAction::handle(const http::HttpRequest &request, const PathParams &,
                          http::HttpResponse &response) const {
    // The route matched, so the path starts with the prefix (literal segments only).
    const QByteArrayView path = request.path();
    m_folder->serve(request, m_prefix, path.sliced(qMin(m_prefix.size(), path.size())), response);
}

WebSocketAction::WebSocketAction(std::shared_ptr<realtime::RoomHub> hub)
    : m_hub(std::move(hub)) {}

void WebSocketAction::handle(const http::HttpRequest &request, const PathParams &,
                             http::HttpResponse &response) const {
    realtime::handleWebSocketRoute(*m_hub, request, response);
}

} // namespace yard::routing
