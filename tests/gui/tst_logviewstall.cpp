#include "log/logrowmodel.h"
#include "log/logview.h"
#include "logging/logquery.h"
#include "logtestrows.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>

using namespace yard::logging;
using yard::ui::LogView;

namespace {
constexpr int RowsPerSecond = 20'000;
constexpr int BatchEveryMs = 5; // a worker hands its batch over about this often under load
constexpr double FrameMs = 16.0;

int envInt(const char *name, int fallback) {
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// CPU time the calling thread has used, in ms: a gap the GUI thread spent computing, as opposed
// to one it spent waiting for a core other processes held.
double threadCpuMs() {
#if defined(Q_OS_UNIX)
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
#else
    return 0;
#endif
}

double percentile(QList<double> sorted, double p) {
    if (sorted.isEmpty())
        return 0;
    const qsizetype at = qMin(sorted.size() - 1, qsizetype(p / 100.0 * double(sorted.size())));
    return sorted.at(at);
}
} // namespace

// The "Done": under a 20 000 rows/s stream the GUI thread's longest stall stays under
// 16 ms at p99, measured by a 1 ms timer on the GUI thread (the gap between two of its ticks is
// how long the thread was busy elsewhere), and the view catches up with the last row.
//
// Under CTest (other tests running beside it on the same cores) the assertion is a guard of
// YARD_STALL_GUARD_MS (default 50 ms); YARD_STALL_STRICT=1 asserts the 16 ms of the issue, as in
// the run recorded in docs/PERFORMANCE.md. YARD_STALL_SECONDS sets the stream's length (5).
class TestLogViewStall : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void followsTwentyThousandRowsPerSecondWithoutStalling() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("stall.db"));
        QString error;
        const auto writer = LogWriter::open(db, &error);
        QVERIFY2(writer, qPrintable(error));
        logtest::writeRows(*writer, 0, 20'000); // a log that already has a past

        LogView view(db);
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->lastId(), 20'000, 10'000);

        const int seconds = envInt("YARD_STALL_SECONDS", 5);
        std::atomic<qint64> written{0};
        std::atomic<qint64> dropped{0};
        QThread *generator = QThread::create([&] {
            QElapsedTimer clock;
            clock.start();
            const qint64 total = qint64(RowsPerSecond) * seconds;
            int next = 20'000;
            while (written.load() + dropped.load() < total) {
                const qint64 due =
                    qMin(total, clock.nsecsElapsed() * RowsPerSecond / 1'000'000'000);
                const int count = int(due - written.load() - dropped.load());
                if (count > 0) {
                    LogBatch batch;
                    logtest::appendRows(batch, next, count);
                    next += count;
                    if (writer->accepting()) {
                        writer->submit(QStringLiteral("web"), batch.take(), count);
                        written += count;
                    } else {
                        writer->recordDropped(QStringLiteral("web"), count);
                        dropped += count;
                    }
                }
                QThread::msleep(BatchEveryMs);
            }
        });

        QList<double> gaps;
        QList<double> busy; // the GUI thread's own CPU time within each gap
        gaps.reserve(seconds * 1100);
        busy.reserve(seconds * 1100);
        double cpuAtTick = 0;
        QElapsedTimer sinceTick;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(1);
        connect(&probe, &QTimer::timeout, this, [&] {
            gaps.append(double(sinceTick.nsecsElapsed()) / 1e6);
            sinceTick.restart();
            const double cpu = threadCpuMs();
            busy.append(cpu - cpuAtTick);
            cpuAtTick = cpu;
        });
        QElapsedTimer streaming;
        streaming.start();
        sinceTick.start();
        cpuAtTick = threadCpuMs();
        probe.start();
        generator->start();

        // A plain event loop: QTest::qWait sleeps between its passes and would starve the probe.
        QEventLoop loop;
        connect(generator, &QThread::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot((seconds + 30) * 1000, &loop, &QEventLoop::quit);
        loop.exec();
        probe.stop();
        const double streamSeconds = double(streaming.elapsed()) / 1000.0;
        QVERIFY(generator->wait(30'000));
        delete generator;
        writer->flush();

        QElapsedTimer catchingUp;
        catchingUp.start();
        const qint64 last = LogQuery(db).lastId();
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->lastId(), last, 10'000);
        const qint64 caughtUpMs = catchingUp.elapsed();
        QVERIFY(view.isFollowing());

        std::sort(gaps.begin(), gaps.end());
        std::sort(busy.begin(), busy.end());
        const double p50 = percentile(gaps, 50);
        const double p99 = percentile(gaps, 99);
        const double p999 = percentile(gaps, 99.9);
        const double worst = gaps.isEmpty() ? 0 : gaps.back();
        const auto over =
            std::count_if(gaps.cbegin(), gaps.cend(), [](double gap) { return gap > FrameMs; });
        std::printf("log view stall: %lld rows in %.2f s (%.0f rows/s), %lld dropped; %lld "
                    "probe ticks; gap p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms; "
                    "%lld gaps over %.0f ms; GUI thread CPU within a gap p99 %.2f ms, max %.2f "
                    "ms; caught up %lld ms after the stream\n",
                    qint64(written.load()), streamSeconds, double(written.load()) / streamSeconds,
                    qint64(dropped.load()), qint64(gaps.size()), p50, p99, p999, worst,
                    qint64(over), FrameMs, percentile(busy, 99), busy.isEmpty() ? 0 : busy.back(),
                    caughtUpMs);
        std::fflush(stdout);

        QCOMPARE(dropped.load(), 0); // otherwise the stream was not 20 000 rows/s into the log
        QVERIFY(gaps.size() > seconds * 100);
        const bool strict = qEnvironmentVariableIntValue("YARD_STALL_STRICT") == 1;
        const double bound = strict ? FrameMs : envInt("YARD_STALL_GUARD_MS", 50);
        QVERIFY2(p99 < bound, qPrintable(QStringLiteral("p99 stall %1 ms, bound %2 ms (%3)")
                                             .arg(p99)
                                             .arg(bound)
                                             .arg(strict ? u"strict" : u"guard")));
    }
};

QTEST_MAIN(TestLogViewStall)
#include "tst_logviewstall.moc"
