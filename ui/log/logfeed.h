#pragma once

#include "logexportfile.h"
#include "logging/logquery.h"
#include "timelinefilter.h"

#include <QHash>
#include <QObject>
#include <QString>

class QThread;
class QTimer;

namespace yard::ui {

class LogFetcher;
class LogRowModel;
struct LogFetchReply;

// Keeps a LogRowModel fed from the log's timeline (requests and events) without SQL on the GUI
// thread: the queries run in a worker thread (LogFetcher), asked with queued calls, answered in
// batches. While following it polls the tail every pollInterval() ms with at most one query
// outstanding; while paused it only counts the rows that arrived (every second), and older pages
// are fetched on demand. A filter change starts a new generation: answers to older requests are
// dropped. Lives in the GUI thread.
class LogFeed final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFeed)

public:
    static constexpr int DefaultPollMs = 100;
    static constexpr int PausedCountMs = 1000;
    static constexpr int InitialRows = 2'000;
    static constexpr int OlderPageRows = 500;
    static constexpr int ConversationRows = 5'000;

    LogFeed(const QString &databasePath, LogRowModel *model, QObject *parent = nullptr);
    ~LogFeed() override;

    QString databasePath() const { return m_path; }
    const TimelineFilter &filter() const { return m_filter; }
    // Shows the newest rows matching `filter` and follows (or stays paused) from there.
    void setFilter(const TimelineFilter &filter);
    void setPollInterval(int ms);
    int pollInterval() const;

    bool isFollowing() const { return m_following; }
    // Stops adding rows; the rows shown stay put until resume().
    void pause();
    // Shows the newest rows again and follows.
    void resume();
    // Rows matching the filter that arrived since the pause (counted every PausedCountMs).
    qint64 newRowsWhilePaused() const { return m_newWhilePaused; }
    // Asks for a page of rows older than the first one shown; ignored while one is on its way
    // or when the oldest row is already shown.
    void fetchOlder();
    bool hasOlder() const { return m_hasOlder; }
    // The newest request id every matching request up to which has been considered.
    qint64 cursor() const { return m_cursor; }
    // The same for events.
    qint64 eventCursor() const { return m_eventCursor; }
    // Reads everything one connection did (LogQuery::conversation) in the worker;
    // conversationArrived() answers the latest call only.
    void fetchConversation(const QString &server, qint64 connection, qint64 request);
    // Empty while reading works; otherwise the last error (the file and SQLite's words).
    QString error() const { return m_error; }

    // Exports every row matching the current filter, in the worker; exportFinished() answers.
    void exportFilter(const QString &path, LogExportFile::Format format,
                      const QHash<QString, QString> &origins);
    // Exports `rows` (a selection) in the worker, which reads the messages a HAR carries with
    // its WebSockets; exportFinished() answers.
    void exportRows(const QList<logging::LogRow> &rows, const QString &path,
                    LogExportFile::Format format, const QHash<QString, QString> &origins);

Q_SIGNALS:
    void followingChanged(bool following);
    void newRowsWhilePausedChanged(qint64 count);
    // Rows were appended or replaced at the bottom (a follower scrolls to them).
    void rowsArrived();
    // `count` older rows went in at the top (the view keeps what the user was looking at).
    void olderRowsPrepended(int count);
    void errorChanged(const QString &error);
    void exportFinished(const QString &path, qint64 rows, const QString &error);
    void conversationArrived(const logging::Conversation &conversation, const QString &error);

private:
    void poll();
    void requestNewest();
    void handle(const LogFetchReply &reply);
    void setError(const QString &error);

    const QString m_path;
    LogRowModel *m_model;
    QThread *m_thread = nullptr;
    LogFetcher *m_fetcher = nullptr; // lives in m_thread
    QTimer *m_pollTimer = nullptr;
    TimelineFilter m_filter;
    quint64 m_generation = 0;
    quint64 m_conversationTicket = 0;
    qint64 m_cursor = 0;
    qint64 m_eventCursor = 0;
    qint64 m_pausedAt = 0;
    qint64 m_pausedAtEvent = 0;
    qint64 m_newWhilePaused = 0;
    int m_pausedTicks = 0;
    bool m_following = true;
    bool m_hasOlder = false;
    // Queries on their way, by kind: a poll never queues a second one behind the first.
    int m_tailsInFlight = 0; // tail and newest
    int m_olderInFlight = 0;
    int m_countsInFlight = 0;
    QString m_error;
};

} // namespace yard::ui
