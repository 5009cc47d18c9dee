#include "logfeed.h"

#include "logfetcher.h"
#include "logrowmodel.h"

#include <QThread>
#include <QTimer>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace yard::ui {

namespace {
// The fetcher's queries must never take a core the GUI thread wants: on a busy machine a
// reader at the same weight pushes the window's paint behind it. Linux applies nice values per
// thread (QThread::setPriority has no effect under SCHED_OTHER there); elsewhere nothing to do.
void lowerThreadPriority() {
#if defined(Q_OS_LINUX)
    setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 10);
#endif
}
} // namespace

LogFeed::LogFeed(const QString &databasePath, LogRowModel *model, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_model(model) {
    qRegisterMetaType<LogFetchReply>();
    qRegisterMetaType<logging::Conversation>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("yard-log-fetch"));
    m_fetcher = new LogFetcher(databasePath);
    m_fetcher->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_fetcher, &QObject::deleteLater);
    connect(m_fetcher, &LogFetcher::fetched, this, &LogFeed::handle);
    connect(m_fetcher, &LogFetcher::exportFinished, this, &LogFeed::exportFinished);
    connect(
        m_fetcher, &LogFetcher::conversationFetched, this,
        [this](quint64 ticket, const logging::Conversation &conversation, const QString &error) {
            if (ticket == m_conversationTicket)
                Q_EMIT conversationArrived(conversation, error);
        });
    m_thread->start();
    QMetaObject::invokeMethod(m_fetcher, &lowerThreadPriority);

    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(DefaultPollMs);
    connect(m_pollTimer, &QTimer::timeout, this, &LogFeed::poll);
    m_pollTimer->start();
    requestNewest();
}

LogFeed::~LogFeed() {
    m_fetcher->cancelExports(); // a long export must not hold the closing window
    m_thread->quit();
    m_thread->wait();
}

void LogFeed::setFilter(const TimelineFilter &filter) {
    m_filter = filter;
    requestNewest();
}

void LogFeed::setPollInterval(int ms) {
    m_pollTimer->setInterval(qMax(1, ms));
}

int LogFeed::pollInterval() const {
    return m_pollTimer->interval();
}

void LogFeed::pause() {
    if (!m_following)
        return;
    m_following = false;
    m_pausedAt = m_cursor;
    m_pausedAtEvent = m_eventCursor;
    m_newWhilePaused = 0;
    m_pausedTicks = 0;
    Q_EMIT followingChanged(false);
    Q_EMIT newRowsWhilePausedChanged(0);
}

void LogFeed::resume() {
    if (m_following)
        return;
    m_following = true;
    m_newWhilePaused = 0;
    Q_EMIT followingChanged(true);
    Q_EMIT newRowsWhilePausedChanged(0);
    requestNewest();
}

void LogFeed::fetchOlder() {
    if (m_olderInFlight > 0 || !m_hasOlder || m_model->rowCount() == 0)
        return;
    ++m_olderInFlight;
    QMetaObject::invokeMethod(m_fetcher, [fetcher = m_fetcher, generation = m_generation,
                                          before = m_model->olderRequestsBefore(),
                                          beforeEvent = m_model->olderEventsBefore(),
                                          filter = m_filter] {
        fetcher->fetchOlder(generation, before, beforeEvent, filter, OlderPageRows);
    });
}

void LogFeed::fetchConversation(const QString &server, qint64 connection, qint64 request) {
    QMetaObject::invokeMethod(m_fetcher, [fetcher = m_fetcher, ticket = ++m_conversationTicket,
                                          server, connection, request] {
        fetcher->fetchConversation(ticket, server, connection, request, ConversationRows);
    });
}

void LogFeed::exportFilter(const QString &path, LogExportFile::Format format,
                           const QHash<QString, QString> &origins) {
    QMetaObject::invokeMethod(m_fetcher,
                              [fetcher = m_fetcher, filter = m_filter.requests, path, format,
                               origins] { fetcher->exportFilter(filter, path, format, origins); });
}

void LogFeed::exportRows(const QList<logging::LogRow> &rows, const QString &path,
                         LogExportFile::Format format, const QHash<QString, QString> &origins) {
    QMetaObject::invokeMethod(m_fetcher, [fetcher = m_fetcher, rows, path, format, origins] {
        fetcher->exportRows(rows, path, format, origins);
    });
}

void LogFeed::requestNewest() {
    ++m_generation;
    m_model->clear();
    m_hasOlder = false;
    ++m_tailsInFlight;
    QMetaObject::invokeMethod(
        m_fetcher, [fetcher = m_fetcher, generation = m_generation, filter = m_filter,
                    limit = InitialRows] { fetcher->fetchNewest(generation, filter, limit); });
}

void LogFeed::poll() {
    if (m_following) {
        if (m_tailsInFlight > 0)
            return;
        ++m_tailsInFlight;
        QMetaObject::invokeMethod(m_fetcher, [fetcher = m_fetcher, generation = m_generation,
                                              after = m_cursor, afterEvent = m_eventCursor,
                                              filter = m_filter, limit = m_model->maxRows()] {
            fetcher->fetchTail(generation, after, afterEvent, filter, limit);
        });
        return;
    }
    const int ticksPerCount = qMax(1, PausedCountMs / pollInterval());
    if (m_countsInFlight > 0 || ++m_pausedTicks < ticksPerCount)
        return;
    m_pausedTicks = 0;
    ++m_countsInFlight;
    QMetaObject::invokeMethod(m_fetcher,
                              [fetcher = m_fetcher, generation = m_generation, after = m_pausedAt,
                               afterEvent = m_pausedAtEvent, filter = m_filter] {
                                  fetcher->countAfter(generation, after, afterEvent, filter);
                              });
}

void LogFeed::handle(const LogFetchReply &reply) {
    switch (reply.kind) {
    case LogFetchReply::Tail:
    case LogFetchReply::Newest:
        --m_tailsInFlight;
        break;
    case LogFetchReply::Older:
        --m_olderInFlight;
        break;
    case LogFetchReply::Count:
        --m_countsInFlight;
        break;
    }
    if (reply.generation != m_generation)
        return; // asked before the filter changed
    setError(reply.error);
    if (!reply.error.isEmpty())
        return;
    switch (reply.kind) {
    case LogFetchReply::Tail:
        if (!m_following)
            return; // asked just before a pause: the rows count as new instead
        m_cursor = reply.cursor;
        m_eventCursor = reply.eventCursor;
        if (reply.rows.isEmpty())
            return;
        m_hasOlder = m_hasOlder || m_model->rowCount() + reply.rows.size() > m_model->maxRows();
        m_model->appendRows(reply.rows);
        Q_EMIT rowsArrived();
        return;
    case LogFetchReply::Newest:
        if (reply.jumped && !m_following)
            return;
        m_cursor = reply.cursor;
        m_eventCursor = reply.eventCursor;
        m_pausedAt = m_cursor;
        m_pausedAtEvent = m_eventCursor;
        m_hasOlder = reply.jumped || reply.more;
        m_model->resetRows(reply.rows);
        m_model->setOlderBounds(reply.requestsBefore, reply.eventsBefore);
        if (!m_following && m_newWhilePaused != 0) { // a new filter while paused: count afresh
            m_newWhilePaused = 0;
            Q_EMIT newRowsWhilePausedChanged(0);
        }
        Q_EMIT rowsArrived();
        return;
    case LogFetchReply::Older: {
        if (m_following)
            return; // resumed meanwhile: the top is being trimmed, not extended
        m_hasOlder = reply.more;
        const int inserted = m_model->prependRows(reply.rows);
        m_model->setOlderBounds(reply.requestsBefore, reply.eventsBefore);
        if (inserted > 0)
            Q_EMIT olderRowsPrepended(inserted);
        return;
    }
    case LogFetchReply::Count:
        if (m_following || reply.count == m_newWhilePaused)
            return;
        m_newWhilePaused = reply.count;
        Q_EMIT newRowsWhilePausedChanged(m_newWhilePaused);
        return;
    }
}

void LogFeed::setError(const QString &error) {
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged(m_error);
}

} // namespace yard::ui
