#include "logfetcher.h"

#include <QFileInfo>
#include <algorithm>

namespace yard::ui {

using logging::LogFilter;
using logging::LogRow;

LogFetcher::LogFetcher(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_query(databasePath) {}

LogFetcher::~LogFetcher() = default;

QList<LogRow> LogFetcher::newest(const LogFilter &filter, int limit, qint64 *cursor,
                                 QString *error) const {
    // The newest id first: a later tail starts after it even when no row matches the filter,
    // so a rare filter does not rescan the whole table on every poll.
    *cursor = qMax<qint64>(0, m_query.lastId(error));
    if (!error->isEmpty())
        return {};
    LogFilter bounded = filter;
    bounded.beforeId = *cursor + 1;
    QList<LogRow> rows = m_query.page(0, bounded, limit, error);
    std::reverse(rows.begin(), rows.end());
    return rows;
}

void LogFetcher::fetchTail(quint64 generation, qint64 afterId, const LogFilter &filter, int limit) {
    LogFetchReply reply;
    reply.generation = generation;
    // Read the newest id before the rows: every row up to it is committed (one writer, ids in
    // commit order), so the cursor may move past rows the filter rejected.
    const qint64 last = m_query.lastId(&reply.error);
    if (reply.error.isEmpty())
        reply.rows = m_query.tail(afterId, filter, limit, &reply.error);
    if (reply.error.isEmpty() && reply.rows.size() >= limit) {
        reply.kind = LogFetchReply::Newest;
        reply.jumped = true;
        reply.rows = newest(filter, limit, &reply.cursor, &reply.error);
    } else {
        reply.kind = LogFetchReply::Tail;
        reply.cursor = qMax(afterId, last);
        if (!reply.rows.isEmpty())
            reply.cursor = qMax(reply.cursor, reply.rows.back().id);
    }
    answer(reply);
}

void LogFetcher::fetchNewest(quint64 generation, const LogFilter &filter, int limit) {
    LogFetchReply reply;
    reply.generation = generation;
    reply.kind = LogFetchReply::Newest;
    reply.rows = newest(filter, limit, &reply.cursor, &reply.error);
    answer(reply);
}

void LogFetcher::fetchOlder(quint64 generation, qint64 beforeId, const LogFilter &filter,
                            int limit) {
    LogFetchReply reply;
    reply.generation = generation;
    reply.kind = LogFetchReply::Older;
    reply.rows = m_query.page(beforeId, filter, limit, &reply.error);
    reply.more = reply.rows.size() >= limit;
    answer(reply);
}

void LogFetcher::countAfter(quint64 generation, qint64 afterId, const LogFilter &filter) {
    LogFetchReply reply;
    reply.generation = generation;
    reply.kind = LogFetchReply::Count;
    LogFilter after = filter;
    after.afterId = qMax(filter.afterId, afterId);
    reply.count = qMax<qint64>(0, m_query.count(after, &reply.error));
    answer(reply);
}

// A log no server has written yet is empty, not broken: the window's Log tab exists before the
// first start, and LogQuery opens read-only, so it fails on a missing file.
void LogFetcher::answer(LogFetchReply &reply) {
    if (!reply.error.isEmpty() && !QFileInfo::exists(m_path)) {
        reply.error.clear();
        reply.rows.clear();
    }
    Q_EMIT fetched(reply);
}

void LogFetcher::exportFilter(const LogFilter &filter, const QString &path,
                              LogExportFile::Format format,
                              const QHash<QString, QString> &origins) {
    qint64 written = 0;
    const QString error = LogExportFile::writeFiltered(m_query, filter, path, format, origins,
                                                       &written, &m_cancelExports);
    Q_EMIT exportFinished(path, written, error);
}

} // namespace yard::ui
