// The Connections and Rooms tabs on a real server: rows for live clients, the filter, Kick,
// sending to a room as "server" and closing a room, all through the widgets.
#include "chatclient.h"
#include "connections/connectionspanel.h"
#include "connections/connectiontablemodel.h"
#include "connections/roommodels.h"
#include "connections/roomspanel.h"
#include "document/projectdocument.h"
#include "guitestsupport.h"
#include "mainwindow/serverpages.h"
#include "servers/serverpool.h"

#include <QAbstractItemModelTester>
#include <QDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

using namespace yard;
using namespace yard::ui;
using guitest::Client;

namespace {

http::ConnectionInfo connection(quint64 id, QByteArrayView protocol, const QString &user) {
    http::ConnectionInfo info;
    info.id = id;
    info.protocol = protocol.toByteArray();
    info.remote = QStringLiteral("127.0.0.1:4000");
    info.user = user;
    info.sinceMs = 1700000000000;
    return info;
}

void selectRow(QTableView *table, int row) {
    table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                             QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
}

} // namespace

class TestRegistryViews : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_projectDir;
    QTemporaryDir m_dataDir;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<ServerPool> m_pool;
    int m_id = -1;

private Q_SLOTS:
    void initTestCase() { guitest::isolateSettings(); }

    void init() {
        m_document = std::make_unique<ProjectDocument>();
        QVERIFY(m_document->load(guitest::copyDemo(m_projectDir)).isEmpty());
        m_pool = std::make_unique<ServerPool>(m_document.get());
        m_pool->setLogDatabasePath(m_dataDir.filePath(QStringLiteral("requests.sqlite")));
        m_pool->setDataDirectory(m_dataDir.path());
        m_id = m_document->serverId(0);
        QString error;
        QVERIFY2(m_pool->start(m_id, &error), qPrintable(error));
    }

    void cleanup() {
        m_pool.reset();
        m_document.reset();
    }

    void modelsPassTheTester() {
        ConnectionTableModel connections;
        QAbstractItemModelTester tester(&connections,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        http::ConnectionInfo ws = connection(513, "ws", QStringLiteral("ada"));
        ws.rooms = {{QStringLiteral("lobby"), QStringLiteral("ada")}};
        ws.route = QStringLiteral("/chat");
        connections.setConnections({ws, connection(256, "http", {})});
        QCOMPARE(connections.rowCount(), 2);
        QCOMPARE(connections.id(0), quint64(256)); // by id
        QCOMPARE(connections.data(connections.index(1, ConnectionTableModel::Rooms)).toString(),
                 QStringLiteral("/chat lobby"));
        ws.bytesIn = 2048;
        connections.setConnections({ws, connection(256, "http", {})}); // in place
        QCOMPARE(connections.data(connections.index(1, ConnectionTableModel::BytesIn),
                                  ConnectionTableModel::SortRole),
                 QVariant(quint64(2048)));
        connections.setConnections({});
        QCOMPARE(connections.rowCount(), 0);

        RoomTableModel rooms;
        QAbstractItemModelTester roomTester(&rooms,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        server::RoomSnapshot lobby{QStringLiteral("/chat"),
                                   QStringLiteral("lobby"),
                                   {{513, QStringLiteral("ada")}},
                                   3,
                                   1700000000000};
        rooms.setRooms({lobby});
        QCOMPARE(rooms.rowOf(QStringLiteral("/chat"), QStringLiteral("lobby")), 0);
        QCOMPARE(rooms.data(rooms.index(0, RoomTableModel::Members)).toString(),
                 QStringLiteral("1"));
        lobby.messages = 4;
        rooms.setRooms({lobby});
        QCOMPARE(rooms.data(rooms.index(0, RoomTableModel::Messages)).toString(),
                 QStringLiteral("4"));
        rooms.setRooms({});

        RoomMemberModel members;
        QAbstractItemModelTester memberTester(
            &members, QAbstractItemModelTester::FailureReportingMode::QtTest);
        members.setMembers(lobby.members);
        QCOMPARE(members.connection(0), quint64(513));
        members.setMembers({});
        QCOMPARE(members.rowCount(), 0);
    }

    void connectionsTabListsFiltersAndKicks() {
        ConnectionsPage page(m_document.get(), m_pool.get());
        page.setServerId(m_id);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = page.panel()->findChild<QTableView *>(QStringLiteral("connectionTable"));
        auto *filter = page.panel()->findChild<QLineEdit *>(QStringLiteral("connectionFilter"));
        auto *kick = page.panel()->findChild<QPushButton *>(QStringLiteral("kickConnection"));
        QVERIFY(table && filter && kick);
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        QTcpSocket http;
        http.connectToHost(QHostAddress::LocalHost, QUrl(m_pool->url(m_id)).port());
        QVERIFY(http.waitForConnected(5000));
        Client ada(m_pool->url(m_id));
        QVERIFY(ada.join(QStringLiteral("lobby"), QStringLiteral("ada")));
        QTRY_COMPARE(table->model()->rowCount(), 2); // told by the registry, not polled
        QVERIFY(!kick->isEnabled());

        filter->setText(QStringLiteral("ADA"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, ConnectionTableModel::Protocol).data().toString(),
                 QStringLiteral("ws"));
        selectRow(table, 0);
        QVERIFY(kick->isEnabled());
        kick->click();
        QTRY_COMPARE(ada.socket.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(int(ada.socket.closeCode()), 1008);
        QTRY_COMPARE(table->model()->rowCount(), 0);
        filter->clear();
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, ConnectionTableModel::Protocol).data().toString(),
                 QStringLiteral("http"));

        // Stopped: the list empties and Kick has nothing to act on.
        m_pool->stop(m_id);
        QTRY_COMPARE(table->model()->rowCount(), 0);
        QVERIFY(!kick->isEnabled());
    }

    // "Send to this connection…": the selected WebSocket gets the text as one frame, and the
    // panel says it went; a plain HTTP connection cannot be sent to.
    void sendToThisConnectionReachesTheClient() {
        ConnectionsPage page(m_document.get(), m_pool.get());
        page.setServerId(m_id);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = page.panel()->findChild<QTableView *>(QStringLiteral("connectionTable"));
        auto *send = page.panel()->findChild<QPushButton *>(QStringLiteral("sendToConnection"));
        QVERIFY(table && send);
        QTcpSocket http;
        http.connectToHost(QHostAddress::LocalHost, QUrl(m_pool->url(m_id)).port());
        QVERIFY(http.waitForConnected(5000));
        Client ada(m_pool->url(m_id));
        QVERIFY(ada.join(QStringLiteral("lobby"), QStringLiteral("ada")));
        QTRY_COMPARE(table->model()->rowCount(), 2);
        int wsRow = -1;
        for (int row = 0; row < 2; ++row) {
            if (table->model()->index(row, ConnectionTableModel::Protocol).data().toString() ==
                u"ws")
                wsRow = row;
        }
        QVERIFY(wsRow >= 0);
        selectRow(table, 1 - wsRow);
        QVERIFY(!send->isEnabled()); // plain HTTP
        selectRow(table, wsRow);
        QVERIFY(send->isEnabled());
        send->click();
        auto *dialog = page.findChild<QDialog *>(QStringLiteral("sendToConnectionDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("sendText"))
            ->setPlainText(QStringLiteral(R"({"type":"notice","text":"from the app"})"));
        if (const QString dir = qEnvironmentVariable("YARD_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog->grab().save(dir + QStringLiteral("/send-to-connection.png"));
        dialog->findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
        QTRY_COMPARE(ada.ofType(QStringLiteral("notice")).size(), 1);
        QCOMPARE(ada.ofType(QStringLiteral("notice")).front().value(QStringLiteral("text")),
                 QStringLiteral("from the app"));
        auto *status = page.panel()->findChild<QLabel *>(QStringLiteral("connectionStatus"));
        QTRY_VERIFY(status->text().startsWith(QStringLiteral("Sent to connection ")));
    }

    void roomsTabSendsKicksAndCloses() {
        RoomsPage page(m_document.get(), m_pool.get());
        page.setServerId(m_id);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        RoomsPanel *panel = page.panel();
        auto *rooms = panel->findChild<QTableView *>(QStringLiteral("roomTable"));
        auto *members = panel->findChild<QTableView *>(QStringLiteral("memberTable"));
        auto *message = panel->findChild<QLineEdit *>(QStringLiteral("roomMessage"));
        auto *send = panel->findChild<QPushButton *>(QStringLiteral("sendToRoom"));
        auto *close = panel->findChild<QPushButton *>(QStringLiteral("closeRoom"));
        auto *kick = panel->findChild<QPushButton *>(QStringLiteral("kickMember"));
        QVERIFY(rooms && members && message && send && close && kick);
        QAbstractItemModelTester tester(rooms->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        Client ada(m_pool->url(m_id));
        Client bob(m_pool->url(m_id));
        QVERIFY(ada.join(QStringLiteral("lobby"), QStringLiteral("ada")));
        QVERIFY(bob.join(QStringLiteral("lobby"), QStringLiteral("bob")));
        QTRY_COMPARE(rooms->model()->rowCount(), 1);
        QVERIFY(!close->isEnabled());
        selectRow(rooms, 0);
        QTRY_COMPARE(members->model()->rowCount(), 2);
        QCOMPARE(members->model()->index(0, RoomMemberModel::User).data().toString(),
                 QStringLiteral("ada"));

        message->setText(QStringLiteral("maintenance at noon"));
        QVERIFY(send->isEnabled());
        send->click();
        QVERIFY(message->text().isEmpty());
        for (Client *client : {&ada, &bob}) {
            QTRY_COMPARE(client->ofType(QStringLiteral("message")).size(), 1);
            const QJsonObject frame = client->ofType(QStringLiteral("message")).first();
            QCOMPARE(frame.value(QStringLiteral("user")).toString(), QStringLiteral("server"));
            QCOMPARE(frame.value(QStringLiteral("text")).toString(),
                     QStringLiteral("maintenance at noon"));
        }
        QTRY_COMPARE(rooms->model()->index(0, RoomTableModel::Messages).data().toString(),
                     QStringLiteral("1"));
        // The room's message stream shows it, then a member's message after it.
        auto *stream = panel->findChild<QListWidget *>(QStringLiteral("roomMessages"));
        QVERIFY(stream);
        QTRY_COMPARE(stream->count(), 1);
        QVERIFY2(stream->item(0)->text().endsWith(QStringLiteral("server: maintenance at noon")),
                 qPrintable(stream->item(0)->text()));
        ada.socket.sendTextMessage(
            QStringLiteral(R"({"type":"message","room":"lobby","text":"noted"})"));
        QTRY_COMPARE(stream->count(), 2);
        QVERIFY(stream->item(1)->text().endsWith(QStringLiteral("ada: noted")));

        selectRow(members, 1); // bob
        QVERIFY(kick->isEnabled());
        kick->click();
        QTRY_COMPARE(bob.socket.state(), QAbstractSocket::UnconnectedState);
        QTRY_COMPARE(members->model()->rowCount(), 1);
        QVERIFY(rooms->selectionModel()->hasSelection()); // kept through the refresh

        close->click();
        QTRY_COMPARE(ada.ofType(QStringLiteral("room-closed")).size(), 1);
        QTRY_COMPARE(rooms->model()->rowCount(), 0);
        QCOMPARE(members->model()->rowCount(), 0);
        QCOMPARE(ada.socket.state(), QAbstractSocket::ConnectedState);
    }
};

QTEST_MAIN(TestRegistryViews)
#include "tst_registryviews.moc"
