#pragma once

#include "httpresponse.h"

#include <QByteArray>

namespace yard::http {

// How the response goes out on this connection.
struct ResponseFraming {
    bool headRequest = false; // HEAD: the same head, no body (RFC 9110 §9.3.2)
    bool keepAlive = true;
    int minorVersion = 1;
    QByteArrayView dateLine; // "Date: …\r\n", cached per worker (HttpDate)
};

// Serializes a response head: status line, the handler's fields, then Date, Content-Length and
// Connection, which belong to the engine (a handler's own copies are dropped).
class ResponseWriter final {
public:
    static void writeHead(QByteArray &out, const HttpResponse &response,
                          const ResponseFraming &framing);
    // A complete short response for errors the engine answers itself (400, 408, 503, …);
    // always closes the connection.
    static void writeError(QByteArray &out, int status, QByteArrayView dateLine);
};

// The Date field, formatted once a second (RFC 9110 §5.6.7 IMF-fixdate) rather than per request.
class HttpDate final {
public:
    HttpDate();
    void refresh(); // call at least once a second
    QByteArrayView line() const { return m_line; }

private:
    QByteArray m_line;
};

} // namespace yard::http
