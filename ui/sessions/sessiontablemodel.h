#pragma once

#include "sessions/sessioninfo.h"

#include <QAbstractTableModel>
#include <QList>

namespace yard::ui {

// A moment (ms since epoch) as the tables show it: local time, the locale's short format.
QString localTime(qint64 ms);

// The signed-in sessions of one server, one row each. setSessions() replaces the rows with a
// fresh read of the store; rows are matched by handle so a view's selection survives. GUI thread.
class SessionTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTableModel)

public:
    enum Column { User, Client, Created, LastSeen, Expires, ColumnCount };
    static constexpr int HandleRole = Qt::UserRole + 1;

    explicit SessionTableModel(QObject *parent = nullptr);

    void setSessions(QList<sessions::SessionInfo> sessions);
    // The column titles again, after a language change.
    void retranslate();
    QByteArray handle(int row) const;
    int rowOf(const QByteArray &handle) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<sessions::SessionInfo> m_rows;
};

} // namespace yard::ui
