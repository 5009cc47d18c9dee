#include "routing/routematcher.h"

#include <QTest>

using yard::routing::PathParams;
using yard::routing::RouteMatcher;

// The route table's matching rules (CONTRACT.md, Project file): first match wins, `*` methods,
// HEAD served by GET, literal / ":name" / trailing "*" segments, mounts for static and proxy.
class TestRouteMatcher : public QObject {
    Q_OBJECT

private:
    struct RouteSpec {
        const char *method;
        const char *pattern;
        bool mount;
    };

    static RouteMatcher build(const QList<RouteSpec> &routes) {
        RouteMatcher matcher;
        for (const RouteSpec &route : routes)
            matcher.add(route.method, QString::fromUtf8(route.pattern), route.mount);
        return matcher;
    }

    // The project used by the data-driven rows; indices are what `expected` refers to.
    static RouteMatcher sample() {
        return build({
            {"GET", "/health", false},           // 0
            {"GET", "/api/hello", false},        // 1
            {"GET", "/users/:id", false},        // 2
            {"POST", "/users", false},           // 3
            {"", "/old-page", false},            // 4
            {"GET", "/blog/:year/:slug", false}, // 5
            {"GET", "/users/me", false},         // 6 (shadowed by 2: first match wins)
            {"GET", "/files/*", false},          // 7
            {"GET", "/docs/", false},            // 8
            {"GET", "/static", true},            // 9
            {"DELETE", "/users/:id", false},     // 10
            {"GET", "/a/:x/c", false},           // 11
            {"GET", "/a/b/:y", false},           // 12
            {"PUT", "/api/hello", false},        // 13
            {"", "/app", true},                  // 14
            {"GET", "/", false},                 // 15
        });
    }

private Q_SLOTS:
    void match_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("expected");
        QTest::addColumn<bool>("pathMatched");
        QTest::addColumn<QByteArray>("params"); // "name=value;…"

        const auto row = [](const char *name, const char *method, const char *path, int expected,
                            bool pathMatched = false, const char *params = "") {
            QTest::newRow(name) << QByteArray(method) << QByteArray(path) << expected << pathMatched
                                << QByteArray(params);
        };
        row("literal", "GET", "/health", 0);
        row("literal two segments", "GET", "/api/hello", 1);
        row("literal head", "HEAD", "/api/hello", 1);
        row("literal other method", "PUT", "/api/hello", 13);
        row("literal wrong method is 405", "POST", "/health", -1, true);
        row("capture", "GET", "/users/42", 2, false, "id=42");
        row("capture keeps encoding", "GET", "/users/a%20b", 2, false, "id=a%20b");
        row("capture wins over later literal", "GET", "/users/me", 2, false, "id=me");
        row("capture with other method", "DELETE", "/users/7", 10, false, "id=7");
        row("capture wrong method", "PATCH", "/users/7", -1, true);
        row("capture needs a segment", "GET", "/users/", -1, true); // "/users" (POST) matches
        row("capture one segment only", "GET", "/users/1/2", -1);
        row("post literal", "POST", "/users", 3);
        row("get on post-only path", "GET", "/users", -1, true);
        row("any method", "DELETE", "/old-page", 4);
        row("any method head", "HEAD", "/old-page", 4);
        row("two captures", "GET", "/blog/2024/hello-world", 5, false,
            "year=2024;slug=hello-world");
        row("two captures too short", "GET", "/blog/2024", -1);
        row("rest", "GET", "/files/a/b/c.txt", 7, false, "rest=a/b/c.txt");
        row("rest one", "GET", "/files/x", 7, false, "rest=x");
        row("rest empty", "GET", "/files/", 7, false, "rest=");
        row("rest without slash", "GET", "/files", 7, false, "rest=");
        row("trailing slash route", "GET", "/docs/", 8);
        row("trailing slash route without slash", "GET", "/docs", -1);
        row("mount itself", "GET", "/static", 9, false, "rest=");
        row("mount file", "GET", "/static/a.txt", 9, false, "rest=a.txt");
        row("mount deep", "GET", "/static/img/logo.svg", 9, false, "rest=img/logo.svg");
        row("mount prefix is a segment", "GET", "/statics", -1);
        row("mount any method", "POST", "/app/api/x", 14, false, "rest=api/x");
        row("first match across branches", "GET", "/a/b/c", 11, false, "x=b");
        row("second branch when first fails", "GET", "/a/b/d", 12, false, "y=d");
        row("root", "GET", "/", 15);
        row("root head", "HEAD", "/", 15);
        row("unknown", "GET", "/nope", -1);
        row("unknown deep", "GET", "/nope/deeper", -1);
        row("double slash", "GET", "/api//hello", -1);
        row("case-sensitive literal", "GET", "/API/hello", -1);
        row("case-sensitive method", "get", "/health", -1, true);
        row("trailing slash on literal", "GET", "/health/", 0);
        row("query is not part of the path", "GET", "/health?x=1", -1);
        row("empty path", "GET", "", -1);
        row("asterisk form", "OPTIONS", "*", -1);
    }

    void match() {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(int, expected);
        QFETCH(bool, pathMatched);
        QFETCH(QByteArray, params);
        static const RouteMatcher matcher = sample();
        PathParams captured;
        const RouteMatcher::Match result = matcher.match(method, path, captured);
        QCOMPARE(result.route, expected);
        QCOMPARE(result.pathMatched, pathMatched);
        QByteArrayList pairs;
        for (const auto &param : captured)
            pairs.append(param.name.toByteArray() + '=' + param.value.toByteArray());
        QCOMPARE(pairs.join(';'), params);
    }

    void manyRoutesStillMatchTheFirst() {
        RouteMatcher matcher;
        for (int i = 0; i < 1000; ++i)
            matcher.add("GET", QStringLiteral("/api/r%1/:id").arg(i), false);
        matcher.add("GET", QStringLiteral("/api/:name/:id"), false);
        PathParams params;
        QCOMPARE(matcher.match("GET", "/api/r999/5", params).route, 999);
        params.clear();
        QCOMPARE(matcher.match("GET", "/api/other/5", params).route, 1000);
        QCOMPARE(params.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRouteMatcher)
#include "tst_routematcher.moc"
