#include "logging/logquery.h"
#include "logging/logwriter.h"
#include "sessions/sessionstore.h"
#include "sessionserver.h"

#include <QTest>

using namespace yard;
using test::RawHttpClient;
using test::SessionServer;

// What happens to a session over time: expiry and sweeping, revocation from the admin API,
// restarts, hot reloads, WebSocket upgrades and the request log.
class TestSessionLifecycle : public QObject {
    Q_OBJECT

private:
    static QString pw() { return QStringLiteral("pw"); }

    static void addAlice(SessionServer &web) {
        QString error;
        QVERIFY2(web.database->addUser(QStringLiteral("alice"), pw(), &error), qPrintable(error));
    }

    static RawHttpClient::Response upgrade(SessionServer &web, const QByteArray &cookie) {
        return web.get("/chat", cookie,
                       "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                       "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                       "Sec-WebSocket-Version: 13\r\n");
    }

private Q_SLOTS:
    void expiredSessionIsRejectedAndSwept() {
        QTemporaryDir dir;
        SessionServer web(dir.path(), R"({"maxAge": 1, "protect": ["/dashboard"]})");
        QVERIFY(web.isRunning());
        addAlice(web);
        // A sign-in takes a PBKDF2 derivation (up to a second on a loaded machine): the session
        // checked at once is the one made last, so that it is surely younger than maxAge.
        const QByteArray swept = web.signIn(QStringLiteral("alice"), pw());
        const QByteArray kept = web.signIn(QStringLiteral("alice"), pw());
        QCOMPARE(web.get("/dashboard/x", kept).status, 200);
        QTest::qWait(1100);
        QCOMPARE(web.get("/dashboard/x", kept).status, 303); // rejected, and removed on sight
        QCOMPARE(web.database->sessions(QStringLiteral("web")).size(), 1);
        QCOMPARE(web.database->sweep(), 1); // the one nobody asked for again
        QVERIFY(web.database->sessions(QStringLiteral("web")).isEmpty());
        QCOMPARE(web.get("/dashboard/x", swept).status, 303);
    }

    void rollingSessionStaysAliveWhileUsed() {
        QTemporaryDir dir;
        SessionServer web(dir.path(),
                          R"({"maxAge": 1, "rolling": true, "protect": ["/dashboard"]})");
        addAlice(web);
        const QByteArray cookie = web.signIn(QStringLiteral("alice"), pw());
        for (int i = 0; i < 4; ++i) {
            QTest::qWait(400);
            const auto response = web.get("/dashboard/x", cookie);
            QCOMPARE(response.status, 200);
            QVERIFY(response.header("set-cookie").contains("Max-Age=1;")); // renewed each time
        }
        QTest::qWait(1100);
        QCOMPARE(web.get("/dashboard/x", cookie).status, 303);
    }

    void revocationTakesEffectOnTheNextRequest() {
        QTemporaryDir dir;
        SessionServer web(dir.path());
        addAlice(web);
        const QByteArray one = web.signIn(QStringLiteral("alice"), pw());
        const QByteArray two = web.signIn(QStringLiteral("alice"), pw());
        const QList<sessions::SessionInfo> listed = web.database->sessions(QStringLiteral("web"));
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed[0].user, QStringLiteral("alice"));
        QCOMPARE(listed[0].client, QStringLiteral("127.0.0.1"));
        QVERIFY(listed[0].expiresMs > listed[0].createdMs);
        const auto who = web.get("/session", one);
        QCOMPARE(who.status, 200);
        // Revoke the first one by its handle (what the window shows), not by its id.
        QByteArray handle;
        for (const sessions::SessionInfo &info : listed) {
            if (info.handle != listed[1].handle)
                handle = info.handle;
        }
        QVERIFY(web.database->revoke(QStringLiteral("web"), handle));
        const int stillIn = (web.get("/session", one).status == 200 ? 1 : 0) +
                            (web.get("/session", two).status == 200 ? 1 : 0);
        QCOMPARE(stillIn, 1);
        QCOMPARE(web.database->revokeAll(QStringLiteral("web")), 1);
        QCOMPARE(web.get("/session", one).status, 401);
        QCOMPARE(web.get("/session", two).status, 401);
    }

    void sessionsSurviveARestart() {
        QTemporaryDir dir;
        QByteArray cookie;
        {
            SessionServer web(dir.path());
            addAlice(web);
            cookie = web.signIn(QStringLiteral("alice"), pw());
            QCOMPARE(web.get("/dashboard", cookie).status, 200);
        } // server stopped, database closed
        SessionServer again(dir.path());
        QVERIFY(again.isRunning());
        const auto page = again.get("/dashboard", cookie);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("Hello alice"));
    }

    void sessionsSurviveAHotReload() {
        QTemporaryDir dir;
        SessionServer web(dir.path());
        addAlice(web);
        const QByteArray cookie = web.signIn(QStringLiteral("alice"), pw());
        project::ServerConfig changed = web.config;
        project::RouteConfig route;
        route.path = QStringLiteral("/dashboard/new");
        route.body = QStringLiteral("new for {{session.user}}");
        changed.routes.prepend(route);
        QString error;
        QVERIFY2(web.server->applyConfig(changed, &error), qPrintable(error));
        QTRY_COMPARE(web.get("/dashboard/new", cookie).summary(), QByteArray("200 new for alice"));
    }

    void webSocketUpgradeNeedsASession() {
        QTemporaryDir dir;
        SessionServer web(dir.path());
        addAlice(web);
        auto refused = upgrade(web, {});
        QCOMPARE(refused.status, 401);
        refused = upgrade(web, "yard.sid=forged");
        QCOMPARE(refused.status, 401);
        const QByteArray cookie = web.signIn(QStringLiteral("alice"), pw());
        QCOMPARE(upgrade(web, cookie).status, 101);
    }

    void requestLogNamesTheSession() {
        QTemporaryDir dir;
        QString error;
        const QString logPath = dir.filePath(QStringLiteral("requests.sqlite"));
        const auto log = logging::LogWriter::open(logPath, &error);
        QVERIFY2(log, qPrintable(error));
        QByteArray cookie;
        {
            SessionServer web(dir.path(), R"({"protect": ["/dashboard"]})");
            web.server->stop(0);
            web.server->setLogWriter(log);
            QVERIFY(web.server->start(&error));
            addAlice(web);
            cookie = web.signIn(QStringLiteral("alice"), pw());
            QCOMPARE(web.get("/dashboard?signed", cookie).status, 200);
            QCOMPARE(web.get("/public?anonymous").status, 200);
            web.server->stop(1000);
        }
        log->flush();
        const QList<logging::LogRow> rows =
            logging::LogQuery(logPath).tail(0, logging::LogFilter(), 100);
        QString signedSession;
        QString anonymousSession = QStringLiteral("unset");
        for (const logging::LogRow &row : rows) {
            if (row.target == u"/dashboard?signed")
                signedSession = row.session;
            if (row.target == u"/public?anonymous")
                anonymousSession = row.session;
        }
        QCOMPARE(signedSession.size(), 16); // the public handle
        const QByteArray id = cookie.mid(cookie.indexOf('=') + 1, 43);
        QCOMPARE(signedSession.toLatin1(),
                 sessions::SessionStore::handleOf(sessions::SessionStore::keyOf(id)));
        QVERIFY(anonymousSession.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSessionLifecycle)
#include "tst_sessionlifecycle.moc"
