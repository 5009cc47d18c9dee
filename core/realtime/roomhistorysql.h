#pragma once

#include "roomhistorystore.h"

#include <QSqlQuery>
#include <optional>

namespace yard::realtime {

// The SQL side of RoomHistoryStore (DIR/rooms.sqlite): table `room_messages` (the kept messages)
// and `room_ids` (each room's highest id, which outlives trimming), WAL with synchronous=NORMAL
// like the request log. Used by the store's thread only. Every write function returns false with
// the SQLite error in lastError() when it fails.
class RoomHistorySql final {
    Q_DISABLE_COPY_MOVE(RoomHistorySql)

public:
    RoomHistorySql();
    ~RoomHistorySql();

    bool open(const QString &path, QString *error);
    void close();
    QString lastError() const { return m_lastError; }

    bool begin();
    bool commit();
    void rollback();
    // Stores the message (unless keep is 0) and raises the room's last id to `id`.
    bool insert(const QString &server, const QString &route, const QString &room, quint64 id,
                qint64 timestampMs, const QByteArray &payload, int keep);
    // Deletes the room's messages with an id up to lastId - keep.
    bool trimRoom(const QString &server, const QString &route, const QString &room, quint64 lastId,
                  int keep);
    bool trimRoute(const QString &server, const QString &route, int keep);
    std::optional<QHash<QString, RoomHistoryStore::Room>> load(const QString &server,
                                                               const QString &route, int keep);

private:
    bool run(QSqlQuery &query);

    QString m_connection;
    QString m_lastError;
    // Prepared once at open (prepared statements), destroyed before the connection.
    std::optional<QSqlQuery> m_insertMessage;
    std::optional<QSqlQuery> m_raiseId;
    std::optional<QSqlQuery> m_trimRoom;
};

} // namespace yard::realtime
