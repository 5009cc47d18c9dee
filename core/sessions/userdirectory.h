#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <shared_mutex>

namespace yard::sessions {

struct UserInfo {
    QString name;
    qint64 createdMs = 0;
};

// The data folder's users (name -> password hash), in memory so that a sign-in never waits for
// the database. Filled and refreshed by SessionDatabase from its own thread (the CLI may add a
// user while a server runs). Thread-safety: every method, from any thread.
class UserDirectory final {
public:
    struct Record {
        QByteArray hash; // passwordhash format
        qint64 createdMs = 0;
    };

    // True when `name` exists and `password` is its password. Costs one PBKDF2 derivation
    // either way (see passwordhash::verifyNobody).
    bool verify(const QString &name, const QString &password) const;
    // verify() in two steps, for a check on another thread: the hash of `name` (empty when
    // there is no such user), copied under the lock, then check() on the copy, which holds
    // nothing of this directory (or of the database it belongs to).
    QByteArray hashOf(const QString &name) const;
    static bool check(const QByteArray &hash, const QString &password);
    bool contains(const QString &name) const;
    QList<UserInfo> list() const;

    void replaceAll(QHash<QString, Record> users);
    void insert(const QString &name, const Record &record);
    void remove(const QString &name);

private:
    mutable std::shared_mutex m_mutex;
    QHash<QString, Record> m_users;
};

} // namespace yard::sessions
