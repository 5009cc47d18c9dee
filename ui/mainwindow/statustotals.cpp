#include "statustotals.h"

#include "document/projectdocument.h"
#include "servers/serverlistmodel.h"
#include "servers/serverpool.h"

#include <QLocale>

namespace yard::ui {

StatusTotals::StatusTotals(ProjectDocument *document, ServerPool *pool, QWidget *parent)
    : QLabel(parent)
    , m_document(document)
    , m_pool(pool) {
    setObjectName(QStringLiteral("statusTotals"));
    setContentsMargins(8, 0, 8, 0);
    connect(pool, &ServerPool::activityUpdated, this, &StatusTotals::refresh);
    connect(pool, &ServerPool::runningChanged, this, &StatusTotals::refresh);
    connect(document, &ProjectDocument::changed, this, &StatusTotals::refresh);
    refresh();
}

void StatusTotals::refresh() {
    if (m_document->serverCount() == 0) {
        setText(tr("No project open"));
        return;
    }
    double rate = 0;
    qint64 connections = 0;
    quint64 requests = 0;
    for (int id : m_document->state().serverIds) {
        const ServerActivity *activity = m_pool->activity(id);
        if (!activity || !m_pool->isRunning(id))
            continue;
        rate += activity->requestsPerSecond;
        connections += activity->stats.openConnections;
        requests += activity->stats.requests;
    }
    setText(tr("%1 of %n server(s) running", nullptr, m_document->serverCount())
                .arg(m_pool->runningCount()) +
            QStringLiteral("   ·   ") + tr("%1 req/s").arg(ServerListModel::formatRate(rate)) +
            QStringLiteral("   ·   ") + tr("%n open connection(s)", nullptr, int(connections)) +
            QStringLiteral("   ·   ") + tr("%1 requests served").arg(QLocale().toString(requests)));
}

} // namespace yard::ui
