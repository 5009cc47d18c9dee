#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;

namespace yard::ui {

class ConnectionsPanel;
class ProjectDocument;
class RoomsPanel;
class ServerPool;
class SessionsPanel;

// A tab whose live view waits for a core API that is still being built (the connection
// registry, the session admin API, the rooms' member lists). It says so plainly, and shows what
// the project and the counters already tell. GUI thread only.
class PendingPage : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingPage)

public:
    PendingPage(ProjectDocument *document, ServerPool *pool, QWidget *parent = nullptr);

    void setServerId(int id);
    virtual void refresh() = 0;
    virtual void retranslateUi() = 0;

protected:
    void showEvent(QShowEvent *event) override;
    void setNotice(const QString &title, const QString &text);
    void setFacts(const QList<std::pair<QString, QString>> &facts);
    // Below the facts, taking the room the stretch had.
    void addContent(QWidget *content);

    ProjectDocument *m_document;
    ServerPool *m_pool;
    int m_serverId = -1;

private:
    QLabel *m_title;
    QLabel *m_notice;
    QFormLayout *m_facts;
};

// The server's session settings over the live SessionsPanel.
class SessionsPage final : public PendingPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsPage)
public:
    SessionsPage(ProjectDocument *document, ServerPool *pool, QWidget *parent = nullptr);
    void refresh() override;
    void retranslateUi() override;
    SessionsPanel *panel() const { return m_panel; }

private:
    SessionsPanel *m_panel;
};

// The server's counters over the live ConnectionsPanel.
class ConnectionsPage final : public PendingPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsPage)
public:
    ConnectionsPage(ProjectDocument *document, ServerPool *pool, QWidget *parent = nullptr);
    void refresh() override;
    void retranslateUi() override;
    ConnectionsPanel *panel() const { return m_panel; }

private:
    ConnectionsPanel *m_panel;
};

// The server's websocket routes over the live RoomsPanel.
class RoomsPage final : public PendingPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomsPage)
public:
    RoomsPage(ProjectDocument *document, ServerPool *pool, QWidget *parent = nullptr);
    void refresh() override;
    void retranslateUi() override;
    RoomsPanel *panel() const { return m_panel; }

private:
    RoomsPanel *m_panel;
};

} // namespace yard::ui
