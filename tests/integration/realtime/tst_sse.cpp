#include "logging/logquery.h"
#include "logging/logwriter.h"
#include "project/projectreader.h"
#include "realtime/ssehub.h"
#include "server/connectionregistry.h"
#include "server/serverinstance.h"
#include "sseclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace yard;
using test::RawHttpClient;
using test::SseClient;

namespace {
// tests/data/projects/sse.yard.json: one server with two sse routes and two workers, so that
// readers of one channel sit on different threads.
project::ServerConfig serverConfig() {
    QFile file(QStringLiteral(YARD_TEST_DATA "/projects/sse.yard.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    const auto read = project::ProjectReader::read(file.readAll(), QString());
    if (!read.project)
        qFatal("%s", qPrintable(read.errors.value(0).toString(QStringLiteral("project"))));
    return read.project->servers.first();
}
} // namespace

// Server-Sent Events on a real server (CONTRACT.md, action `sse`): framing, channels, replay
// after Last-Event-ID, fan-out across workers, publishing, heartbeats and slow readers.
class TestSse : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<server::ServerInstance> m_server;

    std::shared_ptr<realtime::SseHub> hub(const QString &path = QStringLiteral("/events")) {
        return m_server->sseHub(path);
    }
    quint64 publish(const QString &channel, QByteArrayView name, QByteArrayView data,
                    const QString &path = QStringLiteral("/events")) {
        return hub(path)->publish(channel, name, data).id;
    }
    // Waits until the hub counts `readers` on `channel`: a stream's subscription happens in its
    // worker thread after the head has been read by the client.
    bool readersAre(const QString &channel, int readers,
                    const QString &path = QStringLiteral("/events")) {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 5000) {
            for (const auto &info : hub(path)->channels()) {
                if (info.name == channel && info.readers == readers)
                    return true;
            }
            if (readers == 0 && hub(path)->channels().isEmpty())
                return true;
            QTest::qWait(5);
        }
        return false;
    }

private Q_SLOTS:
    void init() {
        m_server = std::make_unique<server::ServerInstance>(serverConfig(), QString());
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QVERIFY(hub());
    }
    void cleanup() { m_server.reset(); }

    void streamHeadAndEvents() {
        SseClient client(m_server->port(), "/events/news");
        QCOMPARE(client.head().status, 200);
        QCOMPARE(client.head().header("content-type"), QByteArray("text/event-stream"));
        QCOMPARE(client.head().header("cache-control"), QByteArray("no-cache"));
        QVERIFY(client.head().header("content-length").isEmpty());
        QVERIFY(readersAre(QStringLiteral("news"), 1));

        QCOMPARE(publish(QStringLiteral("news"), "greeting", "hello\nworld"), 1u);
        publish(QStringLiteral("news"), {}, "line one\r\nline two\rthree");
        const SseClient::Event first = client.nextEvent();
        QCOMPARE(first.id, QByteArray("1"));
        QCOMPARE(first.name, QByteArray("greeting"));
        QCOMPARE(first.data, QByteArray("hello\nworld"));
        const SseClient::Event second = client.nextEvent();
        QCOMPARE(second.id, QByteArray("2"));
        QVERIFY(second.name.isEmpty());
        QCOMPARE(second.data, QByteArray("line one\nline two\nthree"));
    }

    void channelsAreSeparate() {
        SseClient a(m_server->port(), "/events/a");
        SseClient b(m_server->port(), "/events/b");
        SseClient root(m_server->port(), "/events");
        QVERIFY(readersAre(QStringLiteral("a"), 1));
        QVERIFY(readersAre(QStringLiteral("b"), 1));
        QVERIFY(readersAre(QString(), 1));
        publish(QStringLiteral("a"), "x", "for a");
        publish(QString(), "x", "for the route itself");
        QCOMPARE(a.nextEvent().data, QByteArray("for a"));
        QCOMPARE(root.nextEvent().data, QByteArray("for the route itself"));
        QVERIFY(b.silentFor(150));
        publish(QStringLiteral("b"), "x", "for b");
        const SseClient::Event event = b.nextEvent();
        QCOMPARE(event.data, QByteArray("for b"));
        QCOMPARE(event.id, QByteArray("1")); // ids count per channel
    }

    void lastEventIdResumes_data() {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QList<int>>("replayed");
        // bufferSize 4 and events 1 to 6 published: 3 to 6 are kept.
        QTest::newRow("after 4") << QByteArray("Last-Event-ID: 4\r\n") << QList<int>{5, 6};
        QTest::newRow("up to date") << QByteArray("Last-Event-ID: 6\r\n") << QList<int>{};
        QTest::newRow("older than the buffer")
            << QByteArray("Last-Event-ID: 1\r\n") << QList<int>{3, 4, 5, 6};
        QTest::newRow("newer than any: a restarted server")
            << QByteArray("Last-Event-ID: 90\r\n") << QList<int>{3, 4, 5, 6};
        QTest::newRow("not a number") << QByteArray("Last-Event-ID: abc\r\n") << QList<int>{};
        QTest::newRow("none") << QByteArray() << QList<int>{};
    }
    void lastEventIdResumes() {
        QFETCH(QByteArray, request);
        QFETCH(QList<int>, replayed);
        for (int i = 1; i <= 6; ++i)
            publish(QStringLiteral("r"), "n", QByteArray::number(i));
        SseClient client(m_server->port(), "/events/r", request);
        QCOMPARE(client.head().status, 200);
        for (const int id : replayed) {
            const SseClient::Event event = client.nextEvent();
            QCOMPARE(event.id, QByteArray::number(id));
            QCOMPARE(event.data, QByteArray::number(id));
        }
        // Then the live events, each once: none of the replayed ones again.
        QVERIFY(readersAre(QStringLiteral("r"), 1));
        publish(QStringLiteral("r"), "n", "7");
        QCOMPARE(client.nextEvent().id, QByteArray("7"));
    }

    void polyfillQueryResumes() {
        for (int i = 1; i <= 3; ++i)
            publish(QStringLiteral("q"), "n", QByteArray::number(i));
        SseClient client(m_server->port(), "/events/q?lastEventId=2");
        QCOMPARE(client.nextEvent().id, QByteArray("3"));
    }

    void everyReaderOnEveryWorkerGetsEveryEventInOrder() {
        std::vector<std::unique_ptr<SseClient>> clients;
        for (int i = 0; i < 6; ++i)
            clients.push_back(std::make_unique<SseClient>(m_server->port(), "/events/all"));
        QVERIFY(readersAre(QStringLiteral("all"), 6));
        for (int i = 1; i <= 50; ++i)
            publish(QStringLiteral("all"), "n", QByteArray::number(i));
        for (const auto &client : clients) {
            for (int i = 1; i <= 50; ++i)
                QCOMPARE(client->nextEvent().data, QByteArray::number(i));
        }
    }

    void postPublishesWhenTheRouteAllowsIt() {
        SseClient reader(m_server->port(), "/feed/chat");
        QCOMPARE(reader.head().status, 200);
        QCOMPARE(reader.next().retry, QByteArray("2500"));
        QVERIFY(readersAre(QStringLiteral("chat"), 1, QStringLiteral("/feed/*")));

        RawHttpClient poster(m_server->port());
        poster.send("POST /feed/chat?event=said HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n"
                    "hello");
        const RawHttpClient::Response posted = poster.read();
        QCOMPARE(posted.status, 200);
        const QJsonObject answer = QJsonDocument::fromJson(posted.body).object();
        QCOMPARE(answer.value(QStringLiteral("id")).toInt(), 1);
        QCOMPARE(answer.value(QStringLiteral("readers")).toInt(), 1);
        const SseClient::Event event = reader.nextEvent();
        QCOMPARE(event.name, QByteArray("said"));
        QCOMPARE(event.data, QByteArray("hello"));

        poster.send("POST /feed/chat?event=two%0Alines HTTP/1.1\r\nHost: x\r\n"
                    "Content-Length: 1\r\n\r\nx");
        QCOMPARE(poster.read().status, 400);
        // Without "publish": 405, and Allow says what is allowed.
        poster.send("POST /events/chat HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n\r\nx");
        const RawHttpClient::Response refused = poster.read();
        QCOMPARE(refused.status, 405);
        QCOMPARE(refused.header("allow"), QByteArray("GET, HEAD"));
    }

    void quietStreamsGetHeartbeats() {
        SseClient reader(m_server->port(), "/feed/quiet");
        QCOMPARE(reader.next().retry, QByteArray("2500"));
        QElapsedTimer timer;
        timer.start();
        const SseClient::Event beat = reader.next(3000);
        QCOMPARE(beat.comment, QByteArray("keep-alive"));
        QVERIFY2(timer.elapsed() < 1500, QByteArray::number(timer.elapsed()));
    }

    void corsHeadersReachTheStream() {
        SseClient reader(m_server->port(), "/feed/x", "Origin: http://localhost:3000\r\n");
        QCOMPARE(reader.head().status, 200);
        QCOMPARE(reader.head().header("access-control-allow-origin"),
                 QByteArray("http://localhost:3000"));
    }

    void headAnswersTheHeadAndEnds() {
        RawHttpClient client(m_server->port());
        client.send("HEAD /events/h HTTP/1.1\r\nHost: x\r\n\r\n");
        const RawHttpClient::Response response = client.read(true);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("content-type"), QByteArray("text/event-stream"));
        QVERIFY(client.waitForClose());
        QVERIFY(readersAre(QStringLiteral("h"), 0));
    }

    void badChannelNamesAreRefused() {
        RawHttpClient client(m_server->port());
        client.send("GET /events/" + QByteArray(200, 'x') + " HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(client.read().status, 400);
        RawHttpClient invalid(m_server->port());
        invalid.send("GET /events/%FF%FE HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(invalid.read().status, 400);
    }

    void aReaderThatGoesIsForgotten() {
        {
            SseClient client(m_server->port(), "/events/gone");
            QVERIFY(readersAre(QStringLiteral("gone"), 1));
        }
        QVERIFY(readersAre(QStringLiteral("gone"), 0));
    }

    // A reader that stops reading has its stream ended once 1 MiB waits for it; the others go
    // on receiving every event meanwhile.
    void aSlowReaderIsDroppedWithoutHoldingOthers() {
        SseClient slow(m_server->port(), "/events/big");
        slow.raw().socket().setReadBufferSize(4096);
        SseClient fast(m_server->port(), "/events/big");
        QVERIFY(readersAre(QStringLiteral("big"), 2));
        const QByteArray chunk(64 * 1024, 'z');
        for (int i = 1; i <= 300; ++i) {
            publish(QStringLiteral("big"), "n", QByteArray(QByteArray::number(i) + '|' + chunk));
            if (i % 10 == 0) { // the fast reader keeps up
                for (int j = i - 9; j <= i; ++j) {
                    const QByteArray data = fast.nextEvent().data;
                    QCOMPARE(data.left(data.indexOf('|')).toInt(), j);
                }
            }
        }
        QVERIFY(readersAre(QStringLiteral("big"), 1));
    }

    void hotReloadKeepsStreamsAndBuffers() {
        publish(QStringLiteral("keep"), "n", "before");
        SseClient client(m_server->port(), "/events/keep");
        QVERIFY(readersAre(QStringLiteral("keep"), 1));
        QString error;
        project::ServerConfig changed = serverConfig();
        changed.routes[0].bufferSize = 10;
        QVERIFY2(m_server->applyConfig(changed, &error), qPrintable(error));
        QCOMPARE(hub()->settings().bufferSize, 10);
        publish(QStringLiteral("keep"), "n", "after");
        const SseClient::Event event = client.nextEvent();
        QCOMPARE(event.data, QByteArray("after"));
        QCOMPARE(event.id, QByteArray("2"));
    }

    // The log has one row per stream, written when it ends: 200, the bytes sent, and the
    // stream's whole life as its duration.
    void aStreamIsLoggedWhenItEnds() {
        QTemporaryDir dir;
        QString error;
        const QString logPath = dir.filePath(QStringLiteral("requests.sqlite"));
        const auto log = logging::LogWriter::open(logPath, &error);
        QVERIFY2(log, qPrintable(error));
        m_server->stop(0);
        m_server->setLogWriter(log);
        QVERIFY2(m_server->start(&error), qPrintable(error));
        {
            SseClient client(m_server->port(), "/events/logged");
            QVERIFY(readersAre(QStringLiteral("logged"), 1));
            publish(QStringLiteral("logged"), "n", "one");
            QCOMPARE(client.nextEvent().data, QByteArray("one"));
            // An event to this stream alone is the stream's own: linked to its row at the end.
            quint64 id = 0;
            m_server->registry().snapshot(this, [&](const server::RegistrySnapshot &result) {
                id = result.connections.isEmpty() ? 0 : result.connections.front().id;
            });
            QVERIFY(QTest::qWaitFor([&] { return id != 0; }, 5000));
            bool answered = false;
            m_server->registry().sendToConnection(id, QStringLiteral("just you"),
                                                  QStringLiteral("note"), this,
                                                  [&](bool) { answered = true; });
            QVERIFY(QTest::qWaitFor([&] { return answered; }, 5000));
            QCOMPARE(client.nextEvent().data, QByteArray("just you"));
            QTest::qWait(300);
        }
        QVERIFY(readersAre(QStringLiteral("logged"), 0));
        m_server->stop(1000);
        log->flush();
        const QList<logging::LogRow> rows =
            logging::LogQuery(logPath).tail(0, logging::LogFilter(), 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].target, QStringLiteral("/events/logged"));
        QCOMPARE(rows[0].status, 200);
        QCOMPARE(rows[0].route, 0);
        QVERIFY2(rows[0].durationUs >= 300'000, QByteArray::number(rows[0].durationUs));
        QVERIFY(rows[0].bytesOut > 100);
        // The published event is one `events` row: out, on its channel, to its one reader.
        logging::EventFilter sseOnly;
        sseOnly.types = {QStringLiteral("sse")};
        const QList<logging::EventRow> events =
            logging::LogQuery(logPath).eventsTail(sseOnly, 0, 10);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].direction, QStringLiteral("out"));
        QCOMPARE(events[0].channel, QStringLiteral("logged"));
        QCOMPARE(events[0].preview, QStringLiteral("one"));
        QCOMPARE(events[0].size, 3);
        QCOMPARE(events[0].recipients, 1);
        QCOMPARE(events[0].request, 0); // a publish to the channel: no one connection's
        QVERIFY(rows[0].connection > 0);
        QCOMPARE(events[1].preview, QStringLiteral("just you"));
        QCOMPARE(events[1].connection, rows[0].connection);
        QCOMPARE(events[1].request, rows[0].id);
    }

    // The live registry shows a stream as "sse" with its channel and the bytes sent so far, and
    // a kick ends it.
    void theRegistryListsAndKicksStreams() {
        SseClient client(m_server->port(), "/events/watched");
        QVERIFY(readersAre(QStringLiteral("watched"), 1));
        publish(QStringLiteral("watched"), "n", QByteArray(1000, 'w'));
        QCOMPARE(client.nextEvent().data.size(), 1000);
        server::RegistrySnapshot snapshot;
        bool arrived = false;
        m_server->registry().snapshot(this, [&](const server::RegistrySnapshot &result) {
            snapshot = result;
            arrived = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return arrived; }, 5000));
        QCOMPARE(snapshot.connections.size(), 1);
        const http::ConnectionInfo &stream = snapshot.connections.front();
        QCOMPARE(stream.protocol, QByteArray("sse"));
        QCOMPARE(stream.rooms.size(), 1);
        QCOMPARE(stream.rooms.front().room, QStringLiteral("watched"));
        QVERIFY2(stream.bytesOut > 1000, QByteArray::number(stream.bytesOut));

        // "Send to this connection": one event to this reader alone, outside the numbering.
        bool sent = false, answered = false;
        m_server->registry().sendToConnection(stream.id, QStringLiteral("just you"),
                                              QStringLiteral("note"), this, [&](bool result) {
                                                  sent = result;
                                                  answered = true;
                                              });
        QVERIFY(QTest::qWaitFor([&] { return answered; }, 5000));
        QVERIFY(sent);
        const SseClient::Event note = client.nextEvent();
        QCOMPARE(note.name, QByteArray("note"));
        QCOMPARE(note.data, QByteArray("just you"));
        QVERIFY(note.id.isEmpty());
        publish(QStringLiteral("watched"), "n", "next");
        QCOMPARE(client.nextEvent().id, QByteArray("2"));

        QVERIFY(m_server->registry().kick(stream.id));
        QVERIFY(client.raw().waitForClose());
        QVERIFY(readersAre(QStringLiteral("watched"), 0));
    }

    void stopClosesStreamsAtOnce() {
        SseClient client(m_server->port(), "/events/stop");
        QVERIFY(readersAre(QStringLiteral("stop"), 1));
        QElapsedTimer timer;
        timer.start();
        m_server->stop(3000);
        QVERIFY2(timer.elapsed() < 1000, QByteArray::number(timer.elapsed()));
        QVERIFY(client.raw().waitForClose());
    }
};

QTEST_GUILESS_MAIN(TestSse)
#include "tst_sse.moc"
