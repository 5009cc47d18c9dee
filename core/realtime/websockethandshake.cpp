#include "websockethandshake.h"

#include "http/httprequest.h"
#include "http/httpresponse.h"

#include <QCryptographicHash>

namespace yard::realtime {

namespace {
// RFC 6455 §1.3: the GUID appended to the key.
constexpr QByteArrayView kGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

// Whether a comma-separated field value lists `token` (ASCII case-insensitive, RFC 9110 §5.6.1).
bool listsToken(QByteArrayView value, QByteArrayView token) {
    qsizetype start = 0;
    while (start <= value.size()) {
        qsizetype end = value.indexOf(',', start);
        if (end < 0)
            end = value.size();
        if (value.sliced(start, end - start).trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
        start = end + 1;
    }
    return false;
}

WebSocketHandshake::Verdict refusal(int status, const char *reason) {
    return {status, QByteArray(), QByteArray(reason)};
}
} // namespace

WebSocketHandshake::Verdict WebSocketHandshake::check(const http::HttpRequest &request) {
    // A plain request to a WebSocket endpoint is told what to upgrade to (RFC 9110 §15.5.22).
    const QByteArrayView upgrade = request.header("Upgrade");
    const bool wantsUpgrade = !upgrade.isNull() && listsToken(upgrade, "websocket");
    if (!wantsUpgrade)
        return refusal(426, "This is a WebSocket endpoint: connect with a WebSocket client.\n");
    if (request.method() != "GET")
        return refusal(400, "A WebSocket handshake is a GET request (RFC 6455 4.1).\n");
    if (request.minorVersion() < 1)
        return refusal(400, "A WebSocket handshake needs HTTP/1.1 (RFC 6455 4.1).\n");
    const QByteArrayView connection = request.header("Connection");
    if (connection.isNull() || !listsToken(connection, "upgrade"))
        return refusal(400, "Connection must list \"upgrade\" (RFC 6455 4.2.1).\n");
    // §4.4: an unsupported version gets a 426 naming the versions this server speaks.
    if (request.header("Sec-WebSocket-Version").trimmed() != "13")
        return refusal(426, "Sec-WebSocket-Version must be 13 (RFC 6455 4.4).\n");
    const QByteArrayView key = request.header("Sec-WebSocket-Key").trimmed();
    const auto decoded =
        QByteArray::fromBase64Encoding(key.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (key.size() != 24 || !decoded || decoded.decoded.size() != 16)
        return refusal(400, "Sec-WebSocket-Key must be 16 bytes in base64 (RFC 6455 4.2.1).\n");
    return {101, acceptKey(key), QByteArray()};
}

QByteArray WebSocketHandshake::acceptKey(QByteArrayView key) {
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.addData(key);
    sha1.addData(kGuid);
    return sha1.result().toBase64();
}

QByteArray WebSocketHandshake::switchingProtocols(QByteArrayView accept) {
    QByteArray out = "HTTP/1.1 101 Switching Protocols\r\n"
                     "Upgrade: websocket\r\n"
                     "Connection: Upgrade\r\n"
                     "Sec-WebSocket-Accept: ";
    out += accept;
    out += "\r\n\r\n";
    return out;
}

void WebSocketHandshake::refuse(const Verdict &verdict, http::HttpResponse &response) {
    response.status = verdict.status;
    if (verdict.status == 426) {
        response.addHeader("Upgrade", "websocket");
        response.addHeader("Sec-WebSocket-Version", "13");
    }
    response.addHeader("Content-Type", "text/plain; charset=utf-8");
    response.body = verdict.reason;
}

} // namespace yard::realtime
