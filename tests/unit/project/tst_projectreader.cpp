#include "project/projectreader.h"
#include "project/projectwriter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace yard::project;

class TestProjectReader : public QObject {
    Q_OBJECT

private:
    static QByteArray demo() {
        QFile file(QStringLiteral(YARD_SOURCE_DIR "/resources/demo/demo.yard.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot open the demo project");
        return file.readAll();
    }
    static QString demoDir() { return QStringLiteral(YARD_SOURCE_DIR "/resources/demo"); }

private Q_SLOTS:
    void demoProjectIsValid() {
        const auto result = ProjectReader::read(demo(), demoDir());
        QVERIFY2(result.errors.isEmpty(),
                 qPrintable(result.errors.value(0).toString(QStringLiteral("demo"))));
        QVERIFY(result.project);
        const ServerConfig &server = result.project->servers.at(0);
        QCOMPARE(server.name, QStringLiteral("web"));
        QCOMPARE(server.port, 8080);
        // The demo shows every action of the contract.
        QSet<RouteAction> actions;
        for (const RouteConfig &route : server.routes)
            actions.insert(route.action);
        QCOMPARE(actions.size(), 7);
    }

    void readsRouteFields() {
        const auto result = ProjectReader::read(
            R"({"version":1,"servers":[{"name":"w","port":0,"routes":[
                {"method":"GET","path":"/a","action":"respond","status":201,
                 "headers":{"X-B":"2","Content-Type":"text/plain"},"body":"hi","delay":5},
                {"path":"/o","action":"redirect","to":"/n","status":308,"keepQuery":false}]}]})");
        QVERIFY(result.errors.isEmpty());
        const RouteConfig &respond = result.project->servers[0].routes[0];
        QCOMPARE(respond.method, QStringLiteral("GET"));
        QCOMPARE(respond.status, 201);
        QCOMPARE(respond.body, QStringLiteral("hi"));
        QCOMPARE(respond.delay, 5);
        QCOMPARE(respond.headers->size(), 2);
        QVERIFY(!respond.to);
        const RouteConfig &redirect = result.project->servers[0].routes[1];
        QVERIFY(!redirect.method);
        QCOMPARE(redirect.action, RouteAction::Redirect);
        QCOMPARE(redirect.to, QStringLiteral("/n"));
        QCOMPARE(redirect.keepQuery, false);
    }

    void readsSseKeysAndRoundTripsThem() {
        const QByteArray json = R"({"version":1,"servers":[{"name":"a","port":1,"routes":[
            {"path":"/events","action":"sse","heartbeatMs":0,"bufferSize":7,"retryMs":2500,
             "publish":true,"requireSession":true}],"sessions":{"protect":[]}}]})";
        const auto result = ProjectReader::read(json);
        QVERIFY2(result.project, qPrintable(result.errors.value(0).toString(QStringLiteral("p"))));
        const RouteConfig &route = result.project->servers[0].routes[0];
        QCOMPARE(route.heartbeatMs, 0);
        QCOMPARE(route.bufferSize, 7);
        QCOMPARE(route.retryMs, 2500);
        QCOMPARE(route.publish, true);
        QCOMPARE(route.requireSession, true);
        QCOMPARE(QJsonDocument::fromJson(ProjectWriter::write(*result.project)).object(),
                 QJsonDocument::fromJson(json).object());
    }

    void refusesBadSseKeys() {
        const auto result = ProjectReader::read(
            R"({"version":1,"servers":[{"name":"a","port":1,"routes":[
                {"path":"/e","action":"sse","heartbeatMs":-1,"bufferSize":100001,"retryMs":0},
                {"path":"/e/:channel","action":"sse","publish":"yes"},
                {"path":"/r","action":"respond","publish":true}]}]})");
        QVERIFY(!result.project);
        QStringList pointers;
        for (const ProjectError &error : result.errors)
            pointers.append(error.pointer);
        pointers.sort();
        QCOMPARE(pointers, QStringList({QStringLiteral("/servers/0/routes/0/bufferSize"),
                                        QStringLiteral("/servers/0/routes/0/heartbeatMs"),
                                        QStringLiteral("/servers/0/routes/0/retryMs"),
                                        QStringLiteral("/servers/0/routes/1/path"),
                                        QStringLiteral("/servers/0/routes/1/publish"),
                                        QStringLiteral("/servers/0/routes/2/publish")}));
    }

    void reportsEveryErrorNotOnlyTheFirst() {
        const auto result = ProjectReader::read(
            R"({"version":1,"servers":[{"name":"a","port":-1,"extra":true,"routes":[
                {"path":"x","action":"health"},
                {"path":"/r","action":"redirect","to":"/t","status":200},
                {"method":"get","path":"/m","action":"health"}]},
                {"name":"a","port":1}]})");
        QVERIFY(!result.project);
        QStringList pointers;
        for (const ProjectError &error : result.errors)
            pointers.append(error.pointer);
        pointers.sort();
        QCOMPARE(pointers,
                 QStringList({QStringLiteral("/servers/0/extra"), QStringLiteral("/servers/0/port"),
                              QStringLiteral("/servers/0/routes/0/path"),
                              QStringLiteral("/servers/0/routes/1/status"),
                              QStringLiteral("/servers/0/routes/2/method")}));
    }

    void syntaxErrorHasLineAndColumn() {
        const auto result = ProjectReader::read("{\n  \"version\": 1,\n  \"servers\": [,]\n}\n");
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors[0].line, 3);
        QVERIFY(result.errors[0].column > 1);
        QVERIFY(result.errors[0].message.startsWith(QStringLiteral("not valid JSON")));
    }

    void pointerEscapesKeys() {
        const auto result =
            ProjectReader::read(R"({"version":1,"servers":[{"name":"a","port":1,"a/b~c":1}]})");
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors[0].pointer, QStringLiteral("/servers/0/a~1b~0c"));
    }

    void roundTripKeepsTheModel() {
        const auto first = ProjectReader::read(demo(), demoDir());
        QVERIFY(first.project);
        const QByteArray saved = ProjectWriter::write(*first.project);
        const auto second = ProjectReader::read(saved, demoDir());
        QVERIFY2(second.project, saved.constData());
        QCOMPARE(*second.project, *first.project);
        QCOMPARE(ProjectWriter::write(*second.project), saved);
    }

    void roundTripKeepsAbsentKeysAbsent() {
        const QByteArray json =
            R"({"version":1,"servers":[{"name":"a","port":1,"routes":[{"path":"/","action":"health"}]}]})";
        const auto result = ProjectReader::read(json);
        QVERIFY(result.project);
        const QJsonObject written =
            QJsonDocument::fromJson(ProjectWriter::write(*result.project)).object();
        QCOMPARE(written, QJsonDocument::fromJson(json).object());
    }

    void writerPutsMethodPathActionFirst() {
        const auto result = ProjectReader::read(demo(), demoDir());
        const QByteArray saved = ProjectWriter::write(*result.project);
        QVERIFY(saved.contains(R"({"method": "GET", "path": "/health", "action": "health"})"));
    }
};

QTEST_GUILESS_MAIN(TestProjectReader)
#include "tst_projectreader.moc"
