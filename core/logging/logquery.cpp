#include "logquery.h"

#include "logschema.h"
#include "timeprobes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>
#include <functional>

namespace yard::logging {

namespace {
// A free function's tr() is filed by lupdate under its namespace, so free functions translate
// through this class, which names the context the program looks the text up in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(yard::logging::LogQuery)
};

QString failure(const QString &path, const QSqlError &error) {
    const QString sqlite = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return Text::tr("%1: cannot read the request log: %2")
        .arg(QDir::toNativeSeparators(path), sqlite);
}

// The connections a thread opened, removed when the thread ends. Each thread's names carry a
// serial of their own, never reused: a thread id comes back once its thread ended, and Qt refuses
// a connection to every thread but the one that made it, so a name made of the id would leave a
// later thread with the same id without a working connection.
struct ThreadConnections {
    quint64 serial = 0;
    QStringList names;
    ~ThreadConnections() {
        if (!QCoreApplication::instance())
            return; // the process is ending: nothing left to keep tidy, Qt Sql may be gone
        for (const QString &name : std::as_const(names))
            QSqlDatabase::removeDatabase(name);
    }
};

ThreadConnections &threadConnections() {
    static std::atomic<quint64> s_serial{0};
    thread_local ThreadConnections t_connections;
    if (t_connections.serial == 0)
        t_connections.serial = ++s_serial;
    return t_connections;
}

// The calling thread's read-only connection to `path`; invalid (and *error set) when it cannot
// be opened, in which case nothing is kept and the next call tries again.
QSqlDatabase readConnection(const QString &path, QString *error) {
    ThreadConnections &connections = threadConnections();
    const QString name = u"yard-log-read:" + path + u':' + QString::number(connections.serial);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    connections.names.append(name);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (db.open())
            return db;
        if (error)
            *error = failure(path, db.lastError());
    }
    QSqlDatabase::removeDatabase(name);
    connections.names.removeOne(name);
    return {};
}

// Runs one statement on the calling thread's connection and hands each result row to `row`.
bool run(const QString &path, const QString &sql, const QVariantList &values, QString *error,
         const std::function<void(const QSqlQuery &)> &row) {
    QSqlDatabase db = readConnection(path, error);
    if (!db.isValid())
        return false;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    for (int i = 0; ok && i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    ok = ok && query.exec();
    if (!ok) {
        if (error)
            *error = failure(path, query.lastError());
        return false;
    }
    while (query.next())
        row(query);
    return true;
}

struct Where {
    QStringList clauses;
    QVariantList values;

    QString sql() const {
        return clauses.isEmpty() ? QString() : u" WHERE " + clauses.join(QStringLiteral(" AND "));
    }
};

QString placeholders(qsizetype count) {
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return u'(' + marks.join(QStringLiteral(", ")) + u')';
}

// SQLite GLOB: '*' stays a wildcard, the other glob characters are matched literally.
QString globPattern(const QString &path) {
    QString pattern;
    for (const QChar c : path) {
        if (c == u'?' || c == u'[')
            pattern += u'[' + QString(c) + u']';
        else
            pattern += c;
    }
    return pattern;
}

void addStatus(const LogFilter &filter, Where &where) {
    QStringList alternatives;
    for (const int statusClass : filter.statusClasses) {
        alternatives.append(QStringLiteral("status BETWEEN ? AND ?"));
        where.values << statusClass * 100 << statusClass * 100 + 99;
    }
    if (!filter.statusCodes.isEmpty()) {
        alternatives.append(u"status IN " + placeholders(filter.statusCodes.size()));
        for (const int code : filter.statusCodes)
            where.values << code;
    }
    if (alternatives.isEmpty())
        return;
    where.clauses.append(u'(' + alternatives.join(QStringLiteral(" OR ")) + u')');
    // The status index leaves out 200 (LogSchema); SQLite uses a partial index only when the
    // query repeats its condition word for word, so a filter that cannot match 200 does.
    if (!filter.statusClasses.contains(2) && !filter.statusCodes.contains(200))
        where.clauses.append(QStringLiteral("status <> 200"));
}

Where whereFor(const LogFilter &filter) {
    Where where;
    const auto add = [&where](const char *clause, const QVariant &value) {
        where.clauses.append(QLatin1String(clause));
        where.values.append(value);
    };
    if (filter.afterId > 0)
        add("id > ?", filter.afterId);
    if (filter.beforeId > 0)
        add("id < ?", filter.beforeId);
    if (!filter.server.isEmpty())
        add("server = ?", filter.server);
    if (!filter.methods.isEmpty()) {
        where.clauses.append(u"method IN " + placeholders(filter.methods.size()));
        for (const QString &method : filter.methods)
            where.values.append(method);
    }
    addStatus(filter, where);
    if (filter.path.contains(u'*'))
        add("target GLOB ?", globPattern(filter.path));
    else if (!filter.path.isEmpty())
        add("instr(target, ?) > 0", filter.path); // case-sensitive, no LIKE escaping to get wrong
    if (filter.route && *filter.route < 0)
        where.clauses.append(QStringLiteral("route IS NULL"));
    else if (filter.route)
        add("route = ?", *filter.route);
    if (!filter.client.isEmpty())
        add("instr(remote, ?) > 0", filter.client);
    if (filter.sinceMs > 0)
        add("ts_ms >= ?", filter.sinceMs);
    if (filter.untilMs > 0)
        add("ts_ms < ?", filter.untilMs);
    if (filter.minDurationUs > 0)
        add("duration_us >= ?", filter.minDurationUs);
    return where;
}

// Rows of `filter` that reached the log late (timebounds.h), through their partial index.
Where lateWhereFor(const LogFilter &filter) {
    Where where = whereFor(filter);
    where.clauses.append(QLatin1String(timebounds::LateRowsCondition));
    return where;
}

int boundedLimit(int limit) {
    return limit <= 0 ? LogQuery::DefaultLimit : qMin(limit, LogQuery::MaxLimit);
}

LogRow toRow(const QSqlQuery &query) {
    LogRow row;
    row.id = query.value(0).toLongLong();
    row.tsMs = query.value(1).toLongLong();
    row.server = query.value(2).toString();
    row.method = query.value(3).toString();
    row.target = query.value(4).toString();
    row.route = query.value(5).isNull() ? -1 : query.value(5).toInt();
    row.status = query.value(6).toInt();
    row.durationUs = query.value(7).toLongLong();
    row.bytesIn = query.value(8).toLongLong();
    row.bytesOut = query.value(9).toLongLong();
    row.remote = query.value(10).toString();
    row.userAgent = query.value(11).toString();
    row.session = query.value(12).toString();
    row.truncated = query.value(13).toInt();
    return row;
}

EventRow toEvent(const QSqlQuery &query) {
    EventRow row;
    row.id = query.value(0).toLongLong();
    row.tsMs = query.value(1).toLongLong();
    row.server = query.value(2).toString();
    row.connection = query.value(3).toLongLong();
    row.request = query.value(4).toLongLong();
    row.type = query.value(5).toString();
    row.direction = query.value(6).toString();
    row.channel = query.value(7).toString();
    row.size = query.value(8).toLongLong();
    row.preview = query.value(9).toString();
    row.recipients = query.value(10).toLongLong();
    return row;
}

qint64 scalar(const QString &path, const QString &sql, const QVariantList &values, QString *error) {
    qint64 value = -1;
    run(path, sql, values, error,
        [&value](const QSqlQuery &query) { value = query.value(0).toLongLong(); });
    return value;
}
} // namespace

LogQuery::LogQuery(const QString &path)
    : m_path(QFileInfo(path).absoluteFilePath()) {}

QList<LogRow> LogQuery::tail(qint64 afterId, const LogFilter &filter, int limit,
                             QString *error) const {
    LogFilter bounded = filter;
    bounded.afterId = qMax(filter.afterId, afterId);
    bounded.limit = limit;
    return select(bounded, false, error);
}

QList<LogRow> LogQuery::page(qint64 beforeId, const LogFilter &filter, int limit,
                             QString *error) const {
    LogFilter bounded = filter;
    if (beforeId > 0)
        bounded.beforeId = filter.beforeId > 0 ? qMin(filter.beforeId, beforeId) : beforeId;
    bounded.limit = limit;
    return select(bounded, true, error);
}

std::optional<LogRow> LogQuery::byId(qint64 id, QString *error) const {
    std::optional<LogRow> found;
    run(m_path, u"SELECT " + LogSchema::requestColumns() + u" FROM requests WHERE id = ?", {id},
        error, [&found](const QSqlQuery &query) { found = toRow(query); });
    return found;
}

qint64 LogQuery::count(const LogFilter &filter, QString *error) const {
    const QSqlDatabase db = readConnection(m_path, error);
    if (!db.isValid())
        return -1;
    const timebounds::TimeSplit split = timebounds::splitByTime(db, filter);
    const Where where = whereFor(split.main);
    qint64 total =
        scalar(m_path, u"SELECT count(*) FROM requests" + where.sql(), where.values, error);
    if (total >= 0 && split.late) {
        const Where late = lateWhereFor(*split.late);
        const qint64 more =
            scalar(m_path, u"SELECT count(*) FROM requests" + late.sql(), late.values, error);
        total = more >= 0 ? total + more : -1;
    }
    return total;
}

qint64 LogQuery::dropped(const QString &server, QString *error) const {
    if (server.isEmpty())
        return scalar(m_path, QStringLiteral("SELECT coalesce(sum(count), 0) FROM drops"), {},
                      error);
    return scalar(m_path,
                  QStringLiteral("SELECT coalesce(sum(count), 0) FROM drops WHERE server = ?"),
                  {server}, error);
}

qint64 LogQuery::lastId(QString *error) const {
    return scalar(m_path, QStringLiteral("SELECT coalesce(max(id), 0) FROM requests"), {}, error);
}

QList<EventRow> LogQuery::eventsTail(const QString &type, qint64 afterId, int limit,
                                     QString *error) const {
    return selectEvents(type, afterId, 0, false, limit, error);
}

QList<EventRow> LogQuery::eventsPage(const QString &type, qint64 beforeId, int limit,
                                     QString *error) const {
    return selectEvents(type, 0, beforeId, true, limit, error);
}

QList<LogRow> LogQuery::select(LogFilter filter, bool newestFirst, QString *error) const {
    const QSqlDatabase db = readConnection(m_path, error);
    if (!db.isValid())
        return {};
    const timebounds::TimeSplit split = timebounds::splitByTime(db, filter);
    const int limit = boundedLimit(filter.limit);
    const QString order = u" ORDER BY id " +
                          (newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC")) +
                          u" LIMIT " + QString::number(limit);
    const QString columns = u"SELECT " + LogSchema::requestColumns() + u" FROM requests";
    QList<LogRow> rows;
    const auto append = [&rows](const QSqlQuery &query) {
        rows.append(toRow(query));
    };
    // The late range holds the higher ids: newest first, its rows come before the main range's.
    QList<std::pair<QString, QVariantList>> parts;
    const Where main = whereFor(split.main);
    parts.append({columns + main.sql() + order, main.values});
    if (split.late) {
        const Where late = lateWhereFor(*split.late);
        parts.insert(newestFirst ? 0 : 1, {columns + late.sql() + order, late.values});
    }
    for (const auto &[sql, values] : parts) {
        if (!run(m_path, sql, values, error, append))
            return {};
        if (rows.size() >= limit)
            break;
    }
    if (rows.size() > limit)
        rows.resize(limit);
    return rows;
}

QList<EventRow> LogQuery::selectEvents(const QString &type, qint64 afterId, qint64 beforeId,
                                       bool newestFirst, int limit, QString *error) const {
    Where where;
    if (!type.isEmpty()) {
        where.clauses << QStringLiteral("type = ?");
        where.values << type;
    }
    where.clauses << QStringLiteral("id > ?");
    where.values << afterId;
    if (beforeId > 0) {
        where.clauses << QStringLiteral("id < ?");
        where.values << beforeId;
    }
    const QString sql =
        u"SELECT id, ts_ms, server, connection, request, type, direction, channel, size, "
        "preview, recipients FROM events" +
        where.sql() + u" ORDER BY id " +
        (newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC")) + u" LIMIT " +
        QString::number(boundedLimit(limit));
    QList<EventRow> rows;
    if (!run(m_path, sql, where.values, error,
             [&rows](const QSqlQuery &query) { rows.append(toEvent(query)); }))
        rows.clear();
    return rows;
}

} // namespace yard::logging
