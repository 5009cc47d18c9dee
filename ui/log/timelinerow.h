#pragma once

#include "logging/logquery.h"

#include <QList>
#include <variant>

namespace yard::ui {

// One line of the log's timeline: a request, or a WebSocket message / SSE event (CONTRACT.md,
// tables `requests` and `events`; their ids are separate sequences).
using TimelineRow = std::variant<logging::LogRow, logging::EventRow>;

inline bool isEventRow(const TimelineRow &row) {
    return std::holds_alternative<logging::EventRow>(row);
}

inline qint64 timeOf(const TimelineRow &row) {
    return std::visit([](const auto &r) { return r.tsMs; }, row);
}

// Interleaves requests and events by time, oldest first (newest first when `newestFirst`). Rows
// of the same time keep their order, and a tie between the tables goes to the request: the
// upgrade came before its messages.
QList<TimelineRow> mergeByTime(const QList<logging::LogRow> &requests,
                               const QList<logging::EventRow> &events, bool newestFirst);

} // namespace yard::ui
