#include "userdirectory.h"

#include "passwordhash.h"

#include <algorithm>
#include <mutex>

namespace yard::sessions {

bool UserDirectory::verify(const QString &name, const QString &password) const {
    // The derivation runs outside the lock: it takes tens of milliseconds.
    return check(hashOf(name), password);
}

QByteArray UserDirectory::hashOf(const QString &name) const {
    const std::shared_lock lock(m_mutex);
    const auto it = m_users.constFind(name);
    return it != m_users.constEnd() ? it->hash : QByteArray();
}

bool UserDirectory::check(const QByteArray &hash, const QString &password) {
    if (hash.isEmpty()) {
        passwordhash::verifyNobody(password);
        return false;
    }
    return passwordhash::verify(password, hash);
}

bool UserDirectory::contains(const QString &name) const {
    const std::shared_lock lock(m_mutex);
    return m_users.contains(name);
}

QList<UserInfo> UserDirectory::list() const {
    QList<UserInfo> users;
    {
        const std::shared_lock lock(m_mutex);
        for (auto it = m_users.constBegin(); it != m_users.constEnd(); ++it)
            users.append({it.key(), it->createdMs});
    }
    std::sort(users.begin(), users.end(),
              [](const UserInfo &a, const UserInfo &b) { return a.name < b.name; });
    return users;
}

void UserDirectory::replaceAll(QHash<QString, Record> users) {
    const std::unique_lock lock(m_mutex);
    m_users = std::move(users);
}

void UserDirectory::insert(const QString &name, const Record &record) {
    const std::unique_lock lock(m_mutex);
    m_users.insert(name, record);
}

void UserDirectory::remove(const QString &name) {
    const std::unique_lock lock(m_mutex);
    m_users.remove(name);
}

} // namespace yard::sessions
