#include "sessionstore.h"

#include "sessioncrypto.h"

#include <QDateTime>
#include <algorithm>
#include <mutex>

namespace yard::sessions {

namespace {
std::string_view viewOf(const QByteArray &bytes) {
    return {bytes.constData(), std::size_t(bytes.size())};
}
} // namespace

SessionStore::SessionStore(QString server, SessionJournal *journal, Clock clock)
    : m_server(std::move(server))
    , m_journal(journal)
    , m_clock(clock ? std::move(clock) : Clock(&QDateTime::currentMSecsSinceEpoch)) {}

SessionStore::~SessionStore() = default;

QByteArray SessionStore::keyOf(QByteArrayView id) {
    return crypto::sha256(id);
}

QByteArray SessionStore::handleOf(const QByteArray &key) {
    return key.first(8).toHex();
}

SessionStore::Shard &SessionStore::shardOf(const QByteArray &key) {
    // The key is a SHA-256 digest: its first byte is already uniformly spread.
    return m_shards[static_cast<unsigned char>(key.at(0)) % ShardCount];
}

QByteArray SessionStore::create(const QString &user, const QString &client, qint64 maxAgeMs) {
    QByteArray id = crypto::toBase64Url(crypto::randomBytes(32));
    const QByteArray key = keyOf(id);
    auto entry = std::make_shared<Entry>();
    const qint64 now = m_clock();
    entry->user = user;
    entry->userUtf8 = user.toUtf8();
    entry->handle = handleOf(key);
    entry->client = client;
    entry->createdMs = now;
    entry->lastSeenMs = now;
    entry->persistedSeenMs = now;
    entry->expiresMs = now + maxAgeMs;
    journal(SessionChange::Kind::Save, key, entry.get());
    Shard &shard = shardOf(key);
    const std::unique_lock lock(shard.mutex);
    shard.entries.insert_or_assign(key.toStdString(), std::move(entry));
    return id;
}

std::optional<SessionStore::Found> SessionStore::find(QByteArrayView id, qint64 rollingMaxAgeMs) {
    const QByteArray key = keyOf(id);
    Shard &shard = shardOf(key);
    std::shared_ptr<Entry> entry;
    {
        const std::shared_lock lock(shard.mutex);
        const auto it = shard.entries.find(viewOf(key));
        if (it == shard.entries.end())
            return std::nullopt;
        entry = it->second;
    }
    const qint64 now = m_clock();
    if (entry->expiresMs.load(std::memory_order_relaxed) <= now) {
        erase(key);
        return std::nullopt;
    }
    entry->lastSeenMs.store(now, std::memory_order_relaxed);
    if (rollingMaxAgeMs > 0)
        entry->expiresMs.store(now + rollingMaxAgeMs, std::memory_order_relaxed);
    qint64 persisted = entry->persistedSeenMs.load(std::memory_order_relaxed);
    // One thread wins the exchange and writes the touch behind; the others skip it.
    if (now - persisted >= TouchPersistIntervalMs &&
        entry->persistedSeenMs.compare_exchange_strong(persisted, now)) {
        journal(SessionChange::Kind::Touch, key, entry.get());
    }
    return Found{entry->userUtf8, entry->handle, entry->expiresMs.load(std::memory_order_relaxed)};
}

void SessionStore::remove(QByteArrayView id) {
    erase(keyOf(id));
}

bool SessionStore::erase(const QByteArray &key) {
    Shard &shard = shardOf(key);
    {
        const std::unique_lock lock(shard.mutex);
        const auto it = shard.entries.find(viewOf(key));
        if (it == shard.entries.end())
            return false;
        shard.entries.erase(it);
    }
    journal(SessionChange::Kind::Remove, key, nullptr);
    return true;
}

QList<SessionInfo> SessionStore::list() const {
    QList<SessionInfo> sessions;
    for (const Shard &shard : m_shards) {
        const std::shared_lock lock(shard.mutex);
        for (const auto &[key, entry] : shard.entries)
            sessions.append(infoOf(*entry));
    }
    std::sort(sessions.begin(), sessions.end(),
              [](const SessionInfo &a, const SessionInfo &b) { return a.createdMs < b.createdMs; });
    return sessions;
}

bool SessionStore::revoke(QByteArrayView handle) {
    QByteArray found;
    for (Shard &shard : m_shards) {
        const std::shared_lock lock(shard.mutex);
        for (const auto &[key, entry] : shard.entries) {
            if (entry->handle == handle)
                found = QByteArray(key.data(), qsizetype(key.size()));
        }
    }
    return !found.isEmpty() && erase(found);
}

int SessionStore::revokeAll() {
    int count = 0;
    for (Shard &shard : m_shards) {
        const std::unique_lock lock(shard.mutex);
        count += int(shard.entries.size());
        shard.entries.clear();
    }
    journal(SessionChange::Kind::RemoveAll, QByteArray(), nullptr);
    return count;
}

int SessionStore::revokeUser(const QString &user) {
    QList<QByteArray> keys;
    for (Shard &shard : m_shards) {
        const std::shared_lock lock(shard.mutex);
        for (const auto &[key, entry] : shard.entries) {
            if (entry->user == user)
                keys.append(QByteArray(key.data(), qsizetype(key.size())));
        }
    }
    int count = 0;
    for (const QByteArray &key : keys)
        count += erase(key) ? 1 : 0;
    return count;
}

int SessionStore::sweep() {
    const qint64 now = m_clock();
    QList<QByteArray> expired;
    for (Shard &shard : m_shards) {
        const std::shared_lock lock(shard.mutex);
        for (const auto &[key, entry] : shard.entries) {
            if (entry->expiresMs.load(std::memory_order_relaxed) <= now)
                expired.append(QByteArray(key.data(), qsizetype(key.size())));
        }
    }
    int count = 0;
    for (const QByteArray &key : expired)
        count += erase(key) ? 1 : 0;
    return count;
}

int SessionStore::size() const {
    int count = 0;
    for (const Shard &shard : m_shards) {
        const std::shared_lock lock(shard.mutex);
        count += int(shard.entries.size());
    }
    return count;
}

void SessionStore::restore(const QByteArray &key, const SessionInfo &info) {
    if (key.size() != 32)
        return;
    auto entry = std::make_shared<Entry>();
    entry->user = info.user;
    entry->userUtf8 = info.user.toUtf8();
    entry->handle = handleOf(key);
    entry->client = info.client;
    entry->createdMs = info.createdMs;
    entry->lastSeenMs = info.lastSeenMs;
    entry->persistedSeenMs = info.lastSeenMs;
    entry->expiresMs = info.expiresMs;
    Shard &shard = shardOf(key);
    const std::unique_lock lock(shard.mutex);
    shard.entries.insert_or_assign(key.toStdString(), std::move(entry));
}

void SessionStore::journal(SessionChange::Kind kind, const QByteArray &key, const Entry *entry) {
    if (!m_journal)
        return;
    SessionChange change;
    change.kind = kind;
    change.server = m_server;
    change.key = key;
    if (entry)
        change.info = infoOf(*entry);
    m_journal->record(std::move(change));
}

SessionInfo SessionStore::infoOf(const Entry &entry) {
    return {entry.handle,
            entry.user,
            entry.createdMs,
            entry.lastSeenMs.load(std::memory_order_relaxed),
            entry.expiresMs.load(std::memory_order_relaxed),
            entry.client};
}

} // namespace yard::sessions
