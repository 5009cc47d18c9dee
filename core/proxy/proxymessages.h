#pragma once

#include "proxytarget.h"
#include "responsehead.h"

#include <QByteArray>

namespace yard::http {
class HttpRequest;
struct HttpResponse;
} // namespace yard::http

namespace yard::proxy {

// How the request body goes up: as it came (Content-Length), re-chunked, or none.
enum class RequestBodyFraming : quint8 { None, Length, Chunked };

// Writes the request head for the upstream (RFC 9110 §7.6): hop-by-hop fields dropped, Host
// kept or changed (changeOrigin), X-Forwarded-For/-Host/-Proto, Forwarded and Via added, the
// route's extra headers, and the framing of the body as it will be sent.
void writeUpstreamRequestHead(QByteArray &out, const ProxyTarget &target,
                              const http::HttpRequest &request, QByteArrayView remoteAddress,
                              RequestBodyFraming framing, qint64 contentLength);

// How the response goes down to the client.
struct ClientFraming {
    bool chunked = false; // re-chunked for an HTTP/1.1 client
    bool closes = false;  // the connection ends after this response
};

// Writes the response head for the client: the upstream's status and end-to-end fields, Via,
// Date if the upstream sent none, and the framing for this client.
ClientFraming writeClientResponseHead(QByteArray &out, const ResponseHead &head, BodyFraming body,
                                      int clientMinorVersion, bool clientKeepAlive,
                                      QByteArrayView dateLine);

// A 502 or 504 page that names the upstream and says what to check.
void writeGatewayError(http::HttpResponse &response, int status, const ProxyTarget &target,
                       const QString &problem);

} // namespace yard::proxy
