#include "routetablemodel.h"

#include "document/projectdocument.h"
#include "routesummary.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QMimeData>
#include <QPalette>

namespace yard::ui {

RouteTableModel::RouteTableModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document) {
    connect(document, &ProjectDocument::changed, this, &RouteTableModel::followDocument);
}

void RouteTableModel::setServerId(int id) {
    beginResetModel();
    m_serverId = id;
    m_rows = routeCount();
    endResetModel();
}

int RouteTableModel::routeCount() const {
    const project::ServerConfig *server = m_document->server(m_serverId);
    return server ? int(server->routes.size()) : 0;
}

void RouteTableModel::followDocument() {
    const int rows = routeCount();
    if (rows == m_rows) {
        if (rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
        return;
    }
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    }
    if (rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
}

int RouteTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int RouteTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RouteTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const project::ServerConfig *server = m_document->server(m_serverId);
    if (!server || index.row() >= server->routes.size())
        return {};
    const project::RouteConfig &route = server->routes[index.row()];
    const int column = index.column();
    if (role == Qt::CheckStateRole && column == Enabled)
        return route.isEnabled() ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case Method:
            return route.method.value_or(QStringLiteral("*"));
        case Path:
            return route.path;
        case Action:
            return project::routeActionName(route.action);
        case Summary:
            return RouteSummary::text(route);
        }
        return {};
    }
    if (role == Qt::ForegroundRole && !route.isEnabled())
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole && column == Enabled)
        return route.isEnabled() ? tr("Enabled: uncheck to skip this route")
                                 : tr("Disabled: check to serve this route again");
    if (role == Qt::FontRole && column == Path)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role == Qt::AccessibleTextRole)
        return tr("%1 %2, %3")
            .arg(route.method.value_or(tr("any method")), route.path, RouteSummary::text(route));
    return {};
}

QVariant RouteTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1; // the priority: route 1 is tried first
    switch (section) {
    case Enabled:
        return tr("On");
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case Action:
        return tr("Action");
    case Summary:
        return tr("Does");
    }
    return {};
}

Qt::ItemFlags RouteTableModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.column() == Enabled)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool RouteTableModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    const project::ServerConfig *server = m_document->server(m_serverId);
    if (!server || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.column() != Enabled || role != Qt::CheckStateRole)
        return false;
    project::ServerConfig edited = *server;
    project::RouteConfig &route = edited.routes[index.row()];
    const bool enable = value.value<Qt::CheckState>() == Qt::Checked;
    // Enabled is the default: a re-enabled route drops the key rather than writing "true".
    route.enabled = enable ? std::nullopt : std::optional<bool>(false);
    const auto errors = m_document->editServer(m_serverId, edited,
                                               enable ? tr("Enable route %1").arg(route.path)
                                                      : tr("Disable route %1").arg(route.path));
    if (!errors.isEmpty())
        Q_EMIT editRefused(errors.front().message);
    return errors.isEmpty();
}

project::ProjectErrors RouteTableModel::moveRoute(int from, int to) {
    const project::ServerConfig *server = m_document->server(m_serverId);
    if (!server || from < 0 || from >= server->routes.size() || to < 0 ||
        to >= server->routes.size() || from == to)
        return {};
    project::ServerConfig edited = *server;
    edited.routes.move(from, to);
    return m_document->editServer(
        m_serverId, edited,
        tr("Move route %1 to position %2").arg(server->routes[from].path).arg(to + 1));
}

Qt::DropActions RouteTableModel::supportedDropActions() const {
    return Qt::MoveAction;
}

QStringList RouteTableModel::mimeTypes() const {
    return {QLatin1String(MimeType)};
}

QMimeData *RouteTableModel::mimeData(const QModelIndexList &indexes) const {
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QLatin1String(MimeType), QByteArray::number(indexes.front().row()));
    return data;
}

bool RouteTableModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                   int column, const QModelIndex &parent) {
    Q_UNUSED(column)
    if (action != Qt::MoveAction || !data || !data->hasFormat(QLatin1String(MimeType)))
        return false;
    bool ok = false;
    const int from = data->data(QLatin1String(MimeType)).toInt(&ok);
    if (!ok)
        return false;
    // Dropped between rows: `row` is the gap; dropped onto a row: take that row's place.
    int gap = row >= 0 ? row : parent.isValid() ? parent.row() : m_rows;
    const int to = gap > from ? gap - 1 : gap;
    moveRoute(from, qBound(0, to, m_rows - 1));
    // The edit above already moved the row; returning false keeps the view from also removing
    // the dragged row as it would after a move it thinks it performed itself.
    return false;
}

} // namespace yard::ui
