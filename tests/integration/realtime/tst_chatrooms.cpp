#include "chatclients.h"
#include "http/httprequest.h"
#include "http/httpresponse.h"
#include "rawhttpclient.h"
#include "realtime/framewriter.h"
#include "realtime/roomhub.h"
#include "realtime/websocketroute.h"
#include "server/serverinstance.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace yard;
using realtime::FrameWriter;
using realtime::Opcode;
using test::ChatClient;
using test::compact;
using test::joinCommand;
using test::jsonObject;
using test::messageCommand;
using test::RawClient;

namespace {
// What the `websocket` route action will do once routing calls handleWebSocketRoute.
class ChatHandler final : public http::RequestHandler {
public:
    explicit ChatHandler(std::shared_ptr<realtime::RoomHub> hub)
        : m_hub(std::move(hub)) {}
    void handle(const http::HttpRequest &request, http::HttpResponse &response) const override {
        if (request.path() == "/chat")
            realtime::handleWebSocketRoute(*m_hub, request, response);
        else
            response.status = 404;
    }

private:
    std::shared_ptr<realtime::RoomHub> m_hub;
};

} // namespace

// The chat-room protocol of CONTRACT.md on a real server: two worker threads, real sockets.
class TestChatRooms : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<realtime::RoomHub> m_hub;
    std::unique_ptr<server::ServerInstance> m_server;
    std::vector<std::unique_ptr<ChatClient>> m_clients;

    void startServer(const realtime::RoomLimits &limits = {}) {
        project::ServerConfig config;
        config.name = QStringLiteral("chat");
        config.workers = 2;
        m_hub = std::make_shared<realtime::RoomHub>(limits);
        m_server = std::make_unique<server::ServerInstance>(config, QString());
        m_server->setHandler(std::make_shared<ChatHandler>(m_hub));
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    ChatClient *connectClient() {
        m_clients.push_back(std::make_unique<ChatClient>());
        ChatClient *client = m_clients.back().get();
        [&] {
            QVERIFY(client->open(m_server->port()));
        }();
        return client;
    }

    // A client that has joined `room` as `user` and seen its `joined` reply.
    ChatClient *joined(const QString &room, const QString &user) {
        ChatClient *client = connectClient();
        client->join(room, user);
        client->waitFor(QStringLiteral("joined"));
        return client;
    }

    static QStringList members(const QJsonObject &joinedFrame) {
        QStringList names;
        for (const QJsonValue &name : joinedFrame.value(QStringLiteral("members")).toArray())
            names.append(name.toString());
        names.sort();
        return names;
    }

private Q_SLOTS:
    void cleanup() {
        m_clients.clear();
        m_server.reset();
        m_hub.reset();
    }

    void plainRequestIsTold426() {
        startServer();
        test::RawHttpClient client(m_server->port());
        client.send("GET /chat HTTP/1.1\r\nHost: x\r\n\r\n");
        const test::RawHttpClient::Response response = client.read();
        QCOMPARE(response.status, 426);
        QCOMPARE(response.header("Upgrade"), QByteArray("websocket"));
        QVERIFY(!response.body.isEmpty());
    }

    void joinAnnouncesPresenceAndListsMembers() {
        startServer();
        ChatClient *alice = joined(QStringLiteral("r1"), QStringLiteral("alice"));
        const QJsonObject first = alice->ofType(QStringLiteral("joined")).value(0);
        QCOMPARE(first.value(QStringLiteral("room")).toString(), QStringLiteral("r1"));
        QCOMPARE(members(first), QStringList{QStringLiteral("alice")});
        QVERIFY(first.value(QStringLiteral("history")).toArray().isEmpty());

        ChatClient *bob = joined(QStringLiteral("r1"), QStringLiteral("bob"));
        QCOMPARE(members(bob->ofType(QStringLiteral("joined")).value(0)),
                 (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
        const QJsonObject notice = alice->waitFor(QStringLiteral("user-joined"));
        QCOMPARE(notice.value(QStringLiteral("user")).toString(), QStringLiteral("bob"));
        QCOMPARE(notice.value(QStringLiteral("room")).toString(), QStringLiteral("r1"));
        QVERIFY(bob->ofType(QStringLiteral("user-joined")).isEmpty()); // not told of itself

        bob->send(jsonObject({{QStringLiteral("type"), QStringLiteral("leave")},
                              {QStringLiteral("room"), QStringLiteral("r1")}}));
        QCOMPARE(alice->waitFor(QStringLiteral("user-left")).value(QStringLiteral("user")),
                 QJsonValue(QStringLiteral("bob")));
        QTRY_COMPARE(m_hub->rooms().value(0).members, QStringList{QStringLiteral("alice")});
    }

    void messagesReachEveryMemberAndStayInHistory() {
        startServer();
        ChatClient *alice = joined(QStringLiteral("r"), QStringLiteral("alice"));
        ChatClient *bob = joined(QStringLiteral("r"), QStringLiteral("bob"));
        alice->send(messageCommand(QStringLiteral("r"), QStringLiteral("hi \"bob\" \u00e9\n")));
        for (ChatClient *client : {alice, bob}) { // the sender gets its copy too
            const QJsonObject message = client->waitFor(QStringLiteral("message"));
            QCOMPARE(message.value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
            QCOMPARE(message.value(QStringLiteral("text")).toString(),
                     QStringLiteral("hi \"bob\" \u00e9\n"));
            QCOMPARE(message.value(QStringLiteral("id")).toInt(), 1);
            QVERIFY(message.value(QStringLiteral("ts")).toDouble() > 1.6e12);
        }
        ChatClient *carol = joined(QStringLiteral("r"), QStringLiteral("carol"));
        const QJsonArray history = carol->ofType(QStringLiteral("joined"))
                                       .value(0)
                                       .value(QStringLiteral("history"))
                                       .toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0].toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("hi \"bob\" \u00e9\n"));
        QTest::qWait(100);
        QVERIFY(carol->ofType(QStringLiteral("message")).isEmpty()); // history only, not twice
    }

    void roomsAreSeparateAndOneConnectionMayBeInSeveral() {
        startServer();
        ChatClient *both = joined(QStringLiteral("a"), QStringLiteral("both"));
        both->join(QStringLiteral("b"), QStringLiteral("both"));
        QVERIFY(!both->waitFor(QStringLiteral("joined"), 2).isEmpty());
        ChatClient *onlyB = joined(QStringLiteral("b"), QStringLiteral("onlyB"));
        both->send(messageCommand(QStringLiteral("a"), QStringLiteral("to a")));
        both->send(messageCommand(QStringLiteral("b"), QStringLiteral("to b")));
        QCOMPARE(onlyB->waitFor(QStringLiteral("message")).value(QStringLiteral("text")),
                 QJsonValue(QStringLiteral("to b")));
        QCOMPARE(both->waitFor(QStringLiteral("message"), 2).value(QStringLiteral("text")),
                 QJsonValue(QStringLiteral("to b")));
        QTest::qWait(100);
        QCOMPARE(onlyB->ofType(QStringLiteral("message")).size(), 1);
        // Disconnecting leaves every room: onlyB hears of it in b.
        both->socket().close();
        QCOMPARE(onlyB->waitFor(QStringLiteral("user-left")).value(QStringLiteral("room")),
                 QJsonValue(QStringLiteral("b")));
    }

    void errorsAreFramesAndTheConnectionStays() {
        startServer();
        ChatClient *client = connectClient();
        client->send(messageCommand(QStringLiteral("nowhere"), QStringLiteral("hello?")));
        QCOMPARE(client->waitFor(QStringLiteral("error")).value(QStringLiteral("code")),
                 QJsonValue(QStringLiteral("not-joined")));
        client->socket().sendTextMessage(QStringLiteral("{not json"));
        QCOMPARE(client->waitFor(QStringLiteral("error"), 2).value(QStringLiteral("code")),
                 QJsonValue(QStringLiteral("bad-json")));
        client->send(jsonObject({{QStringLiteral("type"), QStringLiteral("dance")}}));
        QCOMPARE(client->waitFor(QStringLiteral("error"), 3).value(QStringLiteral("code")),
                 QJsonValue(QStringLiteral("unknown-type")));
        QVERIFY(client->isConnected());
        client->join(QStringLiteral("r"), QStringLiteral("me"));
        QVERIFY(!client->waitFor(QStringLiteral("joined")).isEmpty());
        QVERIFY(!client->ofType(QStringLiteral("message")).size());
    }

    void oversizedMessageClosesWith1009() {
        realtime::RoomLimits limits;
        limits.maxMessageBytes = 1024;
        startServer(limits);
        ChatClient *client = joined(QStringLiteral("r"), QStringLiteral("big"));
        client->send(messageCommand(QStringLiteral("r"), QString(2000, u'x')));
        QTRY_VERIFY(!client->isConnected());
        QCOMPARE(client->socket().closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
    }

    void invalidUtf8ClosesWith1007() {
        startServer();
        RawClient client(m_server->port());
        QVERIFY(client.handshake());
        client.sendText("{\"type\":\"join\",\"room\":\"r\",\"user\":\"\xff\"}");
        QCOMPARE(client.nextFrame(), QByteArray("close:1007"));
        QVERIFY(client.waitForEof(3000));
    }

    void closeHandshakeEchoesTheCode() {
        startServer();
        RawClient client(m_server->port());
        QVERIFY(client.handshake());
        client.send(FrameWriter::clientFrame(Opcode::Ping, "hb"));
        QCOMPARE(client.nextFrame(), QByteArray("pong:"));
        client.send(FrameWriter::clientFrame(Opcode::Close, QByteArray("\x0b\xb8", 2))); // 3000
        QCOMPARE(client.nextFrame(), QByteArray("close:3000"));
        QVERIFY(client.waitForEof(3000));
    }

    void silentPeerIsPingedThenClosed() {
        realtime::RoomLimits limits;
        limits.pingIntervalMs = 200;
        limits.pongTimeoutMs = 200;
        startServer(limits);
        ChatClient *lively = joined(QStringLiteral("r"), QStringLiteral("lively")); // auto-pongs
        RawClient silent(m_server->port());
        QVERIFY(silent.handshake());
        QCOMPARE(silent.nextFrame(2000), QByteArray("ping:"));
        QCOMPARE(silent.nextFrame(2000), QByteArray("close:1008")); // no pong
        QTest::qWait(300);
        QVERIFY(lively->isConnected());
    }

    void slowConsumerIsDroppedWithoutStallingOthers() {
        realtime::RoomLimits limits;
        limits.maxSendBufferBytes = 256 * 1024;
        startServer(limits);
        ChatClient *sender = joined(QStringLiteral("flood"), QStringLiteral("sender"));
        ChatClient *reader = joined(QStringLiteral("flood"), QStringLiteral("reader"));
        RawClient slow(m_server->port(), 4096); // joins, then never reads
        QVERIFY(slow.handshake());
        slow.sendText(compact(joinCommand(QStringLiteral("flood"), QStringLiteral("slow"))));
        QTRY_COMPARE(m_hub->rooms().value(0).members.size(), 3);

        const int count = 3000;
        const QString text(2000, u'm');
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < count; ++i)
            sender->send(messageCommand(QStringLiteral("flood"), text + QString::number(i)));
        QTRY_COMPARE_WITH_TIMEOUT(reader->ofType(QStringLiteral("message")).size(), count, 20000);
        QVERIFY2(timer.elapsed() < 20000, "the slow member held the others back");
        QCOMPARE(reader->waitFor(QStringLiteral("user-left")).value(QStringLiteral("user")),
                 QJsonValue(QStringLiteral("slow")));
        QCOMPARE(sender->ofType(QStringLiteral("message")).size(), count);
        QVERIFY(slow.waitForEof(5000));
    }

    void membersOnBothWorkersGetEveryMessageOnceInOrder() {
        startServer();
        const int clients = 6;
        const int perSender = 100;
        QList<ChatClient *> all;
        for (int i = 0; i < clients; ++i)
            all.append(joined(QStringLiteral("x"), QStringLiteral("u%1").arg(i)));
        // Connections are dealt to the two workers in turn: both hold members.
        const QList<ChatClient *> senders = {all[0], all[1], all[2]};
        for (int i = 0; i < perSender; ++i) {
            for (int s = 0; s < senders.size(); ++s)
                senders[s]->send(
                    messageCommand(QStringLiteral("x"), QStringLiteral("%1:%2").arg(s).arg(i)));
        }
        const int total = perSender * int(senders.size());
        for (ChatClient *client : all) {
            QTRY_COMPARE_WITH_TIMEOUT(client->ofType(QStringLiteral("message")).size(), total,
                                      10000);
        }
        QTest::qWait(100);
        for (ChatClient *client : all) {
            const QList<QJsonObject> messages = client->ofType(QStringLiteral("message"));
            QCOMPARE(messages.size(), total); // exactly once
            QList<int> next(senders.size(), 0);
            QSet<int> ids;
            for (const QJsonObject &message : messages) {
                const QStringList parts =
                    message.value(QStringLiteral("text")).toString().split(u':');
                const int sender = parts[0].toInt();
                QCOMPARE(parts[1].toInt(), next[sender]++); // in order per sender
                ids.insert(message.value(QStringLiteral("id")).toInt());
            }
            QCOMPARE(ids.size(), total);
        }
    }

    void stoppingTheServerSaysGoingAway() {
        startServer();
        ChatClient *client = joined(QStringLiteral("r"), QStringLiteral("me"));
        m_server->stop(0);
        QTRY_VERIFY(!client->isConnected());
        QCOMPARE(client->socket().closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
    }
};

QTEST_GUILESS_MAIN(TestChatRooms)
#include "tst_chatrooms.moc"
