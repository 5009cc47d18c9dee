#include "routing/ratelimiter.h"

#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>
#include <vector>

using yard::routing::RateLimiter;

namespace {
constexpr qint64 NanosPerMs = 1000000;

// "+2": allowed, 2 left; "-5": refused, Retry-After 5.
QString describe(const RateLimiter::Decision &decision) {
    return decision.allowed ? u'+' + QString::number(decision.remaining)
                            : u'-' + QString::number(decision.retryAfterSeconds);
}
} // namespace

// The token bucket of RateLimiter, on a clock the test moves by hand: no sleeping.
class TestRateLimiter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bucketMath_data() {
        QTest::addColumn<int>("perMinute");
        QTest::addColumn<int>("burst");
        QTest::addColumn<QList<qint64>>("atMs"); // when each request arrives
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("a burst, then refused")
            << 60 << 3 << QList<qint64>{0, 0, 0, 0} << QStringList{"+2", "+1", "+0", "-1"};
        QTest::addRow("one token back per interval")
            << 60 << 3 << QList<qint64>{0, 0, 0, 1000, 1000}
            << QStringList{"+2", "+1", "+0", "+0", "-1"};
        QTest::addRow("half an interval is not a token")
            << 60 << 1 << QList<qint64>{0, 500, 999, 1000} << QStringList{"+0", "-1", "-1", "+0"};
        QTest::addRow("Retry-After rounds up to whole seconds")
            << 6 << 1 << QList<qint64>{0, 1, 9000, 9001, 10000}
            << QStringList{"+0", "-10", "-1", "-1", "+0"};
        QTest::addRow("a long rest refills to the burst, not beyond")
            << 60 << 2 << QList<qint64>{0, 0, 600000, 600000, 600000}
            << QStringList{"+1", "+0", "+1", "+0", "-1"};
        QTest::addRow("refused requests take no token")
            << 60 << 1 << QList<qint64>{0, 100, 200, 300, 1000}
            << QStringList{"+0", "-1", "-1", "-1", "+0"};
        QTest::addRow("fast rates still wait at least one second")
            << 600000 << 1 << QList<qint64>{0, 0} << QStringList{"+0", "-1"};
        QTest::addRow("steady traffic at the rate is never refused")
            << 120 << 1 << QList<qint64>{0, 500, 1000, 1500, 2000}
            << QStringList{"+0", "+0", "+0", "+0", "+0"};
    }

    void bucketMath() {
        QFETCH(int, perMinute);
        QFETCH(int, burst);
        QFETCH(QList<qint64>, atMs);
        QFETCH(QStringList, expected);
        qint64 now = 5 * 1000 * NanosPerMs; // any origin: the clock is monotonic, not wall time
        const qint64 start = now;
        RateLimiter limiter(perMinute, burst, [&now] { return now; });
        QStringList got;
        for (qint64 ms : atMs) {
            now = start + ms * NanosPerMs;
            got.append(describe(limiter.take("10.0.0.1")));
        }
        QCOMPARE(got, expected);
    }

    void clientsHaveTheirOwnBuckets() {
        qint64 now = 0;
        RateLimiter limiter(60, 1, [&now] { return now; });
        QVERIFY(limiter.take("10.0.0.1").allowed);
        QVERIFY(!limiter.take("10.0.0.1").allowed);
        QVERIFY(limiter.take("10.0.0.2").allowed);
        QVERIFY(limiter.take("").allowed); // unknown address: one shared bucket
        QVERIFY(!limiter.take("").allowed);
        QCOMPARE(limiter.bucketCount(), 3);
    }

    // Sign-in limits check first and take only on failure.
    void wouldAllowTakesNothing() {
        qint64 now = 0;
        RateLimiter limiter(60, 2, [&now] { return now; });
        for (int i = 0; i < 5; ++i)
            QVERIFY(limiter.wouldAllow("a"));
        QCOMPARE(limiter.bucketCount(), 0);
        limiter.take("a");
        QVERIFY(limiter.wouldAllow("a"));
        limiter.take("a");
        QVERIFY(!limiter.wouldAllow("a"));
        QVERIFY(limiter.wouldAllow("b"));
        now += 1000 * NanosPerMs;
        QVERIFY(limiter.wouldAllow("a"));
    }

    void memoryStaysBounded() {
        qint64 now = 0;
        RateLimiter limiter(60, 5, [&now] { return now; });
        const int cap = RateLimiter::ShardCount * RateLimiter::MaxBucketsPerShard;
        for (int i = 0; i < cap + 20000; ++i)
            limiter.take(QByteArray::number(i));
        QVERIFY(limiter.bucketCount() <= cap);
        // Later, refilled buckets are forgotten first; a newcomer starts full.
        now = 3600 * 1000 * NanosPerMs;
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(limiter.take(QByteArray("new-" + QByteArray::number(i))).remaining, 4);
        QVERIFY(limiter.bucketCount() <= cap);
    }

    void threadsShareBucketsExactly() {
        // A frozen clock: across 8 threads, exactly `burst` requests get through.
        RateLimiter limiter(60, 1000, [] { return qint64(0); });
        std::atomic<int> allowed{0};
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back(QThread::create([&limiter, &allowed] {
                for (int i = 0; i < 500; ++i) {
                    if (limiter.take("10.0.0.1").allowed)
                        allowed.fetch_add(1);
                    limiter.take(QByteArray::number(i)); // other clients, other shards
                }
            }));
            threads.back()->start();
        }
        for (const auto &thread : threads)
            QVERIFY(thread->wait(30000));
        QCOMPARE(allowed.load(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
