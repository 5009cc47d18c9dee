#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace yard::http {
class HttpRequest;
struct HttpResponse;
} // namespace yard::http

namespace yard::realtime {

// The server's opening handshake (RFC 6455 §4.2). Pure: request in, verdict out.
class WebSocketHandshake final {
public:
    struct Verdict {
        int status = 101;  // 101: accept; otherwise the status of the refusal
        QByteArray accept; // Sec-WebSocket-Accept, when accepted
        QByteArray reason; // short English text for the refusal's body
        bool accepted() const { return status == 101; }
    };

    // §4.2.1: GET, HTTP/1.1, Upgrade: websocket, Connection: upgrade, a 16-byte base64
    // Sec-WebSocket-Key and Sec-WebSocket-Version 13.
    static Verdict check(const http::HttpRequest &request);
    // §4.2.2 item 5.4: base64(SHA-1(key + the protocol's GUID)).
    static QByteArray acceptKey(QByteArrayView key);
    // The 101 response's bytes (§4.2.2 item 5); no subprotocol or extension is selected.
    static QByteArray switchingProtocols(QByteArrayView accept);
    // Fills `response` with the refusal: 426 names the version or protocol to upgrade to, per
    // RFC 9110 §15.5.22 and RFC 6455 §4.4.
    static void refuse(const Verdict &verdict, http::HttpResponse &response);
};

} // namespace yard::realtime
