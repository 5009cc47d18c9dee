#include "http/httpresponse.h"
#include "http/requestparser.h"
#include "project/projectreader.h"
#include "project/projectwriter.h"
#include "rawhttpclient.h"
#include "routing/routetable.h"
#include "server/serverinstance.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <stdexcept>

using namespace yard;
using test::RawHttpClient;

// A server's cross-cutting rules (CORS, extra headers, Server-Timing, error pages, rate limit)
// from tests/data/projects/middleware.yard.json, through the real engine and sockets.
class TestMiddleware : public QObject {
    Q_OBJECT

private:
    const QString m_baseDir = QStringLiteral(YARD_TEST_DATA "/projects");
    project::Project m_project;
    std::unique_ptr<server::ServerInstance> m_server;

    RawHttpClient::Response send(const QByteArray &head) {
        RawHttpClient client(m_server->port());
        client.send(head + "Host: x\r\n\r\n");
        return client.read();
    }

private Q_SLOTS:
    void initTestCase() {
        QFile file(m_baseDir + QStringLiteral("/middleware.yard.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto read = project::ProjectReader::read(file.readAll(), m_baseDir);
        QVERIFY2(read.project, qPrintable(read.errors.value(0).toString(QStringLiteral("p"))));
        m_project = *read.project;
        m_server = std::make_unique<server::ServerInstance>(m_project.servers[0], m_baseDir);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_server.reset(); }

    void settingsSurviveASave() {
        const QByteArray saved = project::ProjectWriter::write(m_project);
        const auto again = project::ProjectReader::read(saved, m_baseDir);
        QVERIFY2(again.project, saved.constData());
        QCOMPARE(*again.project, m_project);
        QCOMPARE(project::ProjectWriter::write(*again.project), saved);
    }

    void allowedPreflightIsAnsweredWithoutTheRoutes() {
        const auto response =
            send("OPTIONS /api/items HTTP/1.1\r\nOrigin: http://localhost:3000\r\n"
                 "Access-Control-Request-Method: PUT\r\n"
                 "Access-Control-Request-Headers: content-type\r\n");
        QCOMPARE(response.status, 204);
        QVERIFY(response.body.isEmpty());
        QCOMPARE(response.header("access-control-allow-origin"),
                 QByteArray("http://localhost:3000"));
        QCOMPARE(response.header("access-control-allow-credentials"), QByteArray("true"));
        QCOMPARE(response.header("access-control-allow-methods"), QByteArray("GET, PUT"));
        QCOMPARE(response.header("access-control-allow-headers"), QByteArray("Content-Type"));
        QCOMPARE(response.header("access-control-max-age"), QByteArray("600"));
        QCOMPARE(response.header("vary"), QByteArray("Origin"));
        QCOMPARE(response.header("x-frame-options"), QByteArray("DENY"));
    }

    void deniedPreflightCarriesNoPermission() {
        const auto response = send("OPTIONS /api/items HTTP/1.1\r\nOrigin: http://evil.example\r\n"
                                   "Access-Control-Request-Method: PUT\r\n");
        QCOMPARE(response.status, 204);
        QVERIFY(response.header("access-control-allow-origin").isEmpty());
        QVERIFY(response.header("access-control-allow-methods").isEmpty());
    }

    void actualRequestGetsCorsFieldsAndTheServersHeaders() {
        const auto response = send("GET /api/items HTTP/1.1\r\nOrigin: http://localhost:3000\r\n");
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("[1,2]"));
        QCOMPARE(response.header("access-control-allow-origin"),
                 QByteArray("http://localhost:3000"));
        QCOMPARE(response.header("access-control-allow-credentials"), QByteArray("true"));
        QCOMPARE(response.header("access-control-expose-headers"), QByteArray("X-Total"));
        QCOMPARE(response.header("vary"), QByteArray("Origin"));
        QCOMPARE(response.header("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(response.header("x-frame-options"), QByteArray("SAMEORIGIN")); // the route's wins
        const QByteArray timing = response.header("server-timing");
        QVERIFY2(QRegularExpression(QStringLiteral("^app;dur=\\d+\\.\\d{3}$"))
                     .match(QString::fromLatin1(timing))
                     .hasMatch(),
                 timing.constData());
    }

    void disallowedOriginIsServedWithoutCorsFields() {
        const auto response = send("GET /api/items HTTP/1.1\r\nOrigin: http://evil.example\r\n");
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("[1,2]"));
        QVERIFY(response.header("access-control-allow-origin").isEmpty());
        QVERIFY(response.header("access-control-allow-credentials").isEmpty());
    }

    void aRoutesPolicyReplacesTheServers() {
        const auto response = send("GET /public HTTP/1.1\r\nOrigin: http://other.example\r\n");
        QCOMPARE(response.body, QByteArray("public"));
        QCOMPARE(response.header("access-control-allow-origin"), QByteArray("*"));
        QVERIFY(response.header("access-control-allow-credentials").isEmpty());
    }

    void customNotFoundPageRendersTemplateValues() {
        const auto response = send("GET /nowhere HTTP/1.1\r\nX-Who: <Ada>\r\n"
                                   "Origin: http://localhost:3000\r\n");
        QCOMPARE(response.status, 404);
        QCOMPARE(response.body, QByteArray("<h1>Not here</h1><p>Asked by &lt;Ada&gt;</p>\n"));
        QCOMPARE(response.header("content-type"), QByteArray("text/html; charset=utf-8"));
        // Later steps still run on the table's own answers.
        QCOMPARE(response.header("access-control-allow-origin"),
                 QByteArray("http://localhost:3000"));
        QCOMPARE(response.header("x-frame-options"), QByteArray("DENY"));
    }

    void rateLimitRefusesAfterTheBurst() {
        // Every test client is 127.0.0.1 (and, until the engine passes addresses, every client
        // shares one bucket): either way these requests draw on one bucket of 3.
        for (int left = 2; left >= 0; --left) {
            const auto response = send("GET /limited/ping HTTP/1.1\r\n");
            QCOMPARE(response.status, 200);
            QCOMPARE(response.header("ratelimit-limit"), QByteArray("3"));
            QCOMPARE(response.header("ratelimit-remaining"), QByteArray::number(left));
        }
        const auto refused = send("GET /limited/ping HTTP/1.1\r\n");
        QCOMPARE(refused.status, 429);
        const int retryAfter = refused.header("retry-after").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 10, refused.head.constData());
        QVERIFY(refused.body.contains("\"retryAfter\":"));
        QVERIFY(refused.header("server-timing").isEmpty());        // no route ran
        QCOMPARE(send("GET /api/items HTTP/1.1\r\n").status, 200); // other paths are not limited
    }

    // An action that throws: a clean 500 from the server's page, counted, no detail leaked.
    void internalFailureAnswersTheErrorPage() {
        project::ServerConfig config = m_project.servers[0];
        QString error;
        const auto table = routing::RouteTable::build(
            config, m_baseDir,
            []() -> QByteArray { throw std::runtime_error("secret detail /etc/x"); }, &error);
        QVERIFY2(table, qPrintable(error));
        http::RequestParser parser;
        parser.feed(QByteArrayView("GET /health HTTP/1.1\r\nHost: x\r\nX-Request-Id: r1\r\n\r\n"));
        http::HttpResponse response;
        table->handleFromClient(parser.request(), QByteArrayView("10.0.0.9"), response);
        QCOMPARE(response.status, 500);
        QCOMPARE(response.body, QByteArray("{\"error\":\"internal\",\"request\":\"r1\"}\n"));
        QVERIFY(!response.body.contains("secret"));
        QCOMPARE(table->internalErrors(), quint64(1));
    }
};

QTEST_GUILESS_MAIN(TestMiddleware)
#include "tst_middleware.moc"
