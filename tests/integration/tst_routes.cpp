#include "project/projectreader.h"
#include "rawhttpclient.h"
#include "server/serverinstance.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace yard;
using test::RawHttpClient;

// Routes as users write them, served through the real engine and sockets.
class TestRoutes : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_big; // www/big.bin
    std::unique_ptr<server::ServerInstance> m_server;

    RawHttpClient::Response get(const QByteArray &target, const QByteArray &extra = {}) {
        RawHttpClient client(m_server->port());
        client.send("GET " + target + " HTTP/1.1\r\nHost: x\r\n" + extra + "\r\n");
        return client.read();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("www")));
        m_big.resize(256 * 1024);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(m_big.data()), m_big.size() / 4);
        QFile file(m_dir.filePath(QStringLiteral("www/big.bin")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_big);
        file.close();
        QFile project(QStringLiteral(YARD_TEST_DATA "/projects/routes.yard.json"));
        QVERIFY(project.open(QIODevice::ReadOnly));
        const auto read = project::ProjectReader::read(project.readAll(), m_dir.path());
        QVERIFY2(read.project, qPrintable(read.errors.value(0).toString(QStringLiteral("p"))));
        m_server = std::make_unique<server::ServerInstance>(read.project->servers[0], m_dir.path());
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_server.reset(); }

    void templatesEscapeForTheContentType() {
        QCOMPARE(get("/users/42").body, QByteArray("{\"id\":\"42\"}"));
        QCOMPARE(get("/users/a%22b%5C").body, QByteArray("{\"id\":\"a\\\"b\\\\\"}"));
        QCOMPARE(get("/hi?name=%3Cscript%3E").body, QByteArray("<p>&lt;script&gt;</p>"));
        RawHttpClient client(m_server->port());
        client.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    "Content-Length: 25\r\n\r\n{\"user\":{\"name\":\"Ada\"}}  ");
        const auto response = client.read();
        QCOMPARE(response.status, 201);
        QCOMPARE(response.body, QByteArray("{\"got\":\"Ada\"}"));
    }

    void redirectsRenderTargetsAndKeepTheQuery() {
        const auto blog = get("/blog/2024/hello%20world?ref=feed");
        QCOMPARE(blog.status, 308);
        QCOMPARE(blog.header("location"), QByteArray("/posts/hello%20world?ref=feed"));
        const auto old = get("/old?x=1");
        QCOMPARE(old.status, 301);
        QCOMPARE(old.header("location"), QByteArray("/new"));
    }

    void staticFilesGoOutWhole() {
        const auto response = get("/static/big.bin");
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body.size(), m_big.size());
        QVERIFY(response.body == m_big);
        QCOMPARE(response.header("cache-control"), QByteArray("public, max-age=60"));

        const auto range = get("/static/big.bin", "Range: bytes=1000-1999\r\n");
        QCOMPARE(range.status, 206);
        QVERIFY(range.body == m_big.mid(1000, 1000));

        const auto notModified =
            get("/static/big.bin", "If-None-Match: " + response.header("etag") + "\r\n");
        QCOMPARE(notModified.status, 304);
        QVERIFY(notModified.body.isEmpty());
    }

    void headOfAStaticFileHasNoBody() {
        RawHttpClient client(m_server->port());
        client.send("HEAD /static/big.bin HTTP/1.1\r\nHost: x\r\n\r\nGET /fast HTTP/1.1\r\nHost: "
                    "x\r\n\r\n");
        const auto head = client.read(true);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.header("content-length"), QByteArray::number(m_big.size()));
        QCOMPARE(client.read().body, QByteArray("fast")); // nothing of the file came in between
    }

    void traversalNeverLeavesTheRoot() {
        QCOMPARE(get("/static/../tst_routes.cpp").status, 404);
        QCOMPARE(get("/static/%2e%2e/%2e%2e/etc/passwd").status, 404);
        QCOMPARE(get("/static/..%2fbig.bin").status, 404);
    }

    void aDelayDoesNotBlockTheWorker() {
        // One worker thread: the fast request must not wait for the slow one's delay.
        RawHttpClient slow(m_server->port());
        QElapsedTimer timer;
        timer.start();
        slow.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(get("/fast").body, QByteArray("fast"));
        QVERIFY(timer.elapsed() < 300);
        QCOMPARE(slow.read().body, QByteArray("slow"));
        QVERIFY(timer.elapsed() >= 400);
    }

    void pipelinedResponsesStayInOrderAfterADelay() {
        RawHttpClient client(m_server->port());
        client.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /fast HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(client.read().body, QByteArray("slow"));
        QCOMPARE(client.read().body, QByteArray("fast"));
    }

    void unknownPathsAndMethods() {
        QCOMPARE(get("/nope").status, 404);
        RawHttpClient client(m_server->port());
        client.send("DELETE /fast HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(client.read().status, 405);
    }

    void healthReportsTheServer() {
        const auto health = get("/health");
        QCOMPARE(health.status, 200);
        QVERIFY(health.body.contains("\"status\":\"healthy\""));
        QVERIFY(health.body.contains("\"connections\":1"));
    }

    // Last: it stops the server. A response in flight (delayed) is finished, then closed.
    void stopFinishesInFlightResponses() {
        RawHttpClient client(m_server->port());
        client.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n");
        QTest::qWait(50);
        QElapsedTimer timer;
        timer.start();
        m_server->stop(3000);
        QVERIFY(timer.elapsed() < 2000);
        const auto response = client.read();
        QCOMPARE(response.body, QByteArray("slow"));
        QCOMPARE(response.header("connection"), QByteArray("close"));
        QVERIFY(client.waitForClose());
    }
};

QTEST_GUILESS_MAIN(TestRoutes)
#include "tst_routes.moc"
