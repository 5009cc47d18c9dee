#include "logging/eventbatch.h"
#include "logging/logbatch.h"
#include "logging/logquery.h"
#include "logging/logschema.h"
#include "logging/logwriter.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace yard::logging;

namespace {
constexpr qint64 Day = 86'400'000;

// One event of `connection` (0: a hub's publish) in a batch of its own.
void submitEvents(LogWriter &writer, const QString &server, quint64 connection, int count,
                  qint64 tsMs) {
    EventBatch batch;
    for (int i = 0; i < count; ++i) {
        const QByteArray text = "message " + QByteArray::number(i);
        EventRecordView record;
        record.tsMs = tsMs;
        record.connection = connection;
        record.direction = i % 2 ? EventRecordView::Direction::Out : EventRecordView::Direction::In;
        record.channel = "lobby";
        record.size = text.size();
        record.payload = text;
        batch.append(record);
    }
    const int n = batch.count();
    writer.submitEvents(server, batch.take(), n);
}

struct Row {
    quint64 connection = 0;
    bool ownsEvents = false;
    qint64 startMs = 0;
    int status = 0; // 0: 101 for a row that owns events, else 200
};

void submitRows(LogWriter &writer, const QString &server, const QList<Row> &rows) {
    LogBatch batch;
    QList<QByteArray> targets;
    targets.reserve(rows.size()); // the views below point into them until append() copies
    for (const Row &row : rows) {
        targets.append("/c/" + QByteArray::number(row.connection));
        RequestRecordView record;
        record.startMs = row.startMs;
        record.method = "GET";
        record.target = targets.back();
        record.status = row.status != 0 ? row.status : row.ownsEvents ? 101 : 200;
        record.connection = row.connection;
        record.ownsEvents = row.ownsEvents;
        batch.append(record);
    }
    const int n = batch.count();
    writer.submit(server, batch.take(), n);
}

QList<EventRow> allEvents(const QString &path, const QString &server = {}) {
    EventFilter filter;
    filter.server = server;
    return LogQuery(path).eventsTail(filter, 0, LogQuery::MaxLimit);
}

// The request row of `connection` (by its target).
std::optional<LogRow> rowOf(const QString &path, quint64 connection) {
    LogFilter filter;
    filter.connection = qint64(connection);
    const QList<LogRow> rows = LogQuery(path).tail(0, filter, 10);
    if (rows.size() != 1)
        return std::nullopt;
    return rows.front();
}

// A side connection of the test's own, closed before returning: the rows of `sql`, one
// string per row (its columns joined by '|').
QStringList sql(const QString &path, const QStringList &statements) {
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
        db.setDatabaseName(path);
        if (!db.open())
            return {QStringLiteral("cannot open")};
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (!query.exec(statement))
                return {u"failed: "_qs + statement};
            while (query.next()) {
                QStringList columns;
                for (int i = 0; i < query.record().count(); ++i)
                    columns.append(query.value(i).toString());
                out.append(columns.join(u'|'));
            }
        }
    }
    QSqlDatabase::removeDatabase(path);
    return out;
}
} // namespace

// Format 3: the writer links a connection's events to its upgrade or SSE row when it inserts
// that row, retention trims events with their requests, and older logs are upgraded.
class TestEventLink : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("log%1.db").arg(++m_files)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A member's conversation holds its room's broadcasts while it was connected (one row
    // each, no connection), not another room's, not those after it ended.
    void conversationTakesItsRoomsBroadcasts() {
        const QString path = newPath();
        const auto writer = LogWriter::open(path, nullptr);
        QVERIFY(writer);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto broadcast = [&](const QByteArray &room, const QByteArray &text, qint64 ts) {
            EventBatch batch;
            EventRecordView record;
            record.tsMs = ts;
            record.direction = EventRecordView::Direction::Out;
            record.channel = room;
            record.size = text.size();
            record.payload = text;
            record.recipients = 2;
            batch.append(record);
            writer->submitEvents(u"web"_qs, batch.take(), 1);
        };
        broadcast("lobby", "before", now - 20'000);
        submitEvents(*writer, u"web"_qs, 7, 2, now - 10'000); // join in, joined out (lobby)
        broadcast("lobby", "during", now - 5'000);
        broadcast("other", "elsewhere", now - 5'000);
        submitRows(*writer, u"web"_qs, {{7, true, now - 10'000}});
        writer->flush();
        const std::optional<LogRow> upgrade = rowOf(path, 7);
        QVERIFY(upgrade);
        // Its row says it lasted 0 µs: make it end after "during" and before "after".
        QCOMPARE(
            sql(path, {QStringLiteral("UPDATE requests SET duration_us = 8000000 WHERE id = %1")
                           .arg(upgrade->id)}),
            QStringList());
        broadcast("lobby", "after", now);
        writer->flush();
        const LogQuery query(path);
        Conversation conversation = query.conversation(u"web"_qs, 7, upgrade->id, 100);
        QCOMPARE(conversation.events.size(), 2);
        QString error;
        query.addRoomBroadcasts(conversation, 100, &error);
        QCOMPARE(error, QString());
        QStringList previews;
        for (const EventRow &event : std::as_const(conversation.events))
            previews.append(event.preview);
        QCOMPARE(previews, (QStringList{u"message 0"_qs, u"message 1"_qs, u"during"_qs}));
        QVERIFY(!conversation.more);
    }

    // Event ids follow hand-over, not time (one worker's batch lands before another's older
    // one): the id bounds of a time hold for every event all the same.
    void timeBoundsOfEventsHoldOutOfOrder() {
        const QString path = newPath();
        const auto writer = LogWriter::open(path, nullptr);
        QVERIFY(writer);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const LogQuery query(path);
        QCOMPARE(query.eventsIdBefore(now), qint64(0)); // empty: no bound
        for (const qint64 age : {100'000, 5'000, 8'000, 0, 30'000, 2'000, 9'000})
            submitEvents(*writer, u"web"_qs, 7, 3, now - age);
        writer->flush();
        const QList<EventRow> events = allEvents(path);
        QCOMPARE(events.size(), 21);
        // Not only safe but useful: the old batch (ids 1–3) is below a bound 50 s back, and
        // nothing newer is above a bound 90 s back.
        QCOMPARE(query.eventsIdBefore(now - 50'000), qint64(3));
        QCOMPARE(query.eventsIdAfter(now - 90'000), qint64(4));
        for (const qint64 age : {0, 1'000, 5'000, 6'000, 8'500, 10'000, 60'000, 100'000, 200'000}) {
            const qint64 at = now - age;
            const qint64 below = query.eventsIdBefore(at);
            const qint64 above = query.eventsIdAfter(at);
            for (const EventRow &event : events) {
                if (event.tsMs >= at)
                    QVERIFY2(event.id > below, qPrintable(QString::number(age)));
                else
                    QVERIFY2(event.id < above, qPrintable(QString::number(age)));
            }
        }
    }

    // A run that ended without its connections' rows (killed) leaves unlinked events; the next
    // start forgets them, so a new connection 7 neither shows nor takes the old connection 7's.
    void aRestartForgetsConnectionsLeftOpen() {
        const QString path = newPath();
        const auto writer = LogWriter::open(path, nullptr);
        QVERIFY(writer);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        submitEvents(*writer, u"web"_qs, 7, 2, now - 60'000); // the killed run
        submitEvents(*writer, u"api"_qs, 7, 1, now - 60'000); // another server, still running
        writer->forgetOpenConnections(u"web"_qs);
        submitEvents(*writer, u"web"_qs, 7, 3, now); // the new run's connection 7, open
        writer->flush();
        const LogQuery query(path);
        Conversation open = query.conversation(u"web"_qs, 7, 0, 100);
        QCOMPARE(open.events.size(), 3);
        for (const EventRow &event : std::as_const(open.events))
            QCOMPARE(event.tsMs, now);
        QCOMPARE(query.conversation(u"api"_qs, 7, 0, 100).events.size(), 1);

        // Its row links its own events only, even with an older start than the killed run's.
        submitRows(*writer, u"web"_qs, {{7, true, now - 120'000}});
        writer->flush();
        const std::optional<LogRow> upgrade = rowOf(path, 7);
        QVERIFY(upgrade);
        const Conversation ended = query.conversation(u"web"_qs, 7, upgrade->id, 100);
        QCOMPARE(ended.events.size(), 3);
        QCOMPARE(
            sql(path, {u"SELECT count(*) FROM events WHERE server = 'web' AND request = 0"_qs}),
            QStringList{u"2"_qs});
    }

    // `log.messagePreviews: false`: the server's events keep their size and direction, never
    // their payload; another server's keep theirs; turned on again, new events have them.
    void previewsOffKeepNoPayload() {
        const QString path = newPath();
        const auto writer = LogWriter::open(path, nullptr);
        QVERIFY(writer);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        writer->setMessagePreviews(u"private"_qs, false);
        submitEvents(*writer, u"private"_qs, 7, 2, now);
        submitEvents(*writer, u"web"_qs, 8, 1, now);
        writer->setMessagePreviews(u"private"_qs, true);
        submitEvents(*writer, u"private"_qs, 9, 1, now);
        writer->flush();
        const QList<EventRow> events = allEvents(path);
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.at(0).server, u"private"_qs);
        QCOMPARE(events.at(0).preview, QString());
        QCOMPARE(events.at(0).size, qint64(9)); // "message 0"
        QCOMPARE(events.at(1).preview, QString());
        QCOMPARE(events.at(1).direction, u"out"_qs);
        QCOMPARE(events.at(2).preview, u"message 0"_qs); // web
        QCOMPARE(events.at(3).preview, u"message 0"_qs); // private, previews on again
        QCOMPARE(sql(path, {u"SELECT count(*) FROM events WHERE preview IS NULL"_qs}),
                 QStringList{u"2"_qs});
    }

    // A flagged row inside a 32-row INSERT and one among the batch's last single rows both get
    // their own connection's events, and only those.
    void eventsLinkToTheRowThatOwnsThem() {
        const QString path = newPath();
        const auto writer = LogWriter::open(path, nullptr);
        QVERIFY(writer);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        submitEvents(*writer, u"web"_qs, 7, 3, now);
        submitEvents(*writer, u"web"_qs, 8, 2, now);
        submitEvents(*writer, u"web"_qs, 9, 1, now); // still open: no row yet
        submitEvents(*writer, u"web"_qs, 0, 1, now); // a publish: no connection
        submitEvents(*writer, u"api"_qs, 7, 1, now); // the same id on another server
        QList<Row> rows;
        for (quint64 connection = 100; connection < 140; ++connection)
            rows.append({connection, false, now - 1000});
        rows[5] = {7, true, now - 1000};       // inside the first 32-row INSERT
        rows[35] = {8, true, now - 1000, 200}; // an SSE stream, among the last rows
        rows[20] = {9, false, now - 1000};     // an ordinary request of connection 9
        submitRows(*writer, u"web"_qs, rows);
        writer->flush();

        const auto upgrade = rowOf(path, 7);
        const auto stream = rowOf(path, 8);
        QVERIFY(upgrade && stream);
        QCOMPARE(upgrade->status, 101);
        QCOMPARE(upgrade->target, u"/c/7"_qs);
        QCOMPARE(stream->status, 200);
        const auto ordinary = rowOf(path, 121);
        QVERIFY(ordinary);
        QCOMPARE(ordinary->connection, 121); // every row carries its connection
        QHash<qint64, qint64> linked;        // request → events
        for (const EventRow &event : allEvents(path)) {
            if (event.server == u"web" && (event.connection == 7 || event.connection == 8))
                QCOMPARE(event.request, event.connection == 7 ? upgrade->id : stream->id);
            else
                QCOMPARE(event.request, 0);
            ++linked[event.request];
        }
        QCOMPARE(linked.value(upgrade->id), 3);
        QCOMPARE(linked.value(stream->id), 2);
        QCOMPARE(linked.value(0), 3);
    }

    // Connection ids start again with each run of a server: an earlier run's unlinked events
    // (its row never written: a crash) are older than the new upgrade and stay unlinked.
    void anEarlierRunsEventsAreNotTaken() {
        const QString path = newPath();
        const auto writer = LogWriter::open(path, nullptr);
        QVERIFY(writer);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        submitEvents(*writer, u"web"_qs, 7, 2, now - Day);
        submitEvents(*writer, u"web"_qs, 7, 1, now);
        submitRows(*writer, u"web"_qs, {{7, true, now - 10}});
        writer->flush();
        const QList<EventRow> events = allEvents(path);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[0].request, 0);
        QCOMPARE(events[1].request, 0);
        QCOMPARE(events[2].request, rowOf(path, 7)->id);
    }

    // A worker hands its events before its requests; the writer keeps that order across
    // hundreds of interleaved batches.
    void linkingKeepsTheHandOverOrder() {
        const QString path = newPath();
        const auto writer = LogWriter::open(path, nullptr);
        QVERIFY(writer);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        constexpr int Connections = 200;
        for (quint64 connection = 1; connection <= Connections; ++connection) {
            submitEvents(*writer, u"web"_qs, connection, 2, now);
            submitRows(*writer, u"web"_qs, {{connection, true, now - 1}});
        }
        writer->flush();
        const QList<EventRow> events = allEvents(path);
        QCOMPARE(events.size(), 2 * Connections);
        for (const EventRow &event : events)
            QCOMPARE(event.request, rowOf(path, quint64(event.connection))->id);
    }

    void theLinkUsesThePartialIndex() {
        const QString path = newPath();
        QVERIFY(LogWriter::open(path, nullptr));
        const QStringList plan =
            sql(path, {QStringLiteral("EXPLAIN QUERY PLAN UPDATE events SET request = 1 WHERE "
                                      "server = 'web' AND connection = 7 AND request IS NULL AND "
                                      "ts_ms >= 0")});
        QVERIFY2(plan.join(u'\n').contains(u"events_unlinked"_qs), qPrintable(plan.join(u'\n')));
    }

    // maxRows 20 of 30 upgrades: the 10 oldest go with their events; of the events left (20
    // linked, 15 publishes) the newest 20 stay.
    void retentionTrimsEventsWithTheirRequests() {
        const QString path = newPath();
        const auto writer = LogWriter::open(path, nullptr);
        QVERIFY(writer);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<Row> rows;
        for (quint64 connection = 1; connection <= 30; ++connection) {
            submitEvents(*writer, u"web"_qs, connection, 1, now);
            rows.append({connection, true, now - 1});
        }
        submitRows(*writer, u"web"_qs, rows);
        submitEvents(*writer, u"web"_qs, 0, 15, now);
        submitEvents(*writer, u"api"_qs, 0, 40, now); // no rule: untouched
        writer->setRetention(u"web"_qs, 20, 0);
        writer->flush();
        writer->trim();

        LogFilter web;
        web.server = u"web"_qs;
        QCOMPARE(LogQuery(path).count(web), 20);
        QCOMPARE(LogQuery(path).tail(0, web, 1).front().connection, 11);
        const QList<EventRow> events = allEvents(path, u"web"_qs);
        QCOMPARE(events.size(), 20);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(events[i].connection, 26 + i);
        for (int i = 5; i < 20; ++i)
            QCOMPARE(events[i].connection, 0);
        QCOMPARE(allEvents(path, u"api"_qs).size(), 40);
    }

    // An upgrade older than maxAgeDays takes its events along, even new ones (a connection open
    // for days), and more of them than one trim chunk.
    void anAgedUpgradeTakesAllItsEvents() {
        const QString path = newPath();
        const auto writer = LogWriter::open(path, nullptr);
        QVERIFY(writer);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const int many = LogWriter::TrimChunkRows * 2 + 10;
        submitEvents(*writer, u"web"_qs, 1, many, now);
        submitRows(*writer, u"web"_qs, {{1, true, now - 10 * Day}});
        submitEvents(*writer, u"web"_qs, 2, 5, now);
        submitRows(*writer, u"web"_qs, {{2, true, now - 1}});
        writer->setRetention(u"web"_qs, 0, 7);
        writer->flush();
        writer->trim();
        QVERIFY(!rowOf(path, 1));
        QVERIFY(rowOf(path, 2));
        const QList<EventRow> events = allEvents(path);
        QCOMPARE(events.size(), 5);
        QCOMPARE(events.front().connection, 2);
    }

    void retentionByAgeTrimsEvents() {
        const QString path = newPath();
        const auto writer = LogWriter::open(path, nullptr);
        QVERIFY(writer);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        submitEvents(*writer, u"web"_qs, 0, LogWriter::TrimChunkRows + 30, now - 10 * Day);
        submitEvents(*writer, u"api"_qs, 0, 10, now - 10 * Day); // no rule
        submitEvents(*writer, u"web"_qs, 0, 20, now);
        writer->setRetention(u"web"_qs, 0, 7);
        writer->flush();
        writer->trim();
        const QList<EventRow> web = allEvents(path, u"web"_qs);
        QCOMPARE(web.size(), 20);
        QCOMPARE(web.front().tsMs, now);
        QCOMPARE(allEvents(path, u"api"_qs).size(), 10);
    }

    // Format 2 (no requests.connection, no event indices) opens as format 3: rows kept, the
    // column NULL for them, links working for new rows.
    void format2IsMigrated() {
        const QString path = newPath();
        QVERIFY(LogWriter::open(path, nullptr)); // today's tables, turned back into format 2
        QCOMPARE(sql(path, {QStringLiteral("DROP INDEX events_unlinked"),
                            QStringLiteral("DROP INDEX events_server_id"),
                            QStringLiteral("ALTER TABLE requests DROP COLUMN connection"),
                            QStringLiteral("UPDATE meta SET value = '2' WHERE key = "
                                           "'schema_version'"),
                            QStringLiteral("INSERT INTO requests (ts_ms, server, method, target, "
                                           "status) VALUES (5, 'web', 'GET', '/old', 101)"),
                            QStringLiteral("INSERT INTO events (ts_ms, server, connection, type, "
                                           "direction) VALUES (6, 'web', 3, 'ws', 'in')")}),
                 QStringList());
        QString error;
        const auto writer = LogWriter::open(path, &error);
        QVERIFY2(writer, qPrintable(error));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        submitEvents(*writer, u"web"_qs, 3, 1, now);
        submitRows(*writer, u"web"_qs, {{3, true, now - 1}});
        writer->flush();

        QCOMPARE(sql(path, {QStringLiteral("SELECT value FROM meta WHERE key = "
                                           "'schema_version'")}),
                 QStringList{QString::number(LogSchema::Version)});
        QCOMPARE(
            sql(path, {QStringLiteral("SELECT name FROM sqlite_master WHERE name IN "
                                      "('events_unlinked', 'events_server_id') ORDER BY name")}),
            QStringList({u"events_server_id"_qs, u"events_unlinked"_qs}));
        const QList<LogRow> rows = LogQuery(path).tail(0, {}, 10);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].target, u"/old"_qs);
        QCOMPARE(rows[0].connection, 0);
        QCOMPARE(rows[1].connection, 3);
        const QList<EventRow> events = allEvents(path);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].request, 0); // older than the new upgrade: another run's
        QCOMPARE(events[1].request, rows[1].id);
    }
};

QTEST_GUILESS_MAIN(TestEventLink)
#include "tst_eventlink.moc"
