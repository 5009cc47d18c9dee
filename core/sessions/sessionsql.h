#pragma once

#include "sessioninfo.h"
#include "userdirectory.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace yard::sessions {

// The SQL side of the sessions database (DIR/sessions.sqlite): tables `sessions` and `users`,
// WAL with synchronous=NORMAL like the request log. Used by one thread only (SessionDatabase's),
// since a Qt Sql connection belongs to the thread that opened it.
class SessionSql final {
    Q_DISABLE_COPY_MOVE(SessionSql)

public:
    struct StoredSession {
        QString server;
        QByteArray key; // SHA-256(id)
        SessionInfo info;
    };

    SessionSql();
    ~SessionSql();

    bool open(const QString &path, QString *error);
    void close();

    void apply(const SessionChange &change);
    QList<StoredSession> loadSessions(qint64 nowMs);
    int deleteExpired(qint64 nowMs);
    // Nothing when the table cannot be read (busy, damaged): the caller keeps what it has.
    std::optional<QHash<QString, UserDirectory::Record>> loadUsers();
    bool saveUser(const QString &name, const UserDirectory::Record &record, QString *error);
    bool deleteUser(const QString &name, QString *error);

private:
    QString m_connection;
};

} // namespace yard::sessions
