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
        m_query.addRoomBroadcasts(conversation, limit, &error);
    Q_EMIT conversationFetched(ticket, conversation, error);
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

void LogFetcher::exportRows(const QList<logging::LogRow> &rows, const QString &path,
                            LogExportFile::Format format, const QHash<QString, QString> &origins) {
    const QString error = LogExportFile::write(path, rows, format, origins, &m_query);
    Q_EMIT exportFinished(path, error.isEmpty() ? rows.size() : 0, error);
}

} // namespace yard::ui
