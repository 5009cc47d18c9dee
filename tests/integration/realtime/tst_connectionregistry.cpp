#include "chatclients.h"
#include "logging/logquery.h"
#include "logging/logwriter.h"
#include "project/projectreader.h"
#include "rawhttpclient.h"
#include "server/connectionregistry.h"
#include "server/serverinstance.h"
#include "sessionserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <set>

using namespace yard;
using http::ConnectionInfo;
using server::ConnectionRegistry;
using server::RegistrySnapshot;
using test::ChatClient;
using test::RawHttpClient;

namespace {
const QByteArray s_project = R"({"version": 1, "servers": [{"name": "reg", "port": 0,
    "workers": 2, "routes": [
      {"path": "/", "action": "respond", "body": "hello"},
      {"path": "/chat", "action": "websocket"}]}]})";

const QString s_lobby = QStringLiteral("lobby");

bool keepAliveGet(RawHttpClient &client) {
    client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    return client.read().status == 200;
}
} // namespace

// The live registry on a real server (two worker threads, real sockets): what it lists, the
// administrator's actions and how often it says something changed.
class TestConnectionRegistry : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<server::ServerInstance> m_server;
    std::vector<std::unique_ptr<ChatClient>> m_clients;

    void startServer() {
        const auto read = project::ProjectReader::read(s_project, QString());
        QVERIFY(read.project);
        m_server =
            std::make_unique<server::ServerInstance>(read.project->servers.first(), QString());
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    ConnectionRegistry &registry() { return m_server->registry(); }

    // Asks for a snapshot and runs the event loop until it arrives.
    RegistrySnapshot snapshot() {
        RegistrySnapshot result;
        bool arrived = false;
        registry().snapshot(this, [&](const RegistrySnapshot &snapshot) {
            result = snapshot;
            arrived = true;
        });
        if (!QTest::qWaitFor([&] { return arrived; }, 5000))
            qWarning("no snapshot");
        return result;
    }

    static const ConnectionInfo *find(const RegistrySnapshot &snapshot, QByteArrayView protocol,
                                      int nth = 0) {
        for (const ConnectionInfo &info : snapshot.connections) {
            if (info.protocol == protocol && nth-- == 0)
                return &info;
        }
        return nullptr;
    }

    static bool lists(const RegistrySnapshot &snapshot, quint64 id) {
        return std::any_of(snapshot.connections.cbegin(), snapshot.connections.cend(),
                           [id](const ConnectionInfo &info) { return info.id == id; });
    }

    ChatClient *joined(const QString &room, const QString &user) {
        m_clients.push_back(std::make_unique<ChatClient>());
        ChatClient *client = m_clients.back().get();
        if (!client->open(m_server->port()))
            qWarning("cannot connect");
        client->join(room, user);
        client->waitFor(QStringLiteral("joined"));
        return client;
    }

    // The ids of the room's members, once every one of `count` is listed.
    QList<quint64> memberIds(const QString &room, qsizetype count) {
        QList<quint64> ids;
        (void)QTest::qWaitFor(
            [&] {
                ids.clear();
                for (const server::RoomSnapshot &info : snapshot().rooms) {
                    if (info.name == room) {
                        for (const auto &member : info.members)
                            ids.append(member.connection);
                    }
                }
                return ids.size() == count;
            },
            5000);
        return ids;
    }

private Q_SLOTS:
    void cleanup() {
        m_clients.clear();
        m_server.reset();
    }

    // An upgrade is one row in the request log, written when the WebSocket ends: status 101, the
    // route, the connection's whole life as its duration and every byte it carried; one that is
    // still open at shutdown is written then.
    void upgradesAreLoggedWhenTheyEnd() {
        QTemporaryDir dir;
        QString error;
        const QString logPath = dir.filePath(QStringLiteral("requests.sqlite"));
        const auto log = logging::LogWriter::open(logPath, &error);
        QVERIFY2(log, qPrintable(error));
        const auto read = project::ProjectReader::read(s_project, QString());
        QVERIFY(read.project);
        m_server =
            std::make_unique<server::ServerInstance>(read.project->servers.first(), QString());
        m_server->setLogWriter(log);
        QVERIFY2(m_server->start(&error), qPrintable(error));
        ChatClient *alice = joined(s_lobby, QStringLiteral("alice"));
        ChatClient *bob = joined(s_lobby, QStringLiteral("bob"));
        alice->send(test::messageCommand(s_lobby, QString(500, u'x')));
        QVERIFY(!bob->waitFor(QStringLiteral("message")).isEmpty());
        QTest::qWait(300);
        alice->socket().close();
        QVERIFY(QTest::qWaitFor([&] { return snapshot().connections.size() == 1; }, 5000));
        m_server->stop(1000); // bob is still connected: his row is written at shutdown
        log->flush();

        const QList<logging::LogRow> rows =
            logging::LogQuery(logPath).tail(0, logging::LogFilter(), 10);
        QCOMPARE(rows.size(), 2);
        for (const logging::LogRow &row : rows) {
            QCOMPARE(row.target, QStringLiteral("/chat"));
            QCOMPARE(row.status, 101);
            QCOMPARE(row.route, 1);
            QVERIFY2(row.durationUs >= 300'000, QByteArray::number(row.durationUs));
            QVERIFY2(row.bytesOut > 129, QByteArray::number(row.bytesOut)); // the 101 and frames
        }
        // Alice's row (first to end) counts the message she sent on top of her request.
        QVERIFY2(rows[0].bytesIn > 600, QByteArray::number(rows[0].bytesIn));

        // The messages are rows of `events`: each client message `in`, with its connection;
        // each message from the server `out`, a broadcast once with its recipients.
        logging::EventFilter wsOnly;
        wsOnly.types = {QStringLiteral("ws")};
        const QList<logging::EventRow> events =
            logging::LogQuery(logPath).eventsTail(wsOnly, 0, 100);
        QList<logging::EventRow> in, broadcasts;
        for (const logging::EventRow &event : events) {
            QCOMPARE(event.server, QStringLiteral("reg"));
            if (event.direction == u"in")
                in.append(event);
            else if (event.preview.contains(QStringLiteral("\"type\":\"message\"")))
                broadcasts.append(event);
        }
        QCOMPARE(in.size(), 3); // alice's join and message, bob's join
        // Workers hand their rows over separately: ids follow arrival, timestamps follow time.
        const auto find = [&](const QString &text) {
            for (const logging::EventRow &event : in) {
                if (event.preview.contains(text))
                    return event;
            }
            return logging::EventRow();
        };
        const logging::EventRow aliceJoin = find(QStringLiteral("\"alice\""));
        const logging::EventRow aliceSays = find(QString(500, u'x'));
        QCOMPARE(aliceJoin.channel, s_lobby);
        QCOMPARE(aliceSays.channel, s_lobby);
        QVERIFY(aliceJoin.connection != 0);
        QCOMPARE(aliceSays.connection, aliceJoin.connection);
        QVERIFY(aliceSays.tsMs >= aliceJoin.tsMs);
        QCOMPARE(aliceSays.size,
                 test::compact(test::messageCommand(s_lobby, QString(500, u'x'))).size());
        QCOMPARE(broadcasts.size(), 1);
        QCOMPARE(broadcasts[0].recipients, 2);
        QCOMPARE(broadcasts[0].channel, s_lobby);
        QVERIFY(broadcasts[0].preview.contains(QString(500, u'x')));
        QVERIFY(broadcasts[0].connection == 0); // a room's broadcast, not one connection's
    }

    // "Send to this connection" reaches that WebSocket alone, as a text frame, as is; a plain
    // HTTP connection carries no such message.
    void sendsToOneConnection() {
        startServer();
        ChatClient *alice = joined(s_lobby, QStringLiteral("alice"));
        ChatClient *bob = joined(s_lobby, QStringLiteral("bob"));
        RawHttpClient http(m_server->port());
        QVERIFY(keepAliveGet(http));
        const RegistrySnapshot listed = snapshot();
        quint64 aliceId = 0, httpId = 0;
        for (const ConnectionInfo &info : listed.connections) {
            if (info.protocol == "ws" && info.user == u"alice")
                aliceId = info.id;
            if (info.protocol == "http")
                httpId = info.id;
        }
        QVERIFY(aliceId && httpId);
        auto send = [&](quint64 id, const QString &text) {
            bool sent = false, answered = false;
            registry().sendToConnection(id, text, QString(), this, [&](bool result) {
                sent = result;
                answered = true;
            });
            if (!QTest::qWaitFor([&] { return answered; }, 5000))
                qWarning("no answer");
            return sent;
        };
        QVERIFY(send(aliceId, QStringLiteral(R"({"type":"notice","text":"hello alice"})")));
        const QJsonObject notice = alice->waitFor(QStringLiteral("notice"));
        QCOMPARE(notice.value(QStringLiteral("text")).toString(), QStringLiteral("hello alice"));
        QVERIFY(!send(httpId, QStringLiteral("nothing")));
        QVERIFY(!send(aliceId + (quint64(1) << 40), QStringLiteral("nobody")));
        QTest::qWait(100);
        QVERIFY(bob->ofType(QStringLiteral("notice")).isEmpty());
    }

    void listsHttpAndWebSocketConnections() {
        startServer();
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        RawHttpClient http(m_server->port());
        QVERIFY(keepAliveGet(http));
        QVERIFY(keepAliveGet(http));
        ChatClient *alice = joined(s_lobby, QStringLiteral("alice"));
        QVERIFY(alice->isConnected());

        const RegistrySnapshot listed = snapshot();
        QCOMPARE(listed.connections.size(), 2);
        const ConnectionInfo *plain = find(listed, "http");
        QVERIFY(plain);
        QCOMPARE(plain->server, QStringLiteral("reg"));
        QCOMPARE(plain->remote, QStringLiteral("127.0.0.1:%1").arg(http.socket().localPort()));
        QCOMPARE(plain->requests, quint64(2));
        QCOMPARE(plain->bytesIn, quint64(2 * qstrlen("GET / HTTP/1.1\r\nHost: x\r\n\r\n")));
        QVERIFY(plain->bytesOut > 2 * qstrlen("hello"));
        QVERIFY(plain->sinceMs >= before && plain->sinceMs <= QDateTime::currentMSecsSinceEpoch());
        QVERIFY(plain->rooms.isEmpty());
        QVERIFY(plain->user.isEmpty());

        const ConnectionInfo *ws = find(listed, "ws");
        QVERIFY(ws);
        QCOMPARE(ws->route, QStringLiteral("/chat"));
        QCOMPARE(ws->remote, QStringLiteral("127.0.0.1:%1").arg(alice->socket().localPort()));
        QCOMPARE(ws->requests, quint64(1)); // the upgrade
        QCOMPARE(ws->rooms.size(), 1);
        QCOMPARE(ws->rooms[0].room, s_lobby);
        QCOMPARE(ws->rooms[0].user, QStringLiteral("alice"));
        QCOMPARE(ws->user, QStringLiteral("alice")); // no session: the name it joined as
        QVERIFY(ws->bytesIn > 100);                  // the upgrade request and the join
        QVERIFY(ws->bytesOut > 100);                 // the 101 and the joined frame
        QVERIFY(ws->id != plain->id);

        QCOMPARE(listed.rooms.size(), 1);
        const server::RoomSnapshot &room = listed.rooms[0];
        QCOMPARE(room.route, QStringLiteral("/chat"));
        QCOMPARE(room.name, s_lobby);
        QCOMPARE(room.members.size(), 1);
        QCOMPARE(room.members[0].connection, ws->id);
        QCOMPARE(room.members[0].user, QStringLiteral("alice"));
        QCOMPARE(room.messages, quint64(0));
        QVERIFY(room.lastActivityMs >= before);
    }

    void idsAreUniqueAndNameTheirWorker() {
        startServer();
        std::vector<std::unique_ptr<RawHttpClient>> clients;
        for (int i = 0; i < 8; ++i) {
            clients.push_back(std::make_unique<RawHttpClient>(m_server->port()));
            QVERIFY(keepAliveGet(*clients.back()));
        }
        const RegistrySnapshot listed = snapshot();
        QCOMPARE(listed.connections.size(), 8);
        std::set<quint64> ids;
        std::set<int> workers;
        for (const ConnectionInfo &info : listed.connections) {
            ids.insert(info.id);
            workers.insert(http::ConnectionId::worker(info.id));
        }
        QCOMPARE(ids.size(), std::size_t(8));
        QCOMPARE(workers, (std::set<int>{0, 1})); // round robin over both workers

        // A restart numbers on: an id in the log never names two connections of one server.
        const quint64 highest = *ids.rbegin();
        clients.clear();
        m_server->stop(0);
        QString error;
        QVERIFY(m_server->start(&error));
        RawHttpClient again(m_server->port());
        QVERIFY(keepAliveGet(again));
        const RegistrySnapshot restarted = snapshot();
        QCOMPARE(restarted.connections.size(), 1);
        QVERIFY(restarted.connections[0].id > highest);
    }

    void anUpgradeKeepsTheConnectionsId() {
        startServer();
        RawHttpClient client(m_server->port());
        QVERIFY(keepAliveGet(client));
        const RegistrySnapshot asHttp = snapshot();
        QCOMPARE(asHttp.connections.size(), 1);
        const quint64 id = asHttp.connections[0].id;
        const quint64 bytesIn = asHttp.connections[0].bytesIn;

        client.send("GET /chat HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                    "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    "Sec-WebSocket-Version: 13\r\n\r\n");
        while (!client.buffer().contains("\r\n\r\n") && client.socket().waitForReadyRead(5000))
            client.buffer() += client.socket().readAll();
        QVERIFY(client.buffer().startsWith("HTTP/1.1 101"));
        const RegistrySnapshot asWs = snapshot();
        QCOMPARE(asWs.connections.size(), 1);
        QCOMPARE(asWs.connections[0].id, id);
        QCOMPARE(asWs.connections[0].protocol, QByteArray("ws"));
        QCOMPARE(asWs.connections[0].requests, quint64(2));
        QVERIFY(asWs.connections[0].bytesIn > bytesIn); // counted on from the HTTP part
        QCOMPARE(asWs.connections[0].sinceMs, asHttp.connections[0].sinceMs);
    }

    void kickClosesAnHttpConnection() {
        startServer();
        RawHttpClient client(m_server->port());
        QVERIFY(keepAliveGet(client));
        const quint64 id = snapshot().connections.value(0).id;
        QVERIFY(id != 0);
        QVERIFY(registry().kick(id));
        QVERIFY(client.waitForClose());
        QTRY_VERIFY(!lists(snapshot(), id));
        QVERIFY(!registry().kick(http::ConnectionId::make(7, 1))); // no such worker
    }

    void kickClosesAWebSocketWith1008() {
        startServer();
        ChatClient *alice = joined(s_lobby, QStringLiteral("alice"));
        ChatClient *bob = joined(s_lobby, QStringLiteral("bob"));
        const RegistrySnapshot listed = snapshot();
        quint64 aliceId = 0;
        for (const ConnectionInfo &info : listed.connections) {
            if (info.user == u"alice")
                aliceId = info.id;
        }
        QVERIFY(aliceId != 0);
        QVERIFY(registry().kick(aliceId));
        QTRY_COMPARE(alice->socket().state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(int(alice->socket().closeCode()), 1008);
        QCOMPARE(alice->socket().closeReason(), QStringLiteral("kicked"));
        // The others see an ordinary departure.
        QCOMPARE(bob->waitFor(QStringLiteral("user-left")).value(QStringLiteral("user")),
                 QJsonValue(QStringLiteral("alice")));
        QTRY_VERIFY(!lists(snapshot(), aliceId));
        QCOMPARE(memberIds(s_lobby, 1).size(), 1);
    }

    void sendToRoomReachesMembersOnEveryWorker() {
        startServer();
        QList<ChatClient *> members;
        for (int i = 0; i < 4; ++i)
            members.append(joined(s_lobby, QStringLiteral("user%1").arg(i)));
        ChatClient *elsewhere = joined(QStringLiteral("other"), QStringLiteral("x"));
        std::set<int> workers;
        for (quint64 id : memberIds(s_lobby, 4))
            workers.insert(http::ConnectionId::worker(id));
        QCOMPARE(workers.size(), std::size_t(2));

        QVERIFY(registry().sendToRoom(QStringLiteral("/chat"), s_lobby, QStringLiteral("hi all")));
        for (ChatClient *member : members) {
            const QJsonObject message = member->waitFor(QStringLiteral("message"));
            QCOMPARE(message.value(QStringLiteral("user")).toString(), QStringLiteral("server"));
            QCOMPARE(message.value(QStringLiteral("text")).toString(), QStringLiteral("hi all"));
            QCOMPARE(message.value(QStringLiteral("room")).toString(), s_lobby);
        }
        QTest::qWait(100);
        QVERIFY(elsewhere->ofType(QStringLiteral("message")).isEmpty());

        // It is history like any message: a late joiner is shown it.
        ChatClient *late = joined(s_lobby, QStringLiteral("late"));
        const QJsonArray history = late->ofType(QStringLiteral("joined"))
                                       .value(0)
                                       .value(QStringLiteral("history"))
                                       .toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0].toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("hi all"));
        bool counted = false;
        for (const server::RoomSnapshot &room : snapshot().rooms)
            counted = counted || (room.name == s_lobby && room.messages == 1);
        QVERIFY(counted);

        QVERIFY(!registry().sendToRoom(QStringLiteral("/chat"), QStringLiteral("nobody"),
                                       QStringLiteral("x")));
        QVERIFY(!registry().sendToRoom(QStringLiteral("/other"), s_lobby, QStringLiteral("x")));
    }

    void closeRoomRemovesEveryMember() {
        startServer();
        QList<ChatClient *> members;
        for (int i = 0; i < 3; ++i)
            members.append(joined(s_lobby, QStringLiteral("user%1").arg(i)));
        ChatClient *elsewhere = joined(QStringLiteral("other"), QStringLiteral("x"));
        QCOMPARE(memberIds(s_lobby, 3).size(), 3);

        QVERIFY(registry().closeRoom(QStringLiteral("/chat"), s_lobby));
        for (ChatClient *member : members) {
            const QJsonObject notice = member->waitFor(QStringLiteral("room-closed"));
            QCOMPARE(notice.value(QStringLiteral("room")).toString(), s_lobby);
        }
        QTRY_VERIFY([&] {
            const RegistrySnapshot listed = snapshot();
            return listed.rooms.size() == 1 && listed.rooms[0].name == u"other";
        }());
        for (ChatClient *member : members) {
            QVERIFY(member->isConnected()); // out of the room, still connected
            QVERIFY(member->ofType(QStringLiteral("user-left")).isEmpty()); // one notice, no N²
        }
        members[0]->send(test::messageCommand(s_lobby, QStringLiteral("still here?")));
        QCOMPARE(members[0]->waitFor(QStringLiteral("error")).value(QStringLiteral("code")),
                 QJsonValue(QStringLiteral("not-joined")));
        QVERIFY(elsewhere->ofType(QStringLiteral("room-closed")).isEmpty());
        QVERIFY(!registry().closeRoom(QStringLiteral("/chat"), s_lobby));

        // The name is free again: a new room, empty.
        ChatClient *again = joined(s_lobby, QStringLiteral("again"));
        QCOMPARE(again->ofType(QStringLiteral("joined"))
                     .value(0)
                     .value(QStringLiteral("members"))
                     .toArray()
                     .size(),
                 1);
    }

    void changesAreBatched() {
        startServer();
        QSignalSpy changed(&registry(), &ConnectionRegistry::connectionsChanged);
        QSignalSpy roomsChanged(&registry(), &ConnectionRegistry::roomsChanged);
        QElapsedTimer elapsed;
        elapsed.start();
        std::vector<std::unique_ptr<RawHttpClient>> clients;
        for (int i = 0; i < 50; ++i)
            clients.push_back(std::make_unique<RawHttpClient>(m_server->port()));
        QTRY_COMPARE(m_server->stats().openConnections, qint64(50));
        QTest::qWait(2 * ConnectionRegistry::CheckIntervalMs);
        const qint64 ms = elapsed.elapsed();
        QVERIFY(changed.count() >= 1);
        // At most one signal per check, whatever the number of changes.
        QVERIFY2(changed.count() <= ms / ConnectionRegistry::CheckIntervalMs + 1,
                 qPrintable(QStringLiteral("%1 signals in %2 ms").arg(changed.count()).arg(ms)));
        QVERIFY(changed.count() < 50);
        QCOMPARE(roomsChanged.count(), 0);

        // Requests are not changes: no signal for traffic on open connections.
        changed.clear();
        for (int i = 0; i < 20; ++i)
            QVERIFY(keepAliveGet(*clients[std::size_t(i)]));
        QTest::qWait(3 * ConnectionRegistry::CheckIntervalMs);
        QCOMPARE(changed.count(), 0);

        clients.clear();
        QTRY_VERIFY(changed.count() >= 1);
        QTRY_COMPARE(snapshot().connections.size(), 0);

        // A join is a change of both lists.
        changed.clear();
        joined(s_lobby, QStringLiteral("alice"));
        QTRY_VERIFY(changed.count() >= 1);
        QTRY_VERIFY(roomsChanged.count() >= 1);
    }

    void aStoppedServerGivesAnEmptySnapshot() {
        startServer();
        RawHttpClient client(m_server->port());
        QVERIFY(keepAliveGet(client));
        QSignalSpy changed(&registry(), &ConnectionRegistry::connectionsChanged);
        m_server->stop(0);
        QTRY_VERIFY(changed.count() >= 1);
        QVERIFY(snapshot().connections.isEmpty());
        QVERIFY(!registry().kick(1));
    }

    void showsTheSessionsUser() {
        QTemporaryDir dir;
        test::SessionServer web(dir.path());
        QVERIFY(web.isRunning());
        QString error;
        QVERIFY(web.database->addUser(QStringLiteral("alice"), QStringLiteral("pw"), &error));
        const QByteArray cookie = web.signIn(QStringLiteral("alice"), QStringLiteral("pw"));
        QVERIFY(!cookie.isEmpty());

        RawHttpClient client(web.server->port());
        client.send("GET / HTTP/1.1\r\nHost: x\r\nCookie: " + cookie + "\r\n\r\n");
        QCOMPARE(client.read().status, 200);
        QWebSocket socket;
        QNetworkRequest upgrade(
            QUrl(QStringLiteral("ws://127.0.0.1:%1/chat").arg(web.server->port())));
        upgrade.setRawHeader("Cookie", cookie);
        socket.open(upgrade);
        QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
        socket.sendTextMessage(
            QString::fromUtf8(test::compact(test::joinCommand(s_lobby, QStringLiteral("nick")))));

        RegistrySnapshot listed;
        QTRY_VERIFY([&] {
            bool arrived = false;
            web.server->registry().snapshot(this, [&](const RegistrySnapshot &snapshot) {
                listed = snapshot;
                arrived = true;
            });
            (void)QTest::qWaitFor([&] { return arrived; }, 5000);
            const ConnectionInfo *ws = find(listed, "ws");
            return ws && !ws->rooms.isEmpty();
        }());
        QCOMPARE(find(listed, "http")->user, QStringLiteral("alice"));
        QCOMPARE(find(listed, "ws")->user, QStringLiteral("alice")); // the session's, not "nick"
        QCOMPARE(find(listed, "ws")->rooms.value(0).user, QStringLiteral("nick"));
    }
};

QTEST_GUILESS_MAIN(TestConnectionRegistry)
#include "tst_connectionregistry.moc"
