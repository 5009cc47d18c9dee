#include "logwriter.h"

#include "logbatch.h"
#include "logschema.h"
#include "sqlitehelpers.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QVariant>
#include <array>
#include <limits>
#include <sqlite3.h>

namespace yard::logging {

using namespace sqlite;

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

void LogWriter::write(const QString &server, const QByteArray &batch, int count) {
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
}

bool LogWriter::inWriterThread() const {
    return QThread::currentThread() == m_thread;
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
    if (!saveSpoolPosition()) {
        disable(lastError()); // rolls the transaction back and counts its rows
        return;
    }
    m_inTransaction = false;
    if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const QString error = lastError();
        if (!sqlite3_get_autocommit(m_db)) // still open (e.g. SQLITE_BUSY): undo it
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        m_droppedTotal.fetch_add(m_rowsInTransaction, std::memory_order_relaxed);
        disable(error);
        m_rowsInTransaction = 0;
        return;
    }
    m_rowsInTransaction = 0;
    afterCommit();
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
