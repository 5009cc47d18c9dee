#include "routes/routefromrequest.h"

#include <QTest>

using yard::ui::RouteFromRequest;

// The route "Create route from this request…" proposes for a logged request.
class TestRouteFromRequest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void proposesPathAndStatus_data() {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("routeMethod");
        QTest::addColumn<int>("routeStatus");
        QTest::addColumn<QString>("body");
        QTest::newRow("404 with a numeric id and a query")
            << "GET"
            << "/api/orders/42?expand=items" << 404 << "/api/orders/:id"
            << "GET" << 200 << R"({"id":"{{params.id}}"})";
        QTest::newRow("two ids") << "PUT"
                                 << "/teams/7/members/1234" << 500 << "/teams/:id/members/:id2"
                                 << "PUT" << 200
                                 << R"({"id":"{{params.id}}","id2":"{{params.id2}}"})";
        QTest::newRow("uuid") << "DELETE"
                              << "/files/123e4567-e89b-12d3-a456-426614174000" << 404
                              << "/files/:id"
                              << "DELETE" << 200 << R"({"id":"{{params.id}}"})";
        QTest::newRow("object id") << "GET"
                                   << "/posts/5f1d7c2a9b3e4a0012345678" << 200 << "/posts/:id"
                                   << "GET" << 200 << R"({"id":"{{params.id}}"})";
        QTest::newRow("words stay") << "POST"
                                    << "/api/v2/login" << 201 << "/api/v2/login"
                                    << "POST" << 201 << R"({"ok":true})";
        QTest::newRow("HEAD becomes GET") << "HEAD"
                                          << "/" << 404 << "/"
                                          << "GET" << 200 << R"({"ok":true})";
        QTest::newRow("204 has no body: 200") << "GET"
                                              << "/ping" << 204 << "/ping"
                                              << "GET" << 200 << R"({"ok":true})";
    }
    void proposesPathAndStatus() {
        QFETCH(QString, method);
        QFETCH(QString, target);
        QFETCH(int, status);
        QFETCH(QString, path);
        QFETCH(QString, routeMethod);
        QFETCH(int, routeStatus);
        QFETCH(QString, body);
        const auto route = RouteFromRequest::build(method, target, status);
        QCOMPARE(route.path, path);
        QCOMPARE(route.method, routeMethod);
        QCOMPARE(route.status, routeStatus);
        QCOMPARE(route.body, body);
        QCOMPARE(route.action, yard::project::RouteAction::Respond);
    }
};

QTEST_GUILESS_MAIN(TestRouteFromRequest)
#include "tst_routefromrequest.moc"
