#include "connectiontablemodel.h"

#include "sessions/sessiontablemodel.h"

#include <QLocale>
#include <QStringList>
#include <algorithm>

namespace yard::ui {

namespace {
QString roomNames(const http::ConnectionInfo &info) {
    QStringList names;
    for (const http::ConnectionInfo::Membership &membership : info.rooms)
        names.append(membership.room);
    names.sort();
    return names.join(QStringLiteral(", "));
}

bool sameRow(const http::ConnectionInfo &a, const http::ConnectionInfo &b) {
    return a.protocol == b.protocol && a.user == b.user && a.bytesIn == b.bytesIn &&
           a.bytesOut == b.bytesOut && a.requests == b.requests && roomNames(a) == roomNames(b);
}
} // namespace

ConnectionTableModel::ConnectionTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void ConnectionTableModel::setConnections(QList<http::ConnectionInfo> connections) {
    std::sort(connections.begin(), connections.end(),
              [](const auto &a, const auto &b) { return a.id < b.id; });
    const bool sameIds = connections.size() == m_rows.size() &&
                         std::equal(connections.begin(), connections.end(), m_rows.begin(),
                                    [](const auto &a, const auto &b) { return a.id == b.id; });
    if (!sameIds) { // rows came or went: a reset, the view restores its selection by id
        beginResetModel();
        m_rows = std::move(connections);
        endResetModel();
        return;
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        if (sameRow(m_rows[row], connections[row]))
            continue;
        m_rows[row] = connections[row];
        Q_EMIT dataChanged(index(row, 0), index(row, Count - 1));
    }
}

void ConnectionTableModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, Count - 1);
}

quint64 ConnectionTableModel::id(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int ConnectionTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectionTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : Count;
}

QVariant ConnectionTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const http::ConnectionInfo &info = m_rows[index.row()];
    if (role == IdRole)
        return info.id;
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == Id || index.column() >= BytesIn;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    const bool sort = role == SortRole;
    if (!sort && role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Id:
        return sort ? QVariant(info.id) : QVariant(QString::number(info.id));
    case Protocol:
        return QString::fromLatin1(info.protocol);
    case Remote:
        return info.remote;
    case User:
        return info.user;
    case Rooms:
        return info.route.isEmpty() ? roomNames(info) : info.route + u' ' + roomNames(info);
    case Since:
        return sort ? QVariant(info.sinceMs) : QVariant(localTime(info.sinceMs));
    case BytesIn:
        return sort ? QVariant(info.bytesIn)
                    : QVariant(QLocale().formattedDataSize(qint64(info.bytesIn)));
    case BytesOut:
        return sort ? QVariant(info.bytesOut)
                    : QVariant(QLocale().formattedDataSize(qint64(info.bytesOut)));
    case Requests:
        return sort ? QVariant(info.requests) : QVariant(QString::number(info.requests));
    default:
        return {};
    }
}

QVariant ConnectionTableModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Id");
    case Protocol:
        return tr("Protocol");
    case Remote:
        return tr("Client");
    case User:
        return tr("User");
    case Rooms:
        return tr("Rooms");
    case Since:
        return tr("Connected");
    case BytesIn:
        return tr("Received");
    case BytesOut:
        return tr("Sent");
    case Requests:
        return tr("Requests");
    default:
        return {};
    }
}

} // namespace yard::ui
