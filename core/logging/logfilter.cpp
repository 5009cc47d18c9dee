#include "logfilter.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace yard::logging {

namespace {
// A free function's tr() is filed by lupdate under its namespace, so free functions translate
// through this class, which names the context the program looks the text up in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(yard::logging::LogFilter)
};

// "100ms" → microseconds; -1 when it is not a duration.
qint64 durationUs(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d+(?:\\.\\d+)?)(us|ms|s|m|h|d)$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return -1;
    static const QHash<QString, double> unitUs = {
        {QStringLiteral("us"), 1.0}, {QStringLiteral("ms"), 1e3},   {QStringLiteral("s"), 1e6},
        {QStringLiteral("m"), 60e6}, {QStringLiteral("h"), 3600e6}, {QStringLiteral("d"), 86400e6}};
    return qint64(match.captured(1).toDouble() * unitUs.value(match.captured(2)));
}

// since:/until: a time ago or an ISO 8601 date → ms since epoch; -1 when neither.
qint64 timePoint(const QString &text, qint64 nowMs) {
    if (const qint64 ago = durationUs(text); ago >= 0)
        return nowMs - ago / 1000;
    const QDateTime date = QDateTime::fromString(text, Qt::ISODateWithMs);
    return date.isValid() ? date.toMSecsSinceEpoch() : -1;
}

QString parseStatus(const QString &value, LogFilter &out) {
    for (const QString &item : value.split(u',')) {
        bool ok = false;
        if (item.size() == 3 && item.endsWith(QStringLiteral("xx"), Qt::CaseInsensitive)) {
            const int statusClass = item.left(1).toInt(&ok);
            if (ok && statusClass >= 1 && statusClass <= 5) {
                out.statusClasses.append(statusClass);
                continue;
            }
        } else if (const int code = item.toInt(&ok); ok && code >= 100 && code <= 599) {
            out.statusCodes.append(code);
            continue;
        }
        return Text::tr("status:%1: use a class (1xx to 5xx) or a code (100 to 599)").arg(item);
    }
    return {};
}

QString parseMethods(const QString &value, LogFilter &out) {
    static const QRegularExpression token(QStringLiteral("^[A-Za-z]+$"));
    for (const QString &item : value.split(u',')) {
        if (!token.match(item).hasMatch())
            return Text::tr("method:%1: not a method name (GET, POST, …)").arg(item);
        out.methods.append(item.toUpper());
    }
    return {};
}

QString parseRoute(const QString &value, LogFilter &out) {
    if (value == u"none") {
        out.route = -1;
        return {};
    }
    bool ok = false;
    const int route = value.toInt(&ok);
    if (!ok || route < 0)
        return Text::tr("route:%1: use a route number (0, 1, …) or none").arg(value);
    out.route = route;
    return {};
}

QString parseConnection(const QString &value, LogFilter &requests, EventFilter *events) {
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    if (!ok || id <= 0)
        return Text::tr("connection:%1: use a connection number (1, 2, …)").arg(value);
    requests.connection = id;
    if (events)
        events->connection = id;
    return {};
}

// The terms only events have. `events` null: the caller filters requests alone.
QString parseEventTerm(const QString &key, const QString &value, EventFilter *events) {
    if (!events)
        return Text::tr("%1: filters WebSocket and SSE events, not requests").arg(key);
    if (key == u"channel") {
        events->channel = value;
    } else if (key == u"text") {
        events->text = value;
    } else {
        if (value != u"in" && value != u"out")
            return Text::tr("direction:%1: use in (client to server) or out").arg(value);
        events->direction = value;
    }
    return {};
}

QString parseTerm(const QString &key, const QString &value, LogFilter &out, EventFilter *events,
                  FilterScope &scope, qint64 nowMs) {
    scope = FilterScope::Both;
    if (key == u"server") {
        out.server = value;
        if (events)
            events->server = value;
        return {};
    }
    if (key == u"connection")
        return parseConnection(value, out, events);
    if (key == u"since" || key == u"until") {
        const qint64 ms = timePoint(value, nowMs);
        if (ms < 0)
            return Text::tr(
                       "%1:%2: use a time ago (30s, 10m, 2h, 7d) or a date (2024-05-01T12:00:00)")
                .arg(key, value);
        (key == u"since" ? out.sinceMs : out.untilMs) = ms;
        if (events)
            (key == u"since" ? events->sinceMs : events->untilMs) = ms;
        return {};
    }
    if (key == u"channel" || key == u"direction" || key == u"text") {
        scope = FilterScope::Events;
        return parseEventTerm(key, value, events);
    }
    scope = FilterScope::Requests;
    if (key == u"path")
        out.path = value;
    else if (key == u"client")
        out.client = value;
    else if (key == u"method")
        return parseMethods(value, out);
    else if (key == u"status")
        return parseStatus(value, out);
    else if (key == u"route")
        return parseRoute(value, out);
    else if (key == u"min") {
        out.minDurationUs = durationUs(value);
        if (out.minDurationUs < 0)
            return Text::tr("min:%1: use a duration such as 250us, 100ms or 2s").arg(value);
    } else {
        return Text::tr("unknown filter '%1'; use one of: server, method, status, path, route, "
                        "client, since, until, min, connection, channel, direction, text")
            .arg(key);
    }
    return {};
}

QString parse(const QString &expression, LogFilter &requests, EventFilter *events,
              FilterScope &scope, qint64 nowMs) {
    scope = FilterScope::Both;
    QString requestTerm, eventTerm; // the first of each kind, for the error
    for (const QString &term : expression.simplified().split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype colon = term.indexOf(u':');
        if (colon <= 0)
            return Text::tr("'%1' is not a filter term; write key:value, e.g. status:5xx")
                .arg(term);
        const QString key = term.left(colon).toLower();
        const QString value = term.mid(colon + 1);
        if (value.isEmpty())
            return Text::tr("%1 needs a value after the colon").arg(term);
        FilterScope termScope = FilterScope::Both;
        if (const QString error = parseTerm(key, value, requests, events, termScope, nowMs);
            !error.isEmpty())
            return error;
        if (termScope == FilterScope::Requests && requestTerm.isEmpty())
            requestTerm = term;
        if (termScope == FilterScope::Events && eventTerm.isEmpty())
            eventTerm = term;
    }
    if (!requestTerm.isEmpty() && !eventTerm.isEmpty())
        return Text::tr("%1 filters requests and %2 filters events: no row can match both")
            .arg(requestTerm, eventTerm);
    scope = !requestTerm.isEmpty() ? FilterScope::Requests
            : !eventTerm.isEmpty() ? FilterScope::Events
                                   : FilterScope::Both;
    return {};
}
} // namespace

QString parseFilterExpression(const QString &expression, LogFilter &out, qint64 nowMs) {
    FilterScope scope = FilterScope::Both;
    return parse(expression, out, nullptr, scope, nowMs);
}

QString parseTimelineFilter(const QString &expression, LogFilter &requests, EventFilter &events,
                            FilterScope &scope, qint64 nowMs) {
    return parse(expression, requests, &events, scope, nowMs);
}

} // namespace yard::logging
