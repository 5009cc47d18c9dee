#pragma once

#include "project/projectmodel.h"

#include <QTreeWidget>

namespace yard::ui {

// The selected server's routes, in priority order, each row read like the route:
// method, path, action and a one-line summary. GUI thread only.
class RouteListWidget final : public QTreeWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouteListWidget)

public:
    explicit RouteListWidget(QWidget *parent = nullptr);

    void setRoutes(const QList<project::RouteConfig> &routes);

    static QString summary(const project::RouteConfig &route);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QList<project::RouteConfig> m_routes; // what the rows show, to word their summaries again
};

} // namespace yard::ui
