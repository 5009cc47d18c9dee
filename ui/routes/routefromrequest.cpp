#include "routefromrequest.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace yard::ui {

namespace {
bool looksLikeId(const QString &segment) {
    static const QRegularExpression id(QStringLiteral(
        "^(\\d+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|"
        "[0-9a-fA-F]{24,})$"));
    return id.match(segment).hasMatch();
}
} // namespace

project::RouteConfig RouteFromRequest::build(const QString &method, const QString &target,
                                             int status) {
    QString path = target.section(u'?', 0, 0);
    if (!path.startsWith(u'/'))
        path = QUrl(target).path(); // an absolute-form target
    if (path.isEmpty())
        path = QStringLiteral("/");
    QStringList segments = path.split(u'/');
    QStringList captures;
    for (QString &segment : segments) {
        if (!looksLikeId(QUrl::fromPercentEncoding(segment.toUtf8())))
            continue;
        const QString name = captures.isEmpty() ? QStringLiteral("id")
                                                : QStringLiteral("id%1").arg(captures.size() + 1);
        captures.append(name);
        segment = u':' + name;
    }

    project::RouteConfig route;
    route.method = method == u"HEAD" || method.isEmpty() ? QStringLiteral("GET") : method;
    route.path = segments.join(u'/');
    route.action = project::RouteAction::Respond;
    route.status = status >= 200 && status < 300 && status != 204 ? status : 200;
    route.headers =
        project::HeaderList{{QStringLiteral("Content-Type"), QStringLiteral("application/json")}};
    QStringList fields;
    for (const QString &name : captures)
        fields.append(QStringLiteral("\"%1\":\"{{params.%1}}\"").arg(name));
    route.body =
        fields.isEmpty() ? QStringLiteral("{\"ok\":true}") : u'{' + fields.join(u',') + u'}';
    return route;
}

} // namespace yard::ui
