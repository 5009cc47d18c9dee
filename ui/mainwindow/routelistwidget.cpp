#include "routelistwidget.h"

#include <QEvent>
#include <QHeaderView>

namespace yard::ui {

using project::RouteAction;
using project::RouteConfig;

RouteListWidget::RouteListWidget(QWidget *parent)
    : QTreeWidget(parent) {
    setObjectName(QStringLiteral("routeList"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setColumnCount(4);
    header()->setStretchLastSection(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the summary column elides instead
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    retranslateUi();
}

void RouteListWidget::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTreeWidget::changeEvent(event);
}

void RouteListWidget::retranslateUi() {
    setAccessibleName(tr("Routes"));
    setHeaderLabels({tr("Method"), tr("Path"), tr("Action"), tr("Summary")});
    for (int row = 0; row < topLevelItemCount() && row < m_routes.size(); ++row)
        topLevelItem(row)->setText(3, summary(m_routes[row]));
}

void RouteListWidget::setRoutes(const QList<RouteConfig> &routes) {
    clear();
    m_routes = routes;
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
