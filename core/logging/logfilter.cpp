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

QString parseTerm(const QString &key, const QString &value, LogFilter &out, qint64 nowMs) {
    if (key == u"server")
        out.server = value;
    else if (key == u"path")
        out.path = value;
    else if (key == u"client")
        out.client = value;
    else if (key == u"method")
        return parseMethods(value, out);
    else if (key == u"status")
        return parseStatus(value, out);
    else if (key == u"route")
        return parseRoute(value, out);
    else if (key == u"since" || key == u"until") {
        const qint64 ms = timePoint(value, nowMs);
        if (ms < 0)
            return Text::tr(
                       "%1:%2: use a time ago (30s, 10m, 2h, 7d) or a date (2024-05-01T12:00:00)")
                .arg(key, value);
        (key == u"since" ? out.sinceMs : out.untilMs) = ms;
    } else if (key == u"min") {
        out.minDurationUs = durationUs(value);
        if (out.minDurationUs < 0)
            return Text::tr("min:%1: use a duration such as 250us, 100ms or 2s").arg(value);
    } else {
        return Text::tr(
                   "unknown filter '%1'; use one of: server, method, status, path, route, client, "
                   "since, until, min")
            .arg(key);
    }
    return {};
}
} // namespace

QString parseFilterExpression(const QString &expression, LogFilter &out, qint64 nowMs) {
    for (const QString &term : expression.simplified().split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype colon = term.indexOf(u':');
        if (colon <= 0)
            return Text::tr("'%1' is not a filter term; write key:value, e.g. status:5xx")
                .arg(term);
        const QString key = term.left(colon).toLower();
        const QString value = term.mid(colon + 1);
        if (value.isEmpty())
            return Text::tr("%1 needs a value after the colon").arg(term);
        if (const QString error = parseTerm(key, value, out, nowMs); !error.isEmpty())
            return error;
    }
    return {};
}

} // namespace yard::logging
