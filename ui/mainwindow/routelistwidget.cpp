#include "routelistwidget.h"

#include <QHeaderView>

namespace yard::ui {

using project::RouteAction;
using project::RouteConfig;

RouteListWidget::RouteListWidget(QWidget *parent)
    : QTreeWidget(parent) {
    setObjectName(QStringLiteral("routeList"));
    setAccessibleName(tr("Routes"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setHeaderLabels({tr("Method"), tr("Path"), tr("Action"), tr("Summary")});
    header()->setStretchLastSection(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the summary column elides instead
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
}

void RouteListWidget::setRoutes(const QList<RouteConfig> &routes) {
    clear();
    for (const RouteConfig &route : routes) {
        const QString method = route.method.value_or(QStringLiteral("*"));
        auto *item = new QTreeWidgetItem(
            this, {method, route.path, project::routeActionName(route.action), summary(route)});
        if (!route.isEnabled()) {
            for (int column = 0; column < columnCount(); ++column)
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    for (int column = 0; column < columnCount() - 1; ++column)
        resizeColumnToContents(column);
}

QString RouteListWidget::summary(const RouteConfig &route) {
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
