// The rooms' administration for the live registry (listing, kick, close a room), apart from
// the chat path of roomhub.cpp and workerrooms.cpp.
#include "chatprotocol.h"
#include "framewriter.h"
#include "http/worker.h"
#include "roomhub.h"
#include "workerrooms.h"

#include <QDateTime>
#include <QThread>
#include <algorithm>

namespace yard::realtime {

QList<QByteArray> RoomHub::recentMessages(const QString &name, int max) const {
    const QMutexLocker lock(&m_mutex);
    QList<QByteArray> list;
    const auto it = m_rooms.constFind(name);
    if (it == m_rooms.cend())
        return list;
    const std::size_t count = std::min(it->history.size(), std::size_t(qMax(0, max)));
    list.reserve(qsizetype(count));
    for (auto entry = it->history.cend() - std::ptrdiff_t(count); entry != it->history.cend();
         ++entry)
        list.append(entry->frame.sliced(entry->payloadOffset));
    return list;
}

WorkerRooms *RoomHub::existingWorkerRooms() const {
    const QMutexLocker lock(&m_mutex);
    return m_workers.value(QThread::currentThread());
}

// The notice is encoded once and posted once per worker with members, as a broadcast is; each
// worker removes its own members in its own thread (WorkerRooms::closeRoom), and the room ends
// when the last of them is gone, through evicted().
bool RoomHub::closeRoom(const QString &name) {
    const QByteArray notice = FrameWriter::frame(Opcode::Text, ChatProtocol::roomClosed(name));
    const QMutexLocker lock(&m_mutex);
    const auto it = m_rooms.constFind(name);
    if (it == m_rooms.cend())
        return false;
    for (auto worker = it->workers.cbegin(); worker != it->workers.cend(); ++worker) {
        WorkerRooms *rooms = worker.key();
        QMetaObject::invokeMethod(
            rooms, [rooms, name, notice] { rooms->closeRoom(name, notice); }, Qt::QueuedConnection);
    }
    return true;
}

void RoomHub::evicted(WorkerRooms *from, const QString &name, const QString &user) {
    const QMutexLocker lock(&m_mutex);
    const auto it = m_rooms.find(name);
    if (it == m_rooms.end())
        return;
    Room &room = *it;
    room.members.removeOne(user);
    if (--room.workers[from] <= 0)
        room.workers.remove(from);
    room.lastActivityMs = QDateTime::currentMSecsSinceEpoch();
    if (room.members.isEmpty())
        m_rooms.erase(it);
}

QList<http::ConnectionInfo> WorkerRooms::connections(const QString &route) const {
    QList<http::ConnectionInfo> list;
    list.reserve(qsizetype(m_connections.size()));
    for (const WebSocketConnection *connection : m_connections) {
        http::ConnectionInfo info = connection->info();
        info.route = route;
        const auto session = m_sessions.find(const_cast<WebSocketConnection *>(connection));
        if (session != m_sessions.end()) {
            QStringList names;
            for (auto it = session->second.rooms.cbegin(); it != session->second.rooms.cend();
                 ++it) {
                info.rooms.append({it.key(), it.value()});
                if (!names.contains(it.value()))
                    names.append(it.value());
            }
            if (info.user.isEmpty())
                info.user = names.join(QStringLiteral(", "));
        }
        list.append(std::move(info));
    }
    return list;
}

// RFC 6455 §7.4.1: 1008 (policy violation) is the registered code for "the server will not go on
// with this client" when no other fits; a private 4xxx code would mean nothing to a client that
// does not know our protocol, and 1001 would tell it the server is going away (so reconnect).
bool WorkerRooms::kick(quint64 id) {
    for (WebSocketConnection *connection : m_connections) {
        if (connection->id() == id) {
            connection->close(CloseCode::PolicyViolation, "kicked", true);
            return true;
        }
    }
    return false;
}

bool WorkerRooms::sendText(quint64 id, const QByteArray &text) {
    for (WebSocketConnection *connection : m_connections) {
        if (connection->id() == id) {
            const QByteArray frame = FrameWriter::frame(Opcode::Text, text);
            connection->queue(frame);
            logOut(id, QString(), frame, 1);
            return true;
        }
    }
    return false;
}

void WorkerRooms::closeRoom(const QString &room, const QByteArray &notice) {
    const auto it = m_rooms.find(room);
    if (it == m_rooms.end())
        return;
    const std::vector<Member> members = std::move(*it);
    m_rooms.erase(it);
    for (const Member &member : members) {
        member.connection->queue(notice); // may close a slow one: it leaves later, not now
        const auto session = m_sessions.find(member.connection);
        if (session == m_sessions.end())
            continue;
        const auto name = session->second.rooms.constFind(room);
        if (name == session->second.rooms.cend())
            continue;
        const QString user = name.value();
        session->second.rooms.erase(name);
        m_hub->evicted(this, room, user);
    }
    noteChanged(true);
}

void WorkerRooms::noteChanged(bool rooms) {
    if (!m_worker)
        return;
    m_worker->noteConnectionsChanged();
    if (rooms)
        m_worker->noteRoomsChanged();
}

} // namespace yard::realtime
