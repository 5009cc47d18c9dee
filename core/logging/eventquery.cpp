// LogQuery's side of the `events` table (CONTRACT.md): WebSocket messages and SSE events, by
// filter, by id, and by connection; the requests' side is logquery.cpp.
#include "logquery.h"
#include "querysupport.h"
#include "timeprobes.h"

#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace yard::logging {

using namespace querysupport;

namespace {
const QString s_columns =
    QStringLiteral("SELECT id, ts_ms, server, connection, request, type, direction, channel, "
                   "size, preview, recipients FROM events");

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

// LIKE's wildcards and its escape character, matched literally ("ESCAPE '\'").
QString likeContains(const QString &text) {
    QString pattern = QStringLiteral("%");
    for (const QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            pattern += u'\\';
        pattern += c;
    }
    return pattern + u'%';
}

Where whereFor(const EventFilter &filter, qint64 afterId, qint64 beforeId) {
    Where where;
    if (afterId > 0)
        where.add("id > ?", afterId);
    if (beforeId > 0)
        where.add("id < ?", beforeId);
    if (filter.beforeId > 0)
        where.add("id < ?", filter.beforeId);
    if (!filter.server.isEmpty())
        where.add("server = ?", filter.server);
    if (!filter.types.isEmpty()) {
        where.clauses.append(u"type IN " + placeholders(filter.types.size()));
        for (const QString &type : filter.types)
            where.values.append(type);
    }
    if (!filter.direction.isEmpty())
        where.add("direction = ?", filter.direction);
    if (!filter.channel.isEmpty())
        where.add("channel = ?", filter.channel);
    if (filter.connection > 0)
        where.add("connection = ?", filter.connection);
    if (filter.request > 0)
        where.add("request = ?", filter.request);
    // LIKE ignores ASCII case only (SQLite's default); the preview is short, so a scan of the
    // rows the other terms leave is bounded by the LIMIT's worth of matches it looks for.
    if (!filter.text.isEmpty())
        where.add("preview LIKE ? ESCAPE '\\'", likeContains(filter.text));
    if (filter.sinceMs > 0)
        where.add("ts_ms >= ?", filter.sinceMs);
    if (filter.untilMs > 0)
        where.add("ts_ms < ?", filter.untilMs);
    return where;
}

// Up to limit + 1 rows: the extra one only says that there are more.
QList<EventRow> fetch(const QString &path, const QString &sql, const QVariantList &values,
                      QString *error) {
    QList<EventRow> rows;
    if (!run(path, sql, values, error,
             [&rows](const QSqlQuery &query) { rows.append(toEvent(query)); }))
        rows.clear();
    return rows;
}
} // namespace

QList<EventRow> LogQuery::eventsTail(const EventFilter &filter, qint64 afterId, int limit,
                                     QString *error) const {
    return selectEvents(filter, afterId, 0, false, limit, error);
}

QList<EventRow> LogQuery::eventsPage(const EventFilter &filter, qint64 beforeId, int limit,
                                     QString *error) const {
    return selectEvents(filter, 0, beforeId, true, limit, error);
}

QList<EventRow> LogQuery::selectEvents(const EventFilter &filter, qint64 afterId, qint64 beforeId,
                                       bool newestFirst, int limit, QString *error) const {
    const Where where = whereFor(filter, afterId, beforeId);
    return fetch(m_path,
                 s_columns + where.sql() + u" ORDER BY id " + order(newestFirst) + u" LIMIT " +
                     QString::number(boundedLimit(limit)),
                 where.values, error);
}

std::optional<EventRow> LogQuery::eventById(qint64 id, QString *error) const {
    const QList<EventRow> rows = fetch(m_path, s_columns + u" WHERE id = ?", {id}, error);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.front();
}

// The id bound of a time, searched over ids (timebounds.h): `after` false, every event with
// ts_ms >= ms has a greater id than the result; true, every event with ts_ms < ms a smaller one.
qint64 LogQuery::eventIdBound(qint64 ms, bool after, QString *error) const {
    const qint64 last = eventsLastId(error);
    if (last <= 0)
        return after ? 1 : 0;
    const QSqlDatabase db = readConnection(m_path, error);
    if (!db.isValid())
        return after ? last + 1 : 0;
    const timebounds::Probe probe = timebounds::qtSqlProbe(db, timebounds::ProbeTable::Events);
    return after ? timebounds::idAfterUntil(ms, last, probe)
                 : timebounds::idBeforeSince(ms, last, probe);
}

qint64 LogQuery::eventsIdBefore(qint64 sinceMs, QString *error) const {
    return eventIdBound(sinceMs, false, error);
}

qint64 LogQuery::eventsIdAfter(qint64 untilMs, QString *error) const {
    return eventIdBound(untilMs, true, error);
}

qint64 LogQuery::eventsLastId(QString *error) const {
    return scalar(m_path, QStringLiteral("SELECT coalesce(max(id), 0) FROM events"), {}, error);
}

Conversation LogQuery::conversation(const QString &server, qint64 connection, qint64 request,
                                    int limit, QString *error) const {
    Conversation result;
    const int bounded = boundedLimit(limit);
    const QString tail = u" ORDER BY id LIMIT " + QString::number(bounded + 1);
    QString failure;
    if (request > 0) {
        result.upgrade = byId(request, &failure);
        if (failure.isEmpty()) // events_request
            result.events =
                fetch(m_path, s_columns + u" WHERE request = ?" + tail, {request}, &failure);
    } else if (connection > 0) {
        // The partial index events_unlinked: "connection = ?" implies its "IS NOT NULL".
        result.events = fetch(
            m_path, s_columns + u" WHERE server = ? AND connection = ? AND request IS NULL" + tail,
            {server, connection}, &failure);
    }
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return {};
    }
    if (result.events.size() > bounded) {
        result.events.resize(bounded);
        result.more = true;
    }
    return result;
}

QHash<qint64, QList<EventRow>> LogQuery::webSocketMessages(const QList<LogRow> &rows, int limitEach,
                                                           QString *error) const {
    QHash<qint64, QList<EventRow>> messages;
    for (const LogRow &row : rows) {
        if (row.status != 101)
            continue;
        QString failure;
        Conversation conversation =
            this->conversation(row.server, row.connection, row.id, limitEach, &failure);
        if (!failure.isEmpty()) {
            if (error)
                *error = failure;
            return {};
        }
        if (!conversation.events.isEmpty())
            messages.insert(row.id, std::move(conversation.events));
    }
    return messages;
}

// A chat message reaches a room's members as one broadcast row without a connection (never a
// row per member): the conversation of a member also holds the broadcasts of the rooms it named,
// from its first row until it ended.
void LogQuery::addRoomBroadcasts(Conversation &conversation, int limit, QString *error) const {
    QString ignored;
    if (!error)
        error = &ignored;
    if (conversation.events.isEmpty() || conversation.events.front().type != u"ws")
        return;
    QStringList rooms;
    for (const EventRow &event : std::as_const(conversation.events)) {
        if (!event.channel.isEmpty() && !rooms.contains(event.channel))
            rooms.append(event.channel);
    }
    const EventRow &first = conversation.events.front();
    EventFilter filter;
    filter.server = first.server;
    filter.types = {QStringLiteral("ws")};
    filter.direction = QStringLiteral("out");
    filter.sinceMs = first.tsMs;
    if (conversation.upgrade) {
        const LogRow &upgrade = *conversation.upgrade;
        filter.sinceMs = upgrade.tsMs;
        filter.untilMs = upgrade.tsMs + upgrade.durationUs / 1000 + 1;
    }
    // Ids follow the order workers hand their rows over, not time: start from the id below
    // which every event is older than the connection.
    const qint64 afterId = eventsIdBefore(filter.sinceMs, error);
    // An ended connection's rooms are read up to its end, not through everything after it.
    if (filter.untilMs > 0 && error->isEmpty())
        filter.beforeId = eventsIdAfter(filter.untilMs, error);
    if (!error->isEmpty())
        return;
    QList<EventRow> merged = conversation.events;
    for (const QString &room : std::as_const(rooms)) {
        filter.channel = room;
        const QList<EventRow> broadcasts = eventsTail(filter, afterId, limit, error);
        if (!error->isEmpty())
            return;
        for (const EventRow &event : broadcasts) {
            if (event.connection == 0)
                merged.append(event);
        }
    }
    if (merged.size() == conversation.events.size())
        return;
    // By time, then id: within one millisecond, one worker's rows (a message and its broadcast)
    // are in the order they happened.
    std::sort(merged.begin(), merged.end(), [](const EventRow &a, const EventRow &b) {
        return a.tsMs != b.tsMs ? a.tsMs < b.tsMs : a.id < b.id;
    });
    if (merged.size() > limit) {
        merged.resize(limit);
        conversation.more = true;
    }
    conversation.events = std::move(merged);
}

} // namespace yard::logging
