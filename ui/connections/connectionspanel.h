#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace yard::ui {

class ConnectionTableModel;
class RegistryFeed;
class ServerPool;

// The live part of the Connections tab: the server's connections (sortable, filtered by any
// column's text) and Kick for the selected ones. Fed by a RegistryFeed while shown. GUI thread.
class ConnectionsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsPanel)

public:
    explicit ConnectionsPanel(ServerPool *pool, QWidget *parent = nullptr);

    void setServer(int id);
    void retranslateUi();

    ConnectionTableModel *model() const { return m_model; }
    RegistryFeed *feed() const { return m_feed; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void kickSelected();
    void sendToSelected();
    void updateButtons();

    RegistryFeed *m_feed;
    ConnectionTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_table;
    QPushButton *m_kick;
    QPushButton *m_send;
    QLabel *m_status;
};

} // namespace yard::ui
