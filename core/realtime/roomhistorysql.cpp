#include "roomhistorysql.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>

namespace yard::realtime {

namespace {
QAtomicInt s_connections;

const char *const s_schema[] = {
    "CREATE TABLE IF NOT EXISTS room_messages (server TEXT NOT NULL, route TEXT NOT NULL, "
    "room TEXT NOT NULL, id INTEGER NOT NULL, ts_ms INTEGER NOT NULL, payload BLOB NOT NULL, "
    "PRIMARY KEY (server, route, room, id)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS room_ids (server TEXT NOT NULL, route TEXT NOT NULL, "
    "room TEXT NOT NULL, last_id INTEGER NOT NULL, PRIMARY KEY (server, route, room)) "
    "WITHOUT ROWID",
};

// Ids are below 2^63 in practice (one a nanosecond for 292 years); SQLite integers are signed.
QVariant idValue(quint64 id) {
    return QVariant(qint64(id));
}
} // namespace

RoomHistorySql::RoomHistorySql()
    : m_connection(QStringLiteral("yard-rooms-") +
                   QString::number(s_connections.fetchAndAddRelaxed(1))) {}

RoomHistorySql::~RoomHistorySql() {
    close();
}

bool RoomHistorySql::open(const QString &path, QString *error) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    // The request log's settings: WAL lets a reader (a second server on the same folder, a
    // script) look while the store writes; NORMAL syncs at checkpoints, and a crash costs the
    // last messages, not the file.
    bool ok = query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) &&
              query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    for (const char *statement : s_schema)
        ok = ok && query.exec(QString::fromLatin1(statement));
    if (!ok) {
        *error = query.lastError().text();
        return false;
    }
    m_insertMessage.emplace(db);
    m_raiseId.emplace(db);
    m_trimRoom.emplace(db);
    ok = m_insertMessage->prepare(
             QStringLiteral("INSERT OR REPLACE INTO room_messages (server, route, room, id, "
                            "ts_ms, payload) VALUES (?, ?, ?, ?, ?, ?)")) &&
         m_raiseId->prepare(QStringLiteral(
             "INSERT INTO room_ids (server, route, room, last_id) VALUES (?, ?, ?, ?) "
             "ON CONFLICT (server, route, room) DO UPDATE SET "
             "last_id = max(last_id, excluded.last_id)")) &&
         m_trimRoom->prepare(QStringLiteral(
             "DELETE FROM room_messages WHERE server = ? AND route = ? AND room = ? AND id <= ?"));
    if (!ok) {
        *error = QSqlDatabase::database(m_connection, false).lastError().text();
        return false;
    }
    return true;
}

void RoomHistorySql::close() {
    m_insertMessage.reset();
    m_raiseId.reset();
    m_trimRoom.reset();
    if (!QSqlDatabase::contains(m_connection))
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

bool RoomHistorySql::run(QSqlQuery &query) {
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

bool RoomHistorySql::begin() {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (db.transaction())
        return true;
    m_lastError = db.lastError().text();
    return false;
}

bool RoomHistorySql::commit() {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (db.commit())
        return true;
    m_lastError = db.lastError().text();
    return false;
}

void RoomHistorySql::rollback() {
    QSqlDatabase::database(m_connection, false).rollback();
}

bool RoomHistorySql::insert(const QString &server, const QString &route, const QString &room,
                            quint64 id, qint64 timestampMs, const QByteArray &payload, int keep) {
    if (keep > 0) {
        m_insertMessage->bindValue(0, server);
        m_insertMessage->bindValue(1, route);
        m_insertMessage->bindValue(2, room);
        m_insertMessage->bindValue(3, idValue(id));
        m_insertMessage->bindValue(4, timestampMs);
        m_insertMessage->bindValue(5, payload);
        if (!run(*m_insertMessage))
            return false;
    }
    m_raiseId->bindValue(0, server);
    m_raiseId->bindValue(1, route);
    m_raiseId->bindValue(2, room);
    m_raiseId->bindValue(3, idValue(id));
    return run(*m_raiseId);
}

// A room's ids are consecutive (the hub counts them), so its newest `keep` messages are those
// above lastId - keep: one range delete on the primary key, no sort.
bool RoomHistorySql::trimRoom(const QString &server, const QString &route, const QString &room,
                              quint64 lastId, int keep) {
    if (lastId <= quint64(keep))
        return true;
    m_trimRoom->bindValue(0, server);
    m_trimRoom->bindValue(1, route);
    m_trimRoom->bindValue(2, room);
    m_trimRoom->bindValue(3, idValue(lastId - quint64(keep)));
    return run(*m_trimRoom);
}

bool RoomHistorySql::trimRoute(const QString &server, const QString &route, int keep) {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral(
        "DELETE FROM room_messages WHERE server = ? AND route = ? AND id <= "
        "(SELECT last_id FROM room_ids AS i WHERE i.server = room_messages.server AND "
        "i.route = room_messages.route AND i.room = room_messages.room) - ?"));
    query.addBindValue(server);
    query.addBindValue(route);
    query.addBindValue(keep);
    return run(query);
}

std::optional<QHash<QString, RoomHistoryStore::Room>>
RoomHistorySql::load(const QString &server, const QString &route, int keep) {
    QHash<QString, RoomHistoryStore::Room> rooms;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT room, last_id FROM room_ids WHERE server = ? AND route = ?"));
    query.addBindValue(server);
    query.addBindValue(route);
    if (!run(query))
        return std::nullopt;
    while (query.next())
        rooms[query.value(0).toString()].lastId = query.value(1).toULongLong();
    if (keep <= 0)
        return rooms;
    // The newest `keep` of each room, oldest first (a window function: SQLite 3.25 or later).
    query.prepare(QStringLiteral(
        "SELECT room, id, payload FROM (SELECT room, id, payload, ROW_NUMBER() OVER "
        "(PARTITION BY room ORDER BY id DESC) AS n FROM room_messages WHERE server = ? AND "
        "route = ?) WHERE n <= ? ORDER BY room, id"));
    query.addBindValue(server);
    query.addBindValue(route);
    query.addBindValue(keep);
    if (!run(query))
        return std::nullopt;
    while (query.next()) {
        RoomHistoryStore::Room &room = rooms[query.value(0).toString()];
        const quint64 id = query.value(1).toULongLong();
        room.history.append({id, query.value(2).toByteArray()});
        room.lastId = qMax(room.lastId, id);
    }
    return rooms;
}

} // namespace yard::realtime
