#pragma once

#include "logspool.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>
#include <atomic>
#include <deque>
#include <memory>

class QElapsedTimer;
class QLockFile;
class QThread;
class QTimer;
struct sqlite3;
struct sqlite3_stmt;

namespace yard::logging {

struct RequestRecordView;

// Commits the records of every server of the process that logs to one database file. Lives in
// its own thread, which it creates and owns; one writer per file (open() hands out the same one
// while it is alive). Every public function may be called from any thread except the writer's
// own; none of them blocks except open(), flush(), trim() and the destructor.
//
// The engine's side, per worker: append records to a LogBatch; every ~100 ms or when it is full,
// if accepting(), submit(take()), else recordDropped(count) — a dropped record is always counted.
class LogWriter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogWriter)

public:
    // Bytes handed over and not yet in SQLite, in memory and in the spool (logspool.h): at
    // /api/hello (~80 bytes a record) over a minute of a core saturated at 200 000 req/s, while
    // the writer gets only its small share of it (below).
    static constexpr qint64 DefaultQueueLimit = 1024LL * 1024 * 1024;
    // Of those, bytes in memory waiting for the spool's write (a disk that stalls).
    static constexpr qint64 MemoryLimit = 64 * 1024 * 1024;
    // The writer reads the spool in slices of this length, so flush(), trim() and retention
    // changes are not held up by a long backlog.
    static constexpr int PumpSliceMs = 50;
    // When the writer is destroyed it writes what is spooled for at most this long (a window
    // closes promptly); the rest stays in the spool, loses nothing, and is written when the
    // database is opened next (a server, `yardmaster logs`). flush() has no such bound.
    static constexpr int ShutdownDrainMs = 2'000;
    static constexpr int CommitEveryRows = 10'000;
    static constexpr int CommitEveryMs = 100;
    static constexpr int TrimIntervalMs = 5'000;
    static constexpr int TrimChunkRows = 5'000; // one short DELETE between inserts, not one long
    // Rows per INSERT statement: SQLite's per-statement work (VDBE set-up and halt, the
    // AUTOINCREMENT counter) is paid once for all of them (docs/LOGGING-NOTES.md).
    static constexpr int RowsPerInsert = 32;
    static constexpr int InsertColumns = 14;
    // The writer's thread runs at the lowest ordinary priority (Linux: nice 19). It has a core
    // to itself whenever serving leaves one idle, and about 1.5 % of a core that serving
    // saturates: never starved, never a real cost (docs/LOGGING-NOTES.md, "Priority").
    static constexpr int WriterNice = 19;

    // Opens, creates or upgrades the database (WAL). Returns null and sets *error — a sentence
    // naming the file and the SQLite error — when it is corrupt, locked, unwritable or newer.
    // What a writer that ended without writing it left in the spool is written first.
    static std::shared_ptr<LogWriter> open(const QString &path, QString *error);
    ~LogWriter() override;

    QString path() const { return m_path; }

    // Queues an encoded LogBatch for `server`; returns at once.
    void submit(const QString &server, QByteArray batch, int count);
    // Queues an encoded EventBatch (WebSocket messages, SSE events) for `server`, the same way.
    void submitEvents(const QString &server, QByteArray batch, int count);
    // Lock-free: false while the queue holds more than the limit, or once writing is disabled.
    bool accepting() const;
    // Stores that `count` records of `server` were dropped (readable with LogQuery::dropped).
    void recordDropped(const QString &server, qint64 count);
    // Keeps at most maxRows rows (0: no limit) no older than maxAgeDays (0: no limit) of `server`,
    // trimmed in the background every TrimIntervalMs in chunks of TrimChunkRows.
    void setRetention(const QString &server, qint64 maxRows, int maxAgeDays);
    // Whether `server`'s events keep the first bytes of their payload (on unless told): off,
    // a message's row keeps its size and who, never what. Applies to what is written after.
    void setMessagePreviews(const QString &server, bool on);
    // `server` starts: connection ids start over, so events still waiting for their connection's
    // row belong to a run that ended without writing it (a crash, a kill). They are marked as
    // never to be linked (request 0), so a new connection with the same id neither takes them
    // nor shows them as its own.
    void forgetOpenConnections(const QString &server);

    // Blocks until everything submitted before the call is committed (tests, shutdown).
    void flush();
    // Blocks until the retention rules hold again (tests, shutdown).
    void trim();

    // Empty while writing; otherwise why it stopped (the file and the SQLite error).
    QString disabledReason() const;
    // The spool's segment size for writers opened after the call (spool::SegmentBytes unless
    // told; tests use small ones to see segments come and go without writing 64 MiB).
    static void setSpoolSegmentBytes(qint64 bytes);
    // Bytes handed over and not yet written to SQLite (in memory or in the spool).
    qint64 queuedBytes() const {
        return m_queuedBytes.load(std::memory_order_relaxed) +
               m_spooledBytes.load(std::memory_order_relaxed);
    }
    // Records handed to this writer and not yet in SQLite (in memory or in its spool): how far
    // the log is behind serving. Lock-free.
    qint64 backlogRecords() const { return m_backlogRecords.load(std::memory_order_relaxed); }
    // Every dropped record this writer was told of or had to drop itself, stored or not.
    qint64 droppedTotal() const { return m_droppedTotal.load(std::memory_order_relaxed); }
    void setQueueLimit(qint64 bytes) { m_queueLimit.store(bytes, std::memory_order_relaxed); }

private:
    struct Retention {
        qint64 maxRows = 0;
        int maxAgeDays = 0;
        bool due = true; // rows were added since the last trim
    };

    explicit LogWriter(const QString &path);

    // Writer thread only.
    QString openInThread();
    QString migrateInThread();
    void closeConnection();
    void closeInThread();
    void writeEvents(const QString &server, const QByteArray &batch, int count);
    void write(const QString &server, const QByteArray &batch, int count);
    void forget(const QString &server);
    // The spool (logwriterspool.cpp).
    // A spool folder being read: an orphan (a writer that ended before writing all of it) or
    // this writer's own.
    struct Source {
        spool::Reader reader;
        std::shared_ptr<QLockFile> lock;
        QString key;          // in the meta table: the position written with each commit
        int firstSegment = 1; // the oldest segment file not yet removed
        bool own = false;
        bool finished = false; // an orphan read to its end: removed at the next commit
    };
    void spoolFrame(spool::Frame frame);
    void appendInSpoolThread(const spool::Frame &frame);
    QString openSpool();
    void pump();
    // Reads and writes frames; false when there was nothing to read. Stops after `sliceMs`
    // (0: no limit) or at `until` in the writer's own spool.
    bool pumpFrames(int sliceMs, const spool::Position *until);
    bool sourceExhausted(Source &source); // at the end of what is there now
    void finishSource();
    void dispatch(const spool::Frame &frame);
    bool saveSpoolPosition();
    void afterCommit();
    void drainForShutdown();
    void storeDropped(const QString &server, qint64 count);
    static void bindRow(sqlite3_stmt *insert, int base, const QByteArray &server,
                        const RequestRecordView &record, quint8 truncated);
    static bool step(sqlite3_stmt *insert); // steps and resets; false when it failed
    bool linkEvents(qint64 requestId, const QByteArray &server, const RequestRecordView &record);
    void beginIfNeeded();
    bool inWriterThread() const;
    void commit();
    void disable(const QString &sqliteError);
    bool exec(const char *sql); // false (writing disabled) when it fails
    QString lastError() const;  // sqlite3_errmsg of the connection
    bool trimStep();            // true while a rule still has rows to delete
    bool trimServer(const QString &server, const Retention &rule); // true: more to delete
    qint64 trimRequests(const QByteArray &server, const Retention &rule, bool *more);
    bool trimEvents(const QByteArray &server, const Retention &rule);
    void scheduleTrim();

    const QString m_path;
    const QString m_connection;
    QThread *m_thread = nullptr;                 // lowest priority (WriterNice)
    QThread *m_spoolThread = nullptr;            // normal priority: appends to the spool
    QObject *m_spoolContext = nullptr;           // lives in m_spoolThread
    std::unique_ptr<spool::Appender> m_appender; // spool thread
    std::atomic<qint64> m_spooledBytes{0};       // in the spool, not yet written to SQLite
    std::atomic<bool> m_writerWaiting{false};    // the writer read everything; wake it
    std::atomic<qint64> m_appendedFrames{0};     // to the own spool
    std::atomic<qint64> m_backlogRecords{0};     // records handed over, not yet written
    std::atomic<bool> m_spoolFailing{false};     // warned once until an append succeeds
    QSet<QString> m_spoolWithoutPreviews;        // spool thread: servers whose payloads stay out
    std::atomic<qint64> m_queuedBytes{0};
    std::atomic<qint64> m_queueLimit{DefaultQueueLimit};
    std::atomic<qint64> m_droppedTotal{0};
    std::atomic<bool> m_disabled{false};
    mutable QMutex m_reasonMutex;
    QString m_disabledReason;

    // Writer thread only. The connection is SQLite's own (C API), not Qt Sql's: the insert loop
    // binds the batch's UTF-8 bytes in place (docs/LOGGING-NOTES.md, "Why the SQLite C API").
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;      // one row
    sqlite3_stmt *m_insertMany = nullptr;  // RowsPerInsert rows
    sqlite3_stmt *m_insertEvent = nullptr; // prepared at the first event (logevents.cpp)
    sqlite3_stmt *m_insertDrops = nullptr;
    sqlite3_stmt *m_linkEvents = nullptr; // sets events.request of an upgrade's connection
    std::unique_ptr<QElapsedTimer> m_sinceBegin;
    QTimer *m_trimTimer = nullptr;
    QHash<QString, Retention> m_retention;
    QSet<QString> m_withoutPreviews; // writer thread
    std::deque<Source> m_sources;    // orphaned spools first, then this writer's own (last)
    qint64 m_readFrames = 0;         // of the own spool
    bool m_inTransaction = false;
    bool m_trimQueued = false;
    int m_rowsInTransaction = 0;
};

} // namespace yard::logging
