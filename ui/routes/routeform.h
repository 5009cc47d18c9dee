#pragma once

#include "project/projecterror.h"
#include "project/projectmodel.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace yard::ui {

class ActionPage;
class FieldErrors;
class ProjectDocument;
class RespondPage;
class ServerPool;
class StaticPage;

// The selected route as a form that changes with its action. Every change is checked by the
// same reader as `yardmaster check`: a valid one becomes an undo step and reaches the running
// server at once; an invalid one shows the reader's message under the field and changes
// nothing. GUI thread only.
class RouteForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouteForm)

public:
    RouteForm(ProjectDocument *document, ServerPool *pool, QWidget *parent = nullptr);
    ~RouteForm() override;

    void setRoute(int serverId, int row);
    int routeRow() const { return m_row; }
    void retranslateUi();
    void setDarkPalette(bool dark);

Q_SIGNALS:
    void applied();

private:
    void reload();
    void alignLabels();
    void edit(const QString &field);
    void showErrors(const project::ProjectErrors &errors);
    void showAppliedState();
    static void resetActionSettings(project::RouteConfig &route, project::RouteAction action);
    ActionPage *page(project::RouteAction action) const;

    ProjectDocument *m_document;
    ServerPool *m_pool;
    int m_serverId = -1;
    int m_row = -1;
    bool m_loading = false;
    bool m_failed = false;
    QString m_applyError;
    QComboBox *m_method;
    QLineEdit *m_path;
    QComboBox *m_action;
    QFormLayout *m_common;
    std::unique_ptr<FieldErrors> m_commonErrors;
    QLabel *m_routeErrors;
    QStackedWidget *m_pages;
    RespondPage *m_respond;
    StaticPage *m_static;
    QLabel *m_state;
    QLabel *m_empty;
};

} // namespace yard::ui
