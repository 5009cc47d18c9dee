#include "http/httpresponse.h"
#include "http/requestparser.h"
#include "project/projectreader.h"
#include "routing/cors.h"
#include "routing/routetable.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace yard;
using routing::CorsPolicy;

namespace {
http::HttpRequest parsed(const QByteArray &head) {
    http::RequestParser parser;
    const http::ParseResult result = parser.feed(QByteArray(head + "\r\n"));
    if (result.status != http::ParseStatus::Complete)
        qFatal("test request does not parse");
    return parser.request(); // a copy owns its buffers
}

project::CorsConfig corsConfig(const QByteArray &json) {
    const QByteArray document =
        "{\"version\":1,\"servers\":[{\"name\":\"t\",\"port\":0,\"cors\":" + json + "}]}";
    const auto read = project::ProjectReader::read(document);
    if (!read.project)
        qFatal("%s", qPrintable(read.errors.value(0).toString(QStringLiteral("cors"))));
    return *read.project->servers[0].cors;
}

// Every field as "Name: value", in order.
QStringList fields(const http::HttpResponse &response) {
    QStringList out;
    for (const auto &[name, value] : response.headers)
        out.append(QString::fromLatin1(name + ": " + value));
    return out;
}
} // namespace

// The CORS protocol of the Fetch standard, one behaviour per row.
class TestCors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void actualRequest_data() {
        QTest::addColumn<QByteArray>("cors");
        QTest::addColumn<QByteArray>("headers"); // of the request
        QTest::addColumn<QStringList>("expected");
        const QByteArray listed = "{\"origins\":[\"http://localhost:3000\",\"https://a.example\"]}";
        QTest::addRow("listed origin is reflected, with Vary")
            << listed << QByteArray("Origin: https://a.example\r\n")
            << QStringList{"Vary: Origin", "Access-Control-Allow-Origin: https://a.example"};
        QTest::addRow("other origin: no CORS fields, Vary still")
            << listed << QByteArray("Origin: http://evil.example\r\n")
            << QStringList{"Vary: Origin"};
        QTest::addRow("origin compared byte for byte")
            << listed << QByteArray("Origin: http://localhost:3000/\r\n")
            << QStringList{"Vary: Origin"};
        QTest::addRow("no Origin: same-origin or not a browser")
            << listed << QByteArray() << QStringList{"Vary: Origin"};
        QTest::addRow("any origin answers *, no Vary")
            << QByteArray("{\"origins\":\"*\"}") << QByteArray("Origin: http://x.example\r\n")
            << QStringList{"Access-Control-Allow-Origin: *"};
        QTest::addRow("credentials reflect and say true")
            << QByteArray("{\"origins\":[\"http://localhost:3000\"],\"credentials\":true}")
            << QByteArray("Origin: http://localhost:3000\r\n")
            << QStringList{"Vary: Origin", "Access-Control-Allow-Origin: http://localhost:3000",
                           "Access-Control-Allow-Credentials: true"};
        QTest::addRow("exposed headers")
            << QByteArray("{\"origins\":\"*\",\"exposeHeaders\":[\"X-Total\",\"ETag\"]}")
            << QByteArray("Origin: http://x.example\r\n")
            << QStringList{"Access-Control-Allow-Origin: *",
                           "Access-Control-Expose-Headers: X-Total, ETag"};
    }

    void actualRequest() {
        QFETCH(QByteArray, cors);
        QFETCH(QByteArray, headers);
        QFETCH(QStringList, expected);
        const CorsPolicy policy(corsConfig(cors));
        http::HttpResponse response;
        policy.addResponseHeaders(parsed("GET /api HTTP/1.1\r\nHost: x\r\n" + headers), response);
        QCOMPARE(fields(response), expected);
    }

    void preflight_data() {
        QTest::addColumn<QByteArray>("cors");
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QStringList>("expected");
        const QByteArray full = "{\"origins\":[\"http://localhost:3000\"],\"methods\":[\"GET\","
                                "\"PUT\"],\"headers\":[\"Content-Type\"],\"credentials\":true,"
                                "\"maxAge\":600}";
        const QByteArray ask = "Origin: http://localhost:3000\r\nAccess-Control-Request-Method: "
                               "PUT\r\nAccess-Control-Request-Headers: content-type, x-id\r\n";
        QTest::addRow("allowed: every Allow-* field")
            << full << ask
            << QStringList{"Vary: Origin",
                           "Access-Control-Allow-Origin: http://localhost:3000",
                           "Access-Control-Allow-Credentials: true",
                           "Access-Control-Allow-Methods: GET, PUT",
                           "Access-Control-Allow-Headers: Content-Type",
                           "Access-Control-Max-Age: 600"};
        QTest::addRow("denied origin: 204 without Allow-*")
            << full
            << QByteArray("Origin: http://evil.example\r\nAccess-Control-Request-Method: PUT\r\n")
            << QStringList{"Vary: Origin"};
        QTest::addRow("no headers set: the asked ones are reflected, default methods")
            << QByteArray("{\"origins\":\"*\"}") << ask
            << QStringList{"Access-Control-Allow-Origin: *",
                           "Access-Control-Allow-Methods: GET, HEAD, PUT, PATCH, POST, DELETE",
                           "Access-Control-Allow-Headers: content-type, x-id",
                           "Vary: Access-Control-Request-Headers"};
    }

    void preflight() {
        QFETCH(QByteArray, cors);
        QFETCH(QByteArray, headers);
        QFETCH(QStringList, expected);
        const http::HttpRequest request = parsed("OPTIONS /api HTTP/1.1\r\nHost: x\r\n" + headers);
        QVERIFY(CorsPolicy::isPreflight(request));
        const CorsPolicy policy(corsConfig(cors));
        http::HttpResponse response;
        policy.answerPreflight(request, response);
        QCOMPARE(response.status, 204);
        QVERIFY(response.body.isEmpty());
        QCOMPARE(fields(response), expected);
    }

    void onlyOptionsWithBothFieldsIsAPreflight() {
        QVERIFY(!CorsPolicy::isPreflight(parsed("OPTIONS /a HTTP/1.1\r\nHost: x\r\nOrigin: "
                                                "http://a.example\r\n")));
        QVERIFY(!CorsPolicy::isPreflight(parsed("GET /a HTTP/1.1\r\nHost: x\r\nOrigin: "
                                                "http://a.example\r\nAccess-Control-Request-"
                                                "Method: GET\r\n")));
    }

    // Through a route table: a route's policy replaces the server's, and preflights (judged by
    // the method they ask about) never reach a route.
    void routePolicyOverridesTheServers() {
        const QByteArray json =
            "{\"version\":1,\"servers\":[{\"name\":\"t\",\"port\":0,\"cors\":{\"origins\":"
            "[\"http://a.example\"]},\"routes\":["
            "{\"method\":\"PUT\",\"path\":\"/open\",\"action\":\"respond\",\"body\":\"put\","
            "\"cors\":{\"origins\":\"*\"}},"
            "{\"method\":\"OPTIONS\",\"path\":\"/open\",\"action\":\"respond\",\"body\":\"route\"},"
            "{\"path\":\"/closed\",\"action\":\"respond\",\"body\":\"closed\"}]}]}";
        const auto read = project::ProjectReader::read(json);
        QVERIFY(read.project);
        QString error;
        const auto table = routing::RouteTable::build(read.project->servers[0], {}, {}, &error);
        QVERIFY2(table, qPrintable(error));
        const auto answer = [&](const QByteArray &head) {
            http::HttpResponse response;
            table->handle(parsed(head + "Host: x\r\nOrigin: http://b.example\r\n"), response);
            return response;
        };
        const auto open =
            answer("OPTIONS /open HTTP/1.1\r\nAccess-Control-Request-Method: PUT\r\n");
        QCOMPARE(open.status, 204);
        QVERIFY(fields(open).contains(QStringLiteral("Access-Control-Allow-Origin: *")));
        const auto closed =
            answer("OPTIONS /closed HTTP/1.1\r\nAccess-Control-Request-Method: GET\r\n");
        QCOMPARE(closed.status, 204);
        QCOMPARE(fields(closed), QStringList{QStringLiteral("Vary: Origin")});
        const auto plainOptions = answer("OPTIONS /open HTTP/1.1\r\n");
        QCOMPARE(plainOptions.body, QByteArray("route")); // not a preflight: routed
        const auto put = answer("PUT /open HTTP/1.1\r\nContent-Length: 0\r\n");
        QCOMPARE(put.body, QByteArray("put"));
        QVERIFY(fields(put).contains(QStringLiteral("Access-Control-Allow-Origin: *")));
    }
};

QTEST_GUILESS_MAIN(TestCors)
#include "tst_cors.moc"
