#pragma once

#include "logexportfile.h"
#include "logging/logquery.h"
#include "loghealthlabel.h"

#include <QHash>
#include <QWidget>
#include <functional>

class QAction;
class QLabel;
class QModelIndex;
class QPushButton;
class QSplitter;
class QToolButton;

namespace yard::ui {

class ConversationPane;
class LogDetailPane;
class LogFeed;
class LogFilterBar;
class LogPauseBar;
class LogRowModel;
class LogTable;

// The Log tab: the timeline of one database (requests, WebSocket messages, SSE events) as a live
// tail; picking a message or an upgrade shows that connection's whole conversation. Newest at the
// bottom, following; scrolling up (or picking a row) pauses, "Resume" follows again; scrolling to
// the top fetches older pages. A filter bar, status colours, a detail pane, export to CSV/HAR and
// copy as curl. The rows come from a worker thread in batches (LogFeed) into a bounded window
// (LogRowModel), so a fast stream never stalls the window. GUI thread only.
class LogView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    explicit LogView(const QString &databasePath, QWidget *parent = nullptr);
    ~LogView() override;

    // Shows the requests of one server (the selected one); empty: every server of the log.
    void setServerFilter(const QString &server);
    // Server name → "http://host:port", for copy as curl and HAR URLs.
    void setServerOrigins(const QHash<QString, QString> &origins);
    // The project's routes by index ("GET /health"), for the route column and filter.
    void setRouteLabels(const QStringList &labels);

    // Puts the keyboard in the filter the user last worked in (the path filter at first). The
    // window's Find action (Ctrl+F) calls it; the view binds no shortcut of its own for it.
    void focusFilter();

    bool isFollowing() const;
    void pause();
    void resume();

    // Writes the selected rows now, in the calling thread (a HAR reads its WebSockets' messages
    // here too); returns an empty string or the error. The Export menu writes in the worker
    // instead (LogFeed::exportRows) and answers with exportFinished().
    QString exportSelection(const QString &path, LogExportFile::Format format) const;
    // Writes every row matching the current filter, in the worker thread; exportFinished()
    // answers.
    void exportFilter(const QString &path, LogExportFile::Format format);
    QList<logging::LogRow> selectedRows() const;
    // Puts a curl command for the current row on the clipboard; false when there is none.
    bool copyCurl();

    // Where the line about the log itself (not writing, drops, far behind) reads from; polled
    // once a second. Without one that line stays hidden.
    void setHealthSource(std::function<LogHealth()> source);
    LogHealthLabel *healthLabel() const { return m_health; }

    // A sentence in the status line until the rows change (what a send from the timeline did).
    void showNote(const QString &note);

    LogRowModel *model() const { return m_model; }
    LogFeed *feed() const { return m_feed; }

Q_SIGNALS:
    void exportFinished(const QString &path, qint64 rows, const QString &error);
    // From the detail pane's "Create Route…".
    void createRouteRequested(const logging::LogRow &row);
    // From the conversation's "Send to This Connection…"; `type` is "ws" or "sse".
    void sendToConnectionRequested(const QString &server, qint64 connection, const QString &type);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildTable();
    QWidget *buildBottomRow();
    void createActions();
    void applyFilter();
    void scrollToNewest();
    void scrolled(int value);
    void keepAnchorAfterPrepend(int rows);
    void showCurrent(const QModelIndex &current);
    void openSide(const QModelIndex &current);
    void conversationArrived(const logging::Conversation &conversation, const QString &error);
    void followingChanged(bool following);
    void updateStatus();
    void chooseExport(bool selectionOnly, LogExportFile::Format format);
    void reportExport(const QString &path, qint64 rows, const QString &error);

    LogRowModel *m_model = nullptr;
    LogFeed *m_feed = nullptr;
    LogFilterBar *m_filterBar = nullptr;
    LogTable *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_side = nullptr; // the detail pane over the conversation
    LogDetailPane *m_detail = nullptr;
    ConversationPane *m_conversation = nullptr;
    qint64 m_conversationEvent = 0;       // the event picked in the timeline, to select in it
    bool m_conversationOfRequest = false; // hidden again when the request had no messages
    LogPauseBar *m_pauseBar = nullptr;
    QLabel *m_status = nullptr;
    LogHealthLabel *m_health = nullptr;
    QToolButton *m_follow = nullptr;
    QToolButton *m_export = nullptr;
    QAction *m_exportSelectionActions[2] = {};
    QHash<QString, QString> m_origins;
    QString m_lastExport;
    bool m_autoScrolling = false; // the view, not the user, is moving the scroll bar
    bool m_modelChanging = false; // selection changes now come from rows moving, not the user
};

} // namespace yard::ui
