#include "workerrooms.h"

#include "chatprotocol.h"
#include "framewriter.h"
#include "http/worker.h"
#include "roomhub.h"

#include <algorithm>

namespace yard::realtime {

WorkerRooms::WorkerRooms(std::shared_ptr<RoomHub> hub, std::shared_ptr<const RoomLimits> limits)
    : m_hub(std::move(hub))
    , m_limits(std::move(limits)) {
    retime();
    connect(&m_tick, &QTimer::timeout, this, &WorkerRooms::tick);
}

// Timer resolution: a fraction of the shortest timeout, between 10 ms and 1 s.
void WorkerRooms::retime() {
    m_tick.setInterval(
        std::clamp(qMin(m_limits->pingIntervalMs, m_limits->pongTimeoutMs) / 4, 10, 1000));
}

void WorkerRooms::applyLimits(std::shared_ptr<const RoomLimits> limits) {
    m_limits = std::move(limits);
    retime();
    for (WebSocketConnection *connection : m_connections)
        connection->setLimits(m_limits);
    // A lowered rate limit: nobody keeps more than a second's worth of the new rate.
    if (m_limits->messagesPerSecond > 0) {
        for (auto &[connection, session] : m_sessions)
            session.tokens = qMin(session.tokens, double(m_limits->messagesPerSecond));
    }
}

WorkerRooms::~WorkerRooms() {
    // The thread is ending with connections open: their members leave their rooms for the
    // other workers' sake, then the sockets close with 1001 (WebSocketConnection's destructor).
    for (auto &[connection, session] : m_sessions) {
        for (auto it = session.rooms.cbegin(); it != session.rooms.cend(); ++it)
            m_hub->leave(this, it.key(), it.value());
    }
    m_hub->forget(this);
    m_sessions.clear();
    for (WebSocketConnection *connection : m_connections) {
        ended(*connection);
        delete connection;
    }
}

void WorkerRooms::adopt(qintptr fd, const QByteArray &handshakeResponse, const QByteArray &leftover,
                        const http::ConnectionIdentity &identity) {
    if (identity.worker) {
        m_worker = identity.worker;
        // Still an open connection of the server, as the status bar and metrics count them.
        m_worker->counters().openConnections.fetch_add(1, std::memory_order_relaxed);
    }
    auto *connection = new WebSocketConnection(fd, identity, m_limits, *this, this);
    m_connections.insert(connection);
    Session &session = m_sessions[connection];
    session.tokens = m_limits->messagesPerSecond;
    session.refilledMs = WebSocketConnection::nowMs();
    if (!m_tick.isActive())
        m_tick.start();
    noteChanged(false);
    connection->start(handshakeResponse, leftover);
}

void WorkerRooms::deliver(const QString &room, quint64 seq, const QByteArray &frame) {
    const auto it = m_rooms.constFind(room);
    if (it == m_rooms.cend())
        return;
    // queue() never changes m_rooms: a member it closes leaves later, from the event loop.
    for (const Member &member : *it) {
        if (member.joinedAt < seq)
            member.connection->queue(frame);
    }
}

void WorkerRooms::textReceived(WebSocketConnection &connection, QByteArrayView text) {
    const auto found = m_sessions.find(&connection);
    if (found == m_sessions.end())
        return;
    const ChatCommand command = ChatProtocol::parse(text, *m_limits);
    logIn(connection, command.room, text);
    switch (command.type) {
    case ChatCommand::Type::Join:
        join(connection, found->second, command);
        break;
    case ChatCommand::Type::Leave:
        leave(connection, found->second, command.room);
        break;
    case ChatCommand::Type::Message:
        publish(connection, found->second, command);
        break;
    case ChatCommand::Type::Invalid:
        sendError(connection, command.errorCode, command.errorMessage);
        break;
    }
}

void WorkerRooms::join(WebSocketConnection &connection, Session &session,
                       const ChatCommand &command) {
    if (session.rooms.contains(command.room)) {
        sendError(connection, "already-joined", command.room.toUtf8());
        return;
    }
    if (!m_limits->allowsRoom(command.room)) {
        sendError(connection, "room-not-allowed",
                  QByteArray("this route's rooms must match " + m_limits->roomPattern.toUtf8()));
        return;
    }
    if (session.rooms.size() >= m_limits->maxRoomsPerConnection) {
        sendError(connection, "too-many-rooms", "leave a room before joining another");
        return;
    }
    const RoomHub::Joined joined = m_hub->join(this, command.room, command.user);
    std::vector<Member> &members = m_rooms[command.room];
    // The others here hear of the join; the joiner is not a member yet, so it does not.
    if (!joined.presence.frame.isEmpty()) {
        deliver(command.room, joined.presence.seq, joined.presence.frame);
        logOut(0, command.room, joined.presence.frame, joined.presence.recipients);
    }
    members.push_back({&connection, joined.presence.seq});
    session.rooms.insert(command.room, command.user);
    noteChanged(true);
    connection.queue(joined.reply);
    logOut(connection.id(), command.room, joined.reply, 1);
}

void WorkerRooms::leave(WebSocketConnection &connection, Session &session, const QString &room) {
    const auto it = session.rooms.find(room);
    if (it == session.rooms.end()) {
        sendError(connection, "not-joined", room.toUtf8());
        return;
    }
    const QString user = it.value();
    session.rooms.erase(it);
    removeMember(room, &connection);
    noteChanged(true);
    const RoomHub::Broadcast left = m_hub->leave(this, room, user);
    if (!left.frame.isEmpty()) {
        deliver(room, left.seq, left.frame);
        logOut(0, room, left.frame, left.recipients);
    }
}

void WorkerRooms::publish(WebSocketConnection &connection, Session &session,
                          const ChatCommand &command) {
    const auto it = session.rooms.constFind(command.room);
    if (it == session.rooms.cend()) {
        sendError(connection, "not-joined", command.room.toUtf8());
        return;
    }
    if (!takeToken(session)) {
        sendError(connection, "rate-limited", "too many messages; this one was dropped");
        return;
    }
    const RoomHub::Broadcast message = m_hub->publish(this, command.room, it.value(), command.text);
    if (!message.frame.isEmpty()) {
        deliver(command.room, message.seq, message.frame); // the sender gets its copy too
        logOut(0, command.room, message.frame, message.recipients);
    }
    if (m_worker)
        m_worker->noteRoomsChanged(); // the room's message count and activity
}

// A token bucket: `messagesPerSecond` tokens a second, at most one second's worth saved up.
bool WorkerRooms::takeToken(Session &session) {
    const int rate = m_limits->messagesPerSecond;
    if (rate <= 0)
        return true;
    const qint64 now = WebSocketConnection::nowMs();
    session.tokens =
        qMin(double(rate), session.tokens + (now - session.refilledMs) * rate / 1000.0);
    session.refilledMs = now;
    if (session.tokens < 1)
        return false;
    session.tokens -= 1;
    return true;
}

void WorkerRooms::removeMember(const QString &room, WebSocketConnection *connection) {
    const auto it = m_rooms.find(room);
    if (it == m_rooms.end())
        return;
    std::erase_if(*it,
                  [connection](const Member &member) { return member.connection == connection; });
    if (it->empty())
        m_rooms.erase(it);
}

void WorkerRooms::sendError(WebSocketConnection &connection, QByteArrayView code,
                            QByteArrayView message) {
    const QByteArray frame = FrameWriter::frame(Opcode::Text, ChatProtocol::error(code, message));
    connection.queue(frame);
    logOut(connection.id(), QString(), frame, 1);
}

void WorkerRooms::flushRequested(WebSocketConnection &connection) {
    m_dirty.push_back(&connection);
    if (m_flushPosted)
        return;
    // Runs after the events already queued (other workers' broadcasts among them), so a member
    // gets everything that arrived meanwhile in one sendmsg().
    m_flushPosted = true;
    QMetaObject::invokeMethod(this, &WorkerRooms::flushAll, Qt::QueuedConnection);
}

void WorkerRooms::flushAll() {
    m_flushPosted = false;
    m_flushing.swap(m_dirty); // flush() may request again; those go to the next pass
    for (WebSocketConnection *connection : m_flushing)
        connection->flush();
    m_flushing.clear();
}

void WorkerRooms::leaving(WebSocketConnection &connection) {
    const auto found = m_sessions.find(&connection);
    if (found == m_sessions.end())
        return;
    const Session session = std::move(found->second);
    m_sessions.erase(found);
    if (!session.rooms.isEmpty())
        noteChanged(true);
    for (auto it = session.rooms.cbegin(); it != session.rooms.cend(); ++it) {
        removeMember(it.key(), &connection);
        const RoomHub::Broadcast left = m_hub->leave(this, it.key(), it.value());
        if (!left.frame.isEmpty())
            deliver(it.key(), left.seq, left.frame);
    }
}

// The connection's log row, and one open connection less (the worker outlives its rooms).
void WorkerRooms::ended(const WebSocketConnection &connection) {
    http::logUpgradeEnd(connection.identity());
    if (http::Worker *worker = connection.identity().worker)
        worker->counters().openConnections.fetch_sub(1, std::memory_order_relaxed);
}

void WorkerRooms::finished(WebSocketConnection &connection) {
    if (m_connections.erase(&connection) != 0)
        ended(connection);
    noteChanged(false);
    std::erase(m_dirty, &connection);
    std::erase(m_flushing, &connection);
    connection.deleteLater();
    if (!m_connections.empty())
        return;
    // The last connection is gone: this worker leaves the hub until a new one arrives.
    m_tick.stop();
    m_hub->forget(this);
    deleteLater();
}

void WorkerRooms::tick() {
    const qint64 now = WebSocketConnection::nowMs();
    // checkTimers() never changes m_connections: closes are reported from the event loop.
    for (WebSocketConnection *connection : m_connections)
        connection->checkTimers(now);
}

} // namespace yard::realtime
