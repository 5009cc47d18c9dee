#include "logscommand.h"

#include "console.h"
#include "logging/logexport.h"
#include "logging/logquery.h"
#include "logging/logspool.h"
#include "logging/logwriter.h"
#include "stopsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>

namespace yard::app {

using logging::EventRow;
using logging::LogExport;
using logging::LogQuery;
using logging::LogRow;

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("yard::app::LogsCommand", text);
}

constexpr int FollowIntervalMs = 250; // a poll is one indexed query: cheap enough to feel live
constexpr int FollowBatch = 1000;     // rows per poll at most; the next poll takes the rest

constexpr int HarMessagesEach = LogQuery::MaxLimit; // a WebSocket's messages in a HAR, at most

struct Options {
    QString path;
    QString format; // text, json, csv, har
    logging::LogFilter filter;
    logging::EventFilter events; // types: --type ws or sse; empty: both
    bool showRequests = true;    // both: interleaved by time
    bool showEvents = true;
    int limit = LogQuery::DefaultLimit;
    bool follow = false;
};

QString clock(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString duration(qint64 us) {
    const int decimals = us < 10'000 ? 2 : us < 100'000 ? 1 : 0;
    return QString::number(double(us) / 1000.0, 'f', decimals) + QStringLiteral(" ms");
}

// Prints rows in one format; remembers whether the CSV header is out.
class Printer {
public:
    explicit Printer(QString format)
        : m_format(std::move(format)) {}

    void requests(const QList<LogRow> &rows) {
        header(LogExport::csvHeader());
        for (const LogRow &row : rows) {
            if (m_format == u"json")
                jsonLine(LogExport::json(row));
            else if (m_format == u"csv")
                Console::out(QString::fromUtf8(LogExport::csvLine(row)));
            else
                Console::out(clock(row.tsMs) + u"  " + row.server.leftJustified(10) + u"  " +
                             row.method.leftJustified(7) + u"  " + QString::number(row.status) +
                             u"  " + duration(row.durationUs).rightJustified(10) + u"  " +
                             QString::number(row.bytesOut).rightJustified(9) + u"  " + row.target +
                             u'\n');
        }
    }

    void events(const QList<EventRow> &rows) {
        header(LogExport::eventCsvHeader());
        for (const EventRow &row : rows) {
            if (m_format == u"json")
                jsonLine(LogExport::json(row));
            else if (m_format == u"csv")
                Console::out(QString::fromUtf8(LogExport::eventCsvLine(row)));
            else
                Console::out(clock(row.tsMs) + u"  " + row.server.leftJustified(10) + u"  " +
                             row.type.leftJustified(3) + u"  " + row.direction.leftJustified(3) +
                             u"  " + row.channel.leftJustified(12) + u"  " +
                             QString::number(row.size).rightJustified(7) + u"  " + row.preview +
                             u'\n');
        }
    }

    // Requests and events in time order (requests first at the same millisecond: an upgrade's
    // request precedes what the connection then says).
    void interleaved(const QList<LogRow> &requests, const QList<EventRow> &events) {
        qsizetype r = 0, e = 0;
        while (r < requests.size() || e < events.size()) {
            if (e == events.size() || (r < requests.size() && requests[r].tsMs <= events[e].tsMs))
                this->requests({requests[r++]});
            else
                this->events({events[e++]});
        }
    }

private:
    void header(const QByteArray &csvHeader) {
        if (m_format == u"csv" && !m_headerDone)
            Console::out(QString::fromUtf8(csvHeader));
        m_headerDone = true;
    }

    static void jsonLine(const QJsonObject &object) {
        Console::out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) +
                     u'\n');
    }

    QString m_format;
    bool m_headerDone = false;
};

// Fills `options` from the command line; returns an error sentence for a usage mistake.
QString parse(const QStringList &args, Options &options, bool *help) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints the rows of a request log."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DB"), tr("The request log database."));
    parser.addOptions({
        {QStringLiteral("follow"), tr("Keep printing new rows until interrupted.")},
        {QStringLiteral("type"),
         tr("Only one kind of row: request, ws or sse (default: requests and events "
            "interleaved by time; csv and har print requests)."),
         QStringLiteral("TYPE")},
        {QStringLiteral("filter"),
         tr("Only matching rows, e.g. \"status:5xx method:POST path:/api/* since:10m "
            "min:100ms server:web route:3 client:127.0.0.1\" for requests, \"channel:lobby "
            "direction:in text:hello\" for events, \"connection:42\" for both."),
         QStringLiteral("EXPR")},
        {QStringLiteral("format"), tr("text, json, csv or har."), QStringLiteral("FORMAT"),
         QStringLiteral("text")},
        {QStringLiteral("limit"), tr("How many of the newest rows to print first (default 100)."),
         QStringLiteral("N")},
    });
    if (!parser.parse(QStringList{QStringLiteral("yardmaster logs")} + args))
        return parser.errorText();
    if ((*help = parser.isSet(QStringLiteral("help")))) {
        Console::out(parser.helpText());
        return {};
    }
    if (parser.positionalArguments().size() != 1)
        return tr("give exactly one log database (yardmaster logs DB)");
    options.path = parser.positionalArguments().front();
    options.follow = parser.isSet(QStringLiteral("follow"));
    const QString type = parser.value(QStringLiteral("type"));
    options.format = parser.value(QStringLiteral("format"));
    if (parser.isSet(QStringLiteral("type")) &&
        !QStringList{u"request"_qs, u"ws"_qs, u"sse"_qs}.contains(type))
        return tr("--type takes request, ws or sse");
    if (!QStringList{u"text"_qs, u"json"_qs, u"csv"_qs, u"har"_qs}.contains(options.format))
        return tr("--format takes text, json, csv or har");
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        options.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || options.limit < 1 || options.limit > LogQuery::MaxLimit)
            return tr("--limit takes a number from 1 to %1").arg(LogQuery::MaxLimit);
    }
    logging::FilterScope scope = logging::FilterScope::Both;
    if (parser.isSet(QStringLiteral("filter"))) {
        if (const QString error = logging::parseTimelineFilter(
                parser.value(QStringLiteral("filter")), options.filter, options.events, scope);
            !error.isEmpty())
            return error;
    }
    if (type == u"request" && scope == logging::FilterScope::Events)
        return tr("--filter: channel, direction and text filter events; --type request shows "
                  "requests");
    if ((type == u"ws" || type == u"sse") && scope == logging::FilterScope::Requests)
        return tr("--filter: method, status, path, route, client and min filter requests; "
                  "--type %1 shows events")
            .arg(type);
    if (!type.isEmpty()) {
        options.showRequests = type == u"request";
        options.showEvents = !options.showRequests;
        if (options.showEvents)
            options.events.types = QStringList{type};
    } else if (scope != logging::FilterScope::Both) { // the terms say which kind
        options.showRequests = scope == logging::FilterScope::Requests;
        options.showEvents = !options.showRequests;
    } else if (options.format == u"csv" || options.format == u"har") {
        options.showEvents = false; // a CSV has one set of columns and a HAR holds requests
    }
    if (options.format == u"har" && (options.follow || options.showEvents))
        return tr("--format har is one document of requests; it cannot follow or show events");
    return {};
}

// Where a follow goes on from: the last request and event ids printed (or seen).
struct Position {
    qint64 request = 0;
    qint64 event = 0;
};

// Rows by time, oldest first (the queries give them by id; a worker's batch may arrive late).
template <typename Row> void byTime(QList<Row> &rows) {
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.tsMs < b.tsMs; });
}

// Prints the newest rows, oldest first; false (with `error`) when the log cannot be read.
bool printNewest(const LogQuery &query, const Options &options, Printer &printer,
                 Position &position, QString *error) {
    if (options.showRequests) {
        position.request = query.lastId(error); // first: a row arriving now is followed
        if (position.request < 0)
            return false;
    }
    QList<LogRow> requests;
    if (options.showRequests) {
        requests = query.page(position.request + 1, options.filter, options.limit, error);
        if (!error->isEmpty())
            return false;
        std::reverse(requests.begin(), requests.end());
    }
    QList<EventRow> events;
    if (options.showEvents) {
        events = query.eventsPage(options.events, 0, options.limit, error);
        if (!error->isEmpty())
            return false;
        std::reverse(events.begin(), events.end());
        position.event = events.isEmpty() ? 0 : events.back().id;
    }
    if (!options.showEvents) {
        if (options.format != u"har") {
            printer.requests(requests);
            return true;
        }
        const auto messages = query.webSocketMessages(requests, HarMessagesEach, error);
        if (!error->isEmpty())
            return false;
        Console::out(QString::fromUtf8(
            QJsonDocument(
                LogExport::har(requests, QCoreApplication::applicationVersion(), {}, messages))
                .toJson(QJsonDocument::Indented)));
        return true;
    }
    if (!options.showRequests) {
        printer.events(events);
        return true;
    }
    // The newest `limit` rows of both kinds together, by time.
    byTime(requests);
    byTime(events);
    while (requests.size() + events.size() > options.limit) {
        if (events.isEmpty() ||
            (!requests.isEmpty() && requests.front().tsMs <= events.front().tsMs))
            requests.removeFirst();
        else
            events.removeFirst();
    }
    printer.interleaved(requests, events);
    return true;
}

int follow(const LogQuery &query, const Options &options, Printer &printer, Position position) {
    StopSignals signals;
    QObject::connect(&signals, &StopSignals::stopRequested, qApp,
                     [] { QCoreApplication::exit(0); });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, qApp, [&] {
        QString error;
        QList<LogRow> requests;
        QList<EventRow> events;
        if (options.showRequests) {
            requests = query.tail(position.request, options.filter, FollowBatch, &error);
            position.request = requests.isEmpty() ? position.request : requests.back().id;
        }
        if (options.showEvents && error.isEmpty()) {
            events = query.eventsTail(options.events, position.event, FollowBatch, &error);
            position.event = events.isEmpty() ? position.event : events.back().id;
        }
        if (!error.isEmpty()) {
            Console::err(u"yardmaster logs: " + error + u'\n');
            QCoreApplication::exit(1);
            return;
        }
        byTime(requests);
        byTime(events);
        printer.interleaved(requests, events);
    });
    poll.start(FollowIntervalMs);
    return QCoreApplication::exec();
}
} // namespace

int LogsCommand::run(const QStringList &args) {
    Options options;
    bool help = false;
    if (const QString usage = parse(args, options, &help); !usage.isEmpty()) {
        Console::err(u"yardmaster logs: " + usage + u'\n');
        return 2;
    }
    if (help)
        return 0;
    // Read-only SQLite would say "unable to open database file"; a missing file deserves better.
    if (!QFileInfo(options.path).isFile()) {
        Console::err(tr("yardmaster logs: %1: no such log database\n").arg(options.path));
        return 1;
    }
    // What a server that ended before writing it (killed, or closed while far behind) left in
    // the log's spool is written first, so the rows shown are all there are.
    if (!logging::spool::takeOrphans(logging::spool::rootFor(options.path)).isEmpty()) {
        QString error;
        if (const auto writer = logging::LogWriter::open(options.path, &error))
            writer->flush();
        else
            Console::err(tr("yardmaster logs: rows waiting in the log's spool cannot be "
                            "written now: %1\n")
                             .arg(error));
    }
    const LogQuery query(options.path);
    Printer printer(options.format);
    QString error;
    Position position;
    if (!printNewest(query, options, printer, position, &error)) {
        Console::err(u"yardmaster logs: " + error + u'\n');
        return 1;
    }
    // Never silent: records the log could not take are counted (table `drops`) and said here,
    // on stderr, so that the output stays one clean document.
    if (const qint64 dropped = query.dropped(options.filter.server); dropped > 0)
        Console::err((dropped == 1 ? tr("yardmaster logs: 1 record of this log was dropped: the "
                                        "log could not keep up with the traffic\n")
                                   : tr("yardmaster logs: %1 records of this log were dropped: "
                                        "the log could not keep up with the traffic\n")
                                         .arg(dropped)));
    return options.follow ? follow(query, options, printer, position) : 0;
}

} // namespace yard::app
