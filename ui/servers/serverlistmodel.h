#pragma once

#include <QAbstractTableModel>

namespace yard::ui {

class ProjectDocument;
class ServerPool;

// The project's servers, one row each: name, address, state, requests/s, open connections.
// Rows follow the document; the live columns follow the pool's polls. GUI thread only.
class ServerListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerListModel)

public:
    enum Column { Name, Address, State, Rate, Connections, ColumnCount };
    static constexpr int ServerIdRole = Qt::UserRole + 1;
    static constexpr int UrlRole = Qt::UserRole + 2; // what a click on the address opens

    ServerListModel(ProjectDocument *document, ServerPool *pool, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // The name, and the address of a stopped server ("8081", "127.0.0.1:8081"), are edited in
    // place as undoable document edits.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static QString formatRate(double perSecond);

Q_SIGNALS:
    // An edit was refused; `message` is `yardmaster check`'s.
    void editRefused(const QString &message);

private:
    void followDocument();
    void refreshRow(int id);
    void refreshLiveColumns();
    QString stateText(int id) const;
    QVariant displayData(int id, int column) const;

    ProjectDocument *m_document;
    ServerPool *m_pool;
    QList<int> m_ids; // the document's server ids the rows stand for
};

} // namespace yard::ui
