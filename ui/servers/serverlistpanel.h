#pragma once

#include <QWidget>

class QAction;
class QTreeView;
class QToolButton;

namespace yard::ui {

class ProjectDocument;
class ServerListModel;
class ServerPool;

// The servers of the project, always visible: the list, and the actions on its selection
// (start, stop, restart; add, duplicate, remove, undoable). GUI thread only.
class ServerListPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerListPanel)

public:
    ServerListPanel(ProjectDocument *document, ServerPool *pool, QWidget *parent = nullptr);

    int currentServerId() const { return m_currentId; }
    void selectServer(int id);
    QAction *startAction() const { return m_start; }
    QAction *stopAction() const { return m_stop; }
    QAction *restartAction() const { return m_restart; }
    QAction *addAction() const { return m_add; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *removeAction() const { return m_remove; }
    void retranslateUi();

Q_SIGNALS:
    void currentServerChanged(int id);
    // A start or an edit was refused; `message` says why in `yardmaster check`'s words.
    void problem(const QString &message);

private:
    void createActions();
    void followSelection();
    void updateActions();
    void startCurrent();
    void restartCurrent();
    void addServer();
    void duplicateServer();
    void removeServer();
    void openAddress(const QModelIndex &index);
    int freePort() const;

    ProjectDocument *m_document;
    ServerPool *m_pool;
    ServerListModel *m_model;
    QTreeView *m_view;
    QToolButton *m_addButton;
    QToolButton *m_duplicateButton;
    QToolButton *m_removeButton;
    QAction *m_start = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_restart = nullptr;
    QAction *m_add = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_remove = nullptr;
    int m_currentId = -1;
};

} // namespace yard::ui
