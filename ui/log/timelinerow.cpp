#include "timelinerow.h"

#include <algorithm>

namespace yard::ui {

namespace {
// Ids follow commit order, and a table's rows may commit a little out of time order (an event
// published through the hub beside a worker's batch): each list is put in time order first.
template <typename Row> QList<Row> inTimeOrder(QList<Row> rows, bool newestFirst) {
    std::stable_sort(rows.begin(), rows.end(), [newestFirst](const Row &a, const Row &b) {
        return newestFirst ? a.tsMs > b.tsMs : a.tsMs < b.tsMs;
    });
    return rows;
}
} // namespace

QList<TimelineRow> mergeByTime(const QList<logging::LogRow> &requestRows,
                               const QList<logging::EventRow> &eventRows, bool newestFirst) {
    const QList<logging::LogRow> requests = inTimeOrder(requestRows, newestFirst);
    const QList<logging::EventRow> events = inTimeOrder(eventRows, newestFirst);
    QList<TimelineRow> merged;
    merged.reserve(requests.size() + events.size());
    qsizetype r = 0;
    qsizetype e = 0;
    while (r < requests.size() && e < events.size()) {
        const qint64 request = requests.at(r).tsMs;
        const qint64 event = events.at(e).tsMs;
        const bool requestFirst = newestFirst ? request > event : request <= event;
        if (requestFirst)
            merged.append(requests.at(r++));
        else
            merged.append(events.at(e++));
    }
    for (; r < requests.size(); ++r)
        merged.append(requests.at(r));
    for (; e < events.size(); ++e)
        merged.append(events.at(e));
    return merged;
}

} // namespace yard::ui
