#pragma once

#include <QLabel>

namespace yard::ui {

class ProjectDocument;
class ServerPool;

// The status bar's totals over every server of the project: running servers, requests/s, open
// connections, requests served. Refreshed with the pool's polls. GUI thread only.
class StatusTotals final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusTotals)

public:
    StatusTotals(ProjectDocument *document, ServerPool *pool, QWidget *parent = nullptr);
    void refresh();

private:
    ProjectDocument *m_document;
    ServerPool *m_pool;
};

} // namespace yard::ui
