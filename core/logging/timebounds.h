#pragma once

#include <QtGlobal>
#include <functional>
#include <optional>

namespace yard::logging {

// Time filters without a (ts_ms) index: an id range found by binary search over the rowid, inside
// which SQL applies the exact ts_ms condition. See timebounds.cpp for why no row is missed.
namespace timebounds {

// How late a record may reach the writer after its request ended, and how far the wall clock may
// step forward meanwhile: the worker hands its batch over every 250 ms (Worker::TickMs), so this
// is 40 ticks of margin. It only widens the id range (rows the exact condition then rejects).
constexpr qint64 SlackMs = 10'000;

// A row that may reach the writer long after it started: a request that lasted 1 s or more, or a
// WebSocket upgrade (status 101), written when its connection closes. The partial index
// `requests_late_id` (LogSchema) holds exactly these; LateRowsCondition repeats its WHERE word for
// word, since SQLite uses a partial index only for a query that says the same.
constexpr qint64 LateUs = 1'000'000;
inline constexpr char LateRowsCondition[] = "(duration_us >= 1000000 OR status = 101)";

struct ProbeRow {
    qint64 id = 0;
    qint64 tsMs = 0;
    qint64 durationUs = 0;
    int status = 0;
};

bool isLate(const ProbeRow &row);

// The row with the smallest id in [from, to), skipping late rows when promptOnly; nullopt when
// there is none.
using Probe = std::function<std::optional<ProbeRow>(qint64 from, qint64 to, bool promptOnly)>;

// Every row with ts_ms >= sinceMs has an id greater than the result (0: no bound known).
qint64 idBeforeSince(qint64 sinceMs, qint64 maxId, const Probe &probe);

// Every row that is not late (isLate) and has ts_ms < untilMs has an id smaller than the result
// (maxId + 1: no bound known). Late rows need their own look-up (LateRowsCondition).
qint64 idAfterUntil(qint64 untilMs, qint64 maxId, const Probe &probe);

} // namespace timebounds
} // namespace yard::logging
