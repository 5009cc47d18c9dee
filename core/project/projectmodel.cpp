#include "projectmodel.h"

#include <array>

namespace yard::project {

namespace {
struct ActionName {
    RouteAction action;
    const char16_t *name;
};
constexpr std::array<ActionName, 7> s_actionNames = {{
    {RouteAction::Respond, u"respond"},
    {RouteAction::Redirect, u"redirect"},
    {RouteAction::Static, u"static"},
    {RouteAction::Proxy, u"proxy"},
    {RouteAction::WebSocket, u"websocket"},
    {RouteAction::Sse, u"sse"},
    {RouteAction::Health, u"health"},
}};
} // namespace

QString routeActionName(RouteAction action) {
    for (const ActionName &entry : s_actionNames) {
        if (entry.action == action)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

std::optional<RouteAction> routeActionFromName(QStringView name) {
    for (const ActionName &entry : s_actionNames) {
        if (name == QStringView(entry.name))
            return entry.action;
    }
    return std::nullopt;
}

} // namespace yard::project
