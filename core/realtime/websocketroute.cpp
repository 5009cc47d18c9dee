#include "websocketroute.h"

#include "http/httpresponse.h"
#include "roomhub.h"
#include "websockethandshake.h"
#include "workerrooms.h"

namespace yard::realtime {

void handleWebSocketRoute(RoomHub &hub, const http::HttpRequest &request,
                          http::HttpResponse &response) {
    const WebSocketHandshake::Verdict verdict = WebSocketHandshake::check(request);
    if (!verdict.accepted()) {
        WebSocketHandshake::refuse(verdict, response);
        return;
    }
    response.status = 101;
    response.takeover = [hub = hub.shared_from_this(),
                         reply = WebSocketHandshake::switchingProtocols(verdict.accept)](
                            qintptr fd, const http::HttpRequest &, QByteArray leftover,
                            const http::ConnectionIdentity &identity) {
        hub->workerRooms().adopt(fd, reply, leftover, identity);
    };
}

} // namespace yard::realtime
