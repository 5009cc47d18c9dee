#pragma once

#include <QString>

namespace yard::realtime {

// Per-route limits of a `websocket` route: the route's project-file keys (docs/PROJECT-FILE.md,
// `websocket`; routing::RouteTable fills them in), these defaults for the keys it leaves out.
struct RoomLimits {
    // Glob of the room names a join may use: `*` any run of characters, `?` one character, the
    // rest literal and case-sensitive. Empty: any room. Key `rooms`.
    QString roomPattern;
    // Bytes of one reassembled message; beyond it the connection is closed with 1009 (RFC 6455
    // §7.4.1).
    int maxMessageBytes = 64 * 1024;
    // Rooms one connection may be in at once; beyond it a join is an error frame. Key `maxRooms`.
    int maxRoomsPerConnection = 32;
    // Messages per second one connection may publish (a token bucket, bursts up to one second's
    // worth); 0: unlimited. Unlimited by default: the fan-out benchmark's sender publishes as
    // fast as its window allows, as a hand-written `ws` server lets it.
    int messagesPerSecond = 0;
    // A connection silent this long is pinged (RFC 6455 §5.5.2) and closed if no frame arrives
    // within pongTimeoutMs.
    int pingIntervalMs = 30000;
    int pongTimeoutMs = 10000;
    // Unsent bytes a connection may hold; beyond it the client is too slow for the room and is
    // closed with 1008, so that it never holds the others back.
    int maxSendBufferBytes = 4 * 1024 * 1024;
    // Messages a room keeps and replays in `joined`; with a RoomHistoryStore they are also kept
    // on disk, trimmed to this many per room.
    int historySize = 50;
    // Length limits of names, in UTF-16 code units.
    int maxRoomNameLength = 128;
    int maxUserNameLength = 64;

    bool allowsRoom(QStringView room) const;
    friend bool operator==(const RoomLimits &, const RoomLimits &) = default;
};

} // namespace yard::realtime
