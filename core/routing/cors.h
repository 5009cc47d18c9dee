#pragma once

#include "project/projectmodel.h"

#include <QByteArray>
#include <QByteArrayView>
#include <vector>

namespace yard::http {
class HttpRequest;
struct HttpResponse;
} // namespace yard::http

namespace yard::routing {

// One CORS policy (the Fetch standard, "CORS protocol"), of a server or of a route, compiled
// from the project's settings into ready header values. Immutable after construction: every
// worker thread uses it at once; answering shares the prepared bytes and allocates nothing.
class CorsPolicy final {
public:
    explicit CorsPolicy(const project::CorsConfig &config);

    // Fetch standard, "CORS-preflight request": OPTIONS with Origin and
    // Access-Control-Request-Method. Such a request asks about another one; no route sees it.
    static bool isPreflight(const http::HttpRequest &request);

    // 204 with the Access-Control-Allow-* fields when the origin is allowed; without them when
    // it is not (the browser then blocks the actual request; nothing else to tell it).
    void answerPreflight(const http::HttpRequest &request, http::HttpResponse &response) const;

    // The fields of a response to an actual request: Access-Control-Allow-Origin and friends
    // when the request's Origin is allowed, nothing when it is not (the browser hides the
    // response from the page; the request was served all the same, as the protocol expects).
    void addResponseHeaders(const http::HttpRequest &request, http::HttpResponse &response) const;

private:
    // The value for Access-Control-Allow-Origin, or null when `origin` is not allowed.
    const QByteArray *allowOrigin(QByteArrayView origin) const;
    void addVary(http::HttpResponse &response) const;

    std::vector<QByteArray> m_origins; // serialized, as browsers send them
    bool m_anyOrigin = false;
    bool m_credentials = false;
    bool m_reflectHeaders = true; // no "headers" set: allow what the preflight asks for
    QByteArray m_methods;         // comma-separated
    QByteArray m_headers;
    QByteArray m_exposeHeaders; // empty = not sent
    QByteArray m_maxAge;        // empty = not sent
};

} // namespace yard::routing
