#pragma once

#include "frameparser.h"
#include "framequeue.h"
#include "http/connectioninfo.h"
#include "roomlimits.h"

#include <QObject>
#include <memory>

class QSocketNotifier;

namespace yard::realtime {

// One WebSocket connection after the engine's takeover: owns the descriptor, reads and parses
// frames, answers pings, runs the close handshake, pings a silent peer and queues outgoing
// frames up to a bound. Knows nothing of rooms: complete text messages go to its Events.
// Lives and dies in its worker thread.
class WebSocketConnection final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketConnection)

public:
    // Implemented by the connection's owner (WorkerRooms), in the same thread.
    class Events {
    public:
        virtual void textReceived(WebSocketConnection &connection, QByteArrayView text) = 0;
        // Frames were queued: call flush() soon (once per batch of deliveries).
        virtual void flushRequested(WebSocketConnection &connection) = 0;
        // The connection stopped being a chat member (closing or closed). Called from the event
        // loop, never from inside one of the connection's own calls.
        virtual void leaving(WebSocketConnection &connection) = 0;
        // The socket is closed; the connection deletes itself later.
        virtual void finished(WebSocketConnection &connection) = 0;

    protected:
        ~Events() = default;
    };

    // `identity`: the HTTP connection this one was upgraded from (its id, age and counts).
    WebSocketConnection(qintptr fd, const http::ConnectionIdentity &identity,
                        std::shared_ptr<const RoomLimits> limits, Events &events,
                        QObject *parent = nullptr);
    ~WebSocketConnection() override;

    // Sends the 101 response, then parses what the client sent right behind its request.
    void start(const QByteArray &handshakeResponse, const QByteArray &leftover);
    // Queues one encoded frame, shared, not copied. A client whose unsent bytes pass
    // maxSendBufferBytes is too slow for its rooms: it is closed with 1008.
    void queue(const QByteArray &frame);
    void flush();
    // Starts the closing handshake (RFC 6455 §7.1.2); `dropQueued` discards frames not started.
    void close(quint16 code, QByteArrayView reason, bool dropQueued = false);
    // Pings a silent peer, closes one that does not answer, ends a closing handshake that takes
    // too long. `nowMs` is a steady clock.
    void checkTimers(qint64 nowMs);
    // The route's limits changed (hot reload): they hold from the next frame and timer check.
    void setLimits(std::shared_ptr<const RoomLimits> limits);

    bool isOpen() const { return m_state == State::Open; }
    quint64 id() const { return m_identity.id; }
    // Who the connection is, with its byte counts so far (for its log row at the end).
    const http::ConnectionIdentity &identity() const { return m_identity; }
    // For the live registry: id, protocol "ws", remote, age, bytes both ways (the HTTP ones
    // before the upgrade included), requests and the session's user.
    http::ConnectionInfo info() const;
    static qint64 nowMs();

private:
    enum class State : quint8 { Open, Closing, Closed };

    void onReadable();
    void onWritable();
    void process(const char *data, qsizetype length);
    void abort();

    qintptr m_fd;
    std::shared_ptr<const RoomLimits> m_limits; // never null
    Events &m_events;
    http::ConnectionIdentity m_identity; // counts bytes on from the upgrade
    QSocketNotifier *m_readNotifier;
    QSocketNotifier *m_writeNotifier;
    FrameParser m_parser;
    FrameQueue m_queue;
    State m_state = State::Open;
    bool m_blocked = false;       // the kernel refused part of the queue: wait for writable
    bool m_shutDownWrite = false; // our close frame is out: FIN sent, waiting for the peer's
    qint64 m_lastReceiveMs;
    qint64 m_pingSentMs = 0;
    qint64 m_closeStartMs = 0;
    bool m_awaitingPong = false;
};

} // namespace yard::realtime
