#include "logquery.h"

#include "logschema.h"
#include "querysupport.h"
#include "timeprobes.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace yard::logging {

namespace {
using namespace querysupport;

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
    // "status / 100" in the words of the index requests_class_id (LogSchema), which SQLite
    // walks by id; 2xx is not in it (no 200s), and its rows are dense by id anyway.
    for (const int statusClass : filter.statusClasses) {
        alternatives.append(QStringLiteral("status / 100 = ?"));
        where.values << statusClass;
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
        where.add(clause, value);
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
    if (filter.connection > 0) // not indexed: a connection's rows are found by scanning
        add("connection = ?", filter.connection);
    return where;
}

// Rows of `filter` that reached the log late (timebounds.h), through their partial index.
Where lateWhereFor(const LogFilter &filter) {
    Where where = whereFor(filter);
    where.clauses.append(QLatin1String(timebounds::LateRowsCondition));
    return where;
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

} // namespace yard::logging
