#include "chatclients.h"
#include "logging/logquery.h"
#include "logging/logwriter.h"
#include "project/projectreader.h"
#include "realtime/ssehub.h"
#include "server/serverinstance.h"
#include "sseclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace yard;
using test::ChatClient;
using test::SseClient;

namespace {
const QByteArray s_project = R"({"version": 1, "servers": [{"name": "tl", "port": 0,
    "workers": 2, "routes": [
      {"path": "/chat", "action": "websocket"},
      {"path": "/events", "action": "sse"}]}]})";
} // namespace

// One timeline (CONTRACT.md, table `events`): a chat of three messages and two SSE events, as
// `yardmaster logs DB --format json` prints them, requests and events interleaved by time.
class TestTimeline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void logsPrintsRequestsAndEventsInOrder() {
        QTemporaryDir dir;
        QString error;
        const QString logPath = dir.filePath(QStringLiteral("requests.sqlite"));
        const auto log = logging::LogWriter::open(logPath, &error);
        QVERIFY2(log, qPrintable(error));
        const auto read = project::ProjectReader::read(s_project, QString());
        QVERIFY(read.project);
        server::ServerInstance server(read.project->servers.first(), QString());
        server.setLogWriter(log);
        QVERIFY2(server.start(&error), qPrintable(error));

        {
            ChatClient ada;
            QVERIFY(ada.open(server.port()));
            ada.join(QStringLiteral("lobby"), QStringLiteral("ada"));
            QVERIFY(!ada.waitFor(QStringLiteral("joined")).isEmpty());
            for (int i = 1; i <= 3; ++i) {
                ada.send(test::messageCommand(QStringLiteral("lobby"),
                                              QStringLiteral("message %1").arg(i)));
                QVERIFY(!ada.waitFor(QStringLiteral("message"), i).isEmpty());
            }
            QTest::qWait(800); // the workers' 250 ms tick has nothing left to hand over, and stops
            ada.socket().close();
            // The upgrade's row is written when the connection ends, while the server runs on
            // (a worker left with no connection once kept it in its batch until the next one).
            logging::LogFilter upgrades;
            upgrades.statusCodes = {101};
            QVERIFY(QTest::qWaitFor(
                [&] {
                    log->flush();
                    return logging::LogQuery(logPath).count(upgrades) == 1;
                },
                5000));
        }
        {
            SseClient reader(server.port(), "/events/news");
            QCOMPARE(reader.head().status, 200);
            QVERIFY(QTest::qWaitFor([&] {
                const auto channels = server.sseHub(QStringLiteral("/events"))->channels();
                return !channels.isEmpty() && channels.front().readers == 1;
            }));
            for (const char *text : {"first event", "second event"}) {
                server.sseHub(QStringLiteral("/events"))
                    ->publish(QStringLiteral("news"), "update", text);
                QCOMPARE(reader.nextEvent().data, QByteArray(text));
            }
        }
        server.stop(1000);
        log->flush();

        QProcess logs;
        logs.start(QStringLiteral(YARD_CLI), {QStringLiteral("logs"), logPath,
                                              QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(logs.waitForFinished(30000));
        QCOMPARE(logs.exitCode(), 0);
        QList<QJsonObject> lines;
        for (const QByteArray &line : logs.readAllStandardOutput().split('\n')) {
            if (!line.isEmpty())
                lines.append(QJsonDocument::fromJson(line).object());
        }
        // What each line is, in order: the type, and the direction or status.
        QStringList seen;
        for (const QJsonObject &line : lines) {
            const QString type = line.value(QStringLiteral("type")).toString();
            seen.append(type == u"request"
                            ? type + u' ' +
                                  QString::number(line.value(QStringLiteral("status")).toInt())
                            : type + u' ' + line.value(QStringLiteral("direction")).toString());
        }
        QCOMPARE(seen, QStringList({QStringLiteral("request 101"), // the upgrade
                                    QStringLiteral("ws in"),       // join
                                    QStringLiteral("ws out"),      // joined
                                    QStringLiteral("ws in"), QStringLiteral("ws out"),
                                    QStringLiteral("ws in"), QStringLiteral("ws out"),
                                    QStringLiteral("ws in"), QStringLiteral("ws out"),
                                    QStringLiteral("request 200"), // the event stream
                                    QStringLiteral("sse out"), QStringLiteral("sse out")}));
        QCOMPARE(lines[0].value(QStringLiteral("target")).toString(), QStringLiteral("/chat"));
        // Once the client has gone, the connection's messages carry its upgrade row's id, and
        // the row the connection they were logged with (log format 3).
        const qint64 upgradeId = lines[0].value(QStringLiteral("id")).toInteger();
        const qint64 connection = lines[0].value(QStringLiteral("connection")).toInteger();
        QVERIFY(upgradeId > 0);
        QVERIFY(connection > 0);
        // Its own: what it sent, and the reply to its join. A room's broadcast belongs to no
        // one connection (connection NULL) and stays unlinked.
        int linked = 0;
        for (int i = 1; i <= 8; ++i) {
            const QJsonObject &event = lines[i];
            if (event.value(QStringLiteral("connection")).isNull()) {
                QCOMPARE(event.value(QStringLiteral("direction")).toString(), u"out"_qs);
                QVERIFY(event.value(QStringLiteral("request")).isNull());
                continue;
            }
            QCOMPARE(event.value(QStringLiteral("connection")).toInteger(), connection);
            QCOMPARE(event.value(QStringLiteral("request")).toInteger(), upgradeId);
            ++linked;
        }
        QCOMPARE(linked, 5); // join, joined, three messages
        // The published SSE events went to a channel, not from one connection: not linked.
        QVERIFY(lines[9].value(QStringLiteral("connection")).toInteger() > 0);
        QVERIFY(lines[10].value(QStringLiteral("request")).isNull());
        for (int i = 1; i <= 3; ++i) {
            const QJsonObject in = lines[1 + 2 * i];
            QCOMPARE(in.value(QStringLiteral("channel")).toString(), QStringLiteral("lobby"));
            QVERIFY(in.value(QStringLiteral("preview"))
                        .toString()
                        .contains(QStringLiteral("message %1").arg(i)));
            QCOMPARE(lines[2 + 2 * i].value(QStringLiteral("recipients")).toInt(), 1);
        }
        QCOMPARE(lines[10].value(QStringLiteral("channel")).toString(), QStringLiteral("news"));
        QCOMPARE(lines[10].value(QStringLiteral("preview")).toString(),
                 QStringLiteral("first event"));
        QCOMPARE(lines[11].value(QStringLiteral("preview")).toString(),
                 QStringLiteral("second event"));
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
