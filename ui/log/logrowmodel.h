#pragma once

#include "logging/logquery.h"
#include "timelinerow.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>
#include <deque>

class QPalette;

namespace yard::ui {

// The rows of the log's timeline the view shows: a bounded window over `requests` and `events`
// interleaved by time, oldest at the top. New rows are appended in batches and, while following,
// the oldest are trimmed from the top so the window never holds more than maxRows(); older pages
// are prepended when the user scrolls back, trimming from the bottom. The window remembers, per
// table, the id below which older rows are still to be fetched. Holds rows only; fetching is
// LogFeed's. GUI thread only.
class LogRowModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogRowModel)

public:
    // For an event: Method holds its direction, Path its room or channel and preview, Client its
    // connection or its recipients.
    enum Column {
        Type,
        Time,
        Server,
        Method,
        Status,
        Path,
        Route,
        Duration,
        Size,
        Client,
        ColumnCount
    };
    // IdRole is the row's id in its own table; KindRole says which (TimelineKind).
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, KindRole };
    enum TimelineKind { RequestKind, WebSocketKind, SseKind };
    static constexpr int DefaultMaxRows = 10'000;

    explicit LogRowModel(QObject *parent = nullptr);
    ~LogRowModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    int maxRows() const { return m_maxRows; }
    void setMaxRows(int rows);
    // Newer rows, oldest first; trims the oldest rows beyond maxRows().
    void appendRows(const QList<TimelineRow> &rows);
    void appendRows(const QList<logging::LogRow> &rows);
    // Older rows, newest first (as LogQuery::page returns them); trims the newest beyond maxRows().
    // Returns how many rows were inserted at the top.
    int prependRows(const QList<TimelineRow> &rows);
    int prependRows(const QList<logging::LogRow> &rows);
    // Replaces every row (oldest first), keeping the newest maxRows().
    void resetRows(const QList<TimelineRow> &rows);
    void resetRows(const QList<logging::LogRow> &rows);
    void clear() { resetRows(QList<TimelineRow>()); }

    const TimelineRow &entryAt(int row) const { return m_rows[std::size_t(row)]; }
    bool isEventAt(int row) const { return isEventRow(entryAt(row)); }
    // The request of a request row (an empty one for an event row).
    const logging::LogRow &rowAt(int row) const;
    // The event of an event row (an empty one for a request row).
    const logging::EventRow &eventAt(int row) const;
    // The oldest and newest request ids shown (0: none).
    qint64 firstId() const;
    qint64 lastId() const;
    // The same for events.
    qint64 firstEventId() const;
    qint64 lastEventId() const;
    // Older pages start below these ids: the oldest row of each table shown, or, when none of a
    // table is shown, what setOlderBounds() said or the rows trimmed from the top left.
    qint64 olderRequestsBefore() const;
    qint64 olderEventsBefore() const;
    void setOlderBounds(qint64 requestsBefore, qint64 eventsBefore);
    // The model row holding request `id`, or -1.
    int rowOfId(qint64 id) const;

    // Names of the project's routes by index ("GET /health"); without them a route shows as #N.
    void setRouteLabels(const QStringList &labels);
    QString routeLabel(int route) const;
    // Status colours follow this palette (light or dark); call again when it changes.
    void setPalette(const QPalette &palette);

    static QString formatDuration(qint64 microseconds);
    // "[room] text" of an event, on one line.
    static QString eventSummary(const logging::EventRow &row);
    static QString formatTime(qint64 msSinceEpoch);

private:
    QVariant requestData(const logging::LogRow &row, int column, int role) const;
    QVariant eventData(const logging::EventRow &row, int column, int role) const;
    QVariant display(const logging::LogRow &row, int column) const;
    QVariant foreground(const logging::LogRow &row, int column) const;
    void removeTop(int count);
    static QVariant alignment(int column);

    std::deque<TimelineRow> m_rows;
    qint64 m_requestsBefore = 0; // olderRequestsBefore() when no request is shown
    qint64 m_eventsBefore = 0;
    int m_maxRows = DefaultMaxRows;
    QStringList m_routeLabels;
    QColor m_statusText[6]; // by status class, 0 unused; on the row's own background
    QColor m_statusTextOnTint[6];
    QColor m_rowTint[6];
    QColor m_directionText[2]; // in, out
    QColor m_requestIcon;      // a request's type icon when its status has no colour
};

} // namespace yard::ui
