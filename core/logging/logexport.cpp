#include "logexport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>

namespace yard::logging {

namespace {
// A text a client sent (a user agent, a path, a message preview) must stay text when the file
// is opened in a spreadsheet: one that starts like a formula (=, +, -, @, tab, CR) gets a
// leading apostrophe, as OWASP's "CSV injection" advice says, so it is never evaluated.
QByteArray csvField(const QString &text) {
    QByteArray bytes = text.toUtf8();
    if (!bytes.isEmpty() && QByteArrayView("=+-@\t\r").contains(bytes.front()))
        bytes.prepend('\'');
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\r') &&
        !bytes.contains('\n'))
        return bytes;
    bytes.replace("\"", "\"\""); // RFC 4180, 2.7: a quote inside a quoted field is doubled
    return '"' + bytes + '"';
}

QByteArray csvRecord(const QList<QByteArray> &fields) {
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i)
        line += (i > 0 ? "," : "") + fields.at(i);
    return line + "\r\n"; // RFC 4180, 2.1: CRLF
}

QByteArray number(qint64 value) {
    return QByteArray::number(value);
}

QByteArray idField(qint64 id) {
    return id == 0 ? QByteArray() : number(id); // NULL
}

QJsonValue nullIfEmpty(const QString &text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue nullIfZero(qint64 id) {
    return id == 0 ? QJsonValue() : QJsonValue(id);
}

QJsonObject nameValue(const QString &name, const QString &value) {
    return {{QStringLiteral("name"), name}, {QStringLiteral("value"), value}};
}

// HAR's queryString: the target's query split at '&' and '=', percent-decoded, '+' a space.
QJsonArray queryString(const QString &target) {
    QJsonArray pairs;
    const qsizetype question = target.indexOf(u'?');
    if (question < 0)
        return pairs;
    QString query = target.mid(question + 1);
    query.truncate(query.indexOf(u'#') < 0 ? query.size() : query.indexOf(u'#'));
    for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        const auto decode = [](QString text) {
            return QUrl::fromPercentEncoding(text.replace(u'+', u' ').toUtf8());
        };
        pairs.append(equals < 0
                         ? nameValue(decode(pair), QString())
                         : nameValue(decode(pair.left(equals)), decode(pair.mid(equals + 1))));
    }
    return pairs;
}

QString requestUrl(const LogRow &row, const QHash<QString, QString> &origins) {
    if (row.target.startsWith(QStringLiteral("http://")) ||
        row.target.startsWith(QStringLiteral("https://")))
        return row.target; // absolute-form, as a proxy receives it
    QString origin = origins.value(row.server, QStringLiteral("http://localhost"));
    if (row.status == 101 && origin.startsWith(QStringLiteral("http")))
        origin.replace(0, 4, QStringLiteral("ws")); // as a browser names a WebSocket's entry
    if (row.target.startsWith(u'/'))
        return origin + row.target;
    return origin + u'/' + row.target;
}

// Chromium's devtools export a WebSocket's frames with its entry this way: "send" is client to
// server. The log keeps a preview of each message, not its opcode: text (1) is what the chat
// rooms speak, and a binary payload's preview is already hex text.
QJsonArray webSocketMessages(const QList<EventRow> &events) {
    QJsonArray messages;
    for (const EventRow &event : events) {
        messages.append(QJsonObject{
            {QStringLiteral("type"),
             event.direction == u"in" ? QStringLiteral("send") : QStringLiteral("receive")},
            {QStringLiteral("time"), double(event.tsMs) / 1000.0}, // seconds since epoch
            {QStringLiteral("opcode"), 1},
            {QStringLiteral("data"), event.preview},
        });
    }
    return messages;
}

QJsonObject harEntry(const LogRow &row, const QHash<QString, QString> &origins) {
    const double ms = double(row.durationUs) / 1000.0;
    const QString httpVersion = QStringLiteral("HTTP/1.1"); // the engine speaks HTTP/1.1 only
    QJsonArray requestHeaders;
    if (!row.userAgent.isEmpty())
        requestHeaders.append(nameValue(QStringLiteral("User-Agent"), row.userAgent));
    // bytes_in/bytes_out count head and body together; HAR wants them apart, so its sizes say
    // -1 ("not available") and the totals go to the custom _transferSize fields.
    const QJsonObject request{
        {QStringLiteral("method"), row.method},
        {QStringLiteral("url"), requestUrl(row, origins)},
        {QStringLiteral("httpVersion"), httpVersion},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), requestHeaders},
        {QStringLiteral("queryString"), queryString(row.target)},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), -1},
        {QStringLiteral("_transferSize"), row.bytesIn},
    };
    const QJsonObject response{
        {QStringLiteral("status"), row.status},
        {QStringLiteral("statusText"), LogExport::statusText(row.status)},
        {QStringLiteral("httpVersion"), httpVersion},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), QJsonArray()},
        {QStringLiteral("content"), QJsonObject{{QStringLiteral("size"), row.bytesOut},
                                                {QStringLiteral("mimeType"), QString()}}},
        {QStringLiteral("redirectURL"), QString()},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), -1},
        {QStringLiteral("_transferSize"), row.bytesOut},
    };
    return {
        {QStringLiteral("startedDateTime"),
         QDateTime::fromMSecsSinceEpoch(row.tsMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("time"), ms},
        {QStringLiteral("request"), request},
        {QStringLiteral("response"), response},
        {QStringLiteral("cache"), QJsonObject()},
        {QStringLiteral("timings"), QJsonObject{{QStringLiteral("send"), 0},
                                                {QStringLiteral("wait"), ms},
                                                {QStringLiteral("receive"), 0}}},
        {QStringLiteral("_id"), row.id},
        {QStringLiteral("_server"), row.server},
    };
}
} // namespace

QByteArray LogExport::csvHeader() {
    return "id,ts_ms,server,method,target,route,status,duration_us,bytes_in,bytes_out,remote,"
           "user_agent,session\r\n";
}

QByteArray LogExport::csvLine(const LogRow &row) {
    return csvRecord({number(row.id), number(row.tsMs), csvField(row.server), csvField(row.method),
                      csvField(row.target), row.route < 0 ? QByteArray() : number(row.route),
                      number(row.status), number(row.durationUs), number(row.bytesIn),
                      number(row.bytesOut), csvField(row.remote), csvField(row.userAgent),
                      csvField(row.session)});
}

QByteArray LogExport::csv(const QList<LogRow> &rows) {
    QByteArray out = csvHeader();
    for (const LogRow &row : rows)
        out += csvLine(row);
    return out;
}

QByteArray LogExport::eventCsvHeader() {
    return "id,ts_ms,server,connection,request,type,direction,channel,size,preview,"
           "recipients\r\n";
}

QByteArray LogExport::eventCsvLine(const EventRow &row) {
    return csvRecord({number(row.id), number(row.tsMs), csvField(row.server),
                      idField(row.connection), idField(row.request), csvField(row.type),
                      csvField(row.direction), csvField(row.channel), number(row.size),
                      csvField(row.preview), number(row.recipients)});
}

QJsonObject LogExport::json(const LogRow &row) {
    return {
        {QStringLiteral("type"), QStringLiteral("request")},
        {QStringLiteral("id"), row.id},
        {QStringLiteral("ts_ms"), row.tsMs},
        {QStringLiteral("server"), row.server},
        {QStringLiteral("method"), row.method},
        {QStringLiteral("target"), row.target},
        {QStringLiteral("route"), row.route < 0 ? QJsonValue() : QJsonValue(row.route)},
        {QStringLiteral("status"), row.status},
        {QStringLiteral("duration_us"), row.durationUs},
        {QStringLiteral("bytes_in"), row.bytesIn},
        {QStringLiteral("bytes_out"), row.bytesOut},
        {QStringLiteral("remote"), row.remote},
        {QStringLiteral("user_agent"), row.userAgent},
        {QStringLiteral("session"), nullIfEmpty(row.session)},
        {QStringLiteral("connection"), nullIfZero(row.connection)},
    };
}

QJsonObject LogExport::json(const EventRow &row) {
    return {
        {QStringLiteral("type"), row.type},
        {QStringLiteral("id"), row.id},
        {QStringLiteral("ts_ms"), row.tsMs},
        {QStringLiteral("server"), row.server},
        {QStringLiteral("connection"), nullIfZero(row.connection)},
        {QStringLiteral("request"), nullIfZero(row.request)},
        {QStringLiteral("direction"), row.direction},
        {QStringLiteral("channel"), nullIfEmpty(row.channel)},
        {QStringLiteral("size"), row.size},
        {QStringLiteral("preview"), row.preview},
        {QStringLiteral("recipients"), row.recipients},
    };
}

QJsonObject LogExport::har(const QList<LogRow> &rows, const QString &creatorVersion,
                           const QHash<QString, QString> &origins,
                           const QHash<qint64, QList<EventRow>> &messages) {
    QJsonArray entries;
    for (const LogRow &row : rows) {
        QJsonObject entry = harEntry(row, origins);
        if (row.status == 101) {
            entry.insert(QStringLiteral("_resourceType"), QStringLiteral("websocket"));
            entry.insert(QStringLiteral("_webSocketMessages"),
                         webSocketMessages(messages.value(row.id)));
        }
        entries.append(entry);
    }
    const QJsonObject creator{{QStringLiteral("name"), QStringLiteral("Yardmaster")},
                              {QStringLiteral("version"), creatorVersion}};
    return {{QStringLiteral("log"), QJsonObject{{QStringLiteral("version"), QStringLiteral("1.2")},
                                                {QStringLiteral("creator"), creator},
                                                {QStringLiteral("entries"), entries}}}};
}

QString LogExport::statusText(int status) {
    // The reason phrases of RFC 9110, section 15, for the codes a local server answers with.
    static const QHash<int, QString> texts = {
        {100, QStringLiteral("Continue")},
        {101, QStringLiteral("Switching Protocols")},
        {200, QStringLiteral("OK")},
        {201, QStringLiteral("Created")},
        {202, QStringLiteral("Accepted")},
        {204, QStringLiteral("No Content")},
        {206, QStringLiteral("Partial Content")},
        {301, QStringLiteral("Moved Permanently")},
        {302, QStringLiteral("Found")},
        {303, QStringLiteral("See Other")},
        {304, QStringLiteral("Not Modified")},
        {307, QStringLiteral("Temporary Redirect")},
        {308, QStringLiteral("Permanent Redirect")},
        {400, QStringLiteral("Bad Request")},
        {401, QStringLiteral("Unauthorized")},
        {403, QStringLiteral("Forbidden")},
        {404, QStringLiteral("Not Found")},
        {405, QStringLiteral("Method Not Allowed")},
        {408, QStringLiteral("Request Timeout")},
        {413, QStringLiteral("Content Too Large")},
        {414, QStringLiteral("URI Too Long")},
        {416, QStringLiteral("Range Not Satisfiable")},
        {429, QStringLiteral("Too Many Requests")},
        {431, QStringLiteral("Request Header Fields Too Large")},
        {500, QStringLiteral("Internal Server Error")},
        {501, QStringLiteral("Not Implemented")},
        {502, QStringLiteral("Bad Gateway")},
        {503, QStringLiteral("Service Unavailable")},
        {504, QStringLiteral("Gateway Timeout")},
        {505, QStringLiteral("HTTP Version Not Supported")},
    };
    return texts.value(status);
}

} // namespace yard::logging
