#include "http/httprequest.h"
#include "http/httpresponse.h"
#include "rawhttpclient.h"
#include "server/serverinstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTest>
#include <sys/socket.h>
#include <unistd.h>

using namespace yard;

namespace {
// Stands in for the WebSocket hub: takes the connection over, answers 101, then echoes bytes.
class EchoTunnel final : public QObject {
public:
    EchoTunnel(qintptr fd, const QByteArray &leftover)
        : m_fd(fd)
        , m_notifier(int(fd), QSocketNotifier::Read, this) {
        const QByteArray reply = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\n"
                                 "Connection: Upgrade\r\n\r\n" +
                                 leftover;
        ::send(int(m_fd), reply.constData(), std::size_t(reply.size()), MSG_NOSIGNAL);
        connect(&m_notifier, &QSocketNotifier::activated, this, [this] {
            char buffer[4096];
            const ssize_t received = ::recv(int(m_fd), buffer, sizeof buffer, 0);
            if (received <= 0) {
                m_notifier.setEnabled(false);
                ::close(int(m_fd));
                deleteLater();
                return;
            }
            ::send(int(m_fd), buffer, std::size_t(received), MSG_NOSIGNAL);
        });
    }

private:
    qintptr m_fd;
    QSocketNotifier m_notifier;
};

class UpgradeHandler final : public http::RequestHandler {
public:
    void handle(const http::HttpRequest &request, http::HttpResponse &response) const override {
        if (request.upgrade() == "echo") {
            response.takeover = [](qintptr fd, const http::HttpRequest &, QByteArray leftover,
                                   const http::ConnectionIdentity &) {
                new EchoTunnel(fd, leftover);
            };
            return;
        }
        response.body = "plain";
    }
};
} // namespace

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
        m_server = std::make_unique<server::ServerInstance>(config, QString());
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    std::unique_ptr<test::RawHttpClient> connectClient() {
        return std::make_unique<test::RawHttpClient>(m_server->port());
    }

    static QByteArray readResponse(test::RawHttpClient &client, bool head = false) {
        return client.read(head).summary();
    }

    static int openDescriptors() {
        return int(
            QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size());
    }

    // What the descriptors are, for a failure message: "3 -> socket:[123]".
    static QByteArray describeDescriptors() {
        QByteArray text;
        const QDir dir(QStringLiteral("/proc/self/fd"));
        for (const QFileInfo &entry : dir.entryInfoList(QDir::Files | QDir::System))
            text += entry.fileName().toUtf8() + " -> " + entry.symLinkTarget().toUtf8() + '\n';
        return text;
    }

private Q_SLOTS:
    void cleanup() { m_server.reset(); }

    void keepAliveReusesOneConnection() {
        startServer();
        auto client = connectClient();
        for (int i = 0; i < 20; ++i) {
            client->send("GET /a HTTP/1.1\r\nHost: x\r\n\r\n");
            QCOMPARE(readResponse(*client), QByteArray("200 A"));
        }
        QVERIFY(client->isConnected());
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
        client->send(requests);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(readResponse(*client), expected[i]);
    }

    void headAnswersWithoutBody() {
        startServer();
        auto client = connectClient();
        client->send("HEAD /b HTTP/1.1\r\nHost: x\r\n\r\nGET /a HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(readResponse(*client, true), QByteArray("200 "));
        QCOMPARE(readResponse(*client), QByteArray("200 A"));
    }

    void http10ClosesUnlessKeptAlive() {
        startServer();
        auto client = connectClient();
        client->send("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        QCOMPARE(readResponse(*client), QByteArray("200 A"));
        client->send("GET /a HTTP/1.0\r\n\r\n");
        QCOMPARE(readResponse(*client), QByteArray("200 A"));
        QVERIFY(client->waitForClose());
    }

    void expectContinueGets100BeforeTheBody() {
        startServer();
        auto client = connectClient();
        client->send(
            "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n");
        QByteArray &received = client->buffer();
        QTRY_VERIFY(
            (received += client->socket().readAll()).contains("HTTP/1.1 100 Continue\r\n\r\n"));
        received.clear();
        client->send("body");
        QCOMPARE(readResponse(*client), QByteArray("405 Method Not Allowed\n"));
    }

    void malformedRequestGets400AndServerKeepsServing() {
        startServer();
        auto bad = connectClient();
        bad->send("GET /a HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: "
                  "chunked\r\n\r\n");
        QVERIFY(readResponse(*bad).startsWith("400 "));
        QVERIFY(bad->waitForClose());
        auto good = connectClient();
        good->send("GET /a HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(readResponse(*good), QByteArray("200 A"));
    }

    void slowClientGets408() {
        project::LimitsConfig limits;
        limits.headerTimeoutMs = 1500;
        startServer(limits);
        auto client = connectClient();
        const QByteArray request = "GET /a HTTP/1.1\r\nHost: x\r\n\r\n";
        QElapsedTimer timer;
        timer.start();
        for (qsizetype i = 0; i < request.size() && client->isConnected(); ++i) {
            client->send(request.mid(i, 1));
            QTest::qWait(1000); // one byte a second: a slowloris client
            client->buffer() += client->socket().readAll();
            if (client->buffer().contains("408"))
                break;
        }
        QVERIFY(readResponse(*client).startsWith("408 "));
        QVERIFY(timer.elapsed() < 4000);
        QVERIFY(client->waitForClose());
    }

    void connectionsBeyondTheLimitGet503() {
        project::LimitsConfig limits;
        limits.maxConnections = 2;
        startServer(limits);
        auto first = connectClient();
        auto second = connectClient();
        QTRY_COMPARE(m_server->stats().openConnections, 2);
        auto third = connectClient();
        QVERIFY(readResponse(*third).startsWith("503 "));
        first.reset();
        QTRY_COMPARE(m_server->stats().openConnections, 1);
        auto fourth = connectClient();
        fourth->send("GET /a HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(readResponse(*fourth), QByteArray("200 A"));
    }

    void tenThousandConnectionsLeaveNoDescriptorBehind() {
        startServer();
        // Warm up first: threads create some descriptors lazily (an event dispatcher's eventfd),
        // and a loaded machine can delay that past start(). Those are not leaks.
        for (int i = 0; i < 8; ++i) {
            auto client = connectClient();
            client->send("GET /a HTTP/1.1\r\nHost: x\r\n\r\n");
            QCOMPARE(readResponse(*client), QByteArray("200 A"));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_server->stats().openConnections, 0, 10000);
        QTest::qWait(200);
        const int before = openDescriptors();
        const QByteArray beforeList = describeDescriptors();
        for (int batch = 0; batch < 100; ++batch) {
            std::vector<std::unique_ptr<test::RawHttpClient>> clients;
            for (int i = 0; i < 100; ++i)
                clients.push_back(connectClient());
            // Half of them ask something first; the others just go away.
            for (int i = 0; i < 100; i += 2)
                clients[std::size_t(i)]->send("GET /a HTTP/1.1\r\nHost: x\r\n\r\n");
            for (int i = 0; i < 100; i += 2) {
                QCOMPARE(readResponse(*clients[std::size_t(i)]), QByteArray("200 A"));
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_server->stats().openConnections, 0, 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(
            openDescriptors() == before,
            QByteArray(beforeList + "now:\n" + describeDescriptors()).constData(), 10000);
        QCOMPARE(m_server->stats().requests, 5008u);
    }

    void upgradeHandsOverTheSocketWithoutLosingBytes() {
        startServer();
        m_server->setHandler(std::make_shared<UpgradeHandler>());
        auto client = connectClient();
        // A pipelined plain request first, then the upgrade and bytes sent right behind it.
        client->send("GET /p HTTP/1.1\r\nHost: x\r\n\r\n"
                     "GET /e HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\n"
                     "early bytes|");
        QCOMPARE(readResponse(*client), QByteArray("200 plain"));
        QByteArray &received = client->buffer();
        QTRY_VERIFY((received += client->socket().readAll()).contains("early bytes|"));
        QVERIFY(received.startsWith("HTTP/1.1 101 Switching Protocols\r\n"));
        received.clear();
        client->send("later");
        QTRY_COMPARE((received += client->socket().readAll()), QByteArray("later"));
        QTRY_COMPARE(m_server->stats().openConnections, 0); // no longer the engine's connection
    }

    void stopClosesIdleConnectionsAtOnce() {
        startServer();
        auto client = connectClient();
        QTRY_COMPARE(m_server->stats().openConnections, 1);
        QElapsedTimer timer;
        timer.start();
        m_server->stop(3000);
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(client->waitForClose());
        QVERIFY(!m_server->isRunning());
    }
};

QTEST_GUILESS_MAIN(TestHttpEngine)
#include "tst_httpengine.moc"
