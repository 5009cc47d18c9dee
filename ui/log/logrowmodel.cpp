#include "logrowmodel.h"

#include "statuscolors.h"

#include <QDateTime>
#include <QLocale>
#include <QPalette>
#include <algorithm>

namespace yard::ui {

using logging::LogRow;

namespace {
int statusClass(int status) {
    return status >= 100 && status <= 599 ? status / 100 : 0;
}
} // namespace

LogRowModel::LogRowModel(QObject *parent)
    : QAbstractTableModel(parent) {
    setPalette(QPalette());
}

LogRowModel::~LogRowModel() = default;

int LogRowModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogRowModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogRowModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogRow &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Path || index.column() == Client || index.column() == Route)
            return display(row, index.column());
        if (index.column() == Size)
            return tr("%1 bytes in, %2 bytes out").arg(row.bytesIn).arg(row.bytesOut);
        return {};
    case Qt::ForegroundRole:
        return foreground(row, index.column());
    case Qt::BackgroundRole: {
        const QColor tint = m_rowTint[statusClass(row.status)];
        return tint.isValid() ? QVariant(tint) : QVariant();
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Duration || index.column() == Size)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case IdRole:
        return row.id;
    case StatusRole:
        return row.status;
    default:
        return {};
    }
}

QVariant LogRowModel::display(const LogRow &row, int column) const {
    switch (column) {
    case Time:
        return formatTime(row.tsMs);
    case Server:
        return row.server;
    case Method:
        return row.method;
    case Status:
        return row.status;
    case Path:
        return row.target;
    case Route:
        return routeLabel(row.route);
    case Duration:
        return formatDuration(row.durationUs);
    case Size:
        return QLocale().formattedDataSize(row.bytesOut, 1);
    case Client:
        return row.remote;
    default:
        return {};
    }
}

QVariant LogRowModel::foreground(const LogRow &row, int column) const {
    if (column != Status)
        return {};
    const int cls = statusClass(row.status);
    const QColor color = m_rowTint[cls].isValid() ? m_statusTextOnTint[cls] : m_statusText[cls];
    return color.isValid() ? QVariant(color) : QVariant();
}

QVariant LogRowModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Server:
        return tr("Server");
    case Method:
        return tr("Method");
    case Status:
        return tr("Status");
    case Path:
        return tr("Path");
    case Route:
        return tr("Route");
    case Duration:
        return tr("Duration");
    case Size:
        return tr("Size");
    case Client:
        return tr("Client");
    default:
        return {};
    }
}

void LogRowModel::setMaxRows(int rows) {
    m_maxRows = qMax(1, rows);
    const int excess = int(m_rows.size()) - m_maxRows;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + excess);
    endRemoveRows();
}

void LogRowModel::appendRows(const QList<LogRow> &rows) {
    if (rows.isEmpty())
        return;
    if (rows.size() >= m_maxRows) {
        resetRows(rows);
        return;
    }
    // Trim first, then insert: the view never lays out more than maxRows rows.
    const int excess = int(m_rows.size() + std::size_t(rows.size())) - m_maxRows;
    if (excess > 0) {
        beginRemoveRows({}, 0, excess - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + excess);
        endRemoveRows();
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.insert(m_rows.end(), rows.cbegin(), rows.cend());
    endInsertRows();
}

int LogRowModel::prependRows(const QList<LogRow> &rows) {
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

void LogRowModel::resetRows(const QList<LogRow> &rows) {
    beginResetModel();
    const qsizetype skip = qMax<qsizetype>(0, rows.size() - m_maxRows);
    m_rows.assign(rows.cbegin() + skip, rows.cend());
    endResetModel();
}

int LogRowModel::rowOfId(qint64 id) const {
    const auto found =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
                         [](const LogRow &row, qint64 value) { return row.id < value; });
    return found != m_rows.cend() && found->id == id ? int(found - m_rows.cbegin()) : -1;
}

void LogRowModel::setRouteLabels(const QStringList &labels) {
    m_routeLabels = labels;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, Route), index(rowCount() - 1, Route), {Qt::DisplayRole});
}

QString LogRowModel::routeLabel(int route) const {
    if (route < 0)
        return tr("none");
    if (route < m_routeLabels.size() && !m_routeLabels.at(route).isEmpty())
        return m_routeLabels.at(route);
    return tr("#%1").arg(route);
}

void LogRowModel::setPalette(const QPalette &palette) {
    const QColor base = StatusColors::background(palette);
    for (int cls = 1; cls <= 5; ++cls) {
        m_rowTint[cls] = StatusColors::rowTint(cls * 100, base);
        m_statusText[cls] = StatusColors::text(cls * 100, base);
        m_statusTextOnTint[cls] =
            m_rowTint[cls].isValid() ? StatusColors::text(cls * 100, m_rowTint[cls]) : QColor();
    }
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::ForegroundRole, Qt::BackgroundRole});
}

QString LogRowModel::formatDuration(qint64 microseconds) {
    if (microseconds < 1000)
        return tr("%1 µs").arg(microseconds);
    if (microseconds < 1'000'000)
        return tr("%1 ms").arg(QLocale().toString(double(microseconds) / 1000.0, 'f', 1));
    return tr("%1 s").arg(QLocale().toString(double(microseconds) / 1e6, 'f', 2));
}

QString LogRowModel::formatTime(qint64 msSinceEpoch) {
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch)
        .time()
        .toString(QStringLiteral("HH:mm:ss.zzz"));
}

} // namespace yard::ui
