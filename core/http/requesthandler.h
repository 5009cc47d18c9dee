#pragma once

#include <QByteArrayView>

namespace yard::http {

class HttpRequest;
struct HttpResponse;

// What the engine asks of the layer above (routing): turn a request into a response.
// Called from every worker thread at once, so implementations are immutable once built (a new
// route table is a new handler, swapped in between requests).
class RequestHandler {
public:
    virtual ~RequestHandler() = default;
    virtual void handle(const HttpRequest &request, HttpResponse &response) const = 0;
    // What the engine calls: also gives the client's IP address as text, without port or
    // brackets ("127.0.0.1", "2001:db8::1"), valid for the call. Handlers that need it (rate
    // limits) override this one.
    virtual void handleFromClient(const HttpRequest &request, QByteArrayView remoteAddress,
                                  HttpResponse &response) const {
        Q_UNUSED(remoteAddress);
        handle(request, response);
    }
    // Asked when a request's head has arrived and a body follows: true when the route streams the
    // body on (a proxy), so the engine answers now and does not read the body into memory.
    virtual bool streamsBody(const HttpRequest &head) const {
        Q_UNUSED(head);
        return false;
    }
};

} // namespace yard::http
