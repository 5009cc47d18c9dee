#include "roommodels.h"

#include "sessions/sessiontablemodel.h"

#include <algorithm>

namespace yard::ui {

RoomTableModel::RoomTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void RoomTableModel::setRooms(QList<server::RoomSnapshot> rooms) {
    const bool sameRooms =
        rooms.size() == m_rooms.size() &&
        std::equal(rooms.begin(), rooms.end(), m_rooms.begin(), [](const auto &a, const auto &b) {
            return a.route == b.route && a.name == b.name;
        });
    if (!sameRooms) {
        beginResetModel();
        m_rooms = std::move(rooms);
        endResetModel();
        return;
    }
    for (int row = 0; row < m_rooms.size(); ++row) {
        m_rooms[row] = std::move(rooms[row]);
        Q_EMIT dataChanged(index(row, Members), index(row, Count - 1));
    }
}

void RoomTableModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, Count - 1);
}

const server::RoomSnapshot *RoomTableModel::room(int row) const {
    return row >= 0 && row < m_rooms.size() ? &m_rooms[row] : nullptr;
}

int RoomTableModel::rowOf(const QString &route, const QString &name) const {
    for (int row = 0; row < m_rooms.size(); ++row) {
        if (m_rooms[row].route == route && m_rooms[row].name == name)
            return row;
    }
    return -1;
}

int RoomTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rooms.size());
}

int RoomTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : Count;
}

QVariant RoomTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const server::RoomSnapshot &room = m_rooms[index.row()];
    const bool sort = role == SortRole;
    if (!sort && role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Route:
        return room.route;
    case Room:
        return room.name;
    case Members:
        return sort ? QVariant(room.members.size())
                    : QVariant(QString::number(room.members.size()));
    case Messages:
        return sort ? QVariant(room.messages) : QVariant(QString::number(room.messages));
    case LastActivity:
        return sort ? QVariant(room.lastActivityMs) : QVariant(localTime(room.lastActivityMs));
    default:
        return {};
    }
}

QVariant RoomTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Route:
        return tr("Route");
    case Room:
        return tr("Room");
    case Members:
        return tr("Members");
    case Messages:
        return tr("Messages");
    case LastActivity:
        return tr("Last activity");
    default:
        return {};
    }
}

RoomMemberModel::RoomMemberModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void RoomMemberModel::setMembers(QList<server::RoomSnapshot::Member> members) {
    const bool same = members.size() == m_members.size() &&
                      std::equal(members.begin(), members.end(), m_members.begin(),
                                 [](const auto &a, const auto &b) {
                                     return a.connection == b.connection && a.user == b.user;
                                 });
    if (same)
        return;
    beginResetModel();
    m_members = std::move(members);
    endResetModel();
}

void RoomMemberModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, Count - 1);
}

quint64 RoomMemberModel::connection(int row) const {
    return row >= 0 && row < m_members.size() ? m_members[row].connection : 0;
}

int RoomMemberModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_members.size());
}

int RoomMemberModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : Count;
}

QVariant RoomMemberModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const server::RoomSnapshot::Member &member = m_members[index.row()];
    return index.column() == User ? member.user : QString::number(member.connection);
}

QVariant RoomMemberModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == User ? tr("Member") : section == Connection ? tr("Connection") : QVariant();
}

} // namespace yard::ui
