#include "timebounds.h"

// Why an id range is enough (requests has no ts_ms index since the writer's cost was cut):
//
// F1. A request's row is appended to its worker's batch when the request ends
//     (Connection::logRequest); ts_ms is the wall clock at its first byte, duration_us the steady
//     time from there to the append. So end = ts_ms + duration is when it was appended.
// F2. Ids grow in the order rows reach the writer: batches are handed over through one queue
//     (FIFO) and inserted in that order by one writer, rows of a batch in append order.
// F3. A row that is not late (isLate: under 1 s, not an upgrade) reaches the writer within
//     SlackMs of its end: its connection is open when it is appended, so the worker's 250 ms tick
//     is running and hands the batch over. An upgrade row is appended when a connection that has
//     left the worker closes, maybe while the tick is stopped; it can wait longer, whatever its
//     duration, so it is never trusted as a witness.
// The wall clock is assumed not to jump forward by more than SlackMs while a request is in flight
// (a suspend counts as such a jump: the steady clock stops, the wall clock does not). A backward
// step only makes the bounds below more cautious.
//
// since: let x be a prompt row with end(x) < since - SlackMs. By F3 it reached the writer before
// `since`. Any row r with ts_ms(r) >= since was appended after since, so its batch reached the
// writer after x's (or r's batch would have been handed over before r was appended): by F2,
// id(r) > id(x). Long requests and late upgrade rows only ever get larger ids, so they are inside.
//
// until: let y be any row with ts_ms(y) >= until + 1 s + SlackMs; it was appended after that
// moment. A prompt row r with ts_ms(r) < until ended before until + 1 s and, by F3, reached the
// writer before y was even appended: id(r) < id(y). A late row can come after y, which is why the
// caller looks those up separately (LateRowsCondition, a small partial index).
//
// Which x and y the search finds only decides how tight the range is, never whether it is
// exact: any row that satisfies the condition is a valid bound. The search probes prompt rows
// only: their end is monotonic in id up to the hand-over delay d (id(a) < id(b) implies
// end(a) <= end(b) + d, and their start is within 1 s of their end), so the bound lands within
// about SlackMs + d (since) or 1 s + SlackMs + d (until) of the true boundary, whereas one late
// row probed would put it anywhere before its own id.

namespace yard::logging::timebounds {

namespace {
// Binary search over the rowids [1, maxId] (not dense: retention deletes) for the boundary of
// `before`: returns {lo, hi}, lo the id of a probed row where it holds (0: none) and hi the id of
// a probed row where it does not (maxId + 1: none), no probed row between them. About
// 2·log2(maxId) probes, each a rowid seek.
template <typename Before>
std::pair<qint64, qint64> boundary(qint64 maxId, bool promptOnly, const Probe &probe,
                                   Before before) {
    qint64 lo = 0;
    qint64 hi = maxId + 1;
    while (hi - lo > 1) {
        const qint64 mid = lo + (hi - lo) / 2;
        const std::optional<ProbeRow> row = probe(mid, hi, promptOnly);
        if (!row)
            hi = mid;
        else if (before(*row))
            lo = row->id;
        else
            hi = row->id;
    }
    return {lo, hi};
}
} // namespace

bool isLate(const ProbeRow &row) {
    return row.durationUs >= LateUs || row.status == 101;
}

qint64 idBeforeSince(qint64 sinceMs, qint64 maxId, const Probe &probe) {
    return boundary(maxId, true, probe,
                    [sinceMs](const ProbeRow &row) {
                        const qint64 endMs = row.tsMs + (row.durationUs + 999) / 1000;
                        return endMs < sinceMs - SlackMs;
                    })
        .first;
}

qint64 idAfterUntil(qint64 untilMs, qint64 maxId, const Probe &probe) {
    const qint64 threshold = untilMs + LateUs / 1000 + SlackMs;
    return boundary(maxId, true, probe,
                    [threshold](const ProbeRow &row) { return row.tsMs < threshold; })
        .second;
}

} // namespace yard::logging::timebounds
