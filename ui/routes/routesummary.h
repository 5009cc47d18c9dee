#pragma once

#include "project/projectmodel.h"

#include <QCoreApplication>

namespace yard::ui {

// One line that reads like the route: "→ /new-page (301)", "200 {"message":"hello"}".
class RouteSummary final {
    Q_DECLARE_TR_FUNCTIONS(RouteSummary)

public:
    static QString text(const project::RouteConfig &route);
};

} // namespace yard::ui
