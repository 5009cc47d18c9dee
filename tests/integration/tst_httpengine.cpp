#include "routing/routetable.h"
#include "server/serverinstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

using namespace yard;

// The engine with real sockets: a ServerInstance on an ephemeral port, raw QTcpSocket clients.
class TestHttpEngine : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<server::ServerInstance> m_server;

    static project::RouteConfig respond(const QString &path, const QString &body) {
        project::RouteConfig route;
        route.method = QStringLiteral("GET");
        route.path = path;
        route.action = project::RouteAction::Respond;
        route.body = body;
        return route;
    }

    void startServer(const project::LimitsConfig &limits = {}) {
        project::ServerConfig config;
        config.name = QStringLiteral("test");
        config.workers = 2;
        config.routes = {respond(QStringLiteral("/a"), QStringLiteral("A")),
                         respond(QStringLiteral("/b"), QStringLiteral("BB"))};
        config.limits = limits;
        m_server = std::make_unique<server::ServerInstance>(config);
        m_server->setHandler(
            std::make_shared<routing::RouteTable>(config, [] { return QByteArray(); }));
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    std::unique_ptr<QTcpSocket> connectClient() {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_server->port());
        if (!socket->waitForConnected(5000))
            qWarning("connect failed: %s", qPrintable(socket->errorString()));
        return socket;
    }

    // Reads one response (Content-Length framing) and returns "STATUS BODY".
    static QByteArray readResponse(QTcpSocket &socket, QByteArray &buffer, bool head = false) {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 5000) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                const QByteArray headBlock = buffer.left(end);
                qsizetype length = 0;
                for (const QByteArray &line : headBlock.split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (head)
                    length = 0;
                if (buffer.size() >= end + 4 + length) {
                    const QByteArray status = headBlock.mid(9, 3);
                    const QByteArray body = buffer.mid(end + 4, length);
                    buffer.remove(0, end + 4 + length);
                    return status + ' ' + body;
                }
            }
            if (socket.state() != QAbstractSocket::ConnectedState && !socket.bytesAvailable())
                break;
            socket.waitForReadyRead(100);
            buffer += socket.readAll();
        }
        return "timeout " + buffer;
    }

    static bool waitForClose(QTcpSocket &socket, int ms = 5000) {
        QElapsedTimer timer;
        timer.start();
        while (socket.state() != QAbstractSocket::UnconnectedState && timer.elapsed() < ms)
            socket.waitForDisconnected(100);
        return socket.state() == QAbstractSocket::UnconnectedState;
    }

    static int openDescriptors() {
        return int(
            QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size());
    }

private Q_SLOTS:
    void cleanup() { m_server.reset(); }

    void keepAliveReusesOneConnection() {
        startServer();
        auto client = connectClient();
        QByteArray buffer;
        for (int i = 0; i < 20; ++i) {
            client->write("GET /a HTTP/1.1\r\nHost: x\r\n\r\n");
            QCOMPARE(readResponse(*client, buffer), QByteArray("200 A"));
        }
        QCOMPARE(client->state(), QAbstractSocket::ConnectedState);
        QCOMPARE(m_server->stats().requests, 20u);
        QCOMPARE(m_server->stats().openConnections, 1);
    }

    void hundredPipelinedRequestsAnsweredInOrder() {
        startServer();
        auto client = connectClient();
        QByteArray requests;
        QList<QByteArray> expected;
        for (int i = 0; i < 100; ++i) {
            const int kind = i % 3;
            requests += kind == 0   ? "GET /a HTTP/1.1\r\nHost: x\r\n\r\n"
                        : kind == 1 ? "GET /b HTTP/1.1\r\nHost: x\r\n\r\n"
                                    : "GET /none HTTP/1.1\r\nHost: x\r\n\r\n";
            expected.append(kind == 0 ? "200 A" : kind == 1 ? "200 BB" : "404 Not Found\n");
        }
        client->write(requests);
        QByteArray buffer;
        for (int i = 0; i < 100; ++i)
            QCOMPARE(readResponse(*client, buffer), expected[i]);
    }

    void headAnswersWithoutBody() {
        startServer();
        auto client = connectClient();
        client->write("HEAD /b HTTP/1.1\r\nHost: x\r\n\r\nGET /a HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray buffer;
        QCOMPARE(readResponse(*client, buffer, true), QByteArray("200 "));
        QCOMPARE(readResponse(*client, buffer), QByteArray("200 A"));
    }

    void http10ClosesUnlessKeptAlive() {
        startServer();
        auto client = connectClient();
        QByteArray buffer;
        client->write("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        QCOMPARE(readResponse(*client, buffer), QByteArray("200 A"));
        client->write("GET /a HTTP/1.0\r\n\r\n");
        QCOMPARE(readResponse(*client, buffer), QByteArray("200 A"));
        QVERIFY(waitForClose(*client));
    }

    void expectContinueGets100BeforeTheBody() {
        startServer();
        auto client = connectClient();
        client->write(
            "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n");
        QByteArray buffer;
        QTRY_VERIFY((buffer += client->readAll()).contains("HTTP/1.1 100 Continue\r\n\r\n"));
        buffer.clear();
        client->write("body");
        QCOMPARE(readResponse(*client, buffer), QByteArray("405 Method Not Allowed\n"));
    }

    void malformedRequestGets400AndServerKeepsServing() {
        startServer();
        auto bad = connectClient();
        bad->write("GET /a HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: "
                   "chunked\r\n\r\n");
        QByteArray buffer;
        QVERIFY(readResponse(*bad, buffer).startsWith("400 "));
        QVERIFY(waitForClose(*bad));
        auto good = connectClient();
        good->write("GET /a HTTP/1.1\r\nHost: x\r\n\r\n");
        buffer.clear();
        QCOMPARE(readResponse(*good, buffer), QByteArray("200 A"));
    }

    void slowClientGets408() {
        project::LimitsConfig limits;
        limits.headerTimeoutMs = 1500;
        startServer(limits);
        auto client = connectClient();
        const QByteArray request = "GET /a HTTP/1.1\r\nHost: x\r\n\r\n";
        QByteArray buffer;
        QElapsedTimer timer;
        timer.start();
        for (qsizetype i = 0;
             i < request.size() && client->state() == QAbstractSocket::ConnectedState; ++i) {
            client->write(request.mid(i, 1));
            client->waitForBytesWritten(100);
            QTest::qWait(1000); // one byte a second: a slowloris client
            buffer += client->readAll();
            if (buffer.contains("408"))
                break;
        }
        QVERIFY(readResponse(*client, buffer).startsWith("408 "));
        QVERIFY(timer.elapsed() < 4000);
        QVERIFY(waitForClose(*client));
    }

    void connectionsBeyondTheLimitGet503() {
        project::LimitsConfig limits;
        limits.maxConnections = 2;
        startServer(limits);
        auto first = connectClient();
        auto second = connectClient();
        QTRY_COMPARE(m_server->stats().openConnections, 2);
        auto third = connectClient();
        QByteArray buffer;
        QVERIFY(readResponse(*third, buffer).startsWith("503 "));
        first.reset();
        QTRY_COMPARE(m_server->stats().openConnections, 1);
        auto fourth = connectClient();
        fourth->write("GET /a HTTP/1.1\r\nHost: x\r\n\r\n");
        buffer.clear();
        QCOMPARE(readResponse(*fourth, buffer), QByteArray("200 A"));
    }

    void tenThousandConnectionsLeaveNoDescriptorBehind() {
        startServer();
        const int before = openDescriptors();
        for (int batch = 0; batch < 100; ++batch) {
            std::vector<std::unique_ptr<QTcpSocket>> clients;
            for (int i = 0; i < 100; ++i)
                clients.push_back(connectClient());
            // Half of them ask something first; the others just go away.
            for (int i = 0; i < 100; i += 2)
                clients[std::size_t(i)]->write("GET /a HTTP/1.1\r\nHost: x\r\n\r\n");
            for (int i = 0; i < 100; i += 2) {
                QByteArray buffer;
                QCOMPARE(readResponse(*clients[std::size_t(i)], buffer), QByteArray("200 A"));
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_server->stats().openConnections, 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(openDescriptors(), before, 10000);
        QCOMPARE(m_server->stats().requests, 5000u);
    }

    void stopClosesIdleConnectionsAtOnce() {
        startServer();
        auto client = connectClient();
        QTRY_COMPARE(m_server->stats().openConnections, 1);
        QElapsedTimer timer;
        timer.start();
        m_server->stop(3000);
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(waitForClose(*client));
        QVERIFY(!m_server->isRunning());
    }
};

QTEST_GUILESS_MAIN(TestHttpEngine)
#include "tst_httpengine.moc"
