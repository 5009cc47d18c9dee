#include "logging/logbatch.h"
#include "logging/logquery.h"
#include "logging/logschema.h"
#include "logging/logwriter.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace yard::logging;

namespace {
constexpr qint64 T0 = 1'700'000'000'000;

struct Written {
    qint64 id = 0;
    qint64 tsMs = 0;
    qint64 durationUs = 0;
    int status = 200;
};

// Rows in the order a server hands them over (by end time, up to 300 ms late), with long
// requests, WebSocket upgrades written at close, and upgrades that waited hours in a batch.
std::vector<Written> adversarialRows(int count) {
    QRandomGenerator random(42);
    struct Pending {
        Written row;
        qint64 handOverMs;
    };
    std::vector<Pending> pending;
    qint64 start = T0;
    for (int i = 0; i < count; ++i) {
        start += random.bounded(4); // equal timestamps too
        Written row{0, start, random.bounded(80'000), 200};
        if (i % 53 == 0)
            row.durationUs = qint64(random.bounded(1, 600)) * 1'000'000;
        if (i % 97 == 0) {
            row.status = 101;
            row.durationUs = qint64(random.bounded(3'600)) * 1'000'000;
        }
        const qint64 endMs = row.tsMs + row.durationUs / 1000;
        const bool stuck = i % 291 == 0;
        pending.push_back({row, endMs + (stuck ? 7'200'000 : random.bounded(300))});
    }
    std::stable_sort(pending.begin(), pending.end(), [](const Pending &a, const Pending &b) {
        return a.handOverMs < b.handOverMs;
    });
    std::vector<Written> rows;
    for (const Pending &p : pending)
        rows.push_back(p.row);
    return rows;
}

void write(LogWriter &writer, std::vector<Written> &rows) {
    LogBatch batch;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        RequestRecordView record;
        record.startMs = rows[i].tsMs;
        record.durationUs = rows[i].durationUs;
        record.status = rows[i].status;
        record.method = "GET";
        record.target = "/t";
        batch.append(record);
        if (batch.count() == 64 || i + 1 == rows.size()) {
            const int n = batch.count();
            writer.submit(QStringLiteral("web"), batch.take(), n);
        }
    }
    writer.flush();
}

QList<qint64> ids(const QList<LogRow> &rows) {
    QList<qint64> out;
    for (const LogRow &row : rows)
        out.append(row.id);
    return out;
}

// The first column of every row, joined by newlines (EXPLAIN QUERY PLAN: its last column).
QString scalarText(const QString &path, const QString &sql) {
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), u"side"_qs);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            const bool plan = sql.startsWith(u"EXPLAIN"_qs);
            for (bool ok = query.exec(sql) && query.next(); ok; ok = query.next())
                value +=
                    (value.isEmpty() ? u""_qs : u"\n"_qs) + query.value(plan ? 3 : 0).toString();
        }
    }
    QSqlDatabase::removeDatabase(u"side"_qs);
    return value;
}
} // namespace

// Time filters and age retention without a ts_ms index (core/logging/timebounds.h): the rows
// LogQuery returns for since/until are exactly a brute-force scan's, on a log written the way a
// server writes it (long requests and upgrade rows out of start order).
class TestLogTimeFilter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::vector<Written> m_rows; // by id

    QList<qint64> expected(qint64 sinceMs, qint64 untilMs, bool newestFirst, int limit) const {
        QList<qint64> out;
        for (const Written &row : m_rows) {
            if ((sinceMs == 0 || row.tsMs >= sinceMs) && (untilMs == 0 || row.tsMs < untilMs))
                out.append(row.id);
        }
        if (newestFirst)
            std::reverse(out.begin(), out.end());
        return out.mid(0, limit);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("log.db"));
        const auto writer = LogWriter::open(m_path, nullptr);
        QVERIFY(writer);
        m_rows = adversarialRows(12'000);
        write(*writer, m_rows);
        const QList<LogRow> all = LogQuery(m_path).tail(0, {}, LogQuery::MaxLimit);
        QCOMPARE(all.size(), qsizetype(m_rows.size()));
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            m_rows[i].id = all.at(qsizetype(i)).id;
    }

    void matchesBruteForce_data() {
        QTest::addColumn<qint64>("sinceMs");
        QTest::addColumn<qint64>("untilMs");
        const qint64 span = m_rows.back().tsMs - T0; // the newest row by id is not the latest
        for (const double at : {0.0, 0.001, 0.1, 0.5, 0.77, 0.99, 1.0}) {
            const qint64 t = T0 + qint64(span * at);
            QTest::addRow("since %.3f", at) << t << qint64(0);
            QTest::addRow("until %.3f", at) << qint64(0) << t;
            QTest::addRow("since %.3f for 20 s", at) << t << t + 20'000;
        }
        QTest::addRow("since before everything") << T0 - 3'600'000 << qint64(0);
        QTest::addRow("until before everything") << qint64(0) << T0 - 3'600'000;
        QTest::addRow("since after everything") << T0 + 86'400'000 << qint64(0);
        QTest::addRow("until after everything") << qint64(0) << T0 + 86'400'000;
        QTest::addRow("empty range") << T0 + 50'000 << T0 + 50'000;
        QTest::addRow("a row's exact start")
            << m_rows[m_rows.size() / 2].tsMs << m_rows[m_rows.size() / 2].tsMs + 1;
    }

    void matchesBruteForce() {
        QFETCH(qint64, sinceMs);
        QFETCH(qint64, untilMs);
        const LogQuery log(m_path);
        LogFilter filter;
        filter.sinceMs = sinceMs;
        filter.untilMs = untilMs;
        QString error;
        QCOMPARE(ids(log.page(0, filter, LogQuery::MaxLimit, &error)),
                 expected(sinceMs, untilMs, true, LogQuery::MaxLimit));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(ids(log.tail(0, filter, LogQuery::MaxLimit)),
                 expected(sinceMs, untilMs, false, LogQuery::MaxLimit));
        QCOMPARE(ids(log.page(0, filter, 50)), expected(sinceMs, untilMs, true, 50));
        QCOMPARE(ids(log.tail(0, filter, 50)), expected(sinceMs, untilMs, false, 50));
        QCOMPARE(log.count(filter), expected(sinceMs, untilMs, true, LogQuery::MaxLimit).size());
        // Paging on from the middle: the id cursor and the time bounds together.
        const QList<qint64> all = expected(sinceMs, untilMs, true, LogQuery::MaxLimit);
        if (all.size() > 100) {
            const QList<LogRow> next = log.page(all.at(99), filter, 100);
            QCOMPARE(ids(next), all.mid(100, 100));
        }
    }

    // The late rows are read through their partial index, not a scan.
    void lateRowsUseTheirIndex() {
        const QString plan = scalarText(
            m_path, u"EXPLAIN QUERY PLAN SELECT id FROM requests WHERE (duration_us >= 1000000 OR "
                    "status = 101) AND id >= 5 AND ts_ms < 7 ORDER BY id DESC LIMIT 1"_qs);
        QVERIFY2(plan.contains(u"requests_late_id"_qs), qPrintable(plan));
        QCOMPARE(scalarText(m_path, u"SELECT count(*) FROM sqlite_master WHERE name = "
                                    "'requests_ts'"_qs),
                 u"0"_qs);
    }

    // Retention by age deletes by start time, late rows included, and keeps the rest.
    void ageRetentionIsExact() {
        const QString path = m_dir.filePath(QStringLiteral("age.db"));
        const auto writer = LogWriter::open(path, nullptr);
        QVERIFY(writer);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 day = 86'400'000;
        std::vector<Written> rows;
        for (int i = 0; i < 200; ++i) // ten to nine days old, then the last two days
            rows.push_back({0, now - (i < 100 ? 10 * day - i * 1000 : 2 * day - i * 1000), 500});
        rows.push_back({0, now - 10 * day, 10 * day * 1000 - 5'000'000, 101}); // closed just now
        rows.push_back({0, now - 6 * day, 6 * day * 1000 - 5'000'000, 101});   // kept: 6 days
        rows.push_back({0, now - 8 * day, 8 * day * 1000 - 3'000'000, 200});   // a long one
        write(*writer, rows);
        writer->setRetention(QStringLiteral("web"), 0, 7);
        writer->trim();
        LogFilter everything;
        QCOMPARE(LogQuery(path).count(everything), 101);
        for (const LogRow &row : LogQuery(path).tail(0, {}, 1000))
            QVERIFY(row.tsMs >= now - 7 * day);
    }

    // A format-2 file with the (ts_ms) index loses it on opening and keeps its rows and version.
    void indexIsDroppedFromAnOlderFile() {
        const QString path = m_dir.filePath(QStringLiteral("old.db"));
        {
            const auto writer = LogWriter::open(path, nullptr);
            QVERIFY(writer);
            std::vector<Written> rows = {{0, T0, 100, 200}, {0, T0 + 1, 100, 404}};
            write(*writer, rows);
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), u"old"_qs);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"DROP INDEX requests_late_id"_qs));
            QVERIFY(query.exec(u"CREATE INDEX requests_ts ON requests (ts_ms)"_qs));
        }
        QSqlDatabase::removeDatabase(u"old"_qs);
        QString error;
        const auto writer = LogWriter::open(path, &error);
        QVERIFY2(writer, qPrintable(error));
        QCOMPARE(scalarText(path, u"SELECT group_concat(name) FROM sqlite_master WHERE name IN "
                                  "('requests_ts', 'requests_late_id')"_qs),
                 u"requests_late_id"_qs);
        QCOMPARE(scalarText(path, u"SELECT value FROM meta WHERE key = 'schema_version'"_qs),
                 QString::number(LogSchema::Version));
        LogFilter since;
        since.sinceMs = T0 + 1;
        const QList<LogRow> got = LogQuery(path).page(0, since, 10);
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.at(0).status, 404);
    }
};

QTEST_MAIN(TestLogTimeFilter)
#include "tst_logtimefilter.moc"
