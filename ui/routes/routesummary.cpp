#include "routesummary.h"

namespace yard::ui {

using project::RouteAction;

QString RouteSummary::text(const project::RouteConfig &route) {
    switch (route.action) {
    case RouteAction::Respond:
        return tr("%1 %2")
            .arg(route.status.value_or(200))
            .arg(route.bodyFile ? tr("file %1").arg(*route.bodyFile)
                                : route.body.value_or(QString()).left(60).simplified());
    case RouteAction::Redirect:
        return tr("→ %1 (%2)").arg(route.to.value_or(QString())).arg(route.status.value_or(302));
    case RouteAction::Static:
        return tr("folder %1").arg(route.root.value_or(QString()));
    case RouteAction::Proxy:
        return tr("→ %1").arg(route.upstream.value_or(QString()));
    case RouteAction::WebSocket:
        return tr("chat rooms");
    case RouteAction::Sse:
        return tr("server-sent events");
    case RouteAction::Health:
        return tr("health check (JSON)");
    }
    return {};
}

} // namespace yard::ui
