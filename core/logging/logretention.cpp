// LogWriter's retention (trimming old rows), in the writer thread; the rest is logwriter.cpp.
#include "logwriter.h"
#include "sqlitehelpers.h"
#include "timeprobes.h"

#include <QDateTime>

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
        const qint64 deleted = trimServer(rule.key(), *rule);
        rule->due = deleted >= TrimChunkRows;
        more = more || rule->due;
    }
    return more;
}

qint64 LogWriter::trimServer(const QString &server, const Retention &rule) {
    const QByteArray serverText = server.toUtf8();
    qint64 rowsCutoff = 0; // rows with id <= this one are beyond maxRows
    if (rule.maxRows > 0) {
        const Statement query(
            m_db, "SELECT id FROM requests WHERE server = ? ORDER BY id DESC LIMIT 1 OFFSET ?");
        if (query) {
            bindText(query.get(), 1, serverText);
            sqlite3_bind_int64(query.get(), 2, rule.maxRows);
            if (sqlite3_step(query.get()) == SQLITE_ROW)
                rowsCutoff = sqlite3_column_int64(query.get(), 0);
        }
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
    // Bounded by LIMIT and walked on (server, id): one chunk holds the write lock briefly.
    const Statement query(
        m_db, "DELETE FROM requests WHERE id IN (SELECT id FROM requests WHERE server = ? AND "
              "id <= ? AND (id <= ? OR ts_ms < ?) ORDER BY id LIMIT ?)");
    if (!query) {
        disable(lastError());
        return 0;
    }
    bindText(query.get(), 1, serverText);
    sqlite3_bind_int64(query.get(), 2, qMax(rowsCutoff, ageCutoff));
    sqlite3_bind_int64(query.get(), 3, rowsCutoff);
    sqlite3_bind_int64(query.get(), 4, oldestMs);
    sqlite3_bind_int(query.get(), 5, TrimChunkRows);
    if (sqlite3_step(query.get()) != SQLITE_DONE) {
        disable(lastError());
        return 0;
    }
    return sqlite3_changes(m_db);
}

} // namespace yard::logging
