#include "logging/logbatch.h"
#include "logging/logquery.h"
#include "logging/logwriter.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace yard::logging;

namespace {
constexpr qint64 Now = 1'700'000'000'000; // 2023-11-14T22:13:20Z
constexpr int Rows = 200;
} // namespace

// LogQuery on a generated log of 200 requests whose every field follows i (see initTestCase), so
// each filter's expected count can be worked out by hand.
class TestLogQuery : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("log.db"));
        QString error;
        const auto writer = LogWriter::open(m_path, &error);
        QVERIFY2(writer, qPrintable(error));
        static const int statuses[] = {200, 200, 301, 404, 500, 503, 101};
        for (int i = 0; i < Rows; ++i) {
            const QByteArray number = QByteArray::number(i);
            const QByteArray target = i % 3 == 0 ? QByteArray("/api/items?id=" + number)
                                                 : QByteArray("/static/file" + number + ".css");
            const QByteArray remote = (i % 2 ? "127.0.0.1:5" : "[::1]:6") + number;
            RequestRecordView record;
            record.startMs = Now - 200'000 + i * 1000;
            record.method = i % 5 == 0 ? "POST" : "GET";
            record.target = target;
            record.route = i % 10 == 9 ? -1 : i % 3;
            record.status = statuses[i % 7];
            record.durationUs = i * 1000;
            record.remote = remote;
            LogBatch batch; // one per record: the order of ids is the order of i
            batch.append(record);
            writer->submit(i % 4 == 0 ? QStringLiteral("api") : QStringLiteral("web"), batch.take(),
                           1);
        }
        writer->flush();
    }

    void filter_data() {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("expected");
        QTest::newRow("everything") << QString() << 200;
        QTest::newRow("server api") << u"server:api"_qs << 50;
        QTest::newRow("server unknown") << u"server:nope"_qs << 0;
        QTest::newRow("method POST") << u"method:POST"_qs << 40;
        QTest::newRow("methods lower case") << u"method:post,put"_qs << 40;
        QTest::newRow("status 5xx") << u"status:5xx"_qs << 56;
        QTest::newRow("status 404") << u"status:404"_qs << 29;
        QTest::newRow("status 2xx,3xx") << u"status:2xx,3xx"_qs << 87;
        QTest::newRow("status 1xx") << u"status:1xx"_qs << 28;
        // 200 has no entry in the partial status index: these read the rows themselves.
        QTest::newRow("status 2xx") << u"status:2xx"_qs << 58;
        QTest::newRow("status 200") << u"status:200"_qs << 58;
        QTest::newRow("status 200,404") << u"status:200,404"_qs << 87;
        QTest::newRow("path glob") << u"path:/api/*"_qs << 67;
        QTest::newRow("path glob inside") << u"path:/static/*5.css"_qs << 13;
        QTest::newRow("path substring") << u"path:file1"_qs << 75;
        QTest::newRow("path substring query") << u"path:id=1"_qs << 36;
        QTest::newRow("path glob, ? is literal") << u"path:/api/items?id=1*"_qs << 36;
        QTest::newRow("route none") << u"route:none"_qs << 20;
        QTest::newRow("route 2") << u"route:2"_qs << 60;
        QTest::newRow("client v4") << u"client:127.0.0.1"_qs << 100;
        QTest::newRow("min duration") << u"min:150ms"_qs << 50;
        QTest::newRow("min duration seconds") << u"min:0.15s"_qs << 50;
        QTest::newRow("since ago") << u"since:100s"_qs << 100;
        QTest::newRow("until date") << u"until:2023-11-14T22:10:50Z"_qs << 50;
        QTest::newRow("since and min") << u"since:100s min:180ms"_qs << 20;
        QTest::newRow("combined") << u"server:web method:GET status:2xx path:/api/*"_qs << 12;
        QTest::newRow("codes or classes") << u"status:404,5xx method:POST"_qs << 17;
        QTest::newRow("server and client") << u"  server:api   client:[::1] "_qs << 50;
    }

    void filter() {
        QFETCH(QString, expression);
        QFETCH(int, expected);
        LogFilter filter;
        QCOMPARE(parseFilterExpression(expression, filter, Now), QString());
        const LogQuery query(m_path);
        QString error;
        QCOMPARE(query.count(filter, &error), expected);
        QCOMPARE(error, QString());
        QCOMPARE(query.tail(0, filter, 1000, &error).size(), expected);
        QCOMPARE(query.page(0, filter, 1000, &error).size(), expected);
    }

    // A status class (status:5xx, the Log tab's class buttons) walks the class index by id and
    // stops at the LIMIT, in LogQuery's words ("status / 100 = ?"); on (status, id) SQLite read
    // the whole class and sorted it: 0.2-0.3 s at 10 M rows (docs/PERFORMANCE.md).
    void aStatusClassWalksItsIndexWithoutASort() {
        QString plan;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"plan"_qs);
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(
                query.exec(u"EXPLAIN QUERY PLAN SELECT id FROM requests WHERE "
                           "(status / 100 = 5) AND status <> 200 ORDER BY id DESC LIMIT 500"_qs));
            while (query.next())
                plan += query.value(3).toString() + u'\n';
        }
        QSqlDatabase::removeDatabase(u"plan"_qs);
        QVERIFY2(plan.contains(u"requests_class_id"_qs) && !plan.contains(u"TEMP B-TREE"_qs),
                 qPrintable(plan));
    }

    void tailIsAscendingAndContinues() {
        const LogQuery query(m_path);
        const QList<LogRow> first = query.tail(0, {}, 10);
        QCOMPARE(first.size(), 10);
        for (int i = 1; i < first.size(); ++i)
            QVERIFY(first.at(i).id > first.at(i - 1).id);
        QCOMPARE(first.front().target, u"/api/items?id=0"_qs);
        const QList<LogRow> next = query.tail(first.back().id, {}, 10);
        QCOMPARE(next.front().target, u"/static/file10.css"_qs);
        QCOMPARE(query.tail(query.lastId(), {}, 10).size(), 0);
    }

    void pageIsNewestFirstAndContinues() {
        const LogQuery query(m_path);
        const QList<LogRow> newest = query.page(0, {}, 5);
        QCOMPARE(newest.size(), 5);
        QCOMPARE(newest.front().id, query.lastId());
        QCOMPARE(newest.front().target, u"/static/file199.css"_qs);
        for (int i = 1; i < newest.size(); ++i)
            QVERIFY(newest.at(i).id < newest.at(i - 1).id);
        const QList<LogRow> older = query.page(newest.back().id, {}, 5);
        QCOMPARE(older.front().id, newest.back().id - 1);
        LogFilter api;
        api.server = QStringLiteral("api");
        const QList<LogRow> apiNewest = query.page(0, api, 2);
        QCOMPARE(apiNewest.at(0).target, u"/static/file196.css"_qs);
        QCOMPARE(apiNewest.at(1).target, u"/api/items?id=192"_qs);
    }

    void byIdAndLimits() {
        const LogQuery query(m_path);
        const qint64 last = query.lastId();
        const auto row = query.byId(last);
        QVERIFY(row);
        QCOMPARE(row->id, last);
        QCOMPARE(row->durationUs, 199'000);
        QVERIFY(!query.byId(last + 1));
        QCOMPARE(query.tail(0, {}, 0).size(), LogQuery::DefaultLimit);
        LogFilter filter;
        filter.afterId = last - 3;
        QCOMPARE(query.tail(0, filter, 100).size(), 3);
    }

    void missingOrCorruptDatabase() {
        QString error;
        const LogQuery missing(m_dir.filePath(QStringLiteral("missing.db")));
        QCOMPARE(missing.tail(0, {}, 10, &error).size(), 0);
        QVERIFY2(error.contains(u"missing.db"_qs), qPrintable(error));
        QCOMPARE(missing.lastId(), -1);
    }

    void parse_data() {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("error"); // a part of the error sentence; empty: it parses
        QTest::newRow("all terms")
            << u"server:web method:GET status:5xx path:/a/* route:3 client:10. since:10m "
               "until:2024-01-01T00:00:00 min:100ms"_qs
            << QString();
        QTest::newRow("unknown key") << u"colour:red"_qs << u"unknown filter 'colour'"_qs;
        QTest::newRow("bare word") << u"hello"_qs << u"'hello' is not a filter term"_qs;
        QTest::newRow("empty value") << u"status:"_qs << u"status: needs a value"_qs;
        QTest::newRow("status class 6") << u"status:6xx"_qs << u"status:6xx"_qs;
        QTest::newRow("status code 99") << u"status:99"_qs << u"status:99"_qs;
        QTest::newRow("method digits") << u"method:G3T"_qs << u"method:G3T"_qs;
        QTest::newRow("route negative") << u"route:-3"_qs << u"route:-3"_qs;
        QTest::newRow("since words") << u"since:yesterday"_qs << u"since:yesterday"_qs;
        QTest::newRow("min unit") << u"min:fast"_qs << u"min:fast"_qs;
        QTest::newRow("min without unit") << u"min:100"_qs << u"min:100"_qs;
    }

    void parse() {
        QFETCH(QString, expression);
        QFETCH(QString, error);
        LogFilter filter;
        const QString got = parseFilterExpression(expression, filter, Now);
        if (error.isEmpty())
            QCOMPARE(got, QString());
        else
            QVERIFY2(got.contains(error), qPrintable(got));
    }

    void parseFillsTheFilter() {
        LogFilter filter;
        QCOMPARE(parseFilterExpression(u"method:get,Post status:4xx,201 route:none since:2h "
                                       "min:250us server:web client:::1 path:/x"_qs,
                                       filter, Now),
                 QString());
        QCOMPARE(filter.methods, QStringList({u"GET"_qs, u"POST"_qs}));
        QCOMPARE(filter.statusClasses, QList<int>{4});
        QCOMPARE(filter.statusCodes, QList<int>{201});
        QCOMPARE(filter.route, std::optional<int>(-1));
        QCOMPARE(filter.sinceMs, Now - 2 * 3'600'000);
        QCOMPARE(filter.minDurationUs, 250);
        QCOMPARE(filter.server, u"web"_qs);
        QCOMPARE(filter.client, u"::1"_qs);
        QCOMPARE(filter.path, u"/x"_qs);
    }

    // A thread's id comes back after it ends; the connection a later thread gets must be its own.
    void queriesFromThreadAfterThread() {
        for (int round = 0; round < 4; ++round) {
            qint64 last = -1;
            QString error;
            QThread *thread =
                QThread::create([this, &last, &error] { last = LogQuery(m_path).lastId(&error); });
            thread->start();
            QVERIFY(thread->wait(10000));
            delete thread;
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(last, Rows);
        }
    }
};

QTEST_GUILESS_MAIN(TestLogQuery)
#include "tst_logquery.moc"
