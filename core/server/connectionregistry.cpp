#include "connectionregistry.h"

#include "http/worker.h"
#include "realtime/roomhub.h"
#include "realtime/workerrooms.h"

#include <QMetaMethod>
#include <QPointer>
#include <algorithm>
#include <tuple>

namespace yard::server {

namespace {
using HubList = std::vector<std::pair<QString, std::shared_ptr<realtime::RoomHub>>>;

HubList hubList(const ConnectionRegistry::Hubs &hubs) {
    return HubList(hubs.cbegin(), hubs.cend());
}
} // namespace

// The parts of one snapshot, one per worker, each written by its own worker only. Whoever drops
// the last reference (the last worker done, or the owner deleting a worker whose thread has
// ended) hands them back: a worker that never answers cannot leave the caller waiting.
struct ConnectionRegistry::Gather {
    std::vector<QList<http::ConnectionInfo>> parts;
    std::function<void(std::vector<QList<http::ConnectionInfo>> &&)> finish;

    ~Gather() { finish(std::move(parts)); }
};

ConnectionRegistry::ConnectionRegistry(const std::vector<http::Worker *> &workers, const Hubs &hubs,
                                       const QString &serverName)
    : m_workers(workers)
    , m_hubs(hubs)
    , m_serverName(serverName) {
    m_timer.setInterval(CheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionRegistry::check);
}

ConnectionRegistry::~ConnectionRegistry() = default;

void ConnectionRegistry::snapshot(QObject *context,
                                  std::function<void(const RegistrySnapshot &)> done) {
    auto gather = std::make_shared<Gather>();
    gather->parts.resize(m_workers.size());
    gather->finish = [this, context = QPointer<QObject>(context),
                      done = std::move(done)](std::vector<QList<http::ConnectionInfo>> &&parts) {
        // Any thread: back to ours. The registry outlives the workers (ServerInstance stops
        // them before it goes), so it is still there to receive this.
        QMetaObject::invokeMethod(
            this,
            [this, parts = std::move(parts), context, done] { deliver(parts, context, done); },
            Qt::QueuedConnection);
    };
    const HubList hubs = hubList(m_hubs);
    for (std::size_t i = 0; i < m_workers.size(); ++i) {
        http::Worker *worker = m_workers[i];
        QMetaObject::invokeMethod(worker, [worker, hubs, gather, i] {
            QList<http::ConnectionInfo> &part = gather->parts[i];
            part = worker->connections();
            for (const auto &[path, hub] : hubs) {
                // This thread's share of the hub is deleted only in this thread: safe to use.
                if (const realtime::WorkerRooms *rooms = hub->existingWorkerRooms())
                    part.append(rooms->connections(path));
            }
        });
    }
}

void ConnectionRegistry::deliver(std::vector<QList<http::ConnectionInfo>> parts,
                                 const QPointer<QObject> &context,
                                 const std::function<void(const RegistrySnapshot &)> &done) const {
    if (!context)
        return;
    RegistrySnapshot snapshot;
    for (QList<http::ConnectionInfo> &part : parts)
        snapshot.connections.append(std::move(part));
    std::sort(snapshot.connections.begin(), snapshot.connections.end(),
              [](const auto &a, const auto &b) { return a.id < b.id; });

    // Rooms: the hubs say which exist and their counters; the workers said who is in them.
    std::map<std::pair<QString, QString>, RoomSnapshot> rooms;
    for (const auto &[path, hub] : m_hubs) {
        for (const realtime::RoomHub::RoomInfo &info : hub->rooms())
            rooms[{path, info.name}] = {path, info.name, {}, info.messages, info.lastActivityMs};
    }
    for (http::ConnectionInfo &connection : snapshot.connections) {
        connection.server = m_serverName;
        if (connection.protocol != "ws")
            continue; // an event stream names its channel there: not a chat room
        for (const http::ConnectionInfo::Membership &membership : connection.rooms) {
            RoomSnapshot &room = rooms[{connection.route, membership.room}];
            room.route = connection.route; // new if the hub listed it just before the join
            room.name = membership.room;
            room.members.append({connection.id, membership.user});
        }
    }
    for (auto &[key, room] : rooms) {
        std::sort(room.members.begin(), room.members.end(), [](const auto &a, const auto &b) {
            return a.user == b.user ? a.connection < b.connection : a.user < b.user;
        });
        snapshot.rooms.append(std::move(room));
    }
    done(snapshot);
}

bool ConnectionRegistry::kick(quint64 id) {
    const auto index = std::size_t(http::ConnectionId::worker(id));
    if (index >= m_workers.size())
        return false;
    http::Worker *worker = m_workers[index];
    QMetaObject::invokeMethod(worker, [worker, id, hubs = hubList(m_hubs)] {
        if (worker->kick(id))
            return;
        for (const auto &[path, hub] : hubs) {
            if (realtime::WorkerRooms *rooms = hub->existingWorkerRooms(); rooms && rooms->kick(id))
                return;
        }
    });
    return true;
}

void ConnectionRegistry::sendToConnection(quint64 id, const QString &text, const QString &event,
                                          QObject *context, std::function<void(bool)> done) {
    QPointer<QObject> guard(context); // read in this thread only
    auto answer = [this, guard, done = std::move(done)](bool sent) {
        // Any thread: back to ours (the registry outlives the workers, see snapshot()).
        QMetaObject::invokeMethod(
            this,
            [guard, done, sent] {
                if (guard)
                    done(sent);
            },
            Qt::QueuedConnection);
    };
    const auto index = std::size_t(http::ConnectionId::worker(id));
    if (index >= m_workers.size()) {
        answer(false);
        return;
    }
    http::Worker *worker = m_workers[index];
    QMetaObject::invokeMethod(worker, [worker, id, data = text.toUtf8(), name = event.toUtf8(),
                                       hubs = hubList(m_hubs), answer] {
        bool sent = worker->sendAsServer(id, name, data);
        for (const auto &[path, hub] : hubs) {
            if (sent)
                break;
            if (realtime::WorkerRooms *rooms = hub->existingWorkerRooms())
                sent = rooms->sendText(id, data);
        }
        answer(sent);
    });
}

bool ConnectionRegistry::sendToRoom(const QString &route, const QString &room,
                                    const QString &text) {
    realtime::RoomHub *roomHub = hub(route);
    if (!roomHub)
        return false;
    // No WorkerRooms of ours: the hub posts the one encoded frame to every worker with members.
    if (roomHub->publish(nullptr, room, ServerUser.toString(), text).frame.isEmpty())
        return false;
    m_roomsTouched = true;
    return true;
}

bool ConnectionRegistry::closeRoom(const QString &route, const QString &room) {
    realtime::RoomHub *roomHub = hub(route);
    return roomHub && roomHub->closeRoom(room);
}

QList<QByteArray> ConnectionRegistry::recentMessages(const QString &route, const QString &room,
                                                     int max) const {
    const realtime::RoomHub *roomHub = hub(route);
    return roomHub ? roomHub->recentMessages(room, max) : QList<QByteArray>();
}

realtime::RoomHub *ConnectionRegistry::hub(const QString &route) const {
    const auto it = m_hubs.find(route);
    return it == m_hubs.end() ? nullptr : it->second.get();
}

void ConnectionRegistry::serverChanged() {
    m_serverChanged = true;
}

std::pair<quint64, quint64> ConnectionRegistry::changeCounts() const {
    quint64 connections = 0;
    quint64 rooms = 0;
    for (const http::Worker *worker : m_workers) {
        connections += worker->counters().connectionChanges.load(std::memory_order_relaxed);
        rooms += worker->counters().roomChanges.load(std::memory_order_relaxed);
    }
    return {connections, rooms};
}

void ConnectionRegistry::check() {
    const auto [connections, rooms] = changeCounts();
    // After a restart the sums start again from new workers: m_serverChanged says so.
    const bool connectionsDiffer = connections != m_seenConnections || m_serverChanged;
    const bool roomsDiffer = rooms != m_seenRooms || m_serverChanged || m_roomsTouched;
    m_seenConnections = connections;
    m_seenRooms = rooms;
    m_serverChanged = m_roomsTouched = false;
    if (connectionsDiffer)
        Q_EMIT connectionsChanged();
    if (roomsDiffer)
        Q_EMIT roomsChanged();
}

bool ConnectionRegistry::isWatched() const {
    return isSignalConnected(QMetaMethod::fromSignal(&ConnectionRegistry::connectionsChanged)) ||
           isSignalConnected(QMetaMethod::fromSignal(&ConnectionRegistry::roomsChanged));
}

// The timer runs only while someone listens: `yardmaster serve` pays nothing for it.
void ConnectionRegistry::connectNotify(const QMetaMethod &signal) {
    Q_UNUSED(signal);
    if (isWatched() && !m_timer.isActive()) {
        // What happened before anyone listened is not news.
        std::tie(m_seenConnections, m_seenRooms) = changeCounts();
        m_serverChanged = m_roomsTouched = false;
        m_timer.start();
    }
}

void ConnectionRegistry::disconnectNotify(const QMetaMethod &signal) {
    Q_UNUSED(signal);
    // Called with Qt's connection lock held, which isSignalConnected() takes: asked later.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!isWatched())
                m_timer.stop();
        },
        Qt::QueuedConnection);
}

} // namespace yard::server
