#include "sessionsql.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace yard::sessions {

namespace {
QAtomicInt s_connections;

const char *const s_schema[] = {
    "CREATE TABLE IF NOT EXISTS sessions (key BLOB PRIMARY KEY, server TEXT NOT NULL, "
    "user TEXT NOT NULL, created_ms INTEGER NOT NULL, last_seen_ms INTEGER NOT NULL, "
    "expires_ms INTEGER NOT NULL, client TEXT)",
    "CREATE INDEX IF NOT EXISTS sessions_expires ON sessions (expires_ms)",
    "CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, hash TEXT NOT NULL, "
    "created_ms INTEGER NOT NULL)",
};
} // namespace

SessionSql::SessionSql()
    : m_connection(QStringLiteral("yard-sessions-") +
                   QString::number(s_connections.fetchAndAddRelaxed(1))) {}

SessionSql::~SessionSql() {
    close();
}

bool SessionSql::open(const QString &path, QString *error) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    // The request log's settings (core/logging): WAL lets the CLI add a user while a server
    // reads; NORMAL syncs at checkpoints, and a lost last write costs a sign-in, not the file.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))) {
        *error = query.lastError().text();
        return false;
    }
    for (const char *statement : s_schema) {
        if (!query.exec(QString::fromLatin1(statement))) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

void SessionSql::close() {
    if (!QSqlDatabase::contains(m_connection))
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

void SessionSql::apply(const SessionChange &change) {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    switch (change.kind) {
    case SessionChange::Kind::Save:
        query.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO sessions (key, server, user, created_ms, last_seen_ms, "
            "expires_ms, client) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(change.key);
        query.addBindValue(change.server);
        query.addBindValue(change.info.user);
        query.addBindValue(change.info.createdMs);
        query.addBindValue(change.info.lastSeenMs);
        query.addBindValue(change.info.expiresMs);
        query.addBindValue(change.info.client);
        break;
    case SessionChange::Kind::Touch:
        query.prepare(
            QStringLiteral("UPDATE sessions SET last_seen_ms = ?, expires_ms = ? WHERE key = ?"));
        query.addBindValue(change.info.lastSeenMs);
        query.addBindValue(change.info.expiresMs);
        query.addBindValue(change.key);
        break;
    case SessionChange::Kind::Remove:
        query.prepare(QStringLiteral("DELETE FROM sessions WHERE key = ?"));
        query.addBindValue(change.key);
        break;
    case SessionChange::Kind::RemoveAll:
        query.prepare(QStringLiteral("DELETE FROM sessions WHERE server = ?"));
        query.addBindValue(change.server);
        break;
    }
    if (!query.exec())
        qWarning("sessions: cannot write a session change: %s",
                 qUtf8Printable(query.lastError().text()));
}

QList<SessionSql::StoredSession> SessionSql::loadSessions(qint64 nowMs) {
    QList<StoredSession> sessions;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT key, server, user, created_ms, last_seen_ms, expires_ms, "
                                 "client FROM sessions WHERE expires_ms > ?"));
    query.addBindValue(nowMs);
    if (!query.exec())
        return sessions;
    while (query.next()) {
        StoredSession stored;
        stored.key = query.value(0).toByteArray();
        stored.server = query.value(1).toString();
        stored.info.user = query.value(2).toString();
        stored.info.createdMs = query.value(3).toLongLong();
        stored.info.lastSeenMs = query.value(4).toLongLong();
        stored.info.expiresMs = query.value(5).toLongLong();
        stored.info.client = query.value(6).toString();
        sessions.append(std::move(stored));
    }
    return sessions;
}

int SessionSql::deleteExpired(qint64 nowMs) {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("DELETE FROM sessions WHERE expires_ms <= ?"));
    query.addBindValue(nowMs);
    return query.exec() ? query.numRowsAffected() : 0;
}

std::optional<QHash<QString, UserDirectory::Record>> SessionSql::loadUsers() {
    QHash<QString, UserDirectory::Record> users;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT name, hash, created_ms FROM users")))
        return std::nullopt;
    while (query.next()) {
        users.insert(query.value(0).toString(),
                     {query.value(1).toByteArray(), query.value(2).toLongLong()});
    }
    return users;
}

bool SessionSql::saveUser(const QString &name, const UserDirectory::Record &record,
                          QString *error) {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO users (name, hash, created_ms) VALUES (?, ?, ?)"));
    query.addBindValue(name);
    query.addBindValue(QString::fromLatin1(record.hash));
    query.addBindValue(record.createdMs);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool SessionSql::deleteUser(const QString &name, QString *error) {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("DELETE FROM users WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() == 0) {
        *error =
            QCoreApplication::translate("yard::sessions::SessionDatabase", "no user named \"%1\"")
                .arg(name);
        return false;
    }
    query.prepare(QStringLiteral("DELETE FROM sessions WHERE user = ?"));
    query.addBindValue(name);
    query.exec();
    return true;
}

} // namespace yard::sessions
