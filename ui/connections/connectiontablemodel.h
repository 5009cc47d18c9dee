#pragma once

#include "http/connectioninfo.h"

#include <QAbstractTableModel>
#include <QList>

namespace yard::ui {

// A server's live connections, one row each, from the registry's snapshots. setConnections()
// replaces the rows; rows are matched by id, so counters refresh in place and a view's
// selection survives. GUI thread.
class ConnectionTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTableModel)

public:
    enum Column { Id, Protocol, Remote, User, Rooms, Since, BytesIn, BytesOut, Requests, Count };
    static constexpr int IdRole = Qt::UserRole + 1;
    // The raw value (numbers as numbers), for sorting.
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit ConnectionTableModel(QObject *parent = nullptr);

    void setConnections(QList<http::ConnectionInfo> connections);
    void retranslate();
    quint64 id(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<http::ConnectionInfo> m_rows;
};

} // namespace yard::ui
