#include "logging/timebounds.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <vector>

using namespace yard::logging;
using namespace yard::logging::timebounds;

namespace {
constexpr qint64 T0 = 1'700'000'000'000;
constexpr qint64 TickMs = 250;        // the worker's hand-over period
constexpr qint64 MaxHandOverMs = 300; // a tick plus a busy event loop's delay

// A simulated server, the way core/http writes the log: each worker appends a row when its
// request ends and hands its batch to the writer at its next tick; the writer numbers rows in
// hand-over order. `stuck` upgrade rows wait in a batch for hours (a worker whose tick stopped).
struct Scenario {
    int rows = 0;
    int workers = 4;
    int maxGapMs = 3;        // between starts; 0 gives equal timestamps
    int longPermille = 0;    // requests of 1 s to 2 h
    int upgradePermille = 0; // status 101, open for 0 to 3 h
    int stuckPermille = 0;   // upgrade rows handed over up to 3 h after they ended
    int idGapPermille = 0;   // ids skipped (retention, deleted ranges)
    quint32 seed = 1;
};

} // namespace
Q_DECLARE_METATYPE(Scenario)
namespace {

struct Row {
    ProbeRow probe;
    qint64 handOverMs = 0;
    int worker = 0;
    int sequence = 0;
};

std::vector<ProbeRow> simulate(const Scenario &s) {
    QRandomGenerator random(s.seed);
    std::vector<Row> rows;
    qint64 start = T0;
    for (int i = 0; i < s.rows; ++i) {
        start += random.bounded(s.maxGapMs + 1);
        Row row;
        row.probe.tsMs = start;
        row.probe.status = 200;
        row.probe.durationUs = random.bounded(50'000);
        row.worker = random.bounded(s.workers);
        row.sequence = i;
        const int kind = random.bounded(1000);
        bool stuck = false;
        if (kind < s.longPermille) {
            row.probe.durationUs = 1'000'000 + qint64(random.bounded(7'200)) * 1'000'000;
        } else if (kind < s.longPermille + s.upgradePermille) {
            row.probe.status = 101;
            row.probe.durationUs = qint64(random.bounded(10'800'000)) * 1'000;
            stuck = random.bounded(1000) < s.stuckPermille * 1000 / qMax(1, s.upgradePermille);
        }
        const qint64 appendMs = start + row.probe.durationUs / 1000;
        const qint64 tick = (appendMs / TickMs + 1) * TickMs + row.worker * 7;
        row.handOverMs = stuck ? appendMs + random.bounded(10'800'000)
                               : qMin(tick + random.bounded(40), appendMs + MaxHandOverMs);
        rows.push_back(row);
    }
    // One queue: batches in hand-over order; in a batch, rows in the order they were appended.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.handOverMs != b.handOverMs)
            return a.handOverMs < b.handOverMs;
        return a.worker < b.worker;
    });
    std::vector<ProbeRow> table;
    qint64 id = 0;
    for (const Row &row : rows) {
        id += 1 + (int(random.bounded(1000)) < s.idGapPermille ? random.bounded(5'000) : 0);
        ProbeRow probe = row.probe;
        probe.id = id;
        table.push_back(probe);
    }
    return table;
}

// The probe LogQuery runs in SQL, over a vector sorted by id.
Probe vectorProbe(const std::vector<ProbeRow> &table, int *probes = nullptr) {
    return [&table, probes](qint64 from, qint64 to, bool promptOnly) -> std::optional<ProbeRow> {
        if (probes)
            ++*probes;
        auto it = std::lower_bound(table.begin(), table.end(), from,
                                   [](const ProbeRow &row, qint64 id) { return row.id < id; });
        for (; it != table.end() && it->id < to; ++it) {
            if (!promptOnly || !isLate(*it))
                return *it;
        }
        return std::nullopt;
    };
}

qint64 endMs(const ProbeRow &row) {
    return row.tsMs + row.durationUs / 1000;
}

// Times worth asking about: every row's start (equal ones included), around it, and beyond.
std::vector<qint64> times(const std::vector<ProbeRow> &table) {
    std::vector<qint64> out = {0, T0 - 1, T0, T0 + 400'000'000};
    for (std::size_t i = 0; i < table.size(); i += 1 + table.size() / 300) {
        out.push_back(table[i].tsMs);
        out.push_back(table[i].tsMs + 1);
        out.push_back(endMs(table[i]));
        out.push_back(table[i].tsMs - SlackMs);
    }
    return out;
}
} // namespace

// idBeforeSince / idAfterUntil against a brute-force scan of simulated logs: no row that matches
// the time condition may lie outside the id range (late rows above `until`'s bound excepted, which
// the caller reads through their own index), and the range must be tight for prompt rows.
class TestTimeBounds : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void boundsAreExactAndTight_data() {
        QTest::addColumn<Scenario>("scenario");
        QTest::addRow("empty table") << Scenario{};
        QTest::addRow("single row") << Scenario{.rows = 1};
        QTest::addRow("two rows") << Scenario{.rows = 2, .seed = 2};
        QTest::addRow("plain traffic") << Scenario{.rows = 20'000, .seed = 3};
        QTest::addRow("equal timestamps")
            << Scenario{.rows = 20'000, .workers = 8, .maxGapMs = 0, .seed = 4};
        QTest::addRow("mostly equal timestamps")
            << Scenario{.rows = 20'000, .maxGapMs = 1, .seed = 5};
        QTest::addRow("long requests") << Scenario{.rows = 20'000, .longPermille = 50, .seed = 6};
        QTest::addRow("upgrade rows written at close")
            << Scenario{.rows = 20'000, .upgradePermille = 50, .seed = 7};
        QTest::addRow("upgrade rows stuck for hours")
            << Scenario{.rows = 20'000, .upgradePermille = 50, .stuckPermille = 30, .seed = 8};
        QTest::addRow("everything, sparse ids") << Scenario{.rows = 30'000,
                                                            .workers = 6,
                                                            .maxGapMs = 2,
                                                            .longPermille = 20,
                                                            .upgradePermille = 20,
                                                            .stuckPermille = 10,
                                                            .idGapPermille = 5,
                                                            .seed = 9};
        QTest::addRow("only late rows")
            << Scenario{.rows = 3'000, .longPermille = 500, .upgradePermille = 500, .seed = 10};
    }

    void boundsAreExactAndTight() {
        QFETCH(Scenario, scenario);
        const std::vector<ProbeRow> table = simulate(scenario);
        const qint64 maxId = table.empty() ? 0 : table.back().id;
        int probes = 0;
        const Probe probe = vectorProbe(table, &probes);
        for (const qint64 t : times(table)) {
            probes = 0;
            const qint64 lo = idBeforeSince(t, maxId, probe);
            QVERIFY2(probes <= 80, qPrintable(QString::number(probes)));
            const qint64 hi = idAfterUntil(t, maxId, probe);
            QVERIFY(lo >= 0 && hi >= 1 && hi <= maxId + 1);
            for (const ProbeRow &row : table) {
                // Exact: since's range holds every match; until's every prompt match.
                bool ok = row.tsMs < t || row.id > lo;
                ok = ok && (row.tsMs >= t || isLate(row) || row.id < hi);
                // Tight: the prompt rows that ended well before since are below it, those that
                // started well after until are above it.
                if (!isLate(row)) {
                    ok = ok && (endMs(row) >= t - SlackMs - MaxHandOverMs - 1 || row.id <= lo);
                    ok = ok && (row.tsMs < t + LateUs / 1000 + SlackMs + 1000 + MaxHandOverMs ||
                                row.id >= hi);
                }
                if (!ok)
                    QFAIL(qPrintable(QStringLiteral("row %1 (ts %2, %3 us, status %4), t %5: "
                                                    "range (%6, %7)")
                                         .arg(row.id)
                                         .arg(row.tsMs - T0)
                                         .arg(row.durationUs)
                                         .arg(row.status)
                                         .arg(t - T0)
                                         .arg(lo)
                                         .arg(hi)));
            }
        }
    }

    // The query a caller builds: (id < hi AND ts < until) OR (late AND id >= hi AND ts < until).
    void untilQueryMatchesBruteForce() {
        const std::vector<ProbeRow> table = simulate({.rows = 20'000,
                                                      .longPermille = 30,
                                                      .upgradePermille = 30,
                                                      .stuckPermille = 20,
                                                      .seed = 11});
        const Probe probe = vectorProbe(table);
        for (const qint64 until : times(table)) {
            const qint64 hi = idAfterUntil(until, table.back().id, probe);
            qsizetype expected = 0;
            qsizetype got = 0;
            for (const ProbeRow &row : table) {
                expected += row.tsMs < until;
                got += row.tsMs < until && (row.id < hi || isLate(row));
            }
            QCOMPARE(got, expected);
        }
    }

    // A late row is never a witness: one stuck upgrade row that ended long ago but was written
    // after everything else must not move since's bound past the rows before it.
    void lateRowIsNoWitness() {
        std::vector<ProbeRow> table;
        for (int i = 1; i <= 100; ++i)
            table.push_back({i, T0 + i * 1'000, 1'000, 200});
        table.push_back({101, T0, 500, 101}); // started first, ended at once, written last
        const qint64 since = T0 + 90'000;
        const qint64 lo = idBeforeSince(since, 101, vectorProbe(table));
        QVERIFY(lo < 90);
        QVERIFY(lo >= 90 - SlackMs / 1000 - 1);
        QCOMPARE(idBeforeSince(since, 101, vectorProbe({table.back()})), 0);
    }

    void noRowsNoBound() {
        const std::vector<ProbeRow> none;
        QCOMPARE(idBeforeSince(T0, 0, vectorProbe(none)), 0);
        QCOMPARE(idAfterUntil(T0, 0, vectorProbe(none)), 1);
        // Ids may begin far above 1 (retention deleted the rest).
        const std::vector<ProbeRow> one = {{7'000'000, T0, 0, 200}};
        QCOMPARE(idBeforeSince(T0 + SlackMs + 1, 7'000'000, vectorProbe(one)), 7'000'000);
        QCOMPARE(idBeforeSince(T0 + SlackMs, 7'000'000, vectorProbe(one)), 0);
        // Past `until`: nothing below it can match (any id up to the row's own will do).
        QVERIFY(idAfterUntil(T0 - LateUs / 1000 - SlackMs, 7'000'000, vectorProbe(one)) <=
                7'000'000);
        QCOMPARE(idAfterUntil(T0 - LateUs / 1000 - SlackMs + 1, 7'000'000, vectorProbe(one)),
                 7'000'001);
    }
};

QTEST_APPLESS_MAIN(TestTimeBounds)
#include "tst_timebounds.moc"
