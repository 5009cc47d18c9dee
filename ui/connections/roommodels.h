#pragma once

#include "server/connectionregistry.h"

#include <QAbstractTableModel>
#include <QList>

namespace yard::ui {

// A server's chat rooms, one row each (route, name, members, messages, last activity), from the
// registry's snapshots; rows are matched by (route, name) so a selection survives. GUI thread.
class RoomTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomTableModel)

public:
    enum Column { Route, Room, Members, Messages, LastActivity, Count };
    static constexpr int SortRole = Qt::UserRole + 2; // raw values, for sorting

    explicit RoomTableModel(QObject *parent = nullptr);

    void setRooms(QList<server::RoomSnapshot> rooms);
    void retranslate();
    // Null for a row that is not there.
    const server::RoomSnapshot *room(int row) const;
    int rowOf(const QString &route, const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<server::RoomSnapshot> m_rooms;
};

// The members of one room: user name and connection id. GUI thread.
class RoomMemberModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomMemberModel)

public:
    enum Column { User, Connection, Count };

    explicit RoomMemberModel(QObject *parent = nullptr);

    void setMembers(QList<server::RoomSnapshot::Member> members);
    void retranslate();
    quint64 connection(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<server::RoomSnapshot::Member> m_members;
};

} // namespace yard::ui
