#pragma once

#include <QWidget>
#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QTimer;

namespace yard::sessions {
class SessionDatabase;
}

namespace yard::ui {

class ServerPool;
class SessionTableModel;

// The live part of the Sessions tab: one server's signed-in sessions (re-read every
// RefreshIntervalMs while shown, from memory), End session / End all, and the data folder's
// users with Add user… / Remove user. The user changes run on a pool thread. GUI thread only.
class SessionsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsPanel)

public:
    static constexpr int RefreshIntervalMs = 1000;

    explicit SessionsPanel(ServerPool *pool, QWidget *parent = nullptr);

    // The server whose sessions are listed; `enabled` false shows how to turn them on.
    void setServer(const QString &name, bool enabled);
    void refreshSessions();
    void refreshUsers();
    void retranslateUi();

    SessionTableModel *model() const { return m_model; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    std::shared_ptr<sessions::SessionDatabase> database();
    void endSelected();
    void endAll();
    void addUser();
    void removeUser();
    void updateButtons();

    ServerPool *m_pool;
    QString m_server;
    bool m_enabled = false;
    SessionTableModel *m_model;
    QLabel *m_offNotice;
    QLabel *m_error;
    QWidget *m_live;
    QLabel *m_sessionsTitle;
    QTableView *m_table;
    QPushButton *m_end;
    QPushButton *m_endAll;
    QLabel *m_usersTitle;
    QListWidget *m_users;
    QPushButton *m_add;
    QPushButton *m_remove;
    QTimer *m_timer;
};

} // namespace yard::ui
