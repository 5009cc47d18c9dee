#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace yard::logging {

// Which request rows a query returns. Every set field narrows the selection (AND); the values of
// one list field widen it (OR): methods {GET, HEAD} is GET or HEAD.
struct LogFilter {
    QString server;           // exact server name; empty: every server
    QStringList methods;      // exact, upper case
    QList<int> statusClasses; // 1 to 5: 5 is 500–599; OR-ed with statusCodes
    QList<int> statusCodes;   // exact codes
    QString path;             // substring of the target, or a glob over it when it holds '*'
    std::optional<int> route; // route index; -1: requests that matched no route
    QString client;           // substring of the remote "address:port"
    qint64 sinceMs = 0;       // ts_ms >= sinceMs, when not 0
    qint64 untilMs = 0;       // ts_ms < untilMs, when not 0
    qint64 minDurationUs = 0; // microseconds
    qint64 connection = 0;    // the live registry's connection id; 0: any
    qint64 afterId = 0;       // id > afterId, when not 0
    qint64 beforeId = 0;      // id < beforeId, when not 0
    int limit = 0;            // rows at most; 0: the query's own limit
};

// Which event rows a query returns (LogQuery::eventsTail and eventsPage); set fields AND.
struct EventFilter {
    QString server;
    QStringList types;     // "ws", "sse"; empty: both
    QString direction;     // "in", "out"; empty: both
    QString channel;       // exact; empty: any
    qint64 connection = 0; // 0: any
    qint64 request = 0;    // 0: any
    QString text;          // substring of the preview, case-insensitive for ASCII
    qint64 sinceMs = 0;    // ts_ms >= sinceMs, when not 0
    qint64 untilMs = 0;    // ts_ms < untilMs, when not 0
    qint64 beforeId = 0;   // id < beforeId, when not 0 (with the query's own bound: both)
};

// Which rows the terms of a timeline filter can select (parseTimelineFilter).
enum class FilterScope {
    Both,     // only terms both kinds have: server, since, until, connection
    Requests, // a request-only term (method, status, path, route, client, min)
    Events,   // an event-only term (channel, direction, text)
};

// Parses the command line's `--filter EXPR`: space-separated key:value terms, e.g.
//   server:web method:POST,PUT status:5xx,404 path:/api/* route:3 route:none
//   client:127.0.0.1 since:10m until:2024-05-01T12:00:00 min:100ms
// since/until take a time ago (30s, 10m, 2h, 7d, relative to nowMs) or an ISO 8601 date (local
// time unless it says Z or an offset); min takes a duration (250us, 100ms, 2s). Returns an empty
// string, or a sentence naming the bad term; `out` is then partly filled.
// connection:N (the live registry's id) is accepted too; event terms are an error here.
QString parseFilterExpression(const QString &expression, LogFilter &out,
                              qint64 nowMs = QDateTime::currentMSecsSinceEpoch());

// The same terms and the event ones — connection:N, channel:NAME, direction:in|out, text:WORD —
// into a request filter and an event filter at once (`yardmaster logs`). `scope` says which
// kind the terms can match; request-only and event-only terms together are an error, since no
// row could match them all.
QString parseTimelineFilter(const QString &expression, LogFilter &requests, EventFilter &events,
                            FilterScope &scope, qint64 nowMs = QDateTime::currentMSecsSinceEpoch());

} // namespace yard::logging
