#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <atomic>
#include <memory>
#include <vector>

class QObject;
class QThread;
class QTimer;

namespace yard::realtime {

class RoomHistorySql;

// The chat history of every `websocket` route of one data folder (DIR/rooms.sqlite), keyed by
// server name, route path and room, so that a room's recent messages and its message ids
// survive a restart. Written behind, like the request log: append() only queues (under this
// object's own small mutex, never SQL, never the hub's lock); the store's thread commits what is
// queued in one transaction a few milliseconds later and trims each room it wrote to its
// route's historySize. A store that cannot write any more says so once (qWarning) and keeps
// dropping: the rooms go on in memory.
//
// Thread-safe; SQL runs on the store's own thread only (a Qt Sql connection belongs to one).
class RoomHistoryStore final {
    Q_DISABLE_COPY_MOVE(RoomHistoryStore)

public:
    static constexpr int CommitDelayMs = 20;        // gathers a burst into one transaction
    static constexpr qsizetype MaxQueued = 100'000; // beyond it new messages are not kept

    struct Message {
        quint64 id = 0;
        QByteArray payload; // the `message` JSON as sent
    };
    struct Room {
        quint64 lastId = 0;     // the highest id the room ever had, kept even if trimmed
        QList<Message> history; // the newest ones, oldest first
    };

    // Opens or creates the database file `path`; null with `error` (a sentence naming the file
    // and the reason) when it cannot.
    static std::shared_ptr<RoomHistoryStore> open(const QString &path, QString *error);
    ~RoomHistoryStore();

    QString path() const { return m_path; }

    // Blocks until the store's thread has read them: every room of `route` with its last id
    // and at most `keep` newest messages. Messages queued before the call are included.
    QHash<QString, Room> load(const QString &server, const QString &route, int keep);
    // Queues one message; `keep` is the route's historySize (0: only the id is kept).
    void append(const QString &server, const QString &route, const QString &room, quint64 id,
                qint64 timestampMs, const QByteArray &payload, int keep);
    // Trims every room of `route` to `keep` messages, in the background.
    void trim(const QString &server, const QString &route, int keep);
    // Blocks until everything appended so far is committed (tests, shutdown).
    void flush();

    // Empty while writing; otherwise why it stopped.
    QString disabledReason() const;
    // Messages not kept because the queue was full or writing had stopped.
    qint64 dropped() const { return m_dropped.load(std::memory_order_relaxed); }

private:
    struct Queued {
        QString server;
        QString route;
        QString room;
        quint64 id;
        qint64 timestampMs;
        QByteArray payload;
        int keep;
    };

    explicit RoomHistoryStore(QString path);
    template <typename Function> void runBlocking(Function function);
    void commitQueued(); // store thread only
    void disable(const QString &reason);

    const QString m_path;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr;          // lives in m_thread: target of the posted work
    QTimer *m_commitTimer = nullptr;       // in m_thread
    std::unique_ptr<RoomHistorySql> m_sql; // used in m_thread only
    mutable QMutex m_mutex;                // guards m_queue and m_disabledReason
    std::vector<Queued> m_queue;
    QString m_disabledReason;
    std::atomic<bool> m_disabled{false};
    std::atomic<qint64> m_dropped{0};
};

} // namespace yard::realtime
