#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace yard::server {
struct RoomSnapshot;
}

namespace yard::ui {

class RegistryFeed;
class RoomMemberModel;
class RoomTableModel;
class ServerPool;

// The live part of the Rooms tab: the server's chat rooms, the selected room's members, a send
// box that speaks in the room as "server", Close room and Kick member. Fed by a RegistryFeed
// while shown. GUI thread.
class RoomsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomsPanel)

public:
    explicit RoomsPanel(ServerPool *pool, QWidget *parent = nullptr);

    void setServer(int id);
    void retranslateUi();

    RoomTableModel *rooms() const { return m_rooms; }
    RoomMemberModel *members() const { return m_members; }
    RegistryFeed *feed() const { return m_feed; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showMembers();
    void showMessages(const server::RoomSnapshot *room);
    void send();
    void closeRoom();
    void kickMember();
    void updateButtons();
    int selectedRoom() const; // row in m_rooms, -1: none

    RegistryFeed *m_feed;
    RoomTableModel *m_rooms;
    QSortFilterProxyModel *m_proxy;
    RoomMemberModel *m_members;
    QTableView *m_roomTable;
    QTableView *m_memberTable;
    QListWidget *m_messages;
    QByteArray m_lastMessage; // the newest message shown, to redraw only on change
    QLineEdit *m_message;
    QPushButton *m_send;
    QPushButton *m_close;
    QPushButton *m_kick;
    QLabel *m_status;
};

} // namespace yard::ui
