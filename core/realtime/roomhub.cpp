#include "roomhub.h"

#include "chatprotocol.h"
#include "framewriter.h"
#include "workerrooms.h"

#include <QDateTime>
#include <QThread>

namespace yard::realtime {

RoomHub::RoomHub(const RoomLimits &limits)
    : m_limits(limits) {}

RoomHub::~RoomHub() = default;

WorkerRooms &RoomHub::workerRooms() {
    QThread *thread = QThread::currentThread();
    const QMutexLocker lock(&m_mutex);
    WorkerRooms *&rooms = m_workers[thread];
    if (!rooms) {
        rooms = new WorkerRooms(shared_from_this());
        // A worker thread that ends (server stop) takes its connections with it, in the thread
        // itself while its event dispatcher still exists: finished() is emitted there.
        QObject::connect(
            thread, &QThread::finished, rooms, [rooms] { delete rooms; }, Qt::DirectConnection);
    }
    return *rooms;
}

void RoomHub::forget(WorkerRooms *rooms) {
    const QMutexLocker lock(&m_mutex);
    for (auto it = m_workers.begin(); it != m_workers.end();) {
        if (it.value() == rooms)
            it = m_workers.erase(it);
        else
            ++it;
    }
    for (Room &room : m_rooms)
        room.workers.remove(rooms);
}

// Under the mutex: numbers the broadcast and posts it to every other worker with members.
// Posting under the mutex keeps each worker's queue in sequence order, and a WorkerRooms cannot
// be deleted meanwhile (forget() takes the mutex).
RoomHub::Broadcast RoomHub::broadcastLocked(Room &room, WorkerRooms *from, const QString &name,
                                            const QByteArray &payload) {
    Broadcast broadcast{FrameWriter::frame(Opcode::Text, payload), ++room.seq};
    for (auto it = room.workers.cbegin(); it != room.workers.cend(); ++it) {
        WorkerRooms *worker = it.key();
        if (worker == from)
            continue;
        QMetaObject::invokeMethod(
            worker,
            [worker, name, seq = broadcast.seq, frame = broadcast.frame] {
                worker->deliver(name, seq, frame);
            },
            Qt::QueuedConnection);
    }
    return broadcast;
}

RoomHub::Joined RoomHub::join(WorkerRooms *from, const QString &name, const QString &user) {
    const QByteArray presence = ChatProtocol::presence("user-joined", name, user);
    const QMutexLocker lock(&m_mutex);
    Room &room = m_rooms[name];
    Joined joined;
    if (!room.members.isEmpty())
        joined.presence = broadcastLocked(room, from, name, presence);
    else
        joined.presence.seq = room.seq;
    room.members.append(user);
    ++room.workers[from];
    room.lastActivityMs = QDateTime::currentMSecsSinceEpoch();
    QList<QByteArrayView> history;
    history.reserve(qsizetype(room.history.size()));
    for (const HistoryEntry &entry : room.history)
        history.append(QByteArrayView(entry.frame).sliced(entry.payloadOffset));
    joined.reply =
        FrameWriter::frame(Opcode::Text, ChatProtocol::joined(name, room.members, history));
    return joined;
}

RoomHub::Broadcast RoomHub::leave(WorkerRooms *from, const QString &name, const QString &user) {
    const QByteArray presence = ChatProtocol::presence("user-left", name, user);
    const QMutexLocker lock(&m_mutex);
    const auto it = m_rooms.find(name);
    if (it == m_rooms.end())
        return {};
    Room &room = *it;
    room.members.removeOne(user);
    if (--room.workers[from] <= 0)
        room.workers.remove(from);
    room.lastActivityMs = QDateTime::currentMSecsSinceEpoch();
    if (room.members.isEmpty()) {
        // History lives while the room has members; keeping it (SQLite) is a later step.
        m_rooms.erase(it);
        return {};
    }
    return broadcastLocked(room, from, name, presence);
}

RoomHub::Broadcast RoomHub::publish(WorkerRooms *from, const QString &name, const QString &user,
                                    const QString &text) {
    // Escaping the text is the costly part: done before taking the mutex.
    QByteArray payload = ChatProtocol::messageStart(name, user, text);
    const QMutexLocker lock(&m_mutex);
    const auto it = m_rooms.find(name);
    if (it == m_rooms.end())
        return {};
    Room &room = *it;
    room.lastActivityMs = QDateTime::currentMSecsSinceEpoch();
    ChatProtocol::messageEnd(payload, ++room.nextId, room.lastActivityMs);
    Broadcast broadcast = broadcastLocked(room, from, name, payload);
    room.history.push_back({broadcast.frame, broadcast.frame.size() - payload.size()});
    while (room.history.size() > std::size_t(qMax(0, m_limits.historySize)))
        room.history.pop_front();
    return broadcast;
}

QList<RoomHub::RoomInfo> RoomHub::rooms() const {
    const QMutexLocker lock(&m_mutex);
    QList<RoomInfo> list;
    list.reserve(m_rooms.size());
    for (auto it = m_rooms.cbegin(); it != m_rooms.cend(); ++it)
        list.append({it.key(), it->members, it->nextId, it->lastActivityMs});
    return list;
}

} // namespace yard::realtime
