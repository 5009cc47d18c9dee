#pragma once

#include "http/connectioninfo.h"
#include "websocketconnection.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace yard::realtime {

class RoomHub;
struct ChatCommand;
struct RoomLimits;

// One worker thread's share of a RoomHub: the WebSocket connections this thread took over, the
// rooms they are in, and the chat protocol on their messages. Broadcasts from other workers
// arrive as queued deliver() calls; frames queued to members during one pass of the event loop
// leave together, one sendmsg() per member (flushRequested). Lives in its worker thread.
class WorkerRooms final : public QObject, private WebSocketConnection::Events {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkerRooms)

public:
    WorkerRooms(std::shared_ptr<RoomHub> hub, std::shared_ptr<const RoomLimits> limits);
    ~WorkerRooms() override;

    // Takes over an upgraded socket: sends the 101 response, then serves the connection, which
    // keeps the identity (id, age, counts) of the HTTP connection it was.
    void adopt(qintptr fd, const QByteArray &handshakeResponse, const QByteArray &leftover,
               const http::ConnectionIdentity &identity);
    // Queues `frame` to this worker's members of `room` that joined before broadcast `seq`.
    void deliver(const QString &room, quint64 seq, const QByteArray &frame);
    // The hub's limits changed (hot reload): they apply to this worker's connections from now on.
    void applyLimits(std::shared_ptr<const RoomLimits> limits);

    // The live registry (this thread): the connections here, `route` being the hub's path; a
    // kick closes one with 1008 (false: not here); closeRoom() sends `notice` to the room's
    // members here and removes them, without a user-left for each.
    QList<http::ConnectionInfo> connections(const QString &route) const;
    bool kick(quint64 id);
    // An administrator's text frame to the connection `id`, as is (false: not here).
    bool sendText(quint64 id, const QByteArray &text);
    void closeRoom(const QString &room, const QByteArray &notice);

private:
    struct Member {
        WebSocketConnection *connection;
        quint64 joinedAt; // the room's broadcast sequence number at the join
    };
    struct Session {
        QHash<QString, QString> rooms; // room -> the name the connection joined it as
        double tokens = 0;             // rate limit bucket, messages
        qint64 refilledMs = 0;
    };

    void textReceived(WebSocketConnection &connection, QByteArrayView text) override;
    void flushRequested(WebSocketConnection &connection) override;
    void leaving(WebSocketConnection &connection) override;
    void finished(WebSocketConnection &connection) override;
    static void ended(const WebSocketConnection &connection);

    void join(WebSocketConnection &connection, Session &session, const ChatCommand &command);
    void leave(WebSocketConnection &connection, Session &session, const QString &room);
    void publish(WebSocketConnection &connection, Session &session, const ChatCommand &command);
    bool takeToken(Session &session);
    void removeMember(const QString &room, WebSocketConnection *connection);
    void sendError(WebSocketConnection &connection, QByteArrayView code, QByteArrayView message);
    // The request log's `events` rows (roomeventlog.cpp): a message from a client, and one
    // from the server (to one connection, or a broadcast with its recipients).
    void logIn(const WebSocketConnection &connection, const QString &room, QByteArrayView text);
    void logOut(quint64 connection, const QString &room, const QByteArray &frame, int recipients);
    void flushAll();
    void tick();
    void retime();
    void noteChanged(bool rooms);

    std::shared_ptr<RoomHub> m_hub;
    // This thread's copy of the hub's limits: read without the hub's lock, replaced (never
    // changed in place) by applyLimits(), which the hub posts here.
    std::shared_ptr<const RoomLimits> m_limits;
    QHash<QString, std::vector<Member>> m_rooms;
    std::unordered_map<WebSocketConnection *, Session> m_sessions; // open connections
    std::unordered_set<WebSocketConnection *> m_connections;       // until their sockets close
    std::vector<WebSocketConnection *> m_dirty;                    // frames queued, not flushed
    std::vector<WebSocketConnection *> m_flushing;
    bool m_flushPosted = false;
    QTimer m_tick{this};
    http::Worker *m_worker = nullptr; // of this thread, from the first adoption; for its counters
};

} // namespace yard::realtime
