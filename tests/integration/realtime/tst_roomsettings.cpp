#include "chatclients.h"
#include "project/projectreader.h"
#include "realtime/roomhistorystore.h"
#include "server/serverinstance.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace yard;
using test::ChatClient;
using test::messageCommand;

// A `websocket` route's project-file keys and its history on disk, through the whole path a
// user's project takes: the project file, the route table, the server, real WebSocket clients.
class TestRoomSettings : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dataDir;
    std::shared_ptr<realtime::RoomHistoryStore> m_store;
    std::unique_ptr<server::ServerInstance> m_server;
    std::vector<std::unique_ptr<ChatClient>> m_clients;

    // One server "chat" with a websocket route at /chat; `keys` are the route's extra keys.
    static project::ServerConfig config(const QByteArray &keys) {
        const QByteArray json = R"({"version":1,"servers":[{"name":"chat","port":0,"workers":2,)"
                                R"("routes":[{"path":"/chat","action":"websocket")" +
                                (keys.isEmpty() ? QByteArray() : ',' + keys) + "}]}]}";
        const auto read = project::ProjectReader::read(json);
        if (!read.project)
            qFatal("%s", qPrintable(read.errors.value(0).toString(QStringLiteral("test"))));
        return read.project->servers.first();
    }

    QString databasePath() const { return m_dataDir.filePath(QStringLiteral("rooms.sqlite")); }

    void openStore() {
        QString error;
        m_store = realtime::RoomHistoryStore::open(databasePath(), &error);
        QVERIFY2(m_store, qPrintable(error));
    }

    void startServer(const QByteArray &keys, bool persistent = false) {
        if (persistent && !m_store)
            openStore();
        m_server = std::make_unique<server::ServerInstance>(config(keys), QString());
        if (persistent)
            m_server->setRoomHistory(m_store);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    // The server and the store go away as at the end of a run; the file stays.
    void shutDown() {
        m_clients.clear();
        m_server.reset();
        m_store.reset();
    }

    ChatClient *connectClient() {
        m_clients.push_back(std::make_unique<ChatClient>());
        ChatClient *client = m_clients.back().get();
        [&] {
            QVERIFY(client->open(m_server->port()));
        }();
        return client;
    }

    ChatClient *joined(const QString &room, const QString &user) {
        ChatClient *client = connectClient();
        client->join(room, user);
        client->waitFor(QStringLiteral("joined"));
        return client;
    }

    static QList<int> historyIds(const QJsonObject &joinedFrame) {
        QList<int> ids;
        for (const QJsonValue &message : joinedFrame.value(QStringLiteral("history")).toArray())
            ids.append(message.toObject().value(QStringLiteral("id")).toInt());
        return ids;
    }

    static QString errorCode(ChatClient *client, qsizetype n = 1) {
        return client->waitFor(QStringLiteral("error"), n).value(QStringLiteral("code")).toString();
    }

    int storedRows() const {
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("tst_roomsettings"));
            db.setDatabaseName(databasePath());
            if (db.open()) {
                QSqlQuery query(QStringLiteral("SELECT COUNT(*) FROM room_messages"), db);
                if (query.next())
                    count = query.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tst_roomsettings"));
        return count;
    }

private Q_SLOTS:
    void cleanup() {
        shutDown();
        QFile::remove(databasePath());
    }

    void roomsPatternRefusesOtherRoomsWithAnErrorFrame() {
        startServer(R"("rooms":"team-*")");
        ChatClient *client = connectClient();
        client->join(QStringLiteral("lobby"), QStringLiteral("ann"));
        QCOMPARE(errorCode(client), QStringLiteral("room-not-allowed"));
        QVERIFY(client->waitFor(QStringLiteral("error"))
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("team-*")));
        client->join(QStringLiteral("team-red"), QStringLiteral("ann")); // the connection stays
        QCOMPARE(client->waitFor(QStringLiteral("joined")).value(QStringLiteral("room")),
                 QJsonValue(QStringLiteral("team-red")));
        QVERIFY(client->ofType(QStringLiteral("joined")).size() == 1);
    }

    void maxRoomsBoundsTheRoomsOfOneConnection() {
        startServer(R"("maxRooms":2)");
        ChatClient *client = connectClient();
        for (const char *room : {"a", "b", "c"})
            client->join(QString::fromLatin1(room), QStringLiteral("ann"));
        QCOMPARE(errorCode(client), QStringLiteral("too-many-rooms"));
        QCOMPARE(client->ofType(QStringLiteral("joined")).size(), 2);
        ChatClient *other = connectClient(); // the limit is per connection
        other->join(QStringLiteral("c"), QStringLiteral("bob"));
        QVERIFY(!other->waitFor(QStringLiteral("joined")).isEmpty());
    }

    void maxMessageBytesClosesWith1009() {
        startServer(R"("maxMessageBytes":256)");
        ChatClient *small = joined(QStringLiteral("r"), QStringLiteral("small"));
        small->send(messageCommand(QStringLiteral("r"), QString(100, u'x')));
        QVERIFY(!small->waitFor(QStringLiteral("message")).isEmpty());
        small->send(messageCommand(QStringLiteral("r"), QString(300, u'x')));
        QTRY_VERIFY(!small->isConnected());
        QCOMPARE(small->socket().closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
    }

    // A reload keeps the rooms (connections from before and after meet in them) and its new
    // limits hold for the connections already open too.
    void reloadAppliesNewLimitsToTheSameRooms() {
        startServer({});
        ChatClient *before = joined(QStringLiteral("team-a"), QStringLiteral("before"));
        QString error;
        QVERIFY2(m_server->applyConfig(config(R"("rooms":"team-*","maxMessageBytes":256)"), &error),
                 qPrintable(error));
        ChatClient *after = connectClient();
        after->join(QStringLiteral("lobby"), QStringLiteral("after"));
        QCOMPARE(errorCode(after), QStringLiteral("room-not-allowed"));
        after->join(QStringLiteral("team-a"), QStringLiteral("after"));
        QCOMPARE(after->waitFor(QStringLiteral("joined"))
                     .value(QStringLiteral("members"))
                     .toArray()
                     .size(),
                 2);
        after->send(messageCommand(QStringLiteral("team-a"), QStringLiteral("hi")));
        QCOMPARE(before->waitFor(QStringLiteral("message")).value(QStringLiteral("text")),
                 QJsonValue(QStringLiteral("hi")));
        before->send(messageCommand(QStringLiteral("team-a"), QString(300, u'x')));
        QTRY_VERIFY(!before->isConnected());
        QCOMPARE(before->socket().closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
    }

    void historyIsBoundedToHistorySize() {
        startServer(R"("historySize":3)", true);
        ChatClient *sender = joined(QStringLiteral("r"), QStringLiteral("sender"));
        for (int i = 1; i <= 5; ++i)
            sender->send(messageCommand(QStringLiteral("r"), QString::number(i)));
        QVERIFY(!sender->waitFor(QStringLiteral("message"), 5).isEmpty());
        ChatClient *late = joined(QStringLiteral("r"), QStringLiteral("late"));
        QCOMPARE(historyIds(late->ofType(QStringLiteral("joined")).value(0)),
                 QList<int>({3, 4, 5}));
        m_store->flush();
        QCOMPARE(storedRows(), 3); // trimmed on disk too
    }

    // Stop, throw the server and its store away, start anew on the same data folder: the room's
    // history is replayed and its ids go on after the highest one stored.
    void historyAndIdsSurviveARestart() {
        startServer(R"("historySize":3)", true);
        ChatClient *sender = joined(QStringLiteral("r"), QStringLiteral("sender"));
        for (int i = 1; i <= 4; ++i)
            sender->send(messageCommand(QStringLiteral("r"), QStringLiteral("m%1").arg(i)));
        QVERIFY(!sender->waitFor(QStringLiteral("message"), 4).isEmpty());
        m_server->stop();
        shutDown();

        startServer(R"("historySize":3)", true);
        ChatClient *back = joined(QStringLiteral("r"), QStringLiteral("back"));
        const QJsonObject replay = back->ofType(QStringLiteral("joined")).value(0);
        QCOMPARE(historyIds(replay), QList<int>({2, 3, 4}));
        QCOMPARE(replay.value(QStringLiteral("history"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QStringLiteral("text")),
                 QJsonValue(QStringLiteral("m4")));
        back->send(messageCommand(QStringLiteral("r"), QStringLiteral("after restart")));
        QCOMPARE(back->waitFor(QStringLiteral("message")).value(QStringLiteral("id")).toInt(), 5);
    }

    // The same instance stopped and started again keeps its hubs: nothing is lost either.
    void stopAndStartKeepsTheHistory() {
        startServer(R"("historySize":5)", true);
        ChatClient *sender = joined(QStringLiteral("r"), QStringLiteral("sender"));
        sender->send(messageCommand(QStringLiteral("r"), QStringLiteral("one")));
        QVERIFY(!sender->waitFor(QStringLiteral("message")).isEmpty());
        m_clients.clear();
        m_server->stop();
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        ChatClient *back = joined(QStringLiteral("r"), QStringLiteral("back"));
        QCOMPARE(historyIds(back->ofType(QStringLiteral("joined")).value(0)), QList<int>({1}));
    }

    // No database (it could not be opened, or none was given): the rooms work in memory.
    void withoutADatabaseRoomsStillWork() {
        startServer(R"("historySize":2)");
        ChatClient *sender = joined(QStringLiteral("r"), QStringLiteral("sender"));
        sender->send(messageCommand(QStringLiteral("r"), QStringLiteral("kept in memory")));
        QVERIFY(!sender->waitFor(QStringLiteral("message")).isEmpty());
        ChatClient *late = joined(QStringLiteral("r"), QStringLiteral("late"));
        QCOMPARE(historyIds(late->ofType(QStringLiteral("joined")).value(0)), QList<int>({1}));
        QVERIFY(!QFile::exists(databasePath()));
    }
};

QTEST_MAIN(TestRoomSettings)
#include "tst_roomsettings.moc"
