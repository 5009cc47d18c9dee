#include "roomhub.h"

#include "chatprotocol.h"
#include "framewriter.h"
#include "roomhistorystore.h"
#include "workerrooms.h"

#include <QDateTime>
#include <QThread>

namespace yard::realtime {

RoomHub::RoomHub(const RoomLimits &limits, std::shared_ptr<RoomHistoryStore> store, QString server,
                 QString route)
    : m_store(std::move(store))
    , m_server(std::move(server))
    , m_route(std::move(route))
    , m_limits(std::make_shared<const RoomLimits>(limits)) {
    if (m_store)
        restore();
}

RoomHub::~RoomHub() = default;

void RoomHub::restore() {
    const auto stored = m_store->load(m_server, m_route, qMax(0, m_limits->historySize));
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        Room &room = m_rooms[it.key()];
        room.nextId = it->lastId;
        for (const RoomHistoryStore::Message &message : it->history) {
            const QByteArray frame = FrameWriter::frame(Opcode::Text, message.payload);
            room.history.push_back({frame, frame.size() - message.payload.size()});
        }
    }
}

std::shared_ptr<const RoomLimits> RoomHub::limits() const {
    const QMutexLocker lock(&m_mutex);
    return m_limits;
}

void RoomHub::setLimits(const RoomLimits &limits) {
    bool historyShrank = false;
    {
        const QMutexLocker lock(&m_mutex);
        if (*m_limits == limits)
            return;
        historyShrank = limits.historySize < m_limits->historySize;
        m_limits = std::make_shared<const RoomLimits>(limits);
        for (Room &room : m_rooms)
            trimLocked(room);
        // Under the mutex, like a broadcast: no WorkerRooms is deleted meanwhile.
        for (WorkerRooms *worker : std::as_const(m_workers)) {
            QMetaObject::invokeMethod(
                worker, [worker, next = m_limits] { worker->applyLimits(next); },
                Qt::QueuedConnection);
        }
    }
    if (historyShrank && m_store)
        m_store->trim(m_server, m_route, qMax(0, limits.historySize));
}

void RoomHub::trimLocked(Room &room) {
    while (room.history.size() > std::size_t(qMax(0, m_limits->historySize)))
        room.history.pop_front();
}

WorkerRooms &RoomHub::workerRooms() {
    QThread *thread = QThread::currentThread();
    const QMutexLocker lock(&m_mutex);
    WorkerRooms *&rooms = m_workers[thread];
    if (!rooms) {
        rooms = new WorkerRooms(shared_from_this(), m_limits);
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
    Broadcast broadcast{FrameWriter::frame(Opcode::Text, payload), ++room.seq,
                        int(room.members.size())};
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
        // A room that had messages stays, for its history and its id counter.
        if (room.nextId == 0)
            m_rooms.erase(it);
        return {};
    }
    return broadcastLocked(room, from, name, presence);
}

RoomHub::Broadcast RoomHub::publish(WorkerRooms *from, const QString &name, const QString &user,
                                    const QString &text) {
    // Escaping the text is the costly part: done before taking the mutex.
    QByteArray payload = ChatProtocol::messageStart(name, user, text);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Broadcast broadcast;
    quint64 id = 0;
    int keep = 0;
    {
        const QMutexLocker lock(&m_mutex);
        const auto it = m_rooms.find(name);
        if (it == m_rooms.end())
            return {};
        Room &room = *it;
        room.lastActivityMs = now;
        id = ++room.nextId;
        ChatProtocol::messageEnd(payload, id, now);
        broadcast = broadcastLocked(room, from, name, payload);
        room.history.push_back({broadcast.frame, broadcast.frame.size() - payload.size()});
        trimLocked(room);
        keep = qMax(0, m_limits->historySize);
    }
    // Outside the hub's lock: the store only queues, its thread writes.
    if (m_store)
        m_store->append(m_server, m_route, name, id, now, payload, keep);
    if (!from && !broadcast.frame.isEmpty()) { // the administrator's: no worker's batch
        const QByteArray channel = name.toUtf8();
        const QByteArrayView sent = FrameWriter::payloadOf(broadcast.frame);
        logging::EventRecordView record;
        record.tsMs = now;
        record.direction = logging::EventRecordView::Direction::Out;
        record.channel = channel;
        record.size = sent.size();
        record.payload = sent;
        record.recipients = broadcast.recipients;
        m_eventLog.write(record);
    }
    return broadcast;
}

QList<RoomHub::RoomInfo> RoomHub::rooms() const {
    const QMutexLocker lock(&m_mutex);
    QList<RoomInfo> list;
    list.reserve(m_rooms.size());
    for (auto it = m_rooms.cbegin(); it != m_rooms.cend(); ++it) {
        if (!it->members.isEmpty())
            list.append({it.key(), it->members, it->nextId, it->lastActivityMs});
    }
    return list;
}

} // namespace yard::realtime
