#pragma once

#include <QByteArray>
#include <deque>

namespace yard::realtime {

// Frames waiting to go out on one WebSocket connection. Each entry is a whole frame and shares
// its bytes with every other connection that received the same broadcast: queueing costs a
// reference, not a copy. Knowing where frames start lets a connection that must be closed drop
// what it has not started to send and still end with a well-formed close frame (RFC 6455 §5.2).
// Not thread-safe: lives in the connection's worker thread.
class FrameQueue final {
public:
    enum class Flush { Done, Partial, Error };

    void append(const QByteArray &frame);
    // Sends what the kernel takes, several frames per sendmsg().
    Flush flush(int fd);
    // Drops every frame not yet started; a frame half sent stays, to keep the stream framed.
    void dropUnstarted();
    void clear();

    bool isEmpty() const { return m_frames.empty(); }
    qint64 bytes() const { return m_bytes; } // unsent bytes

private:
    std::deque<QByteArray> m_frames;
    qint64 m_offset = 0; // bytes of the first frame already sent
    qint64 m_bytes = 0;
};

} // namespace yard::realtime
