#pragma once

#include "logexportfile.h"
#include "logging/logfilter.h"
#include "logging/logquery.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <atomic>

namespace yard::ui {

// One answer of the LogFetcher: a batch of rows (never one signal per row).
struct LogFetchReply {
    enum Kind {
        Tail,   // rows after the cursor, oldest first: append
        Newest, // the newest rows, oldest first: replace everything shown
        Older,  // rows before a given id, newest first: prepend
        Count,  // how many rows matched after the cursor (while paused)
    };
    quint64 generation = 0; // the LogFeed request this answers; stale ones are dropped
    Kind kind = Tail;
    QList<logging::LogRow> rows;
    qint64 cursor = 0;   // every matching row up to this id has been seen (Tail, Newest)
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
    explicit LogFetcher(const QString &databasePath, QObject *parent = nullptr);
    ~LogFetcher() override;

    // Rows after `afterId`. When `limit` of them are waiting, the view is more than a window
    // behind: the answer is then the newest `limit` rows instead (Newest), so a follow always
    // catches up with the stream instead of replaying it.
    void fetchTail(quint64 generation, qint64 afterId, const logging::LogFilter &filter, int limit);
    void fetchNewest(quint64 generation, const logging::LogFilter &filter, int limit);
    void fetchOlder(quint64 generation, qint64 beforeId, const logging::LogFilter &filter,
                    int limit);
    void countAfter(quint64 generation, qint64 afterId, const logging::LogFilter &filter);
    // Any thread: a running export gives up at its next page (the feed is closing).
    void cancelExports() { m_cancelExports = true; }
    // LogExportFile::writeFiltered in this thread; answers with exportFinished().
    void exportFilter(const logging::LogFilter &filter, const QString &path,
                      LogExportFile::Format format, const QHash<QString, QString> &origins);

Q_SIGNALS:
    void fetched(const yard::ui::LogFetchReply &reply);
    void exportFinished(const QString &path, qint64 rows, const QString &error);

private:
    QList<logging::LogRow> newest(const logging::LogFilter &filter, int limit, qint64 *cursor,
                                  QString *error) const;

    void answer(LogFetchReply &reply);

    QString m_path;
    logging::LogQuery m_query;
    std::atomic<bool> m_cancelExports{false};
};

} // namespace yard::ui

Q_DECLARE_METATYPE(yard::ui::LogFetchReply)
