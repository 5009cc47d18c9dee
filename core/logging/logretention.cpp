// LogWriter's retention (trimming old rows), in the writer thread; the rest is logwriter.cpp.
#include "logwriter.h"
#include "sqlitehelpers.h"
#include "timeprobes.h"

#include <QDateTime>
#include <limits>

namespace yard::logging {

using namespace sqlite;

void LogWriter::scheduleTrim() {
    if (m_trimQueued)
        return;
    m_trimQueued = true;
    // Queued, not looped: batches that arrived meanwhile are inserted between two chunks.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_trimQueued = false;
            if (trimStep())
                scheduleTrim();
        },
        Qt::QueuedConnection);
}

bool LogWriter::trimStep() {
    if (m_disabled.load(std::memory_order_relaxed))
        return false;
    commit();
    bool more = false;
    for (auto rule = m_retention.begin(); rule != m_retention.end(); ++rule) {
        if (!rule->due)
            continue;
        rule->due = trimServer(rule.key(), *rule);
        more = more || rule->due;
    }
    return more;
}

namespace {
// Runs a DELETE with `bind` setting its parameters; the rows it deleted, or -1 when it failed.
template <typename Bind> qint64 deleteRows(sqlite3 *db, const char *sql, Bind bind) {
    const Statement query(db, sql);
    if (!query)
        return -1;
    bind(query.get());
    if (sqlite3_step(query.get()) != SQLITE_DONE)
        return -1;
    return sqlite3_changes(db);
}

// The first column of the first row of `sql`, or `none` when it has no row (or NULL).
template <typename Bind> qint64 firstId(sqlite3 *db, const char *sql, qint64 none, Bind bind) {
    const Statement query(db, sql);
    if (!query)
        return none;
    bind(query.get());
    if (sqlite3_step(query.get()) != SQLITE_ROW ||
        sqlite3_column_type(query.get(), 0) == SQLITE_NULL)
        return none;
    return sqlite3_column_int64(query.get(), 0);
}
} // namespace

// One bounded step of a rule: requests with their linked events, then the server's other old
// or surplus events. Each DELETE removes at most TrimChunkRows rows.
bool LogWriter::trimServer(const QString &server, const Retention &rule) {
    const QByteArray serverText = server.toUtf8();
    bool more = false;
    if (trimRequests(serverText, rule, &more) < 0 || m_disabled.load())
        return false;
    return trimEvents(serverText, rule) || more;
}

qint64 LogWriter::trimRequests(const QByteArray &server, const Retention &rule, bool *more) {
    qint64 rowsCutoff = 0; // rows with id <= this one are beyond maxRows
    if (rule.maxRows > 0) {
        rowsCutoff = firstId(m_db,
                             "SELECT id FROM requests WHERE server = ? ORDER BY id DESC LIMIT 1 "
                             "OFFSET ?",
                             0, [&](sqlite3_stmt *query) {
                                 bindText(query, 1, server);
                                 sqlite3_bind_int64(query, 2, rule.maxRows);
                             });
    }
    qint64 ageCutoff = 0;
    qint64 oldestMs = std::numeric_limits<qint64>::min();
    if (rule.maxAgeDays > 0) {
        oldestMs = QDateTime::currentMSecsSinceEpoch() - qint64(rule.maxAgeDays) * 86'400'000;
        // max(id) WHERE ts_ms < oldestMs, without a ts_ms index (timebounds.h).
        ageCutoff = timebounds::lastIdBefore(m_db, oldestMs);
    }
    if (rowsCutoff == 0 && ageCutoff == 0)
        return 0;
    const auto bindChunk = [&](sqlite3_stmt *query) {
        bindText(query, 1, server);
        sqlite3_bind_int64(query, 2, qMax(rowsCutoff, ageCutoff));
        sqlite3_bind_int64(query, 3, rowsCutoff);
        sqlite3_bind_int64(query, 4, oldestMs);
        sqlite3_bind_int(query, 5, TrimChunkRows);
    };
    // The events of the next chunk's requests go first, while their ids are still there to be
    // found; a connection with more events than a chunk takes several steps before its row goes.
    // Bounded by LIMIT and walked on (server, id): one chunk holds the write lock briefly.
    const qint64 linked = deleteRows(
        m_db,
        "DELETE FROM events WHERE id IN (SELECT id FROM events WHERE request IN (SELECT id FROM "
        "requests WHERE server = ?1 AND id <= ?2 AND (id <= ?3 OR ts_ms < ?4) ORDER BY id "
        "LIMIT ?5) LIMIT ?5)",
        bindChunk);
    if (linked < 0) {
        disable(lastError());
        return -1;
    }
    if (linked >= TrimChunkRows) {
        *more = true;
        return linked;
    }
    const qint64 deleted = deleteRows(
        m_db,
        "DELETE FROM requests WHERE id IN (SELECT id FROM requests WHERE server = ?1 AND "
        "id <= ?2 AND (id <= ?3 OR ts_ms < ?4) ORDER BY id LIMIT ?5)",
        bindChunk);
    if (deleted < 0) {
        disable(lastError());
        return -1;
    }
    *more = *more || deleted >= TrimChunkRows;
    return linked + deleted;
}

// Events by the rule's own measures: older than maxAgeDays, beyond the newest maxRows events of
// the server. Returns true while there is more to delete.
bool LogWriter::trimEvents(const QByteArray &server, const Retention &rule) {
    bool more = false;
    if (rule.maxAgeDays > 0) {
        const qint64 oldestMs =
            QDateTime::currentMSecsSinceEpoch() - qint64(rule.maxAgeDays) * 86'400'000;
        // `events` has no time index (one less per message): the server's oldest chunk is looked
        // at, and its old rows go. Rows are written in time order but for a batch's delay, so an
        // old row behind a whole chunk of newer ones is the only one left for a later pass.
        const qint64 deleted = deleteRows(
            m_db,
            "DELETE FROM events WHERE id IN (SELECT id FROM (SELECT id, ts_ms FROM events WHERE "
            "server = ? ORDER BY id LIMIT ?) WHERE ts_ms < ?)",
            [&](sqlite3_stmt *query) {
                bindText(query, 1, server);
                sqlite3_bind_int(query, 2, TrimChunkRows);
                sqlite3_bind_int64(query, 3, oldestMs);
            });
        if (deleted < 0) {
            disable(lastError());
            return false;
        }
        more = deleted > 0;
    }
    if (rule.maxRows > 0) {
        const qint64 cutoff = firstId(
            m_db, "SELECT id FROM events WHERE server = ? ORDER BY id DESC LIMIT 1 OFFSET ?", 0,
            [&](sqlite3_stmt *query) {
                bindText(query, 1, server);
                sqlite3_bind_int64(query, 2, rule.maxRows);
            });
        if (cutoff == 0)
            return more;
        const qint64 deleted = deleteRows(m_db,
                                          "DELETE FROM events WHERE id IN (SELECT id FROM events "
                                          "WHERE server = ? AND id <= ? ORDER BY id LIMIT ?)",
                                          [&](sqlite3_stmt *query) {
                                              bindText(query, 1, server);
                                              sqlite3_bind_int64(query, 2, cutoff);
                                              sqlite3_bind_int(query, 3, TrimChunkRows);
                                          });
        if (deleted < 0) {
            disable(lastError());
            return false;
        }
        more = more || deleted >= TrimChunkRows;
    }
    return more;
}

} // namespace yard::logging
