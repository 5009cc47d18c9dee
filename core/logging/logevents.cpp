// The log writer's side of the `events` table (CONTRACT.md): WebSocket messages and SSE events,
// batched and committed with the requests, in the same transactions, and linked to their
// connection's upgrade or SSE row when that row is written.
#include "eventbatch.h"
#include "logwriter.h"
#include "requestrecord.h"
#include "sqlitehelpers.h"

#include <QElapsedTimer>

namespace yard::logging {

using sqlite::bindText;

void LogWriter::writeEvents(const QString &server, const QByteArray &batch, int count) {
    if (!m_disabled.load(std::memory_order_relaxed))
        beginIfNeeded();
    if (!m_insertEvent && m_inTransaction) {
        if (sqlite3_prepare_v3(m_db,
                               "INSERT INTO events (ts_ms, server, connection, request, type, "
                               "direction, channel, size, preview, recipients) "
                               "VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)",
                               -1, SQLITE_PREPARE_PERSISTENT, &m_insertEvent,
                               nullptr) != SQLITE_OK) {
            sqlite3_finalize(m_insertEvent);
            m_insertEvent = nullptr;
            disable(lastError());
        }
    }
    if (m_disabled.load(std::memory_order_relaxed) || !m_inTransaction) {
        m_droppedTotal.fetch_add(count, std::memory_order_relaxed);
        return;
    }
    const QByteArray serverText = server.toUtf8();
    const bool previews = !m_withoutPreviews.contains(server);
    sqlite3_stmt *const insert = m_insertEvent;
    EventBatch::Reader reader(batch);
    EventRecordView record;
    int written = 0;
    while (reader.next(record)) {
        sqlite3_bind_int64(insert, 1, record.tsMs);
        bindText(insert, 2, serverText);
        if (record.connection == 0)
            sqlite3_bind_null(insert, 3);
        else
            sqlite3_bind_int64(insert, 3, qint64(record.connection));
        bindText(insert, 4, record.type == EventRecordView::Type::Sse ? "sse" : "ws");
        bindText(insert, 5, record.direction == EventRecordView::Direction::Out ? "out" : "in");
        if (record.channel.isEmpty())
            sqlite3_bind_null(insert, 6);
        else
            bindText(insert, 6, record.channel);
        sqlite3_bind_int64(insert, 7, record.size);
        if (previews)
            bindText(insert, 8, record.payload);
        else
            sqlite3_bind_null(insert, 8);
        if (record.recipients < 0)
            sqlite3_bind_null(insert, 9);
        else
            sqlite3_bind_int(insert, 9, record.recipients);
        if (!step(insert)) {
            sqlite3_clear_bindings(insert);
            disable(lastError());
            m_droppedTotal.fetch_add(count - written, std::memory_order_relaxed);
            return;
        }
        ++written;
        ++m_rowsInTransaction;
    }
    sqlite3_clear_bindings(insert);
    if (written < count)
        storeDropped(server, count - written);
    if (auto rule = m_retention.find(server); rule != m_retention.end())
        rule->due = true;
}

// Marks `server`'s events still waiting for their connection's row as never to be linked
// (LogWriter::forgetOpenConnections, on the partial index events_unlinked).
void LogWriter::forget(const QString &server) {
    if (m_disabled.load(std::memory_order_relaxed))
        return;
    beginIfNeeded();
    if (!m_inTransaction)
        return;
    const sqlite::Statement forget(m_db, "UPDATE events SET request = 0 WHERE server = ? AND "
                                         "request IS NULL AND connection IS NOT NULL");
    const QByteArray serverText = server.toUtf8();
    if (forget)
        bindText(forget.get(), 1, serverText);
    if (!forget || sqlite3_step(forget.get()) != SQLITE_DONE)
        disable(lastError());
}

// The events a connection logged before its upgrade or SSE row now belong to that row. They
// are in the database already: a worker submits its event batch before its request batch
// (Worker::flushLog), and the writer handles batches in the order they were submitted.
bool LogWriter::linkEvents(qint64 requestId, const QByteArray &server,
                           const RequestRecordView &record) {
    if (record.connection == 0)
        return true;
    sqlite3_bind_int64(m_linkEvents, 1, requestId);
    bindText(m_linkEvents, 2, server);
    sqlite3_bind_int64(m_linkEvents, 3, qint64(record.connection));
    sqlite3_bind_int64(m_linkEvents, 4, record.startMs);
    return step(m_linkEvents);
}

} // namespace yard::logging
