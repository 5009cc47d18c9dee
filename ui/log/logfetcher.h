#pragma once

#include "logexportfile.h"
#include "logging/logfilter.h"
#include "logging/logquery.h"
#include "timelinefilter.h"
#include "timelinerow.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <atomic>

namespace yard::ui {

// One answer of the LogFetcher: a batch of rows (never one signal per row). Requests and events
// have their own ids, so each has its own cursor and older-page bound.
struct LogFetchReply {
    enum Kind {
        Tail,   // rows after the cursors, oldest first: append
        Newest, // the newest rows, oldest first: replace everything shown
        Older,  // rows before the given ids, newest first: prepend
        Count,  // how many rows matched after the cursors (while paused)
    };
    quint64 generation = 0; // the LogFeed request this answers; stale ones are dropped
    Kind kind = Tail;
    QList<TimelineRow> rows;
    qint64 cursor = 0;         // every matching request up to this id has been seen (Tail, Newest)
    qint64 eventCursor = 0;    // the same for events
    qint64 requestsBefore = 0; // Newest, Older: where the next older page of each table starts
    qint64 eventsBefore = 0;
    qint64 count = 0;    // Count
    bool more = false;   // Older: the page was full, older rows may exist
    bool jumped = false; // Newest in answer to a tail more than a window behind
    QString error;       // empty: the read worked
};

// Runs the log's queries away from the GUI thread. Lives in LogFeed's worker thread; every
// function is called there through queued calls and answers with fetched(). Keeps its own
// LogQuery, whose connection belongs to this thread.
class LogFetcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFetcher)

public:
    static constexpr int PausedEventCountLimit = 1'000;

    explicit LogFetcher(const QString &databasePath, QObject *parent = nullptr);
    ~LogFetcher() override;

    // Rows after the cursors. When `limit` of them are waiting, the view is more than a window
    // behind: the answer is then the newest `limit` rows instead (Newest), so a follow always
    // catches up with the stream instead of replaying it.
    void fetchTail(quint64 generation, qint64 afterId, qint64 afterEventId,
                   const TimelineFilter &filter, int limit);
    void fetchNewest(quint64 generation, const TimelineFilter &filter, int limit);
    void fetchOlder(quint64 generation, qint64 beforeId, qint64 beforeEventId,
                    const TimelineFilter &filter, int limit);
    void countAfter(quint64 generation, qint64 afterId, qint64 afterEventId,
                    const TimelineFilter &filter);
    // Everything one WebSocket or event stream did (LogQuery::conversation); answers with
    // conversationFetched().
    void fetchConversation(quint64 ticket, const QString &server, qint64 connection, qint64 request,
                           int limit);
    // Any thread: a running export gives up at its next page (the feed is closing).
    void cancelExports() { m_cancelExports = true; }
    // LogExportFile::writeFiltered in this thread; answers with exportFinished().
    void exportFilter(const logging::LogFilter &filter, const QString &path,
                      LogExportFile::Format format, const QHash<QString, QString> &origins);
    // LogExportFile::write of given rows, with this thread's query for a HAR's messages.
    void exportRows(const QList<logging::LogRow> &rows, const QString &path,
                    LogExportFile::Format format, const QHash<QString, QString> &origins);

Q_SIGNALS:
    void fetched(const yard::ui::LogFetchReply &reply);
    void conversationFetched(quint64 ticket, const yard::logging::Conversation &conversation,
                             const QString &error);
    void exportFinished(const QString &path, qint64 rows, const QString &error);

private:
    void newest(const TimelineFilter &filter, int limit, LogFetchReply &reply) const;
    // The newest `limit` of two pages (each newest first), newest first, and where the next
    // older page of each table starts.
    void keepNewest(QList<logging::LogRow> requests, QList<logging::EventRow> events,
                    qint64 requestsBefore, qint64 eventsBefore, int limit,
                    LogFetchReply &reply) const;

    void answer(LogFetchReply &reply);

    QString m_path;
    logging::LogQuery m_query;
    std::atomic<bool> m_cancelExports{false};
};

} // namespace yard::ui

Q_DECLARE_METATYPE(yard::ui::LogFetchReply)
