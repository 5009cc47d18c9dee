#pragma once

#include "logfilter.h"
#include "timebounds.h"

#include <QString>

class QSqlDatabase;
struct sqlite3;

namespace yard::logging::timebounds {

// The search's probes on `requests`: one prepared statement per kind, reused by every probe.
// A failed statement reads as "no row": the search then finds no bound, which is safe.
enum class ProbeTable { Requests, Events };
Probe qtSqlProbe(const QSqlDatabase &db, // LogQuery's read connection
                 ProbeTable table = ProbeTable::Requests);
Probe sqliteProbe(sqlite3 *db); // the writer's own connection

// max(id) of the rows with ts_ms < tsMs (0: none), exact: an id range below the bound, plus the
// late rows above it through their partial index. For age retention, on the writer's connection.
qint64 lastIdBefore(sqlite3 *db, qint64 tsMs);

// A filter's time bounds as id bounds, for LogQuery: `main` is the filter with its id range
// narrowed; `late`, when set, is the range above it where only late rows (LateRowsCondition) can
// still match, to be queried with that condition added. Without since/until, `main` is `filter`.
struct TimeSplit {
    LogFilter main;
    std::optional<LogFilter> late;
};
TimeSplit splitByTime(const QSqlDatabase &db, const LogFilter &filter);

} // namespace yard::logging::timebounds
