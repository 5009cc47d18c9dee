#include "logging/logexport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace yard::logging;

// CSV per RFC 4180 and HAR per the HAR 1.2 spec (required fields and their types).
class TestLogExport : public QObject {
    Q_OBJECT

private:
    static LogRow row() {
        LogRow r;
        r.id = 7;
        r.tsMs = 1'700'000'000'123;
        r.server = QStringLiteral("web");
        r.method = QStringLiteral("GET");
        r.target = QStringLiteral("/search?q=a+b&path=%2Fx%2Fy&flag&empty=");
        r.route = 2;
        r.status = 404;
        r.durationUs = 1500;
        r.bytesIn = 120;
        r.bytesOut = 345;
        r.remote = QStringLiteral("127.0.0.1:5000");
        r.userAgent = QStringLiteral("curl/8");
        return r;
    }

    // Every field HAR 1.2 requires in `object`, with the JSON type it must have.
    static void requireFields(const QJsonObject &object, const char *where,
                              const QList<std::pair<const char *, QJsonValue::Type>> &fields) {
        for (const auto &[name, type] : fields) {
            const QString key = QString::fromLatin1(name);
            QVERIFY2(object.contains(key), qPrintable(QLatin1String(where) + u": no " + key));
            QVERIFY2(object.value(key).type() == type,
                     qPrintable(QLatin1String(where) + u": wrong type of " + key));
        }
    }

private Q_SLOTS:
    void csvHeaderAndPlainRow() {
        const QByteArray csv = LogExport::csv({row()});
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 3); // header, row, "" after the last CRLF
        QCOMPARE(lines.at(0), "id,ts_ms,server,method,target,route,status,duration_us,bytes_in,"
                              "bytes_out,remote,user_agent,session\r");
        QCOMPARE(lines.at(1), "7,1700000000123,web,GET,/search?q=a+b&path=%2Fx%2Fy&flag&empty=,2,"
                              "404,1500,120,345,127.0.0.1:5000,curl/8,\r");
    }

    void csvQuoting_data() {
        QTest::addColumn<QString>("userAgent");
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("plain") << u"curl/8"_qs << QByteArray("curl/8");
        QTest::newRow("comma") << u"a, b"_qs << QByteArray("\"a, b\"");
        QTest::newRow("quote") << u"say \"hi\""_qs << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << u"two\nlines"_qs << QByteArray("\"two\nlines\"");
        QTest::newRow("carriage return") << u"a\rb"_qs << QByteArray("\"a\rb\"");
        QTest::newRow("utf-8") << QString::fromUtf8("é") << QByteArray("\xc3\xa9");
        // Spreadsheet formulas stay text (CSV injection).
        QTest::newRow("formula =")
            << u"=HYPERLINK(\"http://x\")"_qs << QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\"");
        QTest::newRow("formula +") << u"+1+1"_qs << QByteArray("'+1+1");
        QTest::newRow("formula -") << u"-2"_qs << QByteArray("'-2");
        QTest::newRow("formula @") << u"@SUM(A1)"_qs << QByteArray("'@SUM(A1)");
        QTest::newRow("dash inside") << u"a-b"_qs << QByteArray("a-b");
    }

    void csvQuoting() {
        QFETCH(QString, userAgent);
        QFETCH(QByteArray, field);
        LogRow r = row();
        r.userAgent = userAgent;
        r.route = -1;
        const QByteArray line = LogExport::csvLine(r);
        QVERIFY2(line.endsWith(QByteArray("," + field + ",\r\n")), line.constData());
        QVERIFY(line.contains(",,404,")); // NULL route: an empty field
    }

    void jsonUsesColumnNames() {
        LogRow r = row();
        r.route = -1;
        const QJsonObject object = LogExport::json(r);
        QCOMPARE(object.value(u"type"_qs).toString(), u"request"_qs);
        QCOMPARE(object.value(u"ts_ms"_qs).toInteger(), 1'700'000'000'123);
        QCOMPARE(object.value(u"duration_us"_qs).toInteger(), 1500);
        QVERIFY(object.value(u"route"_qs).isNull());
        QVERIFY(object.value(u"session"_qs).isNull());
        QCOMPARE(object.value(u"user_agent"_qs).toString(), u"curl/8"_qs);
    }

    void harHasEveryRequiredField() {
        LogRow second = row();
        second.server = QStringLiteral("api");
        second.target = QStringLiteral("/plain");
        const QJsonObject har = LogExport::har({row(), second}, u"0.1.0"_qs,
                                               {{u"api"_qs, u"http://127.0.0.1:9000"_qs}});
        // Round trip through text: what a HAR viewer reads.
        const QJsonObject document = QJsonDocument::fromJson(QJsonDocument(har).toJson()).object();
        requireFields(document, "root", {{"log", QJsonValue::Object}});
        const QJsonObject log = document.value(u"log"_qs).toObject();
        requireFields(log, "log",
                      {{"version", QJsonValue::String},
                       {"creator", QJsonValue::Object},
                       {"entries", QJsonValue::Array}});
        QCOMPARE(log.value(u"version"_qs).toString(), u"1.2"_qs);
        requireFields(log.value(u"creator"_qs).toObject(), "creator",
                      {{"name", QJsonValue::String}, {"version", QJsonValue::String}});
        const QJsonArray entries = log.value(u"entries"_qs).toArray();
        QCOMPARE(entries.size(), 2);
        for (const QJsonValue &value : entries) {
            const QJsonObject entry = value.toObject();
            requireFields(entry, "entry",
                          {{"startedDateTime", QJsonValue::String},
                           {"time", QJsonValue::Double},
                           {"request", QJsonValue::Object},
                           {"response", QJsonValue::Object},
                           {"cache", QJsonValue::Object},
                           {"timings", QJsonValue::Object}});
            const QJsonObject request = entry.value(u"request"_qs).toObject();
            requireFields(request, "request",
                          {{"method", QJsonValue::String},
                           {"url", QJsonValue::String},
                           {"httpVersion", QJsonValue::String},
                           {"cookies", QJsonValue::Array},
                           {"headers", QJsonValue::Array},
                           {"queryString", QJsonValue::Array},
                           {"headersSize", QJsonValue::Double},
                           {"bodySize", QJsonValue::Double}});
            const QJsonObject response = entry.value(u"response"_qs).toObject();
            requireFields(response, "response",
                          {{"status", QJsonValue::Double},
                           {"statusText", QJsonValue::String},
                           {"httpVersion", QJsonValue::String},
                           {"cookies", QJsonValue::Array},
                           {"headers", QJsonValue::Array},
                           {"content", QJsonValue::Object},
                           {"redirectURL", QJsonValue::String},
                           {"headersSize", QJsonValue::Double},
                           {"bodySize", QJsonValue::Double}});
            requireFields(response.value(u"content"_qs).toObject(), "content",
                          {{"size", QJsonValue::Double}, {"mimeType", QJsonValue::String}});
            const QJsonObject timings = entry.value(u"timings"_qs).toObject();
            requireFields(timings, "timings",
                          {{"send", QJsonValue::Double},
                           {"wait", QJsonValue::Double},
                           {"receive", QJsonValue::Double}});
            // "time" is the sum of the timings that are not -1 (HAR 1.2, entries).
            QCOMPARE(entry.value(u"time"_qs).toDouble(),
                     timings.value(u"send"_qs).toDouble() + timings.value(u"wait"_qs).toDouble() +
                         timings.value(u"receive"_qs).toDouble());
        }
        const QJsonObject first = entries.at(0).toObject();
        QCOMPARE(first.value(u"startedDateTime"_qs).toString(), u"2023-11-14T22:13:20.123Z"_qs);
        QVERIFY(
            QDateTime::fromString(first.value(u"startedDateTime"_qs).toString(), Qt::ISODateWithMs)
                .isValid());
        QCOMPARE(first.value(u"time"_qs).toDouble(), 1.5);
        const QJsonObject response = first.value(u"response"_qs).toObject();
        QCOMPARE(response.value(u"status"_qs).toInt(), 404);
        QCOMPARE(response.value(u"statusText"_qs).toString(), u"Not Found"_qs);
        QCOMPARE(entries.at(1)[u"request"_qs][u"url"_qs].toString(),
                 u"http://127.0.0.1:9000/plain"_qs);
        QCOMPARE(entries.at(1)[u"request"_qs][u"queryString"_qs].toArray().size(), 0);
    }

    void harQueryStringAndUrl() {
        const QJsonObject request =
            LogExport::har({row()}, u"0.1.0"_qs)[u"log"_qs][u"entries"_qs][0][u"request"_qs]
                .toObject();
        QCOMPARE(request.value(u"url"_qs).toString(),
                 u"http://localhost/search?q=a+b&path=%2Fx%2Fy&flag&empty="_qs);
        const QJsonArray query = request.value(u"queryString"_qs).toArray();
        QCOMPARE(query.size(), 4);
        const auto pair = [&query](int i) {
            return std::pair(query.at(i)[u"name"_qs].toString(),
                             query.at(i)[u"value"_qs].toString());
        };
        QCOMPARE(pair(0), std::pair(u"q"_qs, u"a b"_qs));
        QCOMPARE(pair(1), std::pair(u"path"_qs, u"/x/y"_qs));
        QCOMPARE(pair(2), std::pair(u"flag"_qs, QString()));
        QCOMPARE(pair(3), std::pair(u"empty"_qs, QString()));
        const QJsonArray headers = request.value(u"headers"_qs).toArray();
        QCOMPARE(headers.size(), 1);
        QCOMPARE(headers.at(0)[u"name"_qs].toString(), u"User-Agent"_qs);
    }

    // Chromium's devtools' form: an upgrade's entry carries its messages; "send" is the client's.
    void harWebSocketMessages() {
        LogRow upgrade = row();
        upgrade.status = 101;
        upgrade.target = u"/chat"_qs;
        upgrade.connection = 42;
        EventRow in;
        in.id = 1;
        in.tsMs = 1'700'000'000'250;
        in.connection = 42;
        in.request = upgrade.id;
        in.type = u"ws"_qs;
        in.direction = u"in"_qs;
        in.preview = u"{\"type\":\"join\"}"_qs;
        EventRow out = in;
        out.id = 2;
        out.tsMs = 1'700'000'001'500;
        out.direction = u"out"_qs;
        out.preview = u"{\"type\":\"joined\"}"_qs;
        LogRow plain = row();
        plain.id = 8;
        const QByteArray document = QJsonDocument(LogExport::har({upgrade, plain}, u"0.1.0"_qs, {},
                                                                 {{upgrade.id, {in, out}}}))
                                        .toJson();
        const QJsonArray entries =
            QJsonDocument::fromJson(document)[u"log"_qs][u"entries"_qs].toArray();
        QCOMPARE(entries.size(), 2);
        const QJsonObject entry = entries.at(0).toObject();
        QCOMPARE(entry.value(u"_resourceType"_qs).toString(), u"websocket"_qs);
        QCOMPARE(entry[u"request"_qs][u"url"_qs].toString(), u"ws://localhost/chat"_qs);
        const QJsonArray messages = entry.value(u"_webSocketMessages"_qs).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0)[u"type"_qs].toString(), u"send"_qs);
        QCOMPARE(messages.at(0)[u"time"_qs].toDouble(), 1'700'000'000.25);
        QCOMPARE(messages.at(0)[u"opcode"_qs].toInt(), 1);
        QCOMPARE(messages.at(0)[u"data"_qs].toString(), in.preview);
        QCOMPARE(messages.at(1)[u"type"_qs].toString(), u"receive"_qs);
        QCOMPARE(messages.at(1)[u"time"_qs].toDouble(), 1'700'000'001.5);
        QCOMPARE(messages.at(1)[u"data"_qs].toString(), out.preview);
        QVERIFY(!entries.at(1).toObject().contains(u"_webSocketMessages"_qs));
    }

    // An id of 0 is SQL's NULL: an older row's connection, an event not linked yet.
    void jsonIdsOfZeroAreNull() {
        QVERIFY(LogExport::json(row()).value(u"connection"_qs).isNull());
        LogRow withConnection = row();
        withConnection.connection = 42;
        QCOMPARE(LogExport::json(withConnection).value(u"connection"_qs).toInteger(), 42);
        EventRow event;
        event.connection = 42;
        QVERIFY(LogExport::json(event).value(u"request"_qs).isNull());
        QCOMPARE(LogExport::json(event).value(u"connection"_qs).toInteger(), 42);
        event.request = 7;
        QCOMPARE(LogExport::json(event).value(u"request"_qs).toInteger(), 7);
        QVERIFY(LogExport::eventCsvLine(event).contains(",42,7,"));
    }
};

QTEST_APPLESS_MAIN(TestLogExport)
#include "tst_logexport.moc"
