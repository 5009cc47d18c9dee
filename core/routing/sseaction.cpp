#include "sseaction.h"

#include "http/httprequest.h"
#include "http/httpresponse.h"
#include "project/projectmodel.h"
#include "realtime/sseformat.h"
#include "realtime/ssehub.h"
#include "realtime/ssestream.h"
#include "requestvalues.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace yard::routing {

namespace {
const QByteArray s_contentType = QByteArrayLiteral("Content-Type");
const QByteArray s_plainText = QByteArrayLiteral("text/plain; charset=utf-8");

void refuse(http::HttpResponse &response, int status, const QByteArray &message) {
    response.status = status;
    response.addHeader(s_contentType, s_plainText);
    response.body = message + '\n';
}
} // namespace

SseAction::SseAction(const project::RouteConfig &route, std::shared_ptr<realtime::SseHub> hub)
    : m_hub(std::move(hub))
    , m_prefix(route.path.toUtf8())
    , m_publish(route.publish.value_or(false)) {
    if (m_prefix.endsWith("/*"))
        m_prefix.chop(2);
    if (m_prefix.endsWith('/'))
        m_prefix.chop(1);
}

realtime::SseSettings SseAction::settingsFor(const project::RouteConfig &route) {
    realtime::SseSettings settings;
    settings.heartbeatMs = route.heartbeatMs.value_or(settings.heartbeatMs);
    settings.bufferSize = route.bufferSize.value_or(settings.bufferSize);
    settings.retryMs = route.retryMs.value_or(0);
    return settings;
}

void SseAction::handle(const http::HttpRequest &request, const PathParams &params,
                       http::HttpResponse &response) const {
    // The route matched, so the path starts with the prefix (literal segments only).
    QByteArrayView rest = request.path().sliced(qMin(m_prefix.size(), request.path().size()));
    if (rest.startsWith('/'))
        rest = rest.sliced(1);
    const QByteArray decoded = QByteArray::fromPercentEncoding(rest.toByteArray());
    const qsizetype maxChannel = m_hub->settings().maxChannelBytes;
    if (decoded.size() > maxChannel || !QByteArrayView(decoded).isValidUtf8()) {
        refuse(response, 400,
               "The channel name must be UTF-8 text of at most " + QByteArray::number(maxChannel) +
                   " bytes.");
        return;
    }
    const QString channel = QString::fromUtf8(decoded);
    const QByteArrayView method = request.method();
    if (method == "POST" && m_publish) {
        publish(request, channel, params, response);
        return;
    }
    if (method != "GET" && method != "HEAD") {
        response.addHeader("Allow", m_publish ? "GET, HEAD, POST" : "GET, HEAD");
        refuse(response, 405,
               m_publish ? "An event stream is read with GET and published to with POST."
                         : "An event stream is read with GET.");
        return;
    }
    std::optional<quint64> lastEventId;
    if (const QByteArrayView header = request.header("last-event-id"); !header.isEmpty()) {
        lastEventId = realtime::SseFormat::parseEventId(header);
    } else if (!request.query().isEmpty()) {
        const RequestValues values(request, params);
        lastEventId = realtime::SseFormat::parseEventId(values.query("lastEventId"));
    }
    response.exchange =
        std::make_shared<realtime::SseStream>(m_hub, channel, lastEventId, method == "HEAD");
}

void SseAction::publish(const http::HttpRequest &request, const QString &channel,
                        const PathParams &params, http::HttpResponse &response) const {
    const RequestValues values(request, params);
    const QByteArrayView event = values.query("event");
    if (!realtime::SseFormat::isEventName(event)) {
        refuse(response, 400, "The event name must be text of at most 64 bytes, on one line.");
        return;
    }
    if (!QByteArrayView(request.body()).isValidUtf8()) {
        refuse(response, 400, "An event's data must be UTF-8 text.");
        return;
    }
    const realtime::SseHub::Published published = m_hub->publish(channel, event, request.body());
    if (!published.accepted) {
        response.addHeader("Retry-After", "5");
        refuse(response, 503, "Too many event channels are open on this route.");
        return;
    }
    response.addHeader(s_contentType, QByteArrayLiteral("application/json"));
    response.body = QJsonDocument(QJsonObject{{QStringLiteral("id"), qint64(published.id)},
                                              {QStringLiteral("readers"), published.readers}})
                        .toJson(QJsonDocument::Compact);
}

} // namespace yard::routing
