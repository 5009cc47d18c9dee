#pragma once

#include "logfilter.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace yard::logging {

// One row of `requests` (CONTRACT.md).
struct LogRow {
    qint64 id = 0;
    qint64 tsMs = 0; // ms since epoch
    QString server;
    QString method;
    QString target;
    int route = -1; // -1: NULL, no route matched
    int status = 0;
    qint64 durationUs = 0;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    QString remote;
    QString userAgent;
    QString session;       // empty: NULL
    int truncated = 0;     // LogBatch::Truncated bits
    qint64 connection = 0; // the live registry's connection id; 0: NULL (unknown, format < 3)
};

// One row of `events`: a WebSocket message or an SSE event (CONTRACT.md).
struct EventRow {
    qint64 id = 0;
    qint64 tsMs = 0;
    QString server;
    qint64 connection = 0;
    qint64 request = 0; // requests.id of the upgrade or SSE request; 0: NULL (not yet linked)
    QString type;       // "ws" or "sse"
    QString direction;  // "in" or "out"
    QString channel;
    qint64 size = 0;
    QString preview;
    qint64 recipients = 0;
};

// "Everything this connection did" (LogQuery::conversation): its upgrade or SSE row once the
// connection has ended, and its events, oldest first.
struct Conversation {
    std::optional<LogRow> upgrade;
    QList<EventRow> events;
    bool more = false; // more events than the limit asked for
};

// Reads a request log; usable from any thread at the same time as a LogWriter writes it (WAL).
// Each thread gets its own read-only connection, opened on first use and kept for the thread's
// later calls (QSqlDatabase connections belong to the thread that made them). Every query is
// ordered by id and bounded by a LIMIT, so its cost depends on the rows returned, not on the
// table's size (count() excepted). Errors name the file and the SQLite error; an erroneous call
// returns no rows, -1 or nullopt.
class LogQuery final {
public:
    static constexpr int DefaultLimit = 100;
    static constexpr int MaxLimit = 100'000;

    explicit LogQuery(const QString &path);

    // Rows with id > afterId, oldest first: what a tail asks for a few times a second.
    QList<LogRow> tail(qint64 afterId, const LogFilter &filter, int limit,
                       QString *error = nullptr) const;
    // Rows with id < beforeId (0: from the newest), newest first: scrolling back.
    QList<LogRow> page(qint64 beforeId, const LogFilter &filter, int limit,
                       QString *error = nullptr) const;
    std::optional<LogRow> byId(qint64 id, QString *error = nullptr) const;
    // Scans every matching row: for status lines, not for every poll.
    qint64 count(const LogFilter &filter, QString *error = nullptr) const;
    // Records dropped under back-pressure for `server`, or for every server when empty.
    qint64 dropped(const QString &server, QString *error = nullptr) const;
    // The newest id of `requests` (0 when empty): where a follow starts.
    qint64 lastId(QString *error = nullptr) const;

    // Events (eventquery.cpp). Ids > afterId, oldest first: the tail.
    QList<EventRow> eventsTail(const EventFilter &filter, qint64 afterId, int limit,
                               QString *error = nullptr) const;
    // Ids < beforeId (0: from the newest), newest first: scrolling back.
    QList<EventRow> eventsPage(const EventFilter &filter, qint64 beforeId, int limit,
                               QString *error = nullptr) const;
    std::optional<EventRow> eventById(qint64 id, QString *error = nullptr) const;
    // Adds to a WebSocket's conversation the broadcasts of the rooms it named, from its first row
    // until it ended: a room's message reaches its members as one row without a connection.
    // By time, then id; at most `limit` events (`more` when cut).
    void addRoomBroadcasts(Conversation &conversation, int limit, QString *error = nullptr) const;
    // Every event with ts_ms >= sinceMs has an id above this one (0: no bound): where a query
    // for a time range starts, found by binary search (events have no time index).
    qint64 eventsIdBefore(qint64 sinceMs, QString *error = nullptr) const;
    // Every event with ts_ms < untilMs has an id below this one (the newest id + 1: no bound).
    qint64 eventsIdAfter(qint64 untilMs, QString *error = nullptr) const;
    // The newest id of `events` (0 when empty).
    qint64 eventsLastId(QString *error = nullptr) const;
    // A connection's conversation. `request` != 0 (the connection ended, its row is written):
    // that row and the events linked to it. Otherwise (still open): the events of `server` and
    // `connection` not linked yet. At most `limit` events; `more` when there were more.
    Conversation conversation(const QString &server, qint64 connection, qint64 request, int limit,
                              QString *error = nullptr) const;
    // The messages of every WebSocket upgrade (status 101) among `rows`, by request id, at most
    // `limitEach` per connection: what LogExport::har() puts in _webSocketMessages.
    QHash<qint64, QList<EventRow>> webSocketMessages(const QList<LogRow> &rows, int limitEach,
                                                     QString *error = nullptr) const;

private:
    QList<LogRow> select(LogFilter filter, bool newestFirst, QString *error) const;
    qint64 eventIdBound(qint64 ms, bool after, QString *error) const;
    QList<EventRow> selectEvents(const EventFilter &filter, qint64 afterId, qint64 beforeId,
                                 bool newestFirst, int limit, QString *error) const;

    QString m_path;
};

} // namespace yard::logging
