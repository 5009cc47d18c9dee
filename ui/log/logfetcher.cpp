#include "logfetcher.h"

#include <QFileInfo>
#include <algorithm>

namespace yard::ui {

using logging::EventRow;
using logging::LogFilter;
using logging::LogRow;

LogFetcher::LogFetcher(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_query(databasePath) {}

LogFetcher::~LogFetcher() = default;

void LogFetcher::keepNewest(QList<LogRow> requests, QList<EventRow> events, qint64 requestsBefore,
                            qint64 eventsBefore, int limit, LogFetchReply &reply) const {
    const bool full = requests.size() >= limit || events.size() >= limit;
    QList<TimelineRow> merged = mergeByTime(requests, events, true);
    reply.more = full || merged.size() > limit;
    if (merged.size() > limit)
        merged.resize(limit);
    // What was left out of the merge is older than every row kept: the next page starts at
    // the oldest row kept of each table, or where this one started when none was kept.
    reply.requestsBefore = requestsBefore;
    reply.eventsBefore = eventsBefore;
    for (const TimelineRow &row : std::as_const(merged)) {
        if (const auto *event = std::get_if<EventRow>(&row))
            reply.eventsBefore = qMin(reply.eventsBefore, event->id);
        else
            reply.requestsBefore = qMin(reply.requestsBefore, std::get<LogRow>(row).id);
    }
    reply.rows = std::move(merged);
}

void LogFetcher::newest(const TimelineFilter &filter, int limit, LogFetchReply &reply) const {
    // The newest ids first: a later tail starts after them even when no row matches the filter,
    // so a rare filter does not rescan the whole table on every poll.
    reply.cursor = qMax<qint64>(0, m_query.lastId(&reply.error));
    if (reply.error.isEmpty())
        reply.eventCursor = qMax<qint64>(0, m_query.eventsLastId(&reply.error));
    if (!reply.error.isEmpty())
        return;
    QList<LogRow> requests;
    QList<EventRow> events;
    if (filter.showRequests) {
        LogFilter bounded = filter.requests;
        bounded.beforeId = reply.cursor + 1;
        requests = m_query.page(0, bounded, limit, &reply.error);
    }
    if (filter.showEvents && reply.error.isEmpty())
        events = m_query.eventsPage(filter.events, reply.eventCursor + 1, limit, &reply.error);
    keepNewest(requests, events, reply.cursor + 1, reply.eventCursor + 1, limit, reply);
    std::reverse(reply.rows.begin(), reply.rows.end());
}

void LogFetcher::fetchTail(quint64 generation, qint64 afterId, qint64 afterEventId,
                           const TimelineFilter &filter, int limit) {
    LogFetchReply reply;
    reply.generation = generation;
    // Read the newest ids before the rows: every row up to them is committed (one writer, ids in
    // commit order), so the cursors may move past rows the filter rejected.
    const qint64 last = m_query.lastId(&reply.error);
    const qint64 lastEvent = reply.error.isEmpty() ? m_query.eventsLastId(&reply.error) : 0;
    QList<LogRow> requests;
    QList<EventRow> events;
    if (filter.showRequests && reply.error.isEmpty())
        requests = m_query.tail(afterId, filter.requests, limit, &reply.error);
    if (filter.showEvents && reply.error.isEmpty())
        events = m_query.eventsTail(filter.events, afterEventId, limit, &reply.error);
    if (reply.error.isEmpty() && (requests.size() >= limit || events.size() >= limit)) {
        reply.kind = LogFetchReply::Newest;
        reply.jumped = true;
        newest(filter, limit, reply);
    } else {
        reply.kind = LogFetchReply::Tail;
        // Queries return rows by id, oldest first: the last is the newest id.
        reply.cursor = qMax(afterId, last);
        if (!requests.isEmpty())
            reply.cursor = qMax(reply.cursor, requests.back().id);
        reply.eventCursor = qMax(afterEventId, lastEvent);
        if (!events.isEmpty())
            reply.eventCursor = qMax(reply.eventCursor, events.back().id);
        reply.rows = mergeByTime(requests, events, false);
    }
    answer(reply);
}

void LogFetcher::fetchNewest(quint64 generation, const TimelineFilter &filter, int limit) {
    LogFetchReply reply;
    reply.generation = generation;
    reply.kind = LogFetchReply::Newest;
    newest(filter, limit, reply);
    answer(reply);
}

void LogFetcher::fetchOlder(quint64 generation, qint64 beforeId, qint64 beforeEventId,
                            const TimelineFilter &filter, int limit) {
    LogFetchReply reply;
    reply.generation = generation;
    reply.kind = LogFetchReply::Older;
    QList<LogRow> requests;
    QList<EventRow> events;
    // A bound of 1 or less: nothing older is left in that table.
    if (filter.showRequests && beforeId > 1)
        requests = m_query.page(beforeId, filter.requests, limit, &reply.error);
    if (filter.showEvents && beforeEventId > 1 && reply.error.isEmpty())
        events = m_query.eventsPage(filter.events, beforeEventId, limit, &reply.error);
    keepNewest(requests, events, beforeId, beforeEventId, limit, reply);
    answer(reply);
}

void LogFetcher::countAfter(quint64 generation, qint64 afterId, qint64 afterEventId,
                            const TimelineFilter &filter) {
    LogFetchReply reply;
    reply.generation = generation;
    reply.kind = LogFetchReply::Count;
    if (filter.showRequests) {
        LogFilter after = filter.requests;
        after.afterId = qMax(filter.requests.afterId, afterId);
        reply.count = qMax<qint64>(0, m_query.count(after, &reply.error));
    }
    // Events are read, not counted in SQL, and at most PausedEventCountLimit of them.
    if (filter.showEvents && reply.error.isEmpty())
        reply.count +=
            m_query.eventsTail(filter.events, afterEventId, PausedEventCountLimit, &reply.error)
                .size();
    answer(reply);
}

void LogFetcher::fetchConversation(quint64 ticket, const QString &server, qint64 connection,
                                   qint64 request, int limit) {
    QString error;
    logging::Conversation conversation =
        m_query.conversation(server, connection, request, limit, &error);
    if (error.isEmpty())
        addRoomBroadcasts(conversation, limit, &error);
    Q_EMIT conversationFetched(ticket, conversation, error);
}

// A chat message reaches a room's members as one broadcast row without a connection (never a
// row per member): the conversation of a member also holds the broadcasts of the rooms it named,
// from its first row until it ended.
void LogFetcher::addRoomBroadcasts(logging::Conversation &conversation, int limit,
                                   QString *error) const {
    if (conversation.events.isEmpty() || conversation.events.front().type != u"ws")
        return;
    QStringList rooms;
    for (const EventRow &event : std::as_const(conversation.events)) {
        if (!event.channel.isEmpty() && !rooms.contains(event.channel))
            rooms.append(event.channel);
    }
    const EventRow &first = conversation.events.front();
    logging::EventFilter filter;
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
    const qint64 afterId = m_query.eventsIdBefore(filter.sinceMs, error);
    // An ended connection's rooms are read up to its end, not through everything after it.
    if (filter.untilMs > 0 && error->isEmpty())
        filter.beforeId = m_query.eventsIdAfter(filter.untilMs, error);
    if (!error->isEmpty())
        return;
    QList<EventRow> merged = conversation.events;
    for (const QString &room : std::as_const(rooms)) {
        filter.channel = room;
        const QList<EventRow> broadcasts = m_query.eventsTail(filter, afterId, limit, error);
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

// A log no server has written yet is empty, not broken: the window's Log tab exists before the
// first start, and LogQuery opens read-only, so it fails on a missing file.
void LogFetcher::answer(LogFetchReply &reply) {
    if (!reply.error.isEmpty() && !QFileInfo::exists(m_path)) {
        reply.error.clear();
        reply.rows.clear();
    }
    Q_EMIT fetched(reply);
}

void LogFetcher::exportFilter(const LogFilter &filter, const QString &path,
                              LogExportFile::Format format,
                              const QHash<QString, QString> &origins) {
    qint64 written = 0;
    const QString error = LogExportFile::writeFiltered(m_query, filter, path, format, origins,
                                                       &written, &m_cancelExports);
    Q_EMIT exportFinished(path, written, error);
}

} // namespace yard::ui
