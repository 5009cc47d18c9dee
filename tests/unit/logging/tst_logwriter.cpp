#include "heldwriter.h"
#include "logging/logbatch.h"
#include "logging/logquery.h"
#include "logging/logschema.h"
#include "logging/logwriter.h"

#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#ifdef Q_OS_LINUX
#include <cerrno>
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace yard::logging;

// LogWriter against real SQLite files in a temporary folder, read back through LogQuery.
class TestLogWriter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("log%1.db").arg(++m_files)); }

    static void submit(LogWriter &writer, const QString &server, int count, qint64 tsMs = 0) {
        LogBatch batch;
        for (int i = 0; i < count; ++i) {
            const QByteArray target = "/r/" + QByteArray::number(i);
            RequestRecordView record;
            record.startMs = tsMs ? tsMs : QDateTime::currentMSecsSinceEpoch();
            record.method = "GET";
            record.target = target;
            record.status = 200;
            batch.append(record);
        }
        const int n = batch.count();
        writer.submit(server, batch.take(), n);
    }

    static qint64 rows(const QString &path, const QString &server = {}) {
        LogFilter filter;
        filter.server = server;
        return LogQuery(path).count(filter);
    }

    // A side connection of the test's own, closed before returning.
    static void sql(const QString &path, const QStringList &statements) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const QString &statement : statements)
                QVERIFY2(query.exec(statement), qPrintable(statement));
        }
        QSqlDatabase::removeDatabase(path);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void recordsReadBackFieldByField() {
        const QString path = newPath();
        QString error;
        const auto writer = LogWriter::open(path, &error);
        QVERIFY2(writer, qPrintable(error));
        LogBatch batch;
        RequestRecordView record;
        record.startMs = 1'700'000'000'123;
        record.method = "PUT";
        record.target = "/users/42?x=%C3%A9";
        record.route = 2;
        record.status = 204;
        record.durationUs = 1500;
        record.bytesIn = 321;
        record.bytesOut = 123;
        record.remote = "[::1]:40000";
        record.userAgent = "Mozilla/5.0 (X11) é";
        record.session = "abc";
        batch.append(record);
        record.route = -1;
        record.session = {};
        const QByteArray longTarget(LogBatch::TargetCap + 10, 'a');
        record.target = longTarget;
        batch.append(record);
        writer->submit(QStringLiteral("web"), batch.take(), 2);
        writer->flush();

        const QList<LogRow> got = LogQuery(path).tail(0, {}, 10);
        QCOMPARE(got.size(), 2);
        const LogRow &row = got.front();
        QVERIFY(row.id > 0);
        QCOMPARE(row.tsMs, 1'700'000'000'123);
        QCOMPARE(row.server, u"web"_qs);
        QCOMPARE(row.method, u"PUT"_qs);
        QCOMPARE(row.target, u"/users/42?x=%C3%A9"_qs);
        QCOMPARE(row.route, 2);
        QCOMPARE(row.status, 204);
        QCOMPARE(row.durationUs, 1500);
        QCOMPARE(row.bytesIn, 321);
        QCOMPARE(row.bytesOut, 123);
        QCOMPARE(row.remote, u"[::1]:40000"_qs);
        QCOMPARE(row.userAgent, QString::fromUtf8("Mozilla/5.0 (X11) é"));
        QCOMPARE(row.session, u"abc"_qs);
        QCOMPARE(row.truncated, 0);
        QCOMPARE(got.at(1).route, -1);
        QCOMPARE(got.at(1).session, QString());
        QCOMPARE(got.at(1).target.size(), LogBatch::TargetCap);
        QCOMPARE(got.at(1).truncated, int(LogBatch::TargetCut));
        QVERIFY(got.at(1).id > row.id);
        QVERIFY(writer->disabledReason().isEmpty());
    }

    // A batch is inserted RowsPerInsert rows per statement and its last few one by one: every
    // row keeps its own fields and its place, whatever the batch size.
    void batchRowsKeepFieldsAndOrder_data() {
        QTest::addColumn<int>("count");
        QTest::newRow("fewer than one statement") << LogWriter::RowsPerInsert - 1;
        QTest::newRow("exactly one statement") << LogWriter::RowsPerInsert;
        QTest::newRow("statements and a rest") << 3 * LogWriter::RowsPerInsert + 5;
    }
    void batchRowsKeepFieldsAndOrder() {
        QFETCH(int, count);
        const QString path = newPath();
        const auto writer = LogWriter::open(path, nullptr);
        QVERIFY(writer);
        LogBatch batch;
        for (int i = 0; i < count; ++i) {
            const QByteArray target = "/r/" + QByteArray::number(i);
            const QByteArray session = "s" + QByteArray::number(i);
            RequestRecordView record;
            record.startMs = 1'000 + i;
            record.method = i % 2 ? "GET" : "POST";
            record.target = target;
            record.route = i % 3 ? i : -1;
            record.status = 200 + i;
            record.durationUs = 10 * i;
            record.bytesIn = i;
            record.bytesOut = 2 * i;
            record.remote = "[::1]:1";
            if (i % 4)
                record.session = session;
            batch.append(record);
        }
        writer->submit(QStringLiteral("web"), batch.take(), count);
        writer->flush();
        const QList<LogRow> got = LogQuery(path).tail(0, {}, 1000);
        QCOMPARE(got.size(), count);
        for (int i = 0; i < count; ++i) {
            const LogRow &row = got.at(i);
            QCOMPARE(row.tsMs, 1'000 + i);
            QCOMPARE(row.method, i % 2 ? u"GET"_qs : u"POST"_qs);
            QCOMPARE(row.target, u"/r/"_qs + QString::number(i));
            QCOMPARE(row.route, i % 3 ? i : -1);
            QCOMPARE(row.status, 200 + i);
            QCOMPARE(row.durationUs, 10 * i);
            QCOMPARE(row.bytesIn, i);
            QCOMPARE(row.bytesOut, 2 * i);
            QCOMPARE(row.session, i % 4 ? u"s"_qs + QString::number(i) : QString());
            QCOMPARE(row.server, u"web"_qs);
            if (i > 0)
                QVERIFY(row.id > got.at(i - 1).id);
        }
    }

    void batchesFromSeveralServers() {
        const QString path = newPath();
        const auto writer = LogWriter::open(path, nullptr);
        QVERIFY(writer);
        for (int i = 0; i < 10; ++i)
            submit(*writer, i % 2 ? QStringLiteral("api") : QStringLiteral("web"), 1000);
        writer->flush();
        QCOMPARE(writer->queuedBytes(), 0);
        QCOMPARE(rows(path), 10'000);
        QCOMPARE(rows(path, QStringLiteral("api")), 5'000);
        const QList<LogRow> all = LogQuery(path).tail(0, {}, 100'000);
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i).id > all.at(i - 1).id);
    }

    void oneWriterPerFile() {
        const QString path = newPath();
        const auto first = LogWriter::open(path, nullptr);
        const auto second = LogWriter::open(path, nullptr);
        QVERIFY(first);
        QCOMPARE(first.get(), second.get());
    }

    void retentionTrimsExactlyToMaxRows() {
        const QString path = newPath();
        const auto writer = LogWriter::open(path, nullptr);
        QVERIFY(writer);
        writer->setRetention(QStringLiteral("web"), 250, 0);
        for (int i = 0; i < 4; ++i)
            submit(*writer, QStringLiteral("web"), 3'000); // more than one trim chunk
        submit(*writer, QStringLiteral("api"), 100);
        writer->flush();
        writer->trim();
        QCOMPARE(rows(path, QStringLiteral("web")), 250);
        QCOMPARE(rows(path, QStringLiteral("api")), 100); // no rule: untouched
        LogFilter web;
        web.server = QStringLiteral("web");
        const QList<LogRow> oldest = LogQuery(path).tail(0, web, 1);
        QCOMPARE(oldest.front().target, u"/r/2750"_qs); // the newest 250 of the last 3 000 stay
    }

    void retentionByAge() {
        const QString path = newPath();
        const auto writer = LogWriter::open(path, nullptr);
        QVERIFY(writer);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        submit(*writer, QStringLiteral("web"), 30, now - 10 * 86'400'000LL);
        submit(*writer, QStringLiteral("web"), 20, now);
        writer->setRetention(QStringLiteral("web"), 0, 7);
        writer->flush();
        writer->trim();
        QCOMPARE(rows(path, QStringLiteral("web")), 20);
    }

    void dropsAreStoredAndReadable() {
        const QString path = newPath();
        const auto writer = LogWriter::open(path, nullptr);
        QVERIFY(writer);
        writer->recordDropped(QStringLiteral("web"), 5);
        writer->recordDropped(QStringLiteral("web"), 7);
        writer->recordDropped(QStringLiteral("api"), 1);
        writer->flush();
        QCOMPARE(writer->droppedTotal(), 13);
        QCOMPARE(LogQuery(path).dropped(QStringLiteral("web")), 12);
        QCOMPARE(LogQuery(path).dropped({}), 13);
        QCOMPARE(LogQuery(path).dropped(QStringLiteral("none")), 0);
    }

    // The writer yields to serving: on Linux its thread has nice 19 (an ordinary thread, weight
    // 15 against a worker's 1024), so it takes a small share of a saturated core and never
    // starves (docs/LOGGING-NOTES.md, "Priority").
    void writerThreadRunsAtLowestPriority() {
        const auto writer = LogWriter::open(newPath(), nullptr);
        QVERIFY(writer);
        int policy = -1;
        int nice = 0;
        QMetaObject::invokeMethod(
            writer.get(),
            [&] {
#ifdef Q_OS_LINUX
                policy = sched_getscheduler(0);
                errno = 0;
                nice = getpriority(PRIO_PROCESS, id_t(gettid()));
#endif
            },
            Qt::BlockingQueuedConnection);
#ifdef Q_OS_LINUX
        QCOMPARE(policy, SCHED_OTHER);
        QCOMPARE(nice, LogWriter::WriterNice);
#endif
        int callerNice = 0;
#ifdef Q_OS_LINUX
        callerNice = getpriority(PRIO_PROCESS, id_t(gettid()));
#endif
        QCOMPARE(callerNice, 0); // only the writer's thread, not the process
    }

    // A writer kept from its queue (here: blocked; in a server: a core busy serving) holds its
    // backlog within the bound and then writes all of it, in order, with no drop.
    void backlogIsWrittenInOrderOnceTheWriterRuns() {
        const QString path = newPath();
        const auto writer = LogWriter::open(path, nullptr);
        QVERIFY(writer);
        HeldWriter held(writer.get());
        for (int i = 0; i < 10; ++i)
            submit(*writer, QStringLiteral("web"), 100, 1'000 + i);
        QVERIFY(writer->queuedBytes() > 0);
        QCOMPARE(writer->backlogRecords(), 1'000); // what the Log tab says it is behind
        QVERIFY(writer->accepting());
        held.release();
        writer->flush();
        QCOMPARE(writer->queuedBytes(), 0);
        QCOMPARE(writer->backlogRecords(), 0);
        QCOMPARE(rows(path), 1'000);
        QCOMPARE(writer->droppedTotal(), 0);
        const QList<LogRow> got = LogQuery(path).tail(0, {}, 2'000);
        for (int i = 0; i < got.size(); ++i)
            QCOMPARE(got.at(i).tsMs, 1'000 + i / 100);
    }

    void backPressureBound() {
        const auto writer = LogWriter::open(newPath(), nullptr);
        QVERIFY(writer);
        QVERIFY(writer->accepting());
        writer->setQueueLimit(0);
        QVERIFY(!writer->accepting());
        writer->setQueueLimit(LogWriter::DefaultQueueLimit);
        QVERIFY(writer->accepting());
    }

    void corruptFileIsRefusedClearly() {
        const QString path = newPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'g'));
        file.close();
        QString error;
        QVERIFY(!LogWriter::open(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(u"not a database"_qs), qPrintable(error));
    }

    void unwritablePlaceIsRefusedClearly() {
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/log.db"));
        QString error;
        QVERIFY(!LogWriter::open(path, &error));
        QVERIFY2(error.contains(path) && error.contains(u"unable to open"_qs), qPrintable(error));
    }

    void olderSchemaIsMigrated() {
        const QString path = newPath();
        sql(path, {QStringLiteral("CREATE TABLE requests (id INTEGER PRIMARY KEY, ts_ms INTEGER, "
                                  "method TEXT, target TEXT, status INTEGER)"),
                   QStringLiteral("INSERT INTO requests (ts_ms, method, target, status) "
                                  "VALUES (5, 'GET', '/old', 200)")});
        QString error;
        const auto writer = LogWriter::open(path, &error);
        QVERIFY2(writer, qPrintable(error));
        submit(*writer, QStringLiteral("web"), 1);
        writer->flush();
        const QList<LogRow> got = LogQuery(path).tail(0, {}, 10);
        QCOMPARE(got.size(), 2);
        QCOMPARE(got.at(0).target, u"/old"_qs);
        QCOMPARE(got.at(0).server, QString());
        QCOMPARE(got.at(0).bytesOut, 0);
        QCOMPARE(got.at(1).server, u"web"_qs);
        QCOMPARE(got.at(1).target, u"/r/0"_qs);
    }

    // Format 1 indexed every status; opening it rebuilds that index as format 2's partial one,
    // adds format 3's column, keeps the rows, and ids go on from where they were.
    void format1IsMigratedToThePartialStatusIndex() {
        const QString path = newPath();
        {
            const auto writer = LogWriter::open(path, nullptr); // today's tables …
            QVERIFY(writer);
        }
        sql(path, // … turned back into format 1
            {QStringLiteral("DROP INDEX requests_status_id"),
             QStringLiteral("CREATE INDEX requests_status_id ON requests (status, id)"),
             QStringLiteral("DROP INDEX events_unlinked"),
             QStringLiteral("ALTER TABLE requests DROP COLUMN connection"),
             QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'schema_version'"),
             QStringLiteral("INSERT INTO requests (ts_ms, server, method, target, status) VALUES "
                            "(5, 'web', 'GET', '/a', 200), (6, 'web', 'GET', '/b', 500)")});
        QString error;
        const auto writer = LogWriter::open(path, &error);
        QVERIFY2(writer, qPrintable(error));
        submit(*writer, QStringLiteral("web"), 1);
        writer->flush();

        QString version;
        QString index;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(
                query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")));
            QVERIFY(query.next());
            version = query.value(0).toString();
            QVERIFY(query.exec(
                QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'requests_status_id'")));
            QVERIFY(query.next());
            index = query.value(0).toString();
        }
        QSqlDatabase::removeDatabase(path);
        QCOMPARE(version, QString::number(LogSchema::Version));
        QVERIFY2(index.contains(u"WHERE status <> 200"_qs), qPrintable(index));

        const QList<LogRow> got = LogQuery(path).tail(0, {}, 10);
        QCOMPARE(got.size(), 3);
        QCOMPARE(got.at(0).target, u"/a"_qs);
        QCOMPARE(got.at(2).target, u"/r/0"_qs);
        QCOMPARE(got.at(2).id, got.at(1).id + 1);
        QCOMPARE(got.at(0).connection, 0); // NULL: before format 3
        LogFilter errors;
        QVERIFY(parseFilterExpression(u"status:5xx"_qs, errors).isEmpty());
        const QList<LogRow> failed = LogQuery(path).page(0, errors, 10);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).target, u"/b"_qs);
    }

    void newerSchemaIsRefused() {
        const QString path = newPath();
        sql(path, {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
                   QStringLiteral("INSERT INTO meta VALUES ('schema_version', '99')")});
        QString error;
        QVERIFY(!LogWriter::open(path, &error));
        QVERIFY2(error.contains(u"newer"_qs), qPrintable(error));
    }

    // A write that fails later (here: another process holds the write lock past the busy
    // timeout) stops writing with a reason and counts what was lost; the process lives on.
    void writeErrorDisablesWithAReason() {
        const QString path = newPath();
        const auto writer = LogWriter::open(path, nullptr);
        QVERIFY(writer);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery lock(db);
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            submit(*writer, QStringLiteral("web"), 10);
            writer->flush(); // waits out the busy timeout
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        }
        QSqlDatabase::removeDatabase(path);
        QVERIFY(!writer->accepting());
        QVERIFY2(writer->disabledReason().contains(path), qPrintable(writer->disabledReason()));
        QVERIFY2(writer->disabledReason().contains(u"locked"_qs),
                 qPrintable(writer->disabledReason()));
        QCOMPARE(writer->droppedTotal(), 10);
        submit(*writer, QStringLiteral("web"), 3);
        writer->flush();
        QCOMPARE(writer->droppedTotal(), 13);
    }
};

QTEST_GUILESS_MAIN(TestLogWriter)
#include "tst_logwriter.moc"
