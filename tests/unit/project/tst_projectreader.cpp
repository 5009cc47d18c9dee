#include "project/projectreader.h"
#include "project/projectwriter.h"

#include <QFile>
#include <QJsonArray>
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

    // The log's keys, written back as read; a wrong type is named by its pointer.
    void logKeysRoundTrip() {
        const QByteArray json = R"({"version":1,"servers":[{"name":"w","port":0,"routes":[],)"
                                R"("log":{"enabled":true,"maxRows":5000,"maxAgeDays":7,)"
                                R"("messagePreviews":false}}]})";
        const auto result = ProjectReader::read(json);
        QVERIFY(result.errors.isEmpty());
        const LogConfig &log = *result.project->servers[0].log;
        QCOMPARE(log.messagePreviews, std::optional<bool>(false));
        QCOMPARE(log.maxRows, std::optional<int>(5000));
        const QByteArray saved = ProjectWriter::write(*result.project);
        QCOMPARE(QJsonDocument::fromJson(saved).object(), QJsonDocument::fromJson(json).object());

        const auto wrong =
            ProjectReader::read(R"({"version":1,"servers":[{"name":"w","port":0,"routes":[],)"
                                R"("log":{"messagePreviews":"no"}}]})");
        QVERIFY(!wrong.project);
        QCOMPARE(wrong.errors.size(), 1);
        QCOMPARE(wrong.errors[0].pointer, QStringLiteral("/servers/0/log/messagePreviews"));
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

    void readsWebSocketRouteKeys() {
        const QByteArray json =
            R"({"version":1,"servers":[{"name":"a","port":1,"routes":[{"path":"/chat",)"
            R"("action":"websocket","rooms":"team-*","maxRooms":3,"maxMessageBytes":4096,)"
            R"("messagesPerSecond":5,"historySize":20,"pingIntervalMs":15000}]}]})";
        const auto result = ProjectReader::read(json);
        QVERIFY2(result.project, qPrintable(result.errors.value(0).toString(QStringLiteral("t"))));
        const RouteConfig &route = result.project->servers[0].routes[0];
        QCOMPARE(route.rooms, QStringLiteral("team-*"));
        QCOMPARE(route.maxRooms, 3);
        QCOMPARE(route.maxMessageBytes, 4096);
        QCOMPARE(route.messagesPerSecond, 5);
        QCOMPARE(route.historySize, 20);
        QCOMPARE(route.pingIntervalMs, 15000);
        // Written back key for key, and read again to the same route.
        const QByteArray saved = ProjectWriter::write(*result.project);
        QCOMPARE(QJsonDocument::fromJson(saved).object(), QJsonDocument::fromJson(json).object());
        QCOMPARE(ProjectReader::read(saved).project->servers[0].routes[0], route);
    }

    void webSocketKeysAreCheckedWithPointers_data() {
        QTest::addColumn<QByteArray>("keys");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("says");
        QTest::addRow("empty pattern") << QByteArray(R"("rooms":"")") << "rooms"
                                       << "pattern";
        QTest::addRow("pattern not a string") << QByteArray(R"("rooms":["a"])") << "rooms"
                                              << "must be a string";
        QTest::addRow("no rooms") << QByteArray(R"("maxRooms":0)") << "maxRooms"
                                  << "1 to 10000";
        QTest::addRow("tiny messages") << QByteArray(R"("maxMessageBytes":10)") << "maxMessageBytes"
                                       << "128 to";
        QTest::addRow("negative rate")
            << QByteArray(R"("messagesPerSecond":-1)") << "messagesPerSecond"
            << "unlimited";
        QTest::addRow("huge history") << QByteArray(R"("historySize":100000)") << "historySize"
                                      << "0 to 10000";
        QTest::addRow("fractional history") << QByteArray(R"("historySize":1.5)") << "historySize"
                                            << "whole number";
        QTest::addRow("ping too often") << QByteArray(R"("pingIntervalMs":10)") << "pingIntervalMs"
                                        << "1000 to";
    }
    void webSocketKeysAreCheckedWithPointers() {
        QFETCH(QByteArray, keys);
        QFETCH(QString, pointer);
        QFETCH(QString, says);
        const auto result = ProjectReader::read(
            R"({"version":1,"servers":[{"name":"a","port":1,"routes":[{"path":"/h","action":"health"},)"
            R"({"path":"/chat","action":"websocket",)" +
            keys + "}]}]}");
        QVERIFY(!result.project);
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors[0].pointer, QStringLiteral("/servers/0/routes/1/") + pointer);
        QVERIFY2(result.errors[0].message.contains(says), qPrintable(result.errors[0].message));
    }

    // Like the proxy's keys on a respond route: another action's setting is an error, not
    // silently ignored.
    void webSocketKeysBelongToWebSocketRoutes_data() {
        QTest::addColumn<QString>("key");
        for (const char *key : {"rooms", "maxRooms", "maxMessageBytes", "messagesPerSecond",
                                "historySize", "pingIntervalMs"})
            QTest::addRow("%s", key) << QString::fromLatin1(key);
    }
    void webSocketKeysBelongToWebSocketRoutes() {
        QFETCH(QString, key);
        const QJsonValue value =
            key == u"rooms" ? QJsonValue(QStringLiteral("a*")) : QJsonValue(5000);
        for (const char *action : {"respond", "sse", "health"}) {
            QJsonObject route{{QStringLiteral("path"), QStringLiteral("/x")},
                              {QStringLiteral("action"), QString::fromLatin1(action)},
                              {key, value}};
            const QJsonObject server{{QStringLiteral("name"), QStringLiteral("a")},
                                     {QStringLiteral("port"), 1},
                                     {QStringLiteral("routes"), QJsonArray{route}}};
            const QJsonObject project{{QStringLiteral("version"), 1},
                                      {QStringLiteral("servers"), QJsonArray{server}}};
            const auto result = ProjectReader::read(QJsonDocument(project).toJson());
            QVERIFY(!result.project);
            QCOMPARE(result.errors.size(), 1);
            QCOMPARE(result.errors[0].pointer, QStringLiteral("/servers/0/routes/0/") + key);
            QVERIFY2(result.errors[0].message.contains(QStringLiteral("not a setting")),
                     qPrintable(result.errors[0].message));
        }
    }

    void writerPutsMethodPathActionFirst() {
        const auto result = ProjectReader::read(demo(), demoDir());
        const QByteArray saved = ProjectWriter::write(*result.project);
        QVERIFY(saved.contains(R"({"method": "GET", "path": "/health", "action": "health"})"));
    }
};

QTEST_GUILESS_MAIN(TestProjectReader)
#include "tst_projectreader.moc"
