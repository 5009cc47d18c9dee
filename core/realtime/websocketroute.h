#pragma once

namespace yard::http {
class HttpRequest;
struct HttpResponse;
} // namespace yard::http

namespace yard::realtime {

class RoomHub;

// What the `websocket` route action does: validates the opening handshake (RFC 6455 §4.2.1) and
// either fills a refusal (426 for a plain request or another version, 400 for a malformed
// handshake) or sets `response.takeover`, which answers 101 and serves the chat protocol on
// `hub` in the worker thread that received the request. Thread-safe (called from every worker).
// `hub` must have been created with std::make_shared.
void handleWebSocketRoute(RoomHub &hub, const http::HttpRequest &request,
                          http::HttpResponse &response);

} // namespace yard::realtime
