#include "server/serverinstance.h"

#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace yard;

// Hot reload (routing issue): route tables swapped under load, no request lost or mixed.
class TestHotReload : public QObject {
    Q_OBJECT

private:
    static project::ServerConfig config(const QString &body) {
        project::RouteConfig route;
        route.method = QStringLiteral("GET");
        route.path = QStringLiteral("/v");
        route.action = project::RouteAction::Respond;
        route.headers =
            project::HeaderList{{QStringLiteral("Content-Type"), QStringLiteral("text/plain")}};
        route.body = body;
        project::ServerConfig server;
        server.name = QStringLiteral("reload");
        server.workers = 2;
        server.routes = {route};
        return server;
    }

    // A keep-alive client that sends the next request as soon as a response is complete.
    struct Client {
        QTcpSocket socket;
        QByteArray buffer;
        int answered = 0;
        int unexpected = 0;
    };

    static void send(Client &client) { client.socket.write("GET /v HTTP/1.1\r\nHost: x\r\n\r\n"); }

    // Consumes complete responses; each must be one of the two tables' answers.
    static void onReadyRead(Client &client) {
        client.buffer += client.socket.readAll();
        for (;;) {
            const qsizetype end = client.buffer.indexOf("\r\n\r\n");
            if (end < 0 || client.buffer.size() < end + 5)
                return;
            const QByteArray status = client.buffer.left(12);
            const char body = client.buffer.at(end + 4);
            if (status != "HTTP/1.1 200" || (body != 'A' && body != 'B'))
                ++client.unexpected;
            client.buffer.remove(0, end + 5);
            ++client.answered;
            send(client);
        }
    }

private Q_SLOTS:
    void thousandReloadsUnderLoad() {
        server::ServerInstance server(config(QStringLiteral("A")), QString());
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));

        std::vector<std::unique_ptr<Client>> clients;
        for (int i = 0; i < 50; ++i) {
            auto client = std::make_unique<Client>();
            Client *raw = client.get();
            connect(&raw->socket, &QTcpSocket::readyRead, this, [raw] { onReadyRead(*raw); });
            raw->socket.connectToHost(QHostAddress::LocalHost, server.port());
            QVERIFY(raw->socket.waitForConnected(5000));
            send(*raw);
            clients.push_back(std::move(client));
        }

        int reloads = 0;
        QTimer reloader;
        connect(&reloader, &QTimer::timeout, this, [&] {
            QString reloadError;
            if (server.applyConfig(config(reloads % 2 ? QStringLiteral("A") : QStringLiteral("B")),
                                   &reloadError))
                ++reloads;
            if (reloads == 1000)
                reloader.stop();
        });
        reloader.start(1);
        QTRY_COMPARE_WITH_TIMEOUT(reloads, 1000, 60000);

        int answered = 0;
        for (const auto &client : clients) {
            QCOMPARE(client->unexpected, 0);
            QCOMPARE(client->socket.state(), QAbstractSocket::ConnectedState);
            QVERIFY(client->answered > 0);
            answered += client->answered;
        }
        qInfo("%d responses during 1000 reloads", answered);
        QVERIFY(server.stats().errors == 0);
    }

    void failedReloadKeepsTheOldTable() {
        server::ServerInstance server(config(QStringLiteral("A")), QString());
        QString error;
        QVERIFY(server.start(&error));
        project::ServerConfig broken = config(QStringLiteral("B"));
        broken.routes[0].body.reset();
        broken.routes[0].bodyFile = QStringLiteral("/nonexistent/body.json");
        QVERIFY(!server.applyConfig(broken, &error));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent/body.json")), qPrintable(error));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /v HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray response;
        QTRY_VERIFY((response += socket.readAll()).endsWith("\r\n\r\nA"));
    }
};

QTEST_GUILESS_MAIN(TestHotReload)
#include "tst_hotreload.moc"
