#pragma once

#include "sessioninfo.h"

#include <QList>
#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace yard::sessions {

// The live sessions of one server, in memory. Workers look sessions up on every request that
// carries the cookie, so the map is split into shards, each behind a std::shared_mutex taken
// shared for a lookup: lookups never wait for each other, and a sign-in or sign-out locks one
// shard for one insert. Last-seen and expiry times are atomics inside the entry, so a rolling
// session is refreshed under the shared lock. Every change is also handed to the journal (the
// database thread) to be written behind; no SQL runs on the caller's thread.
//
// Thread-safety: every method, from any thread.
class SessionStore final {
    Q_DISABLE_COPY_MOVE(SessionStore)

public:
    using Clock = std::function<qint64()>; // ms since epoch

    struct Found {
        QByteArray user;   // UTF-8
        QByteArray handle; // for the request log and the admin API
        qint64 expiresMs = 0;
    };

    static constexpr int ShardCount = 16;
    // A session's last-seen time is written behind at most this often (ms): enough for the
    // admin list and for rolling expiry to survive a restart, without a write per request.
    static constexpr qint64 TouchPersistIntervalMs = 60000;

    // `journal` may be null (tests of the store alone); it must outlive the store.
    SessionStore(QString server, SessionJournal *journal, Clock clock = {});
    ~SessionStore();

    // A new session for `user`; returns its id (the secret for the cookie).
    QByteArray create(const QString &user, const QString &client, qint64 maxAgeMs);
    // The session of `id` unless unknown or expired (an expired one is removed). A positive
    // `rollingMaxAgeMs` pushes the expiry to now + that (rolling sessions).
    std::optional<Found> find(QByteArrayView id, qint64 rollingMaxAgeMs = 0);
    void remove(QByteArrayView id);

    // Admin API.
    QList<SessionInfo> list() const;
    bool revoke(QByteArrayView handle);
    int revokeAll();
    int revokeUser(const QString &user);
    // Removes expired sessions; returns how many.
    int sweep();
    int size() const;

    // Loading from the database at start (no journal entry).
    void restore(const QByteArray &key, const SessionInfo &info);

    const QString &server() const { return m_server; }
    static QByteArray keyOf(QByteArrayView id);
    static QByteArray handleOf(const QByteArray &key);

private:
    struct Entry {
        QString user;
        QByteArray userUtf8;
        QByteArray handle;
        QString client;
        qint64 createdMs = 0;
        std::atomic<qint64> lastSeenMs{0};
        std::atomic<qint64> expiresMs{0};
        std::atomic<qint64> persistedSeenMs{0};
    };
    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const {
            return std::hash<std::string_view>()(text);
        }
    };
    using Map =
        std::unordered_map<std::string, std::shared_ptr<Entry>, StringHash, std::equal_to<>>;
    struct alignas(64) Shard {
        mutable std::shared_mutex mutex;
        Map entries;
    };

    Shard &shardOf(const QByteArray &key);
    bool erase(const QByteArray &key);
    void journal(SessionChange::Kind kind, const QByteArray &key, const Entry *entry);
    static SessionInfo infoOf(const Entry &entry);

    QString m_server;
    SessionJournal *m_journal;
    Clock m_clock;
    std::array<Shard, ShardCount> m_shards;
};

} // namespace yard::sessions
