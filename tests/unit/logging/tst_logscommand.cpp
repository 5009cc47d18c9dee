#include "logging/eventbatch.h"
#include "logging/logbatch.h"
#include "logging/logspool.h"
#include "logging/logwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace yard::logging;

// `yardmaster logs` as a user runs it, on a log written by LogWriter: five requests, ids 1 to 5,
// the fifth a 500.
class TestLogsCommand : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    struct Output {
        int exitCode;
        QString out;
        QString err;
    };

    static Output run(const QStringList &args) {
        QProcess process;
        process.start(QStringLiteral(YARD_CLI), QStringList{QStringLiteral("logs")} + args);
        if (!process.waitForFinished(30000))
            return {-1, QString(), QStringLiteral("timed out")};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    static QStringList lines(const QString &text) { return text.split(u'\n', Qt::SkipEmptyParts); }

    static void write(LogWriter &writer, const QByteArray &target, int status) {
        LogBatch batch;
        RequestRecordView record;
        record.startMs = 1'700'000'000'000;
        record.method = "GET";
        record.target = target;
        record.status = status;
        record.durationUs = 2500;
        record.bytesOut = 42;
        record.remote = "127.0.0.1:1234";
        batch.append(record);
        writer.submit(QStringLiteral("web"), batch.take(), 1);
        writer.flush();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("log.db"));
        const auto writer = LogWriter::open(m_path, nullptr);
        QVERIFY(writer);
        for (int i = 1; i <= 5; ++i)
            write(*writer, "/page/" + QByteArray::number(i) + "?a=1,2", i == 5 ? 500 : 200);
    }

    void text() {
        const Output result = run({m_path});
        QCOMPARE(result.exitCode, 0);
        const QStringList got = lines(result.out);
        QCOMPARE(got.size(), 5);
        QVERIFY2(got.front().contains(u"web"_qs) && got.front().contains(u"GET"_qs) &&
                     got.front().contains(u"200"_qs) && got.front().contains(u"2.50 ms"_qs) &&
                     got.front().endsWith(u"/page/1?a=1,2"_qs),
                 qPrintable(got.front()));
        QVERIFY(got.back().endsWith(u"/page/5?a=1,2"_qs));
    }

    void json() {
        const Output result = run({m_path, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(result.exitCode, 0);
        const QStringList got = lines(result.out);
        QCOMPARE(got.size(), 5);
        for (int i = 0; i < got.size(); ++i) {
            const QJsonObject object = QJsonDocument::fromJson(got.at(i).toUtf8()).object();
            QCOMPARE(object.value(u"type"_qs).toString(), u"request"_qs);
            QCOMPARE(object.value(u"id"_qs).toInteger(), i + 1);
            QCOMPARE(object.value(u"server"_qs).toString(), u"web"_qs);
            QCOMPARE(object.value(u"bytes_out"_qs).toInteger(), 42);
            QVERIFY(object.value(u"route"_qs).isNull());
        }
    }

    void csv() {
        const Output result = run({m_path, QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(result.exitCode, 0);
        const QStringList got = lines(result.out);
        QCOMPARE(got.size(), 6);
        QVERIFY(got.front().startsWith(u"id,ts_ms,server,method,target"_qs));
        QVERIFY2(got.at(1).startsWith(u"1,1700000000000,web,GET,\"/page/1?a=1,2\",,200,"_qs),
                 qPrintable(got.at(1)));
    }

    void har() {
        const Output result = run({m_path, QStringLiteral("--format"), QStringLiteral("har")});
        QCOMPARE(result.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray entries = document[u"log"_qs][u"entries"_qs].toArray();
        QCOMPARE(entries.size(), 5);
        QCOMPARE(entries.at(4)[u"response"_qs][u"status"_qs].toInt(), 500);
        QCOMPARE(entries.at(0)[u"request"_qs][u"url"_qs].toString(),
                 u"http://localhost/page/1?a=1,2"_qs);
    }

    void filterAndLimit() {
        Output result = run({m_path, QStringLiteral("--filter"), QStringLiteral("status:5xx")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(lines(result.out).size(), 1);
        QVERIFY(result.out.contains(u"/page/5"_qs));
        result = run({m_path, QStringLiteral("--limit"), QStringLiteral("2")});
        QCOMPARE(result.exitCode, 0);
        const QStringList got = lines(result.out);
        QCOMPARE(got.size(), 2); // the newest two, oldest first
        QVERIFY(got.at(0).contains(u"/page/4"_qs));
        QVERIFY(got.at(1).contains(u"/page/5"_qs));
    }

    // Never silent: records the log could not take are said, on stderr, with the rows still a
    // clean document on stdout; a log without drops says nothing more.
    void droppedRecordsAreSaid() {
        QCOMPARE(run({m_path}).err, QString());
        const QString path = m_dir.filePath(QStringLiteral("dropped.db"));
        {
            const auto writer = LogWriter::open(path, nullptr);
            QVERIFY(writer);
            write(*writer, "/kept", 200);
            writer->recordDropped(QStringLiteral("web"), 1234);
            writer->flush();
        }
        const Output result = run({path, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(lines(result.out).size(), 1);
        QVERIFY(!QJsonDocument::fromJson(result.out.toUtf8()).isNull());
        QVERIFY2(result.err.contains(u"1234 records"_qs) && result.err.contains(u"dropped"_qs),
                 qPrintable(result.err));
        const Output other = run({path, QStringLiteral("--filter"), QStringLiteral("server:api")});
        QCOMPARE(other.err, QString()); // the drops were web's
    }

    // A server killed before its log wrote everything leaves the rest in the spool: the next
    // `yardmaster logs` writes it first and shows every row.
    void rowsLeftInTheSpoolAreShown() {
        const QString path = m_dir.filePath(QStringLiteral("spooled.db"));
        {
            const auto writer = LogWriter::open(path, nullptr);
            QVERIFY(writer);
            write(*writer, "/committed", 200);
        }
        LogBatch batch;
        for (const char *target : {"/spooled/1", "/spooled/2"}) {
            RequestRecordView record;
            record.startMs = 1'700'000'000'001;
            record.method = "GET";
            record.target = target;
            record.status = 200;
            batch.append(record);
        }
        const QString orphan = spool::rootFor(path) + QStringLiteral("/1000-99-0");
        spool::Appender appender(orphan);
        QVERIFY(appender.open().isEmpty());
        QString error;
        QVERIFY(appender.append(
            {spool::FrameKind::Requests, QStringLiteral("web"), 2, 0, batch.take()}, &error));
        const Output result = run({path});
        QCOMPARE(result.exitCode, 0);
        const QStringList got = lines(result.out);
        QCOMPARE(got.size(), 3);
        QVERIFY(got.at(1).endsWith(u"/spooled/1"_qs) && got.at(2).endsWith(u"/spooled/2"_qs));
        QVERIFY(!QFileInfo::exists(orphan));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no db") << QStringList();
        QTest::newRow("bad filter") << QStringList{u"x.db"_qs, u"--filter"_qs, u"status:9xx"_qs};
        QTest::newRow("bad format") << QStringList{u"x.db"_qs, u"--format"_qs, u"xml"_qs};
        QTest::newRow("bad type") << QStringList{u"x.db"_qs, u"--type"_qs, u"mqtt"_qs};
        QTest::newRow("bad limit") << QStringList{u"x.db"_qs, u"--limit"_qs, u"0"_qs};
        QTest::newRow("har follow")
            << QStringList{u"x.db"_qs, u"--format"_qs, u"har"_qs, u"--follow"_qs};
        QTest::newRow("request and event terms")
            << QStringList{u"x.db"_qs, u"--filter"_qs, u"status:5xx text:hi"_qs};
        QTest::newRow("event term, requests shown") << QStringList{
            u"x.db"_qs, u"--type"_qs, u"request"_qs, u"--filter"_qs, u"direction:in"_qs};
        QTest::newRow("request term, events shown")
            << QStringList{u"x.db"_qs, u"--type"_qs, u"ws"_qs, u"--filter"_qs, u"status:500"_qs};
        QTest::newRow("har of events")
            << QStringList{u"x.db"_qs, u"--format"_qs, u"har"_qs, u"--filter"_qs, u"text:hi"_qs};
    }

    void usageErrors() {
        QFETCH(QStringList, args);
        const Output result = run(args);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(lines(result.err).size(), 1);
    }

    void missingDatabase() {
        const Output result = run({m_dir.filePath(QStringLiteral("missing.db"))});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(lines(result.err).size(), 1);
        QVERIFY2(result.err.contains(u"missing.db"_qs), qPrintable(result.err));
    }

    void corruptDatabase() {
        const QString path = m_dir.filePath(QStringLiteral("corrupt.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'z'));
        file.close();
        const Output result = run({path});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(lines(result.err).size(), 1);
        QVERIFY2(result.err.contains(u"not a database"_qs), qPrintable(result.err));
    }

    void eventsAreEmptyForNow() {
        const Output result = run({m_path, QStringLiteral("--type"), QStringLiteral("ws")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QString());
    }

    // A chat connection (id 9) that said "Hello" and heard "bye", then ended; connection 10 got
    // a 500. Event terms select events, connection: both kinds, and the HAR carries the chat.
    void eventTermsAndLinks() {
        const QString path = m_dir.filePath(QStringLiteral("events.db"));
        {
            const auto writer = LogWriter::open(path, nullptr);
            QVERIFY(writer);
            EventBatch events;
            for (const char *text : {"Hello there", "bye"}) {
                EventRecordView event;
                event.tsMs = 1'700'000'000'100;
                event.connection = 9;
                event.direction = text[0] == 'H' ? EventRecordView::Direction::In
                                                 : EventRecordView::Direction::Out;
                event.channel = "lobby";
                event.payload = text;
                event.size = event.payload.size();
                events.append(event);
            }
            writer->submitEvents(u"web"_qs, events.take(), 2);
            LogBatch requests;
            RequestRecordView upgrade;
            upgrade.startMs = 1'700'000'000'000;
            upgrade.method = "GET";
            upgrade.target = "/chat";
            upgrade.status = 101;
            upgrade.connection = 9;
            upgrade.ownsEvents = true;
            requests.append(upgrade);
            RequestRecordView failed = upgrade;
            failed.target = "/boom";
            failed.status = 500;
            failed.connection = 10;
            failed.ownsEvents = false;
            requests.append(failed);
            writer->submit(u"web"_qs, requests.take(), 2);
            writer->flush();
        }
        Output result = run({path, u"--format"_qs, u"json"_qs, u"--filter"_qs, u"text:HELLO"_qs});
        QCOMPARE(result.exitCode, 0);
        QStringList got = lines(result.out);
        QCOMPARE(got.size(), 1);
        const QJsonObject hello = QJsonDocument::fromJson(got.front().toUtf8()).object();
        QCOMPARE(hello[u"type"_qs].toString(), u"ws"_qs);
        QCOMPARE(hello[u"request"_qs].toInteger(), 1); // the upgrade's row

        result = run({path, u"--format"_qs, u"json"_qs, u"--filter"_qs, u"connection:9"_qs});
        QCOMPARE(result.exitCode, 0);
        got = lines(result.out);
        QCOMPARE(got.size(), 3); // the upgrade and its two messages, not connection 10's 500
        QCOMPARE(QJsonDocument::fromJson(got.front().toUtf8())[u"status"_qs].toInt(), 101);
        QCOMPARE(QJsonDocument::fromJson(got.front().toUtf8())[u"connection"_qs].toInteger(), 9);

        result = run({path, u"--filter"_qs, u"direction:out channel:lobby"_qs});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(lines(result.out).size(), 1);
        QVERIFY(result.out.contains(u"bye"_qs));

        result = run({path, u"--format"_qs, u"har"_qs});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray entries =
            QJsonDocument::fromJson(result.out.toUtf8())[u"log"_qs][u"entries"_qs].toArray();
        QCOMPARE(entries.size(), 2);
        const QJsonArray messages = entries.at(0)[u"_webSocketMessages"_qs].toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0)[u"type"_qs].toString(), u"send"_qs);
        QCOMPARE(messages.at(0)[u"data"_qs].toString(), u"Hello there"_qs);
        QCOMPARE(messages.at(1)[u"type"_qs].toString(), u"receive"_qs);
    }

    void followPrintsNewRowsUntilSigterm() {
        QProcess process;
        process.start(QStringLiteral(YARD_CLI),
                      {QStringLiteral("logs"), m_path, QStringLiteral("--follow"),
                       QStringLiteral("--format"), QStringLiteral("json"),
                       QStringLiteral("--limit"), QStringLiteral("1")});
        QVERIFY(process.waitForStarted());
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(process.readAllStandardOutput()),
                                  out.contains(u"/page/5"_qs)),
                                 10000);
        {
            const auto writer = LogWriter::open(m_path, nullptr);
            QVERIFY(writer);
            write(*writer, "/arrived-while-following", 201);
        }
        QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(process.readAllStandardOutput()),
                                  out.contains(u"/arrived-while-following"_qs)),
                                 10000);
        QCOMPARE(lines(out).size(), 2);
        process.terminate(); // SIGTERM
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLogsCommand)
#include "tst_logscommand.moc"
