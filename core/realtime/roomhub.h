#pragma once

#include "hubeventlog.h"
#include "roomlimits.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QStringList>
#include <deque>
#include <memory>

class QThread;

namespace yard::realtime {

class RoomHistoryStore;
class WorkerRooms;

// The rooms of one `websocket` route, shared by every worker thread of its server.
//
// Fan-out (DESIGN.md, "Threads and data flow"): a connection lives in one worker thread, where
// its WorkerRooms keeps room -> local members. The hub keeps, per room, which workers hold
// members (with a count), the member names for presence, the message counter and a bounded
// history. A broadcast is encoded once, here; the one QByteArray is posted to each other worker
// with members (one queued call per worker, not per member) and delivered by the caller to its
// own members directly. The mutex is taken on join, leave and publish only: never on an HTTP
// request, never per delivered frame.
//
// Order: posts happen under the mutex, so every worker receives a room's broadcasts in the order
// of their sequence numbers; a worker delivers its own publications at once, so two senders on
// different workers may be seen interleaved differently, but one sender's messages always
// arrive in the order sent. A member is delivered only broadcasts sequenced after its join.
//
// History: a room keeps its last historySize messages (and its message counter) while the hub
// lives, members or not. With a RoomHistoryStore they are also written behind to the data
// folder, keyed by `server` and `route`; the hub reads them back when it is created, so a
// restarted server replays them and numbers on after the highest stored id. Reading them all at
// creation (the caller waits, once per route and server start, a bounded read: historySize rows
// per room) keeps join() a plain in-memory step: no worker ever waits for SQL, no join is put on
// hold until its room's rows arrive, and every id is known before the first publish.
//
// Thread-safe. Created with std::make_shared: connections hold it past a route table swap.
class RoomHub final : public std::enable_shared_from_this<RoomHub> {
    Q_DISABLE_COPY_MOVE(RoomHub)

public:
    // `store` null: history in memory only.
    explicit RoomHub(const RoomLimits &limits = {}, std::shared_ptr<RoomHistoryStore> store = {},
                     QString server = {}, QString route = {});
    ~RoomHub();

    // The current limits; a snapshot that never changes (setLimits() replaces it).
    std::shared_ptr<const RoomLimits> limits() const;
    // A reload changed the route's keys: the hub keeps its rooms and members (a new hub would
    // split them from the connections already in) and every worker's connections take the new
    // limits on their next event. Lowered history is trimmed at once, in memory and on disk.
    void setLimits(const RoomLimits &limits);

    // The calling worker thread's part of the hub, created by its first connection; deleted
    // when its last connection is gone or when the thread finishes.
    WorkerRooms &workerRooms();
    // Called by a WorkerRooms going away: no more posts to it.
    void forget(WorkerRooms *rooms);

    struct Broadcast {
        QByteArray frame;   // empty: nothing to deliver
        quint64 seq = 0;    // the room's broadcast sequence number
        int recipients = 0; // members it goes to, for the request log's one row per broadcast
    };
    struct Joined {
        Broadcast presence; // user-joined, for the others
        QByteArray reply;   // the `joined` frame, for the joiner
    };
    // `from` is the caller's WorkerRooms; it delivers the returned broadcast to its own members.
    Joined join(WorkerRooms *from, const QString &room, const QString &user);
    Broadcast leave(WorkerRooms *from, const QString &room, const QString &user);
    Broadcast publish(WorkerRooms *from, const QString &room, const QString &user,
                      const QString &text);

    // For the UI and tests: rooms and their members, now.
    struct RoomInfo {
        QString name;
        QStringList members;
        quint64 messages = 0;
        qint64 lastActivityMs = 0; // last join, leave or message, ms since epoch
    };
    // Rooms with members only.
    QList<RoomInfo> rooms() const;

    // Where a publish from outside the workers (the administrator's, `from` null) is logged.
    HubEventLog &eventLog() { return m_eventLog; }

    // Administration (roomhubadmin.cpp), from any thread.
    // The calling thread's part of the hub if it has one; never creates it.
    WorkerRooms *existingWorkerRooms() const;
    // Every member is sent room-closed and removed, in its own worker thread; the room ends
    // with its last member. False: no such room.
    bool closeRoom(const QString &room);
    // The room's latest messages (at most `max`, oldest first), as the JSON members received
    // them: for the Rooms view. Brief: copies under the mutex, parses nothing.
    QList<QByteArray> recentMessages(const QString &room, int max) const;
    // A member removed by closeRoom: the bookkeeping of leave() without the user-left broadcast.
    void evicted(WorkerRooms *from, const QString &room, const QString &user);

private:
    struct HistoryEntry {
        QByteArray frame;
        qsizetype payloadOffset;
    };
    struct Room {
        QHash<WorkerRooms *, int> workers; // workers holding members -> how many
        QStringList members;               // names, one per membership
        std::deque<HistoryEntry> history;
        quint64 nextId = 0; // the last message's id
        quint64 seq = 0;
        qint64 lastActivityMs = 0;
    };
    Broadcast broadcastLocked(Room &room, WorkerRooms *from, const QString &name,
                              const QByteArray &payload);

    void restore();
    void trimLocked(Room &room);

    const std::shared_ptr<RoomHistoryStore> m_store;
    const QString m_server;
    const QString m_route;
    mutable QMutex m_mutex;
    HubEventLog m_eventLog;
    std::shared_ptr<const RoomLimits> m_limits; // under m_mutex
    QHash<QThread *, WorkerRooms *> m_workers;
    QHash<QString, Room> m_rooms;
};

} // namespace yard::realtime
