#pragma once

#include "realtime/ssesettings.h"
#include "routeaction.h"

#include <QByteArray>
#include <memory>

namespace yard::project {
struct RouteConfig;
}
namespace yard::realtime {
class SseHub;
}

namespace yard::routing {

// `sse`: Server-Sent Events on the channels below the route's path ("/events/news" reads channel
// "news"; the route's own path reads channel ""). GET opens a stream, resuming after a
// Last-Event-ID header (or a `lastEventId` query value, which EventSource polyfills send); with
// `publish` on, POST sends its body as one event (name from the `event` query value) to the
// channel's readers.
class SseAction final : public RouteAction {
public:
    SseAction(const project::RouteConfig &route, std::shared_ptr<realtime::SseHub> hub);
    static realtime::SseSettings settingsFor(const project::RouteConfig &route);
    void handle(const http::HttpRequest &request, const PathParams &params,
                http::HttpResponse &response) const override;

private:
    void publish(const http::HttpRequest &request, const QString &channel, const PathParams &params,
                 http::HttpResponse &response) const;

    std::shared_ptr<realtime::SseHub> m_hub;
    QByteArray m_prefix; // the mount path without a trailing '/'
    bool m_publish = false;
};

} // namespace yard::routing
