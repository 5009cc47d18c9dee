#include "sessiontablemodel.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>

namespace yard::ui {

QString localTime(qint64 ms) {
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}

namespace {
bool sameRow(const sessions::SessionInfo &a, const sessions::SessionInfo &b) {
    return a.handle == b.handle && a.user == b.user && a.client == b.client &&
           a.createdMs == b.createdMs && a.lastSeenMs == b.lastSeenMs && a.expiresMs == b.expiresMs;
}
} // namespace

SessionTableModel::SessionTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void SessionTableModel::setSessions(QList<sessions::SessionInfo> sessions) {
    // Oldest first, a stable order: the list comes from a hash map.
    std::sort(sessions.begin(), sessions.end(), [](const auto &a, const auto &b) {
        return a.createdMs != b.createdMs ? a.createdMs < b.createdMs : a.handle < b.handle;
    });
    const bool sameHandles =
        sessions.size() == m_rows.size() &&
        std::equal(sessions.begin(), sessions.end(), m_rows.begin(),
                   [](const auto &a, const auto &b) { return a.handle == b.handle; });
    if (!sameHandles) { // rows came or went: a reset, the view restores selection by handle
        beginResetModel();
        m_rows = std::move(sessions);
        endResetModel();
        return;
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        if (sameRow(m_rows[row], sessions[row]))
            continue;
        m_rows[row] = sessions[row];
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void SessionTableModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QByteArray SessionTableModel::handle(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows[row].handle : QByteArray();
}

int SessionTableModel::rowOf(const QByteArray &handle) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].handle == handle)
            return row;
    }
    return -1;
}

int SessionTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const sessions::SessionInfo &info = m_rows[index.row()];
    if (role == HandleRole)
        return info.handle;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case User:
        return info.user;
    case Client:
        return info.client;
    case Created:
        return localTime(info.createdMs);
    case LastSeen:
        return localTime(info.lastSeenMs);
    case Expires:
        return localTime(info.expiresMs);
    default:
        return {};
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case User:
        return tr("User");
    case Client:
        return tr("Client");
    case Created:
        return tr("Signed in");
    case LastSeen:
        return tr("Last seen");
    case Expires:
        return tr("Expires");
    default:
        return {};
    }
}

} // namespace yard::ui
