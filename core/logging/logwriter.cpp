#include "logwriter.h"

#include "logbatch.h"
#include "logschema.h"
#include "sqlitehelpers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QVariant>
#include <array>
#include <chrono>
#include <limits>
#include <sqlite3.h>

namespace yard::logging {

using namespace sqlite;

namespace {
// A batch handed from the idle thread to the normal one ahead of the batches queued after it.
qint64 steadyMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

struct WriteEvent final : QEvent {
    static constexpr auto Type = QEvent::Type(QEvent::User + 0x4c57); // "LW"
    WriteEvent(const QString &forServer, const QByteArray &encoded, int records)
        : QEvent(Type)
        , server(forServer)
        , batch(encoded)
        , count(records) {}
    const QString server;
    const QByteArray batch;
    const int count;
};

} // namespace

// Binds one record to the parameters base+1 … base+InsertColumns of `insert`.
void LogWriter::bindRow(sqlite3_stmt *insert, int base, const QByteArray &server,
                        const RequestRecordView &record, quint8 truncated) {
    sqlite3_bind_int64(insert, base + 1, record.startMs);
    bindText(insert, base + 2, server);
    bindText(insert, base + 3, record.method);
    bindText(insert, base + 4, record.target);
    if (record.route < 0)
        sqlite3_bind_null(insert, base + 5);
    else
        sqlite3_bind_int(insert, base + 5, record.route);
    sqlite3_bind_int(insert, base + 6, record.status);
    sqlite3_bind_int64(insert, base + 7, record.durationUs);
    sqlite3_bind_int64(insert, base + 8, record.bytesIn);
    sqlite3_bind_int64(insert, base + 9, record.bytesOut);
    bindText(insert, base + 10, record.remote);
    bindText(insert, base + 11, record.userAgent);
    if (record.session.isEmpty())
        sqlite3_bind_null(insert, base + 12);
    else
        bindText(insert, base + 12, record.session);
    sqlite3_bind_int(insert, base + 13, truncated);
    if (record.connection == 0)
        sqlite3_bind_null(insert, base + 14);
    else
        sqlite3_bind_int64(insert, base + 14, qint64(record.connection));
}

bool LogWriter::step(sqlite3_stmt *insert) {
    const int stepped = sqlite3_step(insert);
    sqlite3_reset(insert);
    return stepped == SQLITE_DONE;
}

void LogWriter::submit(const QString &server, QByteArray batch, int count) {
    if (m_disabled.load(std::memory_order_relaxed)) {
        m_droppedTotal.fetch_add(count, std::memory_order_relaxed);
        return;
    }
    m_queuedBytes.fetch_add(batch.size(), std::memory_order_relaxed);
    QMetaObject::invokeMethod(
        this,
        [this, server, batch = std::move(batch), count, submitted = steadyMs()] {
            write(server, batch, count, submitted);
        },
        Qt::QueuedConnection);
}

bool LogWriter::accepting() const {
    return !m_disabled.load(std::memory_order_relaxed) &&
           m_queuedBytes.load(std::memory_order_relaxed) <
               m_queueLimit.load(std::memory_order_relaxed);
}

void LogWriter::recordDropped(const QString &server, qint64 count) {
    if (count <= 0)
        return;
    m_droppedTotal.fetch_add(count, std::memory_order_relaxed);
    QMetaObject::invokeMethod(
        this, [this, server, count] { storeDropped(server, count); }, Qt::QueuedConnection);
}

void LogWriter::setRetention(const QString &server, qint64 maxRows, int maxAgeDays) {
    QMetaObject::invokeMethod(
        this,
        [this, server, maxRows, maxAgeDays] {
            if (maxRows <= 0 && maxAgeDays <= 0)
                m_retention.remove(server);
            else
                m_retention.insert(server, Retention{maxRows, maxAgeDays, true});
        },
        Qt::QueuedConnection);
}

void LogWriter::setMessagePreviews(const QString &server, bool on) {
    QMetaObject::invokeMethod(
        this,
        [this, server, on] {
            if (on)
                m_withoutPreviews.remove(server);
            else
                m_withoutPreviews.insert(server);
        },
        Qt::QueuedConnection);
}

void LogWriter::flush() {
    Q_ASSERT(!inWriterThread());
    QMetaObject::invokeMethod(
        this, [this] { commit(); }, Qt::BlockingQueuedConnection);
}

void LogWriter::trim() {
    Q_ASSERT(!inWriterThread());
    QMetaObject::invokeMethod(
        this,
        [this] {
            for (Retention &rule : m_retention)
                rule.due = true;
            while (trimStep()) {
            }
        },
        Qt::BlockingQueuedConnection);
}

QString LogWriter::disabledReason() const {
    const QMutexLocker lock(&m_reasonMutex);
    return m_disabledReason;
}

// Creates or upgrades the schema through Qt Sql (LogSchema), on a connection closed again
// before the writer opens its own: both are in this thread, so they never wait for each other.
void LogWriter::write(const QString &server, const QByteArray &batch, int count,
                      qint64 submittedMs) {
    // A starved idle writer notices its long queue (or a batch that waited too long: a busy
    // machine, light traffic) the first moment it runs, before the batch's work: it moves to the
    // normal thread and hands this batch on ahead of the queued ones.
    const bool longQueue = m_queuedBytes.load(std::memory_order_relaxed) >
                           m_queueLimit.load(std::memory_order_relaxed) / BoostAbove;
    const bool late =
        submittedMs > 0 && steadyMs() - submittedMs > m_lagBoostMs.load(std::memory_order_relaxed);
    if (thread() == m_thread && (longQueue || late)) {
        m_boosts.fetch_add(1, std::memory_order_relaxed);
        // Posted first, then moved with the rest in one step: no event can run in the other
        // thread before this one exists, and its priority puts it ahead of them there.
        QCoreApplication::postEvent(this, new WriteEvent(server, batch, count),
                                    Qt::HighEventPriority);
        moveToThread(m_boostThread);
        return;
    }
    m_queuedBytes.fetch_sub(batch.size(), std::memory_order_relaxed);
    if (m_disabled.load(std::memory_order_relaxed)) {
        m_droppedTotal.fetch_add(count, std::memory_order_relaxed);
        return;
    }
    beginIfNeeded();
    if (!m_inTransaction) {
        m_droppedTotal.fetch_add(count, std::memory_order_relaxed);
        return;
    }
    // Every text is bound SQLITE_STATIC from bytes that outlive the loop: the batch and this.
    const QByteArray serverText = server.toUtf8();
    LogBatch::Reader reader(batch);
    std::array<RequestRecordView, RowsPerInsert> records;
    std::array<quint8, RowsPerInsert> truncated{};
    int written = 0;
    bool failed = false;
    for (bool more = true; more && !failed;) {
        int pending = 0;
        while (pending < RowsPerInsert &&
               (more = reader.next(records[pending], truncated[pending])))
            ++pending;
        if (pending == RowsPerInsert) { // the common case: one statement for all of them
            for (int row = 0; row < pending; ++row)
                bindRow(m_insertMany, row * InsertColumns, serverText, records[row],
                        truncated[row]);
            failed = !step(m_insertMany);
            written += failed ? 0 : pending;
            // The rows of one INSERT get consecutive AUTOINCREMENT ids (this connection holds the
            // write lock), the last one being the connection's last insert rowid.
            const qint64 lastId = sqlite3_last_insert_rowid(m_db);
            for (int row = 0; row < pending && !failed; ++row) {
                if (records[row].ownsEvents)
                    failed = !linkEvents(lastId - (pending - 1 - row), serverText, records[row]);
            }
            continue;
        }
        for (int row = 0; row < pending && !failed; ++row) { // the batch's last few rows
            bindRow(m_insert, 0, serverText, records[row], truncated[row]);
            failed = !step(m_insert);
            written += failed ? 0 : 1;
            if (!failed && records[row].ownsEvents)
                failed = !linkEvents(sqlite3_last_insert_rowid(m_db), serverText, records[row]);
        }
    }
    // Cleared once, before the batch's bytes go away: every parameter is bound again per row.
    sqlite3_clear_bindings(m_insertMany);
    sqlite3_clear_bindings(m_insert);
    sqlite3_clear_bindings(m_linkEvents);
    m_rowsInTransaction += written; // lost with the transaction if a later statement fails
    if (failed) {
        disable(lastError());
        m_droppedTotal.fetch_add(count - written, std::memory_order_relaxed);
        return;
    }
    if (written < count) // a malformed batch is the engine's bug, but its records still count
        storeDropped(server, count - written);
    if (auto rule = m_retention.find(server); rule != m_retention.end())
        rule->due = true;
    if (m_queuedBytes.load(std::memory_order_relaxed) == 0 ||
        m_rowsInTransaction >= CommitEveryRows || m_sinceBegin->elapsed() >= CommitEveryMs)
        commit();
    choosePriority();
}

bool LogWriter::event(QEvent *event) {
    if (event->type() != WriteEvent::Type)
        return QObject::event(event);
    const auto *handed = static_cast<WriteEvent *>(event);
    write(handed->server, handed->batch, handed->count);
    return true;
}

bool LogWriter::inWriterThread() const {
    return QThread::currentThread() == m_thread || QThread::currentThread() == m_boostThread;
}

// Runs last in an event handler: once moved, the next event may start in the other thread at
// once, and this one must not touch the writer any more.
// (Leaving idle priority is decided at the start of write().)
void LogWriter::choosePriority() {
    const qint64 queued = m_queuedBytes.load(std::memory_order_relaxed);
    const qint64 limit = m_queueLimit.load(std::memory_order_relaxed);
    if (thread() == m_boostThread && queued <= limit / IdleBelow)
        moveToThread(m_thread); // its timer and the queued events go along
}

void LogWriter::storeDropped(const QString &server, qint64 count) {
    if (m_disabled.load(std::memory_order_relaxed))
        return; // counted in droppedTotal; the database cannot take it any more
    beginIfNeeded();
    if (!m_inTransaction)
        return;
    const QByteArray serverText = server.toUtf8();
    bindText(m_insertDrops, 1, serverText);
    sqlite3_bind_int64(m_insertDrops, 2, count);
    sqlite3_bind_int64(m_insertDrops, 3, QDateTime::currentMSecsSinceEpoch());
    const int stepped = sqlite3_step(m_insertDrops);
    sqlite3_reset(m_insertDrops);
    sqlite3_clear_bindings(m_insertDrops);
    if (stepped != SQLITE_DONE)
        disable(lastError());
    else if (m_queuedBytes.load(std::memory_order_relaxed) == 0)
        commit();
}

void LogWriter::beginIfNeeded() {
    if (m_inTransaction)
        return;
    if (!exec("BEGIN"))
        return;
    m_inTransaction = true;
    m_rowsInTransaction = 0;
    m_sinceBegin->start();
}

void LogWriter::commit() {
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const QString error = lastError();
        if (!sqlite3_get_autocommit(m_db)) // still open (e.g. SQLITE_BUSY): undo it
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        m_droppedTotal.fetch_add(m_rowsInTransaction, std::memory_order_relaxed);
        disable(error);
    }
    m_rowsInTransaction = 0;
}

void LogWriter::disable(const QString &sqliteError) {
    if (m_disabled.exchange(true))
        return;
    {
        const QMutexLocker lock(&m_reasonMutex);
        m_disabledReason = tr("%1: the request log stopped writing: %2")
                               .arg(QDir::toNativeSeparators(m_path), sqliteError);
        qWarning("%s", qUtf8Printable(m_disabledReason));
    }
    if (m_inTransaction) {
        m_inTransaction = false;
        if (!sqlite3_get_autocommit(m_db)) // SQLite may have rolled back already (SQLITE_FULL)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        m_droppedTotal.fetch_add(m_rowsInTransaction, std::memory_order_relaxed);
    }
}

} // namespace yard::logging
