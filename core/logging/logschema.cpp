#include "logschema.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace yard::logging {

namespace {
struct Column {
    const char *name;
    const char *declaration; // every one has a default, so ALTER TABLE … ADD COLUMN accepts it
};

// In LogRow order. A database written before a column existed gets it with its default.
constexpr Column RequestColumns[] = {
    {"id", "INTEGER PRIMARY KEY AUTOINCREMENT"},
    {"ts_ms", "INTEGER NOT NULL DEFAULT 0"},
    {"server", "TEXT NOT NULL DEFAULT ''"},
    {"method", "TEXT NOT NULL DEFAULT ''"},
    {"target", "TEXT NOT NULL DEFAULT ''"},
    {"route", "INTEGER"},
    {"status", "INTEGER NOT NULL DEFAULT 0"},
    {"duration_us", "INTEGER NOT NULL DEFAULT 0"},
    {"bytes_in", "INTEGER NOT NULL DEFAULT 0"},
    {"bytes_out", "INTEGER NOT NULL DEFAULT 0"},
    {"remote", "TEXT NOT NULL DEFAULT ''"},
    {"user_agent", "TEXT NOT NULL DEFAULT ''"},
    {"session", "TEXT"},
    {"truncated", "INTEGER NOT NULL DEFAULT 0"}, // LogBatch::Truncated bits
    {"connection", "INTEGER"},                   // format 3; NULL: unknown, an older row
};

// AUTOINCREMENT: ids never come back, even after retention emptied the table, so a reader
// tailing "after id N" cannot miss rows.
// Run after the columns exist: an index on a column an old database lacks would fail.
const char *const Statements[] = {
    "CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " ts_ms INTEGER NOT NULL, server TEXT NOT NULL, connection INTEGER, request INTEGER,"
    " type TEXT NOT NULL, direction TEXT NOT NULL, channel TEXT, size INTEGER NOT NULL DEFAULT 0,"
    " preview TEXT, recipients INTEGER)",
    "CREATE TABLE IF NOT EXISTS drops (server TEXT PRIMARY KEY, count INTEGER NOT NULL,"
    " last_ms INTEGER NOT NULL)",
    // The read paths: a server's rows by id (tail, page, retention), a status class by id, a
    // time range. id itself is the rowid, so "after id N" needs no index of its own.
    "CREATE INDEX IF NOT EXISTS requests_server_id ON requests (server, id)",
    // Partial (format 2): most rows are 200 and cost no entry; a filter that cannot match 200
    // says "status <> 200" (LogQuery) and uses it; one that can finds its rows densely by id.
    "CREATE INDEX IF NOT EXISTS requests_status_id ON requests (status, id) WHERE status <> 200",
    // A status class by id (status:5xx, the Log tab's class buttons): on (status, id) SQLite
    // reads the whole class and sorts it (0.2–0.3 s at 10 M rows); keyed by the class it walks
    // the newest ids and stops at the LIMIT. Same partial condition: 200s cost nothing. Added in
    // place (no format change: an older Yardmaster keeps it up to date without knowing it).
    "CREATE INDEX IF NOT EXISTS requests_class_id ON requests ((status / 100), id)"
    " WHERE status <> 200",
    // No (ts_ms) index: it was a third of the writer's cost a row. Time filters and age retention
    // find an id range instead (timebounds.h); the rows that reach the log late (a request of 1 s
    // or more, an upgrade) are few and indexed here, in words LateRowsCondition repeats.
    "DROP INDEX IF EXISTS requests_ts",
    "CREATE INDEX IF NOT EXISTS requests_late_id ON requests (id)"
    " WHERE duration_us >= 1000000 OR status = 101",
    "CREATE INDEX IF NOT EXISTS events_type_id ON events (type, id)",
    "CREATE INDEX IF NOT EXISTS events_request ON events (request)",
    // Format 3. The events an upgrade or SSE row links when the writer inserts it (LogWriter):
    // only the open connections' events are in it, so it stays small and the link is a probe.
    "CREATE INDEX IF NOT EXISTS events_unlinked ON events (server, connection)"
    " WHERE request IS NULL AND connection IS NOT NULL",
    // Retention, a server's events. No (connection, id) index: every index costs each message,
    // and one keyed by connection is written all over the tree (docs/LOGGING-NOTES.md).
    "CREATE INDEX IF NOT EXISTS events_server_id ON events (server, id)",
};

QString run(QSqlDatabase &db, const QString &sql) {
    QSqlQuery query(db);
    if (query.exec(sql))
        return {};
    return query.lastError().databaseText().isEmpty() ? query.lastError().text()
                                                      : query.lastError().databaseText();
}

QString createRequests(QSqlDatabase &db) {
    QString sql = QStringLiteral("CREATE TABLE IF NOT EXISTS requests (");
    for (const Column &column : RequestColumns)
        sql += QLatin1String(column.name) + u' ' + QLatin1String(column.declaration) + u',';
    sql.chop(1);
    return run(db, sql + u')');
}

QString addMissingColumns(QSqlDatabase &db) {
    QSqlQuery info(db);
    if (!info.exec(QStringLiteral("PRAGMA table_info(requests)")))
        return info.lastError().databaseText();
    QSet<QString> present;
    while (info.next())
        present.insert(info.value(1).toString());
    info.finish();
    for (const Column &column : RequestColumns) {
        if (present.contains(QLatin1String(column.name)))
            continue;
        const QString error =
            run(db, u"ALTER TABLE requests ADD COLUMN " + QLatin1String(column.name) + u' ' +
                        QLatin1String(column.declaration));
        if (!error.isEmpty())
            return error;
    }
    return {};
}

int storedVersion(QSqlDatabase &db) {
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    return query.next() ? query.value(0).toInt() : 0;
}
} // namespace

QString LogSchema::migrate(QSqlDatabase &db) {
    if (!db.transaction())
        return db.lastError().databaseText();
    QString error = createRequests(db);
    if (error.isEmpty())
        error = run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS meta "
                                       "(key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    const int stored = error.isEmpty() ? storedVersion(db) : 0;
    if (error.isEmpty() && stored > Version)
        error = QCoreApplication::translate("yard::logging::LogSchema",
                                            "written by a newer Yardmaster (log format %1; this "
                                            "one writes format %2)")
                    .arg(stored)
                    .arg(Version);
    if (error.isEmpty())
        error = addMissingColumns(db);
    // Format 1 indexed every status; the partial index of format 2 replaces it (one pass over
    // the table, once).
    if (error.isEmpty() && stored < 2)
        error = run(db, QStringLiteral("DROP INDEX IF EXISTS requests_status_id"));
    for (const char *statement : Statements) {
        if (error.isEmpty())
            error = run(db, QLatin1String(statement));
    }
    if (error.isEmpty())
        error = run(db, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) "
                                       "VALUES ('schema_version', '%1')")
                            .arg(Version));
    if (!error.isEmpty()) {
        db.rollback();
        return error;
    }
    return db.commit() ? QString() : db.lastError().databaseText();
}

QString LogSchema::requestColumns() {
    QString columns;
    for (const Column &column : RequestColumns) {
        if (!columns.isEmpty())
            columns += QStringLiteral(", ");
        columns += QLatin1String(column.name);
    }
    return columns;
}

} // namespace yard::logging
