#include "serverlistmodel.h"

#include "document/projectdocument.h"
#include "serverpool.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QPalette>

namespace yard::ui {

ServerListModel::ServerListModel(ProjectDocument *document, ServerPool *pool, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_pool(pool)
    , m_ids(document->state().serverIds) {
    connect(document, &ProjectDocument::changed, this, &ServerListModel::followDocument);
    connect(pool, &ServerPool::runningChanged, this, &ServerListModel::refreshRow);
    connect(pool, &ServerPool::activityUpdated, this, &ServerListModel::refreshLiveColumns);
}

int ServerListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ServerListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ServerListModel::formatRate(double perSecond) {
    if (perSecond >= 10000)
        return tr("%1k").arg(perSecond / 1000, 0, 'f', 0);
    if (perSecond >= 1000)
        return tr("%1k").arg(perSecond / 1000, 0, 'f', 1);
    return QString::number(perSecond, 'f', perSecond < 10 && perSecond > 0 ? 1 : 0);
}

QString ServerListModel::stateText(int id) const {
    if (m_pool->isRunning(id))
        return m_pool->needsRestart(id) ? tr("restart to apply") : tr("running");
    return m_pool->lastError(id).isEmpty() ? tr("stopped") : tr("failed");
}

QVariant ServerListModel::displayData(int id, int column) const {
    const project::ServerConfig *found = m_document->server(id);
    if (!found)
        return {}; // the row is about to go: the document changed before the model heard
    const project::ServerConfig &server = *found;
    const ServerActivity *activity = m_pool->activity(id);
    const bool running = m_pool->isRunning(id);
    switch (column) {
    case Name:
        return server.name;
    case Address: {
        const QString url = m_pool->url(id);
        return url.isEmpty() ? server.hostOrDefault() + u':' + QString::number(server.port)
                             : url.mid(int(qstrlen("http://")));
    }
    case State:
        return stateText(id);
    case Rate:
        return running && activity ? formatRate(activity->requestsPerSecond) : QStringLiteral("–");
    case Connections:
        return running && activity ? QString::number(activity->stats.openConnections)
                                   : QStringLiteral("–");
    }
    return {};
}

QVariant ServerListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int id = m_ids[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(id, index.column());
    case Qt::EditRole:
        if (const project::ServerConfig *server = m_document->server(id)) {
            if (index.column() == Name)
                return server->name;
            if (index.column() == Address)
                return QString(server->hostOrDefault() + u':' + QString::number(server->port));
        }
        return {};
    case ServerIdRole:
        return id;
    case UrlRole:
        return m_pool->url(id);
    case Qt::ToolTipRole:
        if (index.column() == Address && m_pool->isRunning(id))
            return tr("Open %1 in the browser").arg(m_pool->url(id));
        if (index.column() == State && !m_pool->lastError(id).isEmpty())
            return m_pool->lastError(id);
        return {};
    case Qt::DecorationRole:
        if (index.column() != Name)
            return {};
        return QIcon(m_pool->isRunning(id) ? QStringLiteral(":/icons/state-running.svg")
                     : m_pool->lastError(id).isEmpty()
                         ? QStringLiteral(":/icons/state-stopped.svg")
                         : QStringLiteral(":/icons/state-failed.svg"));
    case Qt::ForegroundRole:
        if (index.column() == Address && m_pool->isRunning(id))
            return QApplication::palette().brush(QPalette::Link);
        return {};
    case Qt::FontRole:
        if (index.column() == Address && m_pool->isRunning(id)) {
            QFont font;
            font.setUnderline(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Rate || index.column() == Connections)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant ServerListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == Rate || section == Connections))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Server");
    case Address:
        return tr("Address");
    case State:
        return tr("State");
    case Rate:
        return tr("req/s");
    case Connections:
        return tr("Conn.");
    }
    return {};
}

Qt::ItemFlags ServerListModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    const int id = m_ids[index.row()];
    // A running server's address is a link to click; its port changes after a stop.
    if (index.column() == Name || (index.column() == Address && !m_pool->isRunning(id)))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ServerListModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int id = m_ids[index.row()];
    const project::ServerConfig *server = m_document->server(id);
    if (!server)
        return false;
    project::ServerConfig edited = *server;
    const QString text = value.toString().trimmed();
    if (index.column() == Name) {
        edited.name = text;
    } else if (index.column() == Address) {
        const qsizetype colon = text.lastIndexOf(u':');
        bool ok = false;
        const int port = text.mid(colon + 1).toInt(&ok);
        if (!ok) {
            Q_EMIT editRefused(
                tr("\"%1\" is not an address: write a port, or HOST:PORT").arg(text));
            return false;
        }
        if (colon > 0)
            edited.host = text.left(colon);
        edited.port = port;
    } else {
        return false;
    }
    const project::ProjectErrors errors =
        m_document->editServer(id, edited, tr("Edit server %1").arg(server->name));
    if (!errors.isEmpty())
        Q_EMIT editRefused(errors.front().pointer + u": " + errors.front().message);
    return errors.isEmpty();
}

void ServerListModel::followDocument() {
    const QList<int> &ids = m_document->state().serverIds;
    if (ids == m_ids) {
        if (!ids.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(ids.size()) - 1, ColumnCount - 1));
        return;
    }
    // Servers were added, removed or replaced: rows are few, a reset is simplest and exact.
    beginResetModel();
    m_ids = ids;
    endResetModel();
}

void ServerListModel::refreshRow(int id) {
    const int row = int(m_ids.indexOf(id));
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ServerListModel::refreshLiveColumns() {
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, Rate), index(int(m_ids.size()) - 1, Connections),
                           {Qt::DisplayRole});
}

} // namespace yard::ui
