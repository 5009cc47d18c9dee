#pragma once

#include "http/httpresponse.h"
#include "project/projectmodel.h"
#include "routeaction.h"
#include "template.h"

#include <functional>
#include <memory>

namespace yard::realtime {
class RoomHub;
}

namespace yard::routing {

class StaticFolder;

// `respond`: a fixed status and headers, a body that may be a template, an optional delay.
class RespondAction final : public RouteAction {
public:
    RespondAction(const project::RouteConfig &route, const QByteArray &body);
    void handle(const http::HttpRequest &request, const PathParams &params,
                http::HttpResponse &response) const override;

private:
    http::HttpResponse m_prepared; // status, headers and (when constant) body
    Template m_body;
    TemplateEscaping m_escaping;
};

// `redirect`: Location from a template, the request's query kept unless told otherwise.
class RedirectAction final : public RouteAction {
public:
    explicit RedirectAction(const project::RouteConfig &route);
    void handle(const http::HttpRequest &request, const PathParams &params,
                http::HttpResponse &response) const override;

private:
    int m_status;
    Template m_target;
    bool m_keepQuery;
};

// `health`: a small JSON document about the server, from a probe the server provides.
class HealthAction final : public RouteAction {
public:
    using Probe = std::function<QByteArray()>;
    explicit HealthAction(Probe probe);
    void handle(const http::HttpRequest &request, const PathParams &params,
                http::HttpResponse &response) const override;

private:
    Probe m_probe;
};

// `static`: a folder mounted under the route's path.
class StaticAction final : public RouteAction {
public:
    StaticAction(const project::RouteConfig &route, const QString &root);
    ~StaticAction() override;
    void handle(const http::HttpRequest &request, const PathParams &params,
                http::HttpResponse &response) const override;

private:
    QByteArray m_prefix; // the mount path without a trailing '/'
    std::unique_ptr<StaticFolder> m_folder;
};

// `websocket`: the chat rooms of CONTRACT.md on a hub shared by the route's connections.
class WebSocketAction final : public RouteAction {
public:
    explicit WebSocketAction(std::shared_ptr<realtime::RoomHub> hub);
    void handle(const http::HttpRequest &request, const PathParams &params,
                http::HttpResponse &response) const override;

private:
    std::shared_ptr<realtime::RoomHub> m_hub;
};

} // namespace yard::routing
