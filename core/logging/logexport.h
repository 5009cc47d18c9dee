#pragma once

#include "logquery.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace yard::logging {

// Turns log rows into the formats of `yardmaster logs` and of the window's "Export…": CSV
// (RFC 4180), one JSON object per row, and HAR 1.2
// (http://www.softwareishard.com/blog/har-12-spec/). Pure functions of the rows; no thread or
// database involved.
class LogExport final {
public:
    // CSV: the column names of CONTRACT.md as the header, CRLF line ends, fields quoted when
    // they hold a comma, a quote, CR or LF; NULL is an empty field. UTF-8.
    static QByteArray csvHeader();
    static QByteArray csvLine(const LogRow &row);
    static QByteArray csv(const QList<LogRow> &rows); // header and rows
    static QByteArray eventCsvHeader();
    static QByteArray eventCsvLine(const EventRow &row);

    // {"type":"request", "id":…, "ts_ms":…, …}: the column names as keys, NULL as null (an id
    // of 0 is NULL: `connection` of an older row, `request` of an event not linked yet).
    static QJsonObject json(const LogRow &row);
    static QJsonObject json(const EventRow &row); // "type" is the event's: "ws" or "sse"

    // One HAR document. Request URLs are origin + target; `origins` maps a server name to its
    // "http://host:port", and servers not in it get http://localhost. A WebSocket upgrade (101)
    // gets Chromium's "_resourceType": "websocket" and "_webSocketMessages" from `messages`
    // (by request id, oldest first: LogQuery::webSocketMessages).
    static QJsonObject har(const QList<LogRow> &rows, const QString &creatorVersion,
                           const QHash<QString, QString> &origins = {},
                           const QHash<qint64, QList<EventRow>> &messages = {});
    static QString statusText(int status);
};

} // namespace yard::logging
