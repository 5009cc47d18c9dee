// The request log's costs: LogBatch::append per record (the engine's hot path), the rows/s the
// LogWriter thread sustains (2 000 000 records in batches of 1 000, as workers submit them)
// against the raw Qt Sql driver doing the same inserts, and the read queries on a 10 000 000-row
// log. Prints: case, Yardmaster, peer, ratio. Built on demand:
//   cmake --build --preset release --target bench_logwriter &&
//   build/release/tests/bench/bench_logwriter [QUERY_ROWS] [WRITER_RECORDS]
// QUERY_ROWS 0 skips the peer and the queries, so that a profiler sees the writer alone:
//   valgrind --tool=callgrind build/release/tests/bench/bench_logwriter 0 100000
#include "logging/logbatch.h"
#include "logging/logquery.h"
#include "logging/logwriter.h"
#include "logging/timeprobes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QVariant>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>
#include <vector>

using namespace yard::logging;

namespace {
int WriterRecords = 2'000'000; // argv[2]
constexpr int BatchSize = 1'000;

void row(const char *name, double ours, double peer, const char *unit) {
    if (peer > 0)
        std::printf("%-44s %12.1f %12.1f %7.2f  %s\n", name, ours, peer, ours / peer, unit);
    else
        std::printf("%-44s %12.1f %12s %7s  %s\n", name, ours, "-", "-", unit);
}

// A realistic record: a varied API target, a browser user agent, no session.
struct Records {
    std::vector<QByteArray> targets;
    std::vector<QByteArray> remotes;
    QByteArray userAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                           "Chrome/120.0 Safari/537.36";

    Records() {
        for (int i = 0; i < BatchSize; ++i) {
            targets.push_back("/api/items/" + QByteArray::number(i * 7919) +
                              "?page=" + QByteArray::number(i % 10));
            remotes.push_back("127.0.0.1:" + QByteArray::number(40000 + i));
        }
    }

    RequestRecordView at(int i) const {
        RequestRecordView record;
        record.startMs = 1'700'000'000'000 + i;
        record.method = i % 5 ? "GET" : "POST";
        record.target = targets[std::size_t(i % BatchSize)];
        record.route = i % 10;
        record.status = i % 100 ? 200 : 500;
        record.durationUs = 150 + i % 1000;
        record.bytesIn = 180;
        record.bytesOut = 1200;
        record.remote = remotes[std::size_t(i % BatchSize)];
        record.userAgent = userAgent;
        return record;
    }
};

double appendNs(const Records &records) {
    LogBatch batch;
    QElapsedTimer timer;
    qint64 bytes = 0;
    timer.start();
    for (int i = 0; i < WriterRecords; ++i) {
        batch.append(records.at(i));
        if (batch.count() == BatchSize)
            bytes += batch.take().size();
    }
    if (bytes == 42)
        std::puts("");
    return double(timer.nsecsElapsed()) / WriterRecords;
}

double writerRowsPerSecond(const QString &path, const Records &records, int *stalls) {
    const auto writer = LogWriter::open(path, nullptr);
    LogBatch batch;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < WriterRecords; ++i) {
        batch.append(records.at(i));
        if (batch.count() < BatchSize)
            continue;
        // The engine would drop the batch here; the benchmark waits, to measure the writer.
        while (!writer->accepting()) {
            ++*stalls;
            QThread::msleep(1);
        }
        writer->submit(i % 2 ? QStringLiteral("web") : QStringLiteral("api"), batch.take(),
                       BatchSize);
    }
    writer->flush();
    return WriterRecords / (double(timer.nsecsElapsed()) / 1e9);
}

// The peer: the same inserts on the calling thread, straight through the driver.
double driverRowsPerSecond(const QString &path, const Records &records) {
    LogWriter::open(path, nullptr); // the same schema and indices, then closed
    double rate = 0;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peer"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        query.prepare(QStringLiteral(
            "INSERT INTO requests (ts_ms, server, method, target, route, status, duration_us, "
            "bytes_in, bytes_out, remote, user_agent, session, truncated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < WriterRecords; ++i) {
            if (i % 10'000 == 0)
                db.transaction();
            const RequestRecordView r = records.at(i);
            const QVariant values[] = {r.startMs,
                                       i % 2 ? u"web"_qs : u"api"_qs,
                                       QString::fromUtf8(r.method),
                                       QString::fromUtf8(r.target),
                                       r.route,
                                       r.status,
                                       r.durationUs,
                                       r.bytesIn,
                                       r.bytesOut,
                                       QString::fromUtf8(r.remote),
                                       QString::fromUtf8(r.userAgent),
                                       QVariant(),
                                       0};
            for (int v = 0; v < 13; ++v)
                query.bindValue(v, values[v]);
            query.exec();
            if (i % 10'000 == 9'999)
                db.commit();
        }
        rate = WriterRecords / (double(timer.nsecsElapsed()) / 1e9);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peer"));
    return rate;
}

// Fills a log of `rows` requests inside SQLite (a recursive CTE, 1 000 000 rows a transaction).
double generate(const QString &path, qint64 rows) {
    LogWriter::open(path, nullptr);
    QElapsedTimer timer;
    timer.start();
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("gen"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        for (qint64 first = 0; first < rows; first += 1'000'000) {
            query.prepare(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                "INSERT INTO requests (ts_ms, server, method, target, route, status, duration_us,"
                " bytes_in, bytes_out, remote, user_agent, session, truncated) "
                "SELECT 1700000000000 + i * 10, CASE i % 4 WHEN 0 THEN 'api' ELSE 'web' END,"
                " CASE WHEN i % 5 = 0 THEN 'POST' ELSE 'GET' END,"
                " '/api/items/' || i || '?page=' || (i % 10),"
                " CASE WHEN i % 10 = 9 THEN NULL ELSE i % 3 END,"
                " CASE i % 100 WHEN 0 THEN 500 WHEN 1 THEN 404 ELSE 200 END, i % 100000, 180,"
                " 1000 + i % 5000, '127.0.0.1:' || (1024 + i % 60000), 'Mozilla/5.0 bench',"
                " NULL, 0 FROM n"));
            query.addBindValue(first);
            query.addBindValue(std::min(first + 1'000'000, rows) - 1);
            if (!query.exec())
                std::printf("generate: %s\n", qPrintable(query.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("gen"));
    return double(timer.elapsed()) / 1000.0;
}

// Median of 21 runs, in ms.
template <typename Query> double medianMs(Query query) {
    std::vector<double> times;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer timer;
        timer.start();
        query();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void queries(const QString &path) {
    const LogQuery log(path);
    const qint64 last = log.lastId();
    const auto filtered = [&](const char *expression) {
        LogFilter filter;
        parseFilterExpression(QString::fromLatin1(expression), filter);
        return filter;
    };
    const auto page = [&](const LogFilter &filter) {
        return medianMs([&] { return log.page(0, filter, 500).size(); });
    };
    row("page: newest 500", page({}), 0, "ms");
    row("tail: 500 after lastId - 500", medianMs([&] { log.tail(last - 500, {}, 500); }), 0, "ms");
    row("tail: poll with nothing new", medianMs([&] { log.tail(last, {}, 500); }), 0, "ms");
    row("page: newest 500, server:api", page(filtered("server:api")), 0, "ms");
    row("page: newest 500, status:5xx (1 %)", page(filtered("status:5xx")), 0, "ms");
    row("page: newest 500, status:404 method:GET", page(filtered("status:404 method:GET")), 0,
        "ms");
    row("page: newest 500, path:/api/items/99*", page(filtered("path:/api/items/99*")), 0, "ms");
    row("page: newest 500, min:99ms (1 %)", page(filtered("min:99ms")), 0, "ms");
    row("page: newest 500, client:127.0.0.1:1024", page(filtered("client:127.0.0.1:1024")), 0,
        "ms");
    // Time filters (no ts_ms index since 2026-12: an id range, core/logging/timebounds.h). The
    // generated rows start 10 ms apart: the newest started at 1700000000000 + 10 (rows - 1).
    const qint64 newestMs = 1'700'000'000'000 + 10 * (last - 1);
    const qint64 middleMs = 1'700'000'000'000 + 5 * (last - 1);
    const auto timed = [](qint64 sinceMs, qint64 untilMs) {
        LogFilter filter;
        filter.sinceMs = sinceMs;
        filter.untilMs = untilMs;
        return filter;
    };
    row("page: newest 500, since 5 min (UI)", page(timed(newestMs - 300'000, 0)), 0, "ms");
    row("page: newest 500, since 2 s (200 rows)", page(timed(newestMs - 2'000, 0)), 0, "ms");
    row("page: newest 500, until the middle", page(timed(0, middleMs)), 0, "ms");
    row("page: newest 500, 1 min in the middle", page(timed(middleMs - 60'000, middleMs)), 0, "ms");
    row("page: 500, since 3 s, status:404 (3 rows)", page([&] {
            LogFilter filter = filtered("status:404");
            filter.sinceMs = newestMs - 3'000;
            return filter;
        }()),
        0, "ms");
    row("tail: oldest 500 since the middle",
        medianMs([&] { log.tail(0, timed(middleMs, 0), 500); }), 0, "ms");
    row("count: since 5 min (30 000 rows)",
        medianMs([&] { log.count(timed(newestMs - 300'000, 0)); }), 0, "ms");
    // Age retention's cut-off, as the writer finds it (on its own C API connection).
    sqlite3 *db = nullptr;
    sqlite3_open_v2(qPrintable(path), &db, SQLITE_OPEN_READONLY, nullptr);
    row("retention: max(id) with ts_ms < the middle",
        medianMs([&] { timebounds::lastIdBefore(db, middleMs); }), 0, "ms");
    sqlite3_close(db);
    QElapsedTimer timer;
    timer.start();
    log.count({});
    row("count: every row (not for polling)", double(timer.nsecsElapsed()) / 1e6, 0, "ms");
}
} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const qint64 queryRows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 10'000'000;
    if (argc > 2)
        WriterRecords = QByteArray(argv[2]).toInt();
    QTemporaryDir dir;
    const Records records;
    std::printf("%-44s %12s %12s %7s\n", "case", "Yardmaster", "peer", "ratio");
    row("LogBatch::append, per record", appendNs(records), 0, "ns");
    int stalls = 0;
    const double ours =
        writerRowsPerSecond(dir.filePath(QStringLiteral("writer.db")), records, &stalls);
    const double peer =
        queryRows > 0 ? driverRowsPerSecond(dir.filePath(QStringLiteral("peer.db")), records) : 0;
    row("LogWriter: rows/s, in batches of 1000", ours, peer, "rows/s (peer: driver inline)");
    row("  producer waits at the bound (not accepting)", stalls, 0, "x 1 ms");
    if (queryRows <= 0)
        return 0;
    const QString big = dir.filePath(QStringLiteral("big.db"));
    const double seconds = generate(big, queryRows);
    std::printf("generated %lld rows in %.1f s\n", static_cast<long long>(queryRows), seconds);
    queries(big);
    return 0;
}
