#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace yard::ui {

class ProjectDocument;
class RouteForm;
class RouteTableModel;
class ServerPool;
class TryItPanel;

// The Routes tab: the route table (order = priority; drag, Alt+Up/Down or the arrows to
// reorder; the checkbox to disable) beside the form of the selected route and "Try it".
// GUI thread only.
class RoutesPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutesPage)

public:
    RoutesPage(ProjectDocument *document, ServerPool *pool, QWidget *parent = nullptr);

    void setServerId(int id);
    void selectRoute(int row);
    int currentRoute() const;
    QLineEdit *filter() const { return m_filter; }
    RouteTableModel *model() const { return m_model; }
    void retranslateUi();
    void setDarkPalette(bool dark);
    // "Create route from this request…": a respond route for a logged request of the server
    // named `server`, inserted where it wins over the route that answered (`answeredBy`, its
    // index then; -1: none did) and selected, as one undo step.
    void createFromRequest(const QString &server, const QString &method, const QString &target,
                           int status, int answeredBy);

Q_SIGNALS:
    void problem(const QString &message);

private:
    void createActions();
    void followSelection();
    void updateActions();
    void addRoute();
    void removeRoute();
    void moveRoute(int delta);

    ProjectDocument *m_document;
    ServerPool *m_pool;
    RouteTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QStackedWidget *m_tableOrEmpty;
    QLabel *m_empty;
    QToolBar *m_tools;
    QLineEdit *m_filter;
    RouteForm *m_form;
    TryItPanel *m_tryIt;
    QSplitter *m_splitter;
    QAction *m_add = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_up = nullptr;
    QAction *m_down = nullptr;
};

} // namespace yard::ui
