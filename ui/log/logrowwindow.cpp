// LogRowModel's window: the rows it holds, appended, prepended, trimmed and searched; what a
// row displays is logrowmodel.cpp.
#include "logrowmodel.h"

#include <algorithm>
#include <iterator>

namespace yard::ui {

using logging::EventRow;
using logging::LogRow;

void LogRowModel::setMaxRows(int rows) {
    m_maxRows = qMax(1, rows);
    removeTop(int(m_rows.size()) - m_maxRows);
}

void LogRowModel::removeTop(int count) {
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    // What goes from the top is where an older page of its table starts again.
    for (auto row = m_rows.cbegin(); row != m_rows.cbegin() + count; ++row) {
        if (const auto *event = std::get_if<EventRow>(&*row))
            m_eventsBefore = event->id + 1;
        else
            m_requestsBefore = std::get<LogRow>(*row).id + 1;
    }
    m_rows.erase(m_rows.begin(), m_rows.begin() + count);
    endRemoveRows();
}

void LogRowModel::appendRows(const QList<TimelineRow> &rows) {
    if (rows.isEmpty())
        return;
    if (rows.size() >= m_maxRows) {
        resetRows(rows);
        return;
    }
    // Trim first, then insert: the view never lays out more than maxRows rows.
    removeTop(int(m_rows.size() + std::size_t(rows.size())) - m_maxRows);
    // A row committed late (a request that took long, an upgrade written when its connection
    // ended) goes where its time puts it. The rows come in time order, so the late ones are a
    // first few, each placed alone; the rest are appended together.
    qsizetype next = 0;
    for (; next < rows.size() && !m_rows.empty() && timeOf(rows.at(next)) < timeOf(m_rows.back());
         ++next) {
        std::size_t at = m_rows.size();
        while (at > 0 && timeOf(m_rows[at - 1]) > timeOf(rows.at(next)))
            --at;
        beginInsertRows({}, int(at), int(at));
        m_rows.insert(m_rows.begin() + std::ptrdiff_t(at), rows.at(next));
        endInsertRows();
    }
    if (next == rows.size())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size() - next) - 1);
    m_rows.insert(m_rows.end(), rows.cbegin() + next, rows.cend());
    endInsertRows();
}

int LogRowModel::prependRows(const QList<TimelineRow> &rows) {
    const int count = int(qMin<qsizetype>(rows.size(), m_maxRows));
    if (count == 0)
        return 0;
    const int excess = int(m_rows.size()) + count - m_maxRows;
    if (excess > 0) {
        beginRemoveRows({}, int(m_rows.size()) - excess, int(m_rows.size()) - 1);
        m_rows.erase(m_rows.end() - excess, m_rows.end());
        endRemoveRows();
    }
    beginInsertRows({}, 0, count - 1);
    // rows is newest first: row 0 of the model gets the oldest of the first `count`.
    m_rows.insert(m_rows.begin(), std::make_reverse_iterator(rows.cbegin() + count), rows.crend());
    endInsertRows();
    return count;
}

void LogRowModel::resetRows(const QList<TimelineRow> &rows) {
    beginResetModel();
    const qsizetype skip = qMax<qsizetype>(0, rows.size() - m_maxRows);
    m_rows.assign(rows.cbegin() + skip, rows.cend());
    m_requestsBefore = 0;
    m_eventsBefore = 0;
    endResetModel();
}

namespace {
QList<TimelineRow> asTimeline(const QList<LogRow> &rows) {
    return QList<TimelineRow>(rows.cbegin(), rows.cend());
}

template <typename Row, typename Iterator> const Row *firstOf(Iterator begin, Iterator end) {
    for (auto it = begin; it != end; ++it) {
        if (const auto *row = std::get_if<Row>(&*it))
            return row;
    }
    return nullptr;
}
} // namespace

void LogRowModel::appendRows(const QList<LogRow> &rows) {
    appendRows(asTimeline(rows));
}

int LogRowModel::prependRows(const QList<LogRow> &rows) {
    return prependRows(asTimeline(rows));
}

void LogRowModel::resetRows(const QList<LogRow> &rows) {
    resetRows(asTimeline(rows));
}

const LogRow &LogRowModel::rowAt(int row) const {
    static const LogRow none;
    const auto *request = std::get_if<LogRow>(&m_rows[std::size_t(row)]);
    return request ? *request : none;
}

const EventRow &LogRowModel::eventAt(int row) const {
    static const EventRow none;
    const auto *event = std::get_if<EventRow>(&m_rows[std::size_t(row)]);
    return event ? *event : none;
}

qint64 LogRowModel::firstId() const {
    const LogRow *row = firstOf<LogRow>(m_rows.cbegin(), m_rows.cend());
    return row ? row->id : 0;
}

qint64 LogRowModel::lastId() const {
    const LogRow *row = firstOf<LogRow>(m_rows.crbegin(), m_rows.crend());
    return row ? row->id : 0;
}

qint64 LogRowModel::firstEventId() const {
    const EventRow *row = firstOf<EventRow>(m_rows.cbegin(), m_rows.cend());
    return row ? row->id : 0;
}

qint64 LogRowModel::lastEventId() const {
    const EventRow *row = firstOf<EventRow>(m_rows.crbegin(), m_rows.crend());
    return row ? row->id : 0;
}

qint64 LogRowModel::olderRequestsBefore() const {
    const qint64 first = firstId();
    return first != 0 ? first : m_requestsBefore;
}

qint64 LogRowModel::olderEventsBefore() const {
    const qint64 first = firstEventId();
    return first != 0 ? first : m_eventsBefore;
}

void LogRowModel::setOlderBounds(qint64 requestsBefore, qint64 eventsBefore) {
    m_requestsBefore = requestsBefore;
    m_eventsBefore = eventsBefore;
}

int LogRowModel::rowOfId(qint64 id) const {
    // Request ids increase down the window; events between them do not take part.
    for (std::size_t row = m_rows.size(); row-- > 0;) {
        const auto *request = std::get_if<LogRow>(&m_rows[row]);
        if (!request)
            continue;
        if (request->id == id)
            return int(row);
        if (request->id < id)
            return -1;
    }
    return -1;
}

} // namespace yard::ui
