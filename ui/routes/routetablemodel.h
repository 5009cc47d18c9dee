#pragma once

#include "project/projecterror.h"

#include <QAbstractTableModel>

namespace yard::ui {

class ProjectDocument;

// The routes of one server in priority order (the first match wins), one row each: enabled,
// method, path, action, summary. Every change (the checkbox, a drag, a move) is an undoable
// document edit. GUI thread only.
class RouteTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouteTableModel)

public:
    enum Column { Enabled, Method, Path, Action, Summary, ColumnCount };
    static constexpr const char *MimeType = "application/x-yardmaster-route-row";

    explicit RouteTableModel(ProjectDocument *document, QObject *parent = nullptr);

    void setServerId(int id);
    int serverId() const { return m_serverId; }

    // Moves route `from` so that it becomes route `to`; an undoable edit.
    project::ProjectErrors moveRoute(int from, int to);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    void followDocument();
    int routeCount() const;

    ProjectDocument *m_document;
    int m_serverId = -1;
    int m_rows = 0;
};

} // namespace yard::ui
