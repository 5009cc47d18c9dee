#include "http/httpresponse.h"
#include "http/requestparser.h"
#include "realtime/roomhub.h"
#include "realtime/websockethandshake.h"
#include "realtime/websocketroute.h"

#include <QTest>

using namespace yard;
using realtime::WebSocketHandshake;

namespace {
const QByteArray kValid = "GET /chat HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                          "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                          "Sec-WebSocket-Version: 13\r\n\r\n";

// Parses `head` as the engine would and returns the handshake's verdict.
WebSocketHandshake::Verdict verdictFor(const QByteArray &head) {
    http::RequestParser parser;
    const http::ParseResult result = parser.feed(head);
    if (result.status != http::ParseStatus::Complete)
        return {-1, {}, "unparsed"};
    return WebSocketHandshake::check(parser.request());
}

QByteArray replaced(QByteArray head, const QByteArray &from, const QByteArray &to) {
    return head.replace(from, to);
}
} // namespace

class TestWebSocketHandshake : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptKeyOfTheRfcExample() {
        // RFC 6455 §1.3.
        QCOMPARE(WebSocketHandshake::acceptKey("dGhlIHNhbXBsZSBub25jZQ=="),
                 QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    }

    void verdicts_data() {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        QTest::addRow("valid") << kValid << 101;
        QTest::addRow("upgrade value is case-insensitive")
            << replaced(kValid, "Upgrade: websocket", "Upgrade: WebSocket") << 101;
        QTest::addRow("connection lists upgrade among others")
            << replaced(kValid, "Connection: Upgrade", "Connection: keep-alive, Upgrade") << 101;
        QTest::addRow("plain GET") << QByteArray("GET /chat HTTP/1.1\r\nHost: x\r\n\r\n") << 426;
        QTest::addRow("upgrade to another protocol")
            << replaced(kValid, "Upgrade: websocket", "Upgrade: h2c") << 426;
        QTest::addRow("version 8") << replaced(kValid, "Version: 13", "Version: 8") << 426;
        QTest::addRow("no version") << replaced(kValid, "Sec-WebSocket-Version: 13\r\n", "") << 426;
        QTest::addRow("POST") << replaced(kValid, "GET /chat", "POST /chat") << 400;
        QTest::addRow("HTTP/1.0") << replaced(kValid, "HTTP/1.1", "HTTP/1.0") << 400;
        QTest::addRow("connection without upgrade")
            << replaced(kValid, "Connection: Upgrade", "Connection: keep-alive") << 400;
        QTest::addRow("no key") << replaced(kValid,
                                            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n", "")
                                << 400;
        QTest::addRow("key of 15 bytes")
            << replaced(kValid, "dGhlIHNhbXBsZSBub25jZQ==", "dGhlIHNhbXBsZSBub25jZQ") << 400;
        QTest::addRow("key not base64")
            << replaced(kValid, "dGhlIHNhbXBsZSBub25jZQ==", "dGhlIHNhbXBsZSBub25j*Q==") << 400;
    }

    void verdicts() {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        const WebSocketHandshake::Verdict verdict = verdictFor(head);
        QCOMPARE(verdict.status, status);
        if (status == 101)
            QCOMPARE(verdict.accept, QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
        else
            QVERIFY(!verdict.reason.isEmpty());
    }

    void switchingProtocolsResponse() {
        QCOMPARE(WebSocketHandshake::switchingProtocols("abc="),
                 QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                            "Connection: Upgrade\r\nSec-WebSocket-Accept: abc=\r\n\r\n"));
    }

    void refusalNamesTheVersion() {
        http::HttpResponse response;
        WebSocketHandshake::refuse(verdictFor(replaced(kValid, "Version: 13", "Version: 7")),
                                   response);
        QCOMPARE(response.status, 426);
        bool named = false;
        for (const auto &[name, value] : response.headers)
            named = named || (name == "Sec-WebSocket-Version" && value == "13");
        QVERIFY(named);
        QVERIFY(!response.takeover);
    }

    void routeTakesOverOnlyValidHandshakes() {
        auto hub = std::make_shared<realtime::RoomHub>();
        http::RequestParser parser;
        parser.feed(kValid);
        http::HttpResponse response;
        realtime::handleWebSocketRoute(*hub, parser.request(), response);
        QVERIFY(response.takeover);

        http::RequestParser plain;
        plain.feed(QByteArrayView("GET /chat HTTP/1.1\r\nHost: x\r\n\r\n"));
        http::HttpResponse refused;
        realtime::handleWebSocketRoute(*hub, plain.request(), refused);
        QVERIFY(!refused.takeover);
        QCOMPARE(refused.status, 426);
    }
};

QTEST_APPLESS_MAIN(TestWebSocketHandshake)
#include "tst_websockethandshake.moc"
