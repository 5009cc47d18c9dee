#pragma once

#include "http/connectioninfo.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace yard::http {
class Worker;
}
namespace yard::realtime {
class RoomHub;
}

namespace yard::server {

// One chat room of a websocket route, as the registry shows it.
struct RoomSnapshot {
    struct Member {
        quint64 connection = 0;
        QString user;
    };
    QString route; // the websocket route's path
    QString name;
    QList<Member> members; // by user name
    quint64 messages = 0;
    qint64 lastActivityMs = 0; // last join, leave or message, ms since epoch
};

// The server's live connections and rooms at one moment.
struct RegistrySnapshot {
    QList<http::ConnectionInfo> connections; // by id
    QList<RoomSnapshot> rooms;               // by route, then name
};

// The live registry of one ServerInstance: lists its connections and rooms, and the
// administrator's actions on them (kick, send to a room as "server", close a room).
//
// Nothing is kept up to date on the request path: each worker owns its connections and
// describes them only when asked. snapshot() posts one queued call to each worker, each builds
// its list in its own thread, and the merged result comes back later in this object's thread;
// the caller never waits. Changes are noticed through per-worker counters (WorkerCounters::
// connectionChanges, roomChanges) that a timer compares at most ten times a second while someone
// listens: one connectionsChanged()/roomsChanged() per tick with changes, never one per event.
//
// Lives in the thread that owns its ServerInstance (the GUI thread); every call is made there.
class ConnectionRegistry final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionRegistry)

public:
    using Hubs = std::map<QString, std::shared_ptr<realtime::RoomHub>>;
    static constexpr int CheckIntervalMs = 100;
    // The name a message sent by the administrator carries in its room.
    static constexpr QStringView ServerUser = u"server";

    // The server's own lists, read in this thread only: they change when it starts or stops.
    ConnectionRegistry(const std::vector<http::Worker *> &workers, const Hubs &hubs,
                       const QString &serverName);
    ~ConnectionRegistry() override;

    // Calls `done` with the snapshot, later, in this thread, unless `context` is gone by then.
    // A stopped server gives an empty one.
    void snapshot(QObject *context, std::function<void(const RegistrySnapshot &)> done);
    // Closes the connection `id` in its worker: an HTTP one at once, a WebSocket with 1008
    // "kicked". False when no running worker can hold that id (it may also be gone already).
    bool kick(quint64 id);
    // Publishes `text` to a room of the websocket route `route` as ServerUser: every member
    // gets it and it joins the room's history, like a member's message. False: no such room.
    bool sendToRoom(const QString &route, const QString &room, const QString &text);
    // Every member is sent {"type":"room-closed","room":R} and removed. False: no such room.
    bool closeRoom(const QString &route, const QString &room);
    // The room's latest messages as members received them (JSON, oldest first); empty when the
    // room or route is gone. Cheap enough for the GUI thread: a copy under the hub's lock.
    QList<QByteArray> recentMessages(const QString &route, const QString &room, int max) const;
    // Sends `text` to the one connection `id`, as the server: a WebSocket gets it as a text
    // frame, as is; an event stream as an event named `event` (none: "message") outside its
    // channel's numbering. `done(sent)` comes later in this thread, unless `context` is gone:
    // false when the connection is gone or carries no such message (plain HTTP).
    void sendToConnection(quint64 id, const QString &text, const QString &event, QObject *context,
                          std::function<void(bool sent)> done);

    // The server started or stopped (ServerInstance): everything listed may have changed.
    void serverChanged();

Q_SIGNALS:
    void connectionsChanged();
    void roomsChanged();

protected:
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    struct Gather;
    void check();
    std::pair<quint64, quint64> changeCounts() const; // connections, rooms
    void deliver(std::vector<QList<http::ConnectionInfo>> parts, const QPointer<QObject> &context,
                 const std::function<void(const RegistrySnapshot &)> &done) const;
    realtime::RoomHub *hub(const QString &route) const;
    bool isWatched() const;

    const std::vector<http::Worker *> &m_workers;
    const Hubs &m_hubs;
    const QString &m_serverName;
    QTimer m_timer;
    // Changes not in the workers' counters: the workers themselves came or went (their counters
    // start again from zero), a message sent from here.
    bool m_serverChanged = false;
    bool m_roomsTouched = false;
    quint64 m_seenConnections = 0; // the workers' counters, summed, at the last check
    quint64 m_seenRooms = 0;
};

} // namespace yard::server
