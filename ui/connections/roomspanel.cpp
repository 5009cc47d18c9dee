#include "roomspanel.h"

#include "registryfeed.h"
#include "roommodels.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace yard::ui {

namespace {
void setUpTable(QTableView *table) {
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
}
} // namespace

RoomsPanel::RoomsPanel(ServerPool *pool, QWidget *parent)
    : QWidget(parent)
    , m_feed(new RegistryFeed(pool, this))
    , m_rooms(new RoomTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_members(new RoomMemberModel(this))
    , m_roomTable(new QTableView(this))
    , m_memberTable(new QTableView(this))
    , m_messages(new QListWidget(this))
    , m_message(new QLineEdit(this))
    , m_send(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_kick(new QPushButton(this))
    , m_status(new QLabel(this)) {
    m_proxy->setSourceModel(m_rooms);
    m_proxy->setSortRole(RoomTableModel::SortRole);
    m_roomTable->setObjectName(QStringLiteral("roomTable"));
    m_roomTable->setModel(m_proxy);
    m_roomTable->setSortingEnabled(true);
    m_roomTable->sortByColumn(RoomTableModel::Room, Qt::AscendingOrder);
    setUpTable(m_roomTable);
    m_memberTable->setObjectName(QStringLiteral("memberTable"));
    m_memberTable->setModel(m_members);
    setUpTable(m_memberTable);
    m_message->setObjectName(QStringLiteral("roomMessage"));
    m_send->setObjectName(QStringLiteral("sendToRoom"));
    m_close->setObjectName(QStringLiteral("closeRoom"));
    m_kick->setObjectName(QStringLiteral("kickMember"));
    m_status->setObjectName(QStringLiteral("roomStatus"));
    m_status->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_messages->setObjectName(QStringLiteral("roomMessages"));
    m_messages->setWordWrap(true);
    m_messages->setSelectionMode(QAbstractItemView::NoSelection);
    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_memberTable);
    side->addWidget(m_messages);
    side->setStretchFactor(0, 1);
    side->setStretchFactor(1, 2);
    splitter->addWidget(m_roomTable);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_message, 1);
    sendRow->addWidget(m_send);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_close);
    buttons->addWidget(m_kick);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addLayout(sendRow);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_feed, &RegistryFeed::updated, this, [this](const server::RegistrySnapshot &snapshot) {
        // A reset loses the selection: it is put back by route and name.
        const server::RoomSnapshot *current = m_rooms->room(selectedRoom());
        const QString route = current ? current->route : QString();
        const QString name = current ? current->name : QString();
        m_rooms->setRooms(snapshot.rooms);
        const int row = m_rooms->rowOf(route, name);
        const QModelIndex index = m_proxy->mapFromSource(m_rooms->index(row, 0));
        if (row >= 0 && !m_roomTable->selectionModel()->isRowSelected(index.row(), {})) {
            m_roomTable->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        showMembers();
    });
    connect(m_roomTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RoomsPanel::showMembers);
    connect(m_memberTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RoomsPanel::updateButtons);
    connect(m_message, &QLineEdit::textChanged, this, &RoomsPanel::updateButtons);
    connect(m_message, &QLineEdit::returnPressed, this, &RoomsPanel::send);
    connect(m_send, &QPushButton::clicked, this, &RoomsPanel::send);
    connect(m_close, &QPushButton::clicked, this, &RoomsPanel::closeRoom);
    connect(m_kick, &QPushButton::clicked, this, &RoomsPanel::kickMember);
    retranslateUi();
    updateButtons();
}

void RoomsPanel::retranslateUi() {
    m_roomTable->setAccessibleName(tr("Chat rooms"));
    m_memberTable->setAccessibleName(tr("Members of the selected room"));
    m_messages->setAccessibleName(tr("Latest messages of the selected room"));
    m_message->setPlaceholderText(tr("Message to the room, sent as \"server\""));
    m_message->setAccessibleName(tr("Message to the selected room"));
    m_send->setText(tr("Send"));
    m_send->setAccessibleName(tr("Send the message to the selected room"));
    m_close->setText(tr("Close room"));
    m_close->setAccessibleName(tr("Close the selected room and remove its members"));
    m_kick->setText(tr("Kick member"));
    m_kick->setAccessibleName(tr("Disconnect the selected member"));
    m_rooms->retranslate();
    m_members->retranslate();
}

void RoomsPanel::setServer(int id) {
    m_feed->setServer(id);
    m_status->clear();
}

void RoomsPanel::showEvent(QShowEvent *event) {
    m_feed->setActive(true);
    QWidget::showEvent(event);
}

void RoomsPanel::hideEvent(QHideEvent *event) {
    m_feed->setActive(false);
    QWidget::hideEvent(event);
}

int RoomsPanel::selectedRoom() const {
    const QModelIndexList rows = m_roomTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void RoomsPanel::showMembers() {
    const server::RoomSnapshot *room = m_rooms->room(selectedRoom());
    m_members->setMembers(room ? room->members : QList<server::RoomSnapshot::Member>());
    showMessages(room);
    updateButtons();
}

// The room's latest messages, as its members saw them: redrawn when a new one arrived (the feed
// updates at most a few times a second, never per message).
void RoomsPanel::showMessages(const server::RoomSnapshot *room) {
    constexpr int Shown = 200;
    server::ConnectionRegistry *registry = m_feed->registry();
    const QList<QByteArray> messages =
        room && registry ? registry->recentMessages(room->route, room->name, Shown)
                         : QList<QByteArray>();
    const QByteArray newest = messages.isEmpty() ? QByteArray() : messages.back();
    if (newest == m_lastMessage && m_messages->count() == messages.size())
        return;
    m_lastMessage = newest;
    m_messages->clear();
    for (const QByteArray &message : messages) {
        const QJsonObject json = QJsonDocument::fromJson(message).object();
        const QString time =
            QDateTime::fromMSecsSinceEpoch(json.value(QStringLiteral("ts")).toInteger())
                .toString(QStringLiteral("HH:mm:ss"));
        m_messages->addItem(QStringLiteral("%1  %2: %3")
                                .arg(time, json.value(QStringLiteral("user")).toString(),
                                     json.value(QStringLiteral("text")).toString()));
    }
    m_messages->scrollToBottom();
}

void RoomsPanel::send() {
    const server::RoomSnapshot *room = m_rooms->room(selectedRoom());
    server::ConnectionRegistry *registry = m_feed->registry();
    if (!room || !registry || m_message->text().isEmpty())
        return;
    if (registry->sendToRoom(room->route, room->name, m_message->text())) {
        m_message->clear();
        m_status->clear();
    } else {
        m_status->setText(tr("The room \"%1\" is gone; nothing was sent.").arg(room->name));
    }
}

void RoomsPanel::closeRoom() {
    const server::RoomSnapshot *room = m_rooms->room(selectedRoom());
    server::ConnectionRegistry *registry = m_feed->registry();
    if (!room || !registry)
        return;
    if (registry->closeRoom(room->route, room->name))
        m_status->setText(tr("Room \"%1\" closed; its members were told.").arg(room->name));
    else
        m_status->setText(tr("The room \"%1\" is already gone.").arg(room->name));
}

void RoomsPanel::kickMember() {
    const QModelIndexList rows = m_memberTable->selectionModel()->selectedRows();
    if (server::ConnectionRegistry *registry = m_feed->registry(); registry && !rows.isEmpty())
        registry->kick(m_members->connection(rows.first().row()));
}

void RoomsPanel::updateButtons() {
    const bool live = m_feed->registry() != nullptr;
    const bool room = live && selectedRoom() >= 0;
    m_send->setEnabled(room && !m_message->text().isEmpty());
    m_close->setEnabled(room);
    m_kick->setEnabled(live && m_memberTable->selectionModel()->hasSelection());
}

} // namespace yard::ui
