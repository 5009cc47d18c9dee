#include "connectionspanel.h"

#include "connectiontablemodel.h"
#include "registryfeed.h"
#include "sendtoconnectiondialog.h"
#include "server/connectionregistry.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace yard::ui {

ConnectionsPanel::ConnectionsPanel(ServerPool *pool, QWidget *parent)
    : QWidget(parent)
    , m_feed(new RegistryFeed(pool, this))
    , m_model(new ConnectionTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_kick(new QPushButton(this))
    , m_send(new QPushButton(this))
    , m_status(new QLabel(this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ConnectionTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1); // any column
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setObjectName(QStringLiteral("connectionFilter"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("connectionTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ConnectionTableModel::Id, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_kick->setObjectName(QStringLiteral("kickConnection"));
    m_count->setObjectName(QStringLiteral("connectionCount"));
    m_send->setObjectName(QStringLiteral("sendToConnection"));
    m_status->setObjectName(QStringLiteral("connectionStatus"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_kick);
    buttons->addWidget(m_send);
    buttons->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_feed, &RegistryFeed::updated, this, [this](const server::RegistrySnapshot &snapshot) {
        // A reset loses the view's selection: it is put back by id.
        QList<quint64> selected;
        for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
            selected.append(row.data(ConnectionTableModel::IdRole).toULongLong());
        m_model->setConnections(snapshot.connections);
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            if (selected.contains(index.data(ConnectionTableModel::IdRole).toULongLong()) &&
                !m_table->selectionModel()->isRowSelected(row, {})) {
                m_table->selectionModel()->select(index, QItemSelectionModel::Select |
                                                             QItemSelectionModel::Rows);
            }
        }
        m_count->setText(tr("%n connection(s)", nullptr, int(snapshot.connections.size())));
        updateButtons();
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_kick, &QPushButton::clicked, this, &ConnectionsPanel::kickSelected);
    connect(m_send, &QPushButton::clicked, this, &ConnectionsPanel::sendToSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConnectionsPanel::updateButtons);
    retranslateUi();
    updateButtons();
}

void ConnectionsPanel::retranslateUi() {
    m_filter->setPlaceholderText(tr("Filter by address, user, protocol, room…"));
    m_filter->setAccessibleName(tr("Filter connections"));
    m_table->setAccessibleName(tr("Live connections"));
    m_kick->setText(tr("Kick"));
    m_kick->setAccessibleName(tr("Close the selected connections"));
    m_send->setText(tr("Send…"));
    m_send->setAccessibleName(tr("Send a message to the selected WebSocket or event stream"));
    m_model->retranslate();
}

void ConnectionsPanel::setServer(int id) {
    m_feed->setServer(id);
}

void ConnectionsPanel::showEvent(QShowEvent *event) {
    m_feed->setActive(true);
    QWidget::showEvent(event);
}

void ConnectionsPanel::hideEvent(QHideEvent *event) {
    m_feed->setActive(false);
    QWidget::hideEvent(event);
}

void ConnectionsPanel::kickSelected() {
    server::ConnectionRegistry *registry = m_feed->registry();
    if (!registry)
        return;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        registry->kick(row.data(ConnectionTableModel::IdRole).toULongLong());
    // The list follows when the registry says the connections changed.
}

// One WebSocket or event stream selected: a plain HTTP connection has no way to take a message.
void ConnectionsPanel::sendToSelected() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1 || !m_feed->registry())
        return;
    const QModelIndex row = rows.front();
    const quint64 id = row.data(ConnectionTableModel::IdRole).toULongLong();
    const QString protocol = row.siblingAtColumn(ConnectionTableModel::Protocol).data().toString();
    const QString who =
        tr("connection %1 (%2, %3)")
            .arg(id)
            .arg(protocol, row.siblingAtColumn(ConnectionTableModel::Remote).data().toString());
    auto *dialog = new SendToConnectionDialog(protocol, who, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, who] {
        server::ConnectionRegistry *registry = m_feed->registry();
        if (!registry)
            return;
        registry->sendToConnection(
            id, dialog->text(), dialog->eventName(), this, [this, who](bool sent) {
                m_status->setText(sent ? tr("Sent to %1.").arg(who)
                                       : tr("%1 is gone; nothing was sent.").arg(who));
            });
    });
    dialog->open();
}

void ConnectionsPanel::updateButtons() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_kick->setEnabled(m_feed->registry() && !rows.isEmpty());
    const QString protocol =
        rows.size() == 1
            ? rows.front().siblingAtColumn(ConnectionTableModel::Protocol).data().toString()
            : QString();
    m_send->setEnabled(m_feed->registry() && (protocol == u"ws" || protocol == u"sse"));
}

} // namespace yard::ui
