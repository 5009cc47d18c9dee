#include "timeprobes.h"

#include "sqlitehelpers.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <memory>

namespace yard::logging::timebounds {

namespace {
// A rowid range walk from `from`: the first row, or the first prompt one (rarely more than a few
// rows on).
QByteArray probeSql(bool promptOnly) {
    return QByteArray(
               "SELECT id, ts_ms, duration_us, status FROM requests WHERE id >= ? AND id < ?") +
           (promptOnly ? QByteArray(" AND NOT ") + LateRowsCondition : QByteArray()) +
           " ORDER BY id LIMIT 1";
}

// An event has no duration and reaches the writer a tick (250 ms) after it happened: none is
// late, so both kinds of probe are the same walk.
QByteArray eventsProbeSql() {
    return "SELECT id, ts_ms, 0, 0 FROM events WHERE id >= ? AND id < ? ORDER BY id LIMIT 1";
}

sqlite3_stmt *prepare(sqlite3 *db, const QByteArray &sql) {
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr);
    return statement;
}

using StatementPtr = std::shared_ptr<sqlite3_stmt>;

StatementPtr shared(sqlite3 *db, const QByteArray &sql) {
    return StatementPtr(prepare(db, sql), sqlite3_finalize);
}

// One row of a statement whose two parameters are ids/times, or nullopt.
std::optional<qint64> firstId(sqlite3_stmt *statement, qint64 a, qint64 b) {
    if (!statement)
        return std::nullopt;
    sqlite3_bind_int64(statement, 1, a);
    sqlite3_bind_int64(statement, 2, b);
    std::optional<qint64> id;
    if (sqlite3_step(statement) == SQLITE_ROW)
        id = sqlite3_column_int64(statement, 0);
    sqlite3_reset(statement);
    return id;
}
} // namespace

Probe qtSqlProbe(const QSqlDatabase &db, ProbeTable table) {
    auto queries = std::make_shared<std::pair<QSqlQuery, QSqlQuery>>(QSqlQuery(db), QSqlQuery(db));
    queries->first.setForwardOnly(true);
    queries->second.setForwardOnly(true);
    const bool events = table == ProbeTable::Events;
    const bool ok =
        queries->first.prepare(QString::fromLatin1(events ? eventsProbeSql() : probeSql(false))) &&
        queries->second.prepare(QString::fromLatin1(events ? eventsProbeSql() : probeSql(true)));
    return [queries, ok](qint64 from, qint64 to, bool promptOnly) -> std::optional<ProbeRow> {
        QSqlQuery &query = promptOnly ? queries->second : queries->first;
        if (!ok)
            return std::nullopt;
        query.bindValue(0, from);
        query.bindValue(1, to);
        if (!query.exec() || !query.next())
            return std::nullopt;
        const ProbeRow row{query.value(0).toLongLong(), query.value(1).toLongLong(),
                           query.value(2).toLongLong(), query.value(3).toInt()};
        query.finish();
        return row;
    };
}

Probe sqliteProbe(sqlite3 *db) {
    const StatementPtr any = shared(db, probeSql(false));
    const StatementPtr prompt = shared(db, probeSql(true));
    return [any, prompt](qint64 from, qint64 to, bool promptOnly) -> std::optional<ProbeRow> {
        sqlite3_stmt *statement = (promptOnly ? prompt : any).get();
        if (!statement)
            return std::nullopt;
        sqlite3_bind_int64(statement, 1, from);
        sqlite3_bind_int64(statement, 2, to);
        std::optional<ProbeRow> row;
        if (sqlite3_step(statement) == SQLITE_ROW)
            row = ProbeRow{sqlite3_column_int64(statement, 0), sqlite3_column_int64(statement, 1),
                           sqlite3_column_int64(statement, 2), sqlite3_column_int(statement, 3)};
        sqlite3_reset(statement);
        return row;
    };
}

qint64 lastIdBefore(sqlite3 *db, qint64 tsMs) {
    const sqlite::Statement last(db, "SELECT coalesce(max(id), 0) FROM requests");
    const qint64 maxId =
        last && sqlite3_step(last.get()) == SQLITE_ROW ? sqlite3_column_int64(last.get(), 0) : 0;
    if (maxId == 0)
        return 0;
    const qint64 bound = idAfterUntil(tsMs, maxId, sqliteProbe(db));
    // Below the bound: walks down from it and stops at the first match, about SlackMs of rows.
    const StatementPtr below =
        shared(db, "SELECT id FROM requests WHERE id < ? AND ts_ms < ? ORDER BY id DESC LIMIT 1");
    const StatementPtr late =
        shared(db, QByteArray("SELECT id FROM requests WHERE ") + LateRowsCondition +
                       " AND id >= ? AND ts_ms < ? ORDER BY id DESC LIMIT 1");
    return qMax(firstId(below.get(), bound, tsMs).value_or(0),
                firstId(late.get(), bound, tsMs).value_or(0));
}

TimeSplit splitByTime(const QSqlDatabase &db, const LogFilter &filter) {
    TimeSplit split{filter, std::nullopt};
    if (filter.sinceMs <= 0 && filter.untilMs <= 0)
        return split;
    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM requests")) || !last.next())
        return split;
    const qint64 maxId = last.value(0).toLongLong();
    last.finish();
    const Probe probe = qtSqlProbe(db);
    if (filter.sinceMs > 0)
        split.main.afterId = qMax(split.main.afterId, idBeforeSince(filter.sinceMs, maxId, probe));
    if (filter.untilMs <= 0)
        return split;
    const qint64 bound = idAfterUntil(filter.untilMs, maxId, probe);
    if (bound > maxId)
        return split; // no row is known to be past `until`: the whole table is in range
    LogFilter late = split.main;
    late.afterId = qMax(late.afterId, bound - 1);
    split.main.beforeId = split.main.beforeId > 0 ? qMin(split.main.beforeId, bound) : bound;
    split.late = late;
    return split;
}

} // namespace yard::logging::timebounds
