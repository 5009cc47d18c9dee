#pragma once

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
};

} // namespace yard::http
