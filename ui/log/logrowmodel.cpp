#include "logrowmodel.h"

#include "kindicons.h"
#include "messagesummary.h"
#include "statuscolors.h"

#include <QDateTime>
#include <QLocale>
#include <QPalette>
#include <algorithm>

namespace yard::ui {

using logging::EventRow;
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
    const TimelineRow &entry = m_rows[std::size_t(index.row())];
    if (const auto *event = std::get_if<EventRow>(&entry))
        return eventData(*event, index.column(), role);
    return requestData(std::get<LogRow>(entry), index.column(), role);
}

QVariant LogRowModel::requestData(const LogRow &row, int column, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::DecorationRole:
        if (column != Type)
            return {};
        return KindIcons::icon(KindIcons::Square, m_statusText[statusClass(row.status)].isValid()
                                                      ? m_statusText[statusClass(row.status)]
                                                      : m_requestIcon);
    case Qt::ToolTipRole:
        if (column == Path || column == Client || column == Route)
            return display(row, column);
        if (column == Size)
            return tr("%1 bytes in, %2 bytes out").arg(row.bytesIn).arg(row.bytesOut);
        return {};
    case Qt::ForegroundRole:
        return foreground(row, column);
    case Qt::BackgroundRole: {
        const QColor tint = m_rowTint[statusClass(row.status)];
        return tint.isValid() ? QVariant(tint) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return alignment(column);
    case IdRole:
        return row.id;
    case StatusRole:
        return row.status;
    case KindRole:
        return RequestKind;
    default:
        return {};
    }
}

QVariant LogRowModel::eventData(const EventRow &row, int column, int role) const {
    const bool out = row.direction == QLatin1String("out");
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Type:
            return row.type == QLatin1String("sse") ? tr("SSE") : tr("WS");
        case Time:
            return formatTime(row.tsMs);
        case Server:
            return row.server;
        case Method:
            return directionLabel(out);
        case Path:
            return eventSummary(row);
        case Size:
            return QLocale().formattedDataSize(row.size, 1);
        case Client:
            if (out && row.connection == 0)
                return row.recipients == 1
                           ? tr("1 recipient")
                           : tr("%L1 recipients").arg(qMax<qint64>(0, row.recipients));
            return tr("connection %1").arg(row.connection);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == Path)
            return row.preview; // the payload as sent, the table's line reads it
        if (column == Client && out)
            return tr("Delivered to %L1 connections").arg(qMax<qint64>(0, row.recipients));
        return {};
    case Qt::ForegroundRole:
        if (column == Type || column == Method)
            return m_directionText[out ? 1 : 0];
        return {};
    case Qt::DecorationRole:
        if (column != Type)
            return {};
        return KindIcons::icon(row.type == u"sse" ? KindIcons::Triangle : KindIcons::Circle,
                               m_directionText[out ? 1 : 0]);
    case Qt::TextAlignmentRole:
        return alignment(column);
    case IdRole:
        return row.id;
    case KindRole:
        return row.type == QLatin1String("sse") ? SseKind : WebSocketKind;
    default:
        return {};
    }
}

QString LogRowModel::eventSummary(const EventRow &row) {
    const QString summary = summarizeMessage(row.preview);
    if (row.channel.isEmpty())
        return summary;
    return tr("[%1] %2").arg(row.channel, summary);
}

QVariant LogRowModel::alignment(int column) {
    if (column == Duration || column == Size)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
}

QVariant LogRowModel::display(const LogRow &row, int column) const {
    switch (column) {
    case Type:
        return tr("HTTP");
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
    case Type:
        return tr("Type");
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
    m_directionText[0] = StatusColors::direction(false, base);
    m_directionText[1] = StatusColors::direction(true, base);
    m_requestIcon = palette.color(QPalette::Text);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::ForegroundRole, Qt::BackgroundRole, Qt::DecorationRole});
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
