#pragma once

#include "logging/logquery.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>
#include <deque>

class QPalette;

namespace yard::ui {

// The rows of the request log the view shows: a bounded window over `requests`, oldest at the
// top. New rows are appended in batches and, while following, the oldest are trimmed from the
// top so the window never holds more than maxRows(); older pages are prepended when the user
// scrolls back, trimming from the bottom. Holds rows only; fetching is LogFeed's. GUI thread only.
class LogRowModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogRowModel)

public:
    enum Column { Time, Server, Method, Status, Path, Route, Duration, Size, Client, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole };
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
    void appendRows(const QList<logging::LogRow> &rows);
    // Older rows, newest first (as LogQuery::page returns them); trims the newest beyond maxRows().
    // Returns how many rows were inserted at the top.
    int prependRows(const QList<logging::LogRow> &rows);
    // Replaces every row (oldest first), keeping the newest maxRows().
    void resetRows(const QList<logging::LogRow> &rows);
    void clear() { resetRows({}); }

    const logging::LogRow &rowAt(int row) const { return m_rows[std::size_t(row)]; }
    qint64 firstId() const { return m_rows.empty() ? 0 : m_rows.front().id; }
    qint64 lastId() const { return m_rows.empty() ? 0 : m_rows.back().id; }
    // The model row holding `id`, or -1 (ids increase down the window: a binary search).
    int rowOfId(qint64 id) const;

    // Names of the project's routes by index ("GET /health"); without them a route shows as #N.
    void setRouteLabels(const QStringList &labels);
    QString routeLabel(int route) const;
    // Status colours follow this palette (light or dark); call again when it changes.
    void setPalette(const QPalette &palette);

    static QString formatDuration(qint64 microseconds);
    static QString formatTime(qint64 msSinceEpoch);

private:
    QVariant display(const logging::LogRow &row, int column) const;
    QVariant foreground(const logging::LogRow &row, int column) const;

    std::deque<logging::LogRow> m_rows;
    int m_maxRows = DefaultMaxRows;
    QStringList m_routeLabels;
    QColor m_statusText[6]; // by status class, 0 unused; on the row's own background
    QColor m_statusTextOnTint[6];
    QColor m_rowTint[6];
};

} // namespace yard::ui
