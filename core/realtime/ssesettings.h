#pragma once

namespace yard::realtime {

// Per-route settings of an `sse` route (CONTRACT.md: route keys of the sse action).
struct SseSettings {
    // A comment line is sent when a stream has been quiet this long, so that proxies and the
    // browser keep it open; 0: never.
    int heartbeatMs = 15000;
    // Events each channel keeps for readers that reconnect with Last-Event-ID.
    int bufferSize = 100;
    // Sent as "retry:" when a stream opens (the reader's reconnection delay); 0: not sent.
    int retryMs = 0;
    // Unsent bytes a stream may hold; beyond it the reader is too slow and its stream ends (it
    // reconnects and resumes from the buffer), so that it never holds memory without bound.
    int maxQueuedBytes = 1024 * 1024;
    // Channels a route keeps; a new one beyond it replaces a channel no one reads.
    int maxChannels = 4096;
    // Length of a channel name, in bytes (the path after the route's prefix).
    int maxChannelBytes = 128;
};

} // namespace yard::realtime
