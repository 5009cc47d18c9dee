#include "websocketconnection.h"

#include "framewriter.h"
#include "http/socketread.h"

#include <QSocketNotifier>
#include <chrono>
#include <sys/socket.h>
#include <unistd.h>

namespace yard::realtime {

namespace {
constexpr qsizetype ReadChunk = 16 * 1024;
constexpr int MaxReadsPerWakeup = 4;
// How long a closing handshake may take before the socket is closed regardless (RFC 6455
// §7.1.1 lets the server close the TCP connection once it has sent its close frame).
constexpr qint64 CloseTimeoutMs = 2000;
} // namespace

qint64 WebSocketConnection::nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

WebSocketConnection::WebSocketConnection(qintptr fd, const http::ConnectionIdentity &identity,
                                         std::shared_ptr<const RoomLimits> limits, Events &events,
                                         QObject *parent)
    : QObject(parent)
    , m_fd(fd)
    , m_limits(std::move(limits))
    , m_events(events)
    , m_identity(identity)
    , m_readNotifier(new QSocketNotifier(fd, QSocketNotifier::Read, this))
    , m_writeNotifier(new QSocketNotifier(fd, QSocketNotifier::Write, this))
    , m_parser(m_limits->maxMessageBytes, FrameParser::Role::Server)
    , m_lastReceiveMs(nowMs()) {
    m_writeNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &WebSocketConnection::onReadable);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &WebSocketConnection::onWritable);
}

WebSocketConnection::~WebSocketConnection() {
    if (m_state == State::Open) {
        // The server is going away (its worker thread is ending): say so, best effort.
        const QByteArray goodbye = FrameWriter::closeFrame(CloseCode::GoingAway, "server stopping");
        if (m_queue.isEmpty())
            ::send(int(m_fd), goodbye.constData(), std::size_t(goodbye.size()), MSG_NOSIGNAL);
    }
    if (m_fd >= 0)
        ::close(int(m_fd));
}

void WebSocketConnection::start(const QByteArray &handshakeResponse, const QByteArray &leftover) {
    m_queue.append(handshakeResponse);
    flush();
    if (!leftover.isEmpty() && m_state == State::Open)
        process(leftover.constData(), leftover.size());
}

void WebSocketConnection::onReadable() {
    char buffer[ReadChunk];
    // A few reads per wake-up: the replies and broadcasts they cause are flushed, and the
    // worker's other connections served, before this one is read again.
    for (int reads = 0; reads < MaxReadsPerWakeup; ++reads) {
        qsizetype received = 0;
        const http::ReadOutcome outcome = http::readSome(m_fd, buffer, sizeof buffer, received);
        if (outcome == http::ReadOutcome::WouldBlock)
            break;
        if (outcome == http::ReadOutcome::Data) {
            m_identity.bytesIn += quint64(received);
            m_lastReceiveMs = nowMs();
            m_awaitingPong = false; // any frame shows the peer is alive
            if (m_state == State::Open)
                process(buffer, received); // when closing, what arrives is drained unread
            if (m_state == State::Closed || received < ReadChunk)
                break;
            continue;
        }
        // The peer closed its side (after our close frame, or by going away) or the socket
        // failed: nothing more can be said on it.
        abort();
        return;
    }
}

void WebSocketConnection::process(const char *data, qsizetype length) {
    while (length > 0 && m_state == State::Open) {
        const FrameResult result = m_parser.feed(data, length);
        data += result.consumed;
        length -= result.consumed;
        switch (result.status) {
        case FrameStatus::NeedMore:
            return;
        case FrameStatus::Message:
            if (!m_parser.isText()) {
                close(1003, "binary messages are not supported"); // §7.4.1: unacceptable data
                return;
            }
            m_events.textReceived(*this, m_parser.message());
            break;
        case FrameStatus::Ping: // §5.5.3: a pong with the ping's application data
            queue(FrameWriter::frame(Opcode::Pong, m_parser.controlPayload()));
            break;
        case FrameStatus::Pong:
            break;
        case FrameStatus::Close: // §5.5.1: echo the status code received
            close(m_parser.closeCode(), {});
            return;
        case FrameStatus::Error: // §7.1.7: fail the connection with the code that says why
            close(m_parser.errorCode(), m_parser.errorReason(), true);
            return;
        }
    }
}

void WebSocketConnection::queue(const QByteArray &frame) {
    if (m_state != State::Open)
        return;
    const bool wasEmpty = m_queue.isEmpty();
    m_queue.append(frame);
    if (m_queue.bytes() > m_limits->maxSendBufferBytes) {
        // Only bytes the kernel refused count against the client: a burst waiting for the
        // batched flush is ours, not its fault.
        if (!m_blocked)
            flush();
        if (m_blocked && m_queue.bytes() > m_limits->maxSendBufferBytes) {
            close(CloseCode::PolicyViolation, "too slow", true);
            return;
        }
    }
    if (wasEmpty)
        m_events.flushRequested(*this);
}

void WebSocketConnection::flush() {
    if (m_state == State::Closed)
        return;
    const qint64 unsent = m_queue.bytes();
    const FrameQueue::Flush outcome = m_queue.flush(int(m_fd));
    m_identity.bytesOut += quint64(unsent - m_queue.bytes());
    switch (outcome) {
    case FrameQueue::Flush::Error:
        abort();
        return;
    case FrameQueue::Flush::Partial:
        m_blocked = true;
        m_writeNotifier->setEnabled(true);
        return;
    case FrameQueue::Flush::Done:
        m_blocked = false;
        m_writeNotifier->setEnabled(false);
        break;
    }
    if (m_state == State::Closing && !m_shutDownWrite) {
        // Our close frame is out. FIN follows it, and we read until the peer's FIN so that the
        // frame is not lost to a reset when the socket closes with unread bytes (§7.1.1).
        ::shutdown(int(m_fd), SHUT_WR);
        m_shutDownWrite = true;
    }
}

http::ConnectionInfo WebSocketConnection::info() const {
    http::ConnectionInfo info;
    info.id = m_identity.id;
    info.protocol = "ws";
    info.remote = QString::fromLatin1(m_identity.remote);
    info.sinceMs = m_identity.sinceMs;
    info.bytesIn = m_identity.bytesIn;
    info.bytesOut = m_identity.bytesOut;
    info.requests = m_identity.requests;
    info.user = QString::fromUtf8(m_identity.user);
    return info;
}

void WebSocketConnection::onWritable() {
    flush();
}

void WebSocketConnection::close(quint16 code, QByteArrayView reason, bool dropQueued) {
    if (m_state != State::Open)
        return;
    m_state = State::Closing;
    m_closeStartMs = nowMs();
    if (dropQueued)
        m_queue.dropUnstarted();
    m_queue.append(FrameWriter::closeFrame(code, reason));
    QMetaObject::invokeMethod(
        this, [this] { m_events.leaving(*this); }, Qt::QueuedConnection);
    flush();
}

void WebSocketConnection::checkTimers(qint64 now) {
    if (m_state == State::Closing) {
        if (now - m_closeStartMs > CloseTimeoutMs)
            abort();
        return;
    }
    if (m_state != State::Open)
        return;
    if (m_awaitingPong) {
        if (now - m_pingSentMs > m_limits->pongTimeoutMs)
            close(CloseCode::PolicyViolation, "no pong", true);
        return;
    }
    if (now - m_lastReceiveMs >= m_limits->pingIntervalMs) {
        m_awaitingPong = true;
        m_pingSentMs = now;
        queue(FrameWriter::frame(Opcode::Ping, {}));
    }
}

void WebSocketConnection::setLimits(std::shared_ptr<const RoomLimits> limits) {
    m_limits = std::move(limits);
    m_parser.setMaxMessageBytes(m_limits->maxMessageBytes);
}

void WebSocketConnection::abort() {
    if (m_state == State::Closed)
        return;
    if (m_state == State::Open) {
        QMetaObject::invokeMethod(
            this, [this] { m_events.leaving(*this); }, Qt::QueuedConnection);
    }
    m_state = State::Closed;
    m_readNotifier->setEnabled(false);
    m_writeNotifier->setEnabled(false);
    m_queue.clear();
    ::close(int(m_fd));
    m_fd = -1;
    QMetaObject::invokeMethod(
        this, [this] { m_events.finished(*this); }, Qt::QueuedConnection);
}

} // namespace yard::realtime
