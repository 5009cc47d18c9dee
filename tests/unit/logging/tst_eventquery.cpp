#include "logging/eventbatch.h"
#include "logging/logbatch.h"
#include "logging/logfilter.h"
#include "logging/logquery.h"
#include "logging/logwriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace yard::logging;

namespace {
constexpr qint64 Now = 1'700'000'000'000; // 2023-11-14T22:13:20Z
constexpr int Events = 60;

// Event i of the generated log: every field follows i, so each filter's count can be worked out
// by hand (see the rows of filter_data).
struct Generated {
    QString server;
    EventRecordView::Type type;
    EventRecordView::Direction direction;
    QByteArray channel;
    quint64 connection;
    QByteArray preview;
    qint64 tsMs;
};

Generated generated(int i) {
    QByteArray preview = "msg " + QByteArray::number(i);
    if (i % 7 == 0)
        preview += " HELLO";
    if (i % 10 == 0)
        preview += " 50%_off";
    return {i % 3 == 0 ? u"api"_qs : u"web"_qs,
            i % 4 == 0 ? EventRecordView::Type::Sse : EventRecordView::Type::WebSocket,
            i % 2 ? EventRecordView::Direction::Out : EventRecordView::Direction::In,
            i % 5 == 0   ? QByteArray()
            : i % 5 == 1 ? QByteArray("lobby")
                         : QByteArray("news"),
            quint64(1 + i % 6),
            preview,
            Now + i * 1000};
}
} // namespace

// The event side of LogQuery (eventquery.cpp) on a generated log of 60 events, 10 of them
// (connection 2 of "web") linked to their upgrade row.
class TestEventQuery : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_upgrade = 0; // the upgrade row of connection 2

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("log.db"));
        QString error;
        const auto writer = LogWriter::open(m_path, &error);
        QVERIFY2(writer, qPrintable(error));
        for (int i = 0; i < Events; ++i) {
            const Generated g = generated(i);
            EventRecordView record;
            record.tsMs = g.tsMs;
            record.connection = g.connection;
            record.type = g.type;
            record.direction = g.direction;
            record.channel = g.channel;
            record.size = g.preview.size();
            record.payload = g.preview;
            EventBatch batch; // one per event: the order of ids is the order of i
            batch.append(record);
            writer->submitEvents(g.server, batch.take(), 1);
        }
        RequestRecordView upgrade;
        upgrade.startMs = Now - 1000;
        upgrade.method = "GET";
        upgrade.target = "/chat";
        upgrade.status = 101;
        upgrade.connection = 2;
        upgrade.ownsEvents = true;
        LogBatch batch;
        batch.append(upgrade);
        writer->submit(u"web"_qs, batch.take(), 1);
        writer->flush();
        const QList<LogRow> rows = LogQuery(m_path).tail(0, {}, 10);
        QCOMPARE(rows.size(), 1);
        m_upgrade = rows.front().id;
    }

    void filter_data() {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<bool>("linked"); // request: the upgrade's id
        QTest::addColumn<int>("expected");
        const QStringList any;
        QTest::newRow("everything") << QString() << any << false << 60;
        QTest::newRow("server api") << u"server:api"_qs << any << false << 20;
        QTest::newRow("type sse") << QString() << QStringList{u"sse"_qs} << false << 15;
        QTest::newRow("type ws") << QString() << QStringList{u"ws"_qs} << false << 45;
        QTest::newRow("types ws and sse")
            << QString() << QStringList{u"ws"_qs, u"sse"_qs} << false << 60;
        QTest::newRow("direction in") << u"direction:in"_qs << any << false << 30;
        QTest::newRow("direction out") << u"direction:out"_qs << any << false << 30;
        QTest::newRow("channel lobby") << u"channel:lobby"_qs << any << false << 12;
        QTest::newRow("channel is exact") << u"channel:lob"_qs << any << false << 0;
        QTest::newRow("connection 2") << u"connection:2"_qs << any << false << 10;
        QTest::newRow("request") << QString() << any << true << 10;
        // Connection 2's events are those of i % 6 == 1: all odd, all out.
        QTest::newRow("request and direction") << u"direction:in"_qs << any << true << 0;
        QTest::newRow("request and text") << u"text:hello"_qs << any << true << 2;
        QTest::newRow("text ignores ASCII case") << u"text:hello"_qs << any << false << 9;
        QTest::newRow("text upper case") << u"text:HeLLo"_qs << any << false << 9;
        // LIKE's wildcards in the text are literal: unescaped, each would match all 60.
        QTest::newRow("text percent is literal") << u"text:%"_qs << any << false << 6;
        QTest::newRow("text underscore is literal") << u"text:_"_qs << any << false << 6;
        QTest::newRow("text backslash") << u"text:\\"_qs << any << false << 0;
        QTest::newRow("text with both") << u"text:50%_off"_qs << any << false << 6;
        QTest::newRow("since") << u"since:2023-11-14T22:13:50Z"_qs << any << false << 30;
        QTest::newRow("until") << u"until:2023-11-14T22:13:30Z"_qs << any << false << 10;
        QTest::newRow("web out") << u"server:web direction:out"_qs << any << false << 20;
        QTest::newRow("web ws news")
            << u"server:web channel:news"_qs << QStringList{u"ws"_qs} << false << 18;
    }

    void filter() {
        QFETCH(QString, expression);
        QFETCH(QStringList, types);
        QFETCH(bool, linked);
        QFETCH(int, expected);
        LogFilter requests;
        EventFilter events;
        FilterScope scope = FilterScope::Both;
        QCOMPARE(parseTimelineFilter(expression, requests, events, scope, Now), QString());
        events.types = types;
        if (linked)
            events.request = m_upgrade;
        QString error;
        const QList<EventRow> tail = LogQuery(m_path).eventsTail(events, 0, 1000, &error);
        QCOMPARE(error, QString());
        QCOMPARE(tail.size(), expected);
        const QList<EventRow> page = LogQuery(m_path).eventsPage(events, 0, 1000, &error);
        QCOMPARE(page.size(), expected);
        for (qsizetype i = 1; i < tail.size(); ++i) {
            QVERIFY(tail[i - 1].id < tail[i].id);
            QVERIFY(page[i - 1].id > page[i].id);
        }
    }

    void timelineScopes_data() {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("scope"); // FilterScope, -1: an error
        QTest::newRow("shared terms")
            << u"server:web since:10m connection:3"_qs << int(FilterScope::Both);
        QTest::newRow("request term") << u"server:web status:5xx"_qs << int(FilterScope::Requests);
        QTest::newRow("event term") << u"text:hi direction:out"_qs << int(FilterScope::Events);
        QTest::newRow("both kinds") << u"status:5xx channel:lobby"_qs << -1;
        QTest::newRow("bad direction") << u"direction:sideways"_qs << -1;
        QTest::newRow("bad connection") << u"connection:0"_qs << -1;
    }

    void timelineScopes() {
        QFETCH(QString, expression);
        QFETCH(int, scope);
        LogFilter requests;
        EventFilter events;
        FilterScope got = FilterScope::Both;
        const QString error = parseTimelineFilter(expression, requests, events, got, Now);
        QCOMPARE(error.isEmpty(), scope >= 0);
        if (scope >= 0)
            QCOMPARE(int(got), scope);
    }

    void requestFilterRefusesEventTerms() {
        LogFilter requests;
        QVERIFY(parseFilterExpression(u"channel:lobby"_qs, requests).contains(u"events"_qs));
        QCOMPARE(parseFilterExpression(u"connection:12"_qs, requests), QString());
        QCOMPARE(requests.connection, 12);
    }

    void tailAndPageGoOnFromAnId() {
        const LogQuery query(m_path);
        EventFilter web;
        web.server = u"web"_qs;
        const QList<EventRow> all = query.eventsTail(web, 0, 1000);
        QCOMPARE(all.size(), 40);
        const QList<EventRow> next = query.eventsTail(web, all[9].id, 5);
        QCOMPARE(next.size(), 5);
        QCOMPARE(next.front().id, all[10].id);
        QCOMPARE(next.back().id, all[14].id);
        const QList<EventRow> newest = query.eventsPage(web, 0, 3);
        QCOMPARE(newest.size(), 3);
        QCOMPARE(newest.front().id, all.back().id);
        const QList<EventRow> before = query.eventsPage(web, all[10].id, 2);
        QCOMPARE(before.size(), 2);
        QCOMPARE(before[0].id, all[9].id);
        QCOMPARE(before[1].id, all[8].id);
        QCOMPARE(query.eventsLastId(), query.eventsPage({}, 0, 1).front().id);
    }

    void eventByIdReadsEveryField() {
        const LogQuery query(m_path);
        const QList<EventRow> all = query.eventsTail({}, 0, 1000);
        QCOMPARE(all.size(), Events);
        const std::optional<EventRow> row = query.eventById(all[10].id);
        QVERIFY(row);
        const Generated want = generated(10);
        QCOMPARE(row->server, want.server);
        QCOMPARE(row->tsMs, want.tsMs);
        QCOMPARE(row->connection, qint64(want.connection));
        QCOMPARE(row->type, u"ws"_qs);
        QCOMPARE(row->direction, u"in"_qs);
        QCOMPARE(row->channel, QString()); // NULL
        QCOMPARE(row->preview, QString::fromUtf8(want.preview));
        QCOMPARE(row->request, 0);
        QVERIFY(!query.eventById(all.back().id + 1));
    }

    void conversationOfAnEndedConnection() {
        const LogQuery query(m_path);
        const Conversation whole = query.conversation(u"web"_qs, 2, m_upgrade, 100);
        QVERIFY(whole.upgrade);
        QCOMPARE(whole.upgrade->id, m_upgrade);
        QCOMPARE(whole.upgrade->connection, 2);
        QCOMPARE(whole.events.size(), 10);
        QVERIFY(!whole.more);
        for (qsizetype i = 0; i < whole.events.size(); ++i) {
            QCOMPARE(whole.events[i].connection, 2);
            QCOMPARE(whole.events[i].request, m_upgrade);
            if (i > 0)
                QVERIFY(whole.events[i - 1].id < whole.events[i].id);
        }
        QCOMPARE(query.conversation(u"web"_qs, 2, m_upgrade, 10).more, false);
        const Conversation cut = query.conversation(u"web"_qs, 2, m_upgrade, 9);
        QCOMPARE(cut.events.size(), 9);
        QVERIFY(cut.more);
        QCOMPARE(cut.events.front().id, whole.events.front().id); // the oldest first
    }

    void conversationOfAnOpenConnection() {
        const LogQuery query(m_path);
        // Connection 4 is on "api" (i % 6 == 3) and has no row yet.
        const Conversation open = query.conversation(u"api"_qs, 4, 0, 4);
        QVERIFY(!open.upgrade);
        QCOMPARE(open.events.size(), 4);
        QVERIFY(open.more);
        for (const EventRow &event : open.events) {
            QCOMPARE(event.connection, 4);
            QCOMPARE(event.server, u"api"_qs);
        }
        QCOMPARE(query.conversation(u"web"_qs, 4, 0, 100).events.size(), 0);
        // Connection 2's events are linked: none is left unlinked.
        QCOMPARE(query.conversation(u"web"_qs, 2, 0, 100).events.size(), 0);
    }

    void webSocketMessagesOfUpgrades() {
        const LogQuery query(m_path);
        const QList<LogRow> rows = query.tail(0, {}, 10);
        QString error;
        const auto messages = query.webSocketMessages(rows, 100, &error);
        QCOMPARE(error, QString());
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.value(m_upgrade).size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestEventQuery)
#include "tst_eventquery.moc"
