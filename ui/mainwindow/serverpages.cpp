#include "serverpages.h"

#include "connections/connectionspanel.h"
#include "connections/roomspanel.h"
#include "document/projectdocument.h"
#include "servers/serverpool.h"
#include "sessions/sessionspanel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace yard::ui {

PendingPage::PendingPage(ProjectDocument *document, ServerPool *pool, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_pool(pool)
    , m_title(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_facts(new QFormLayout) {
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_notice->setObjectName(QStringLiteral("pendingNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setMaximumWidth(640);
    m_facts->setLabelAlignment(Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_notice);
    layout->addLayout(m_facts);
    layout->addStretch();
    connect(document, &ProjectDocument::changed, this, [this] { refresh(); });
    connect(pool, &ServerPool::runningChanged, this, [this] { refresh(); });
}

void PendingPage::setServerId(int id) {
    m_serverId = id;
    refresh();
}

void PendingPage::showEvent(QShowEvent *event) {
    refresh(); // live figures are refreshed only while shown
    QWidget::showEvent(event);
}

void PendingPage::addContent(QWidget *content) {
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->insertWidget(layout->count() - 1, content, 1);
    layout->setStretch(layout->count() - 1, 0);
}

void PendingPage::setNotice(const QString &title, const QString &text) {
    m_title->setText(title);
    m_notice->setText(text);
}

void PendingPage::setFacts(const QList<std::pair<QString, QString>> &facts) {
    if (m_facts->rowCount() == facts.size()) { // a live refresh: update in place, no relayout
        for (int row = 0; row < facts.size(); ++row) {
            auto *name =
                qobject_cast<QLabel *>(m_facts->itemAt(row, QFormLayout::LabelRole)->widget());
            auto *value =
                qobject_cast<QLabel *>(m_facts->itemAt(row, QFormLayout::FieldRole)->widget());
            name->setText(facts[row].first);
            value->setText(facts[row].second);
        }
        return;
    }
    while (m_facts->rowCount() > 0)
        m_facts->removeRow(0);
    for (const auto &[name, value] : facts) {
        auto *label = new QLabel(value, this);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        m_facts->addRow(name, label);
    }
}

SessionsPage::SessionsPage(ProjectDocument *document, ServerPool *pool, QWidget *parent)
    : PendingPage(document, pool, parent)
    , m_panel(new SessionsPanel(pool, this)) {
    addContent(m_panel);
}

void SessionsPage::retranslateUi() {
    setNotice(tr("Sessions"),
              tr("Who is signed in to this server, and the users who can sign in. Sessions "
                 "are kept in the data folder, so they outlive a restart."));
    m_panel->retranslateUi();
    refresh();
}

void SessionsPage::refresh() {
    const project::ServerConfig *server = m_document->server(m_serverId);
    const bool enabled = server && server->sessions && server->sessions->isEnabled();
    m_panel->setServer(server ? server->name : QString(), enabled);
    if (!enabled) {
        setFacts({{tr("Sessions:"), tr("off for this server")}});
        return;
    }
    const project::SessionsConfig &sessions = *server->sessions;
    setFacts({{tr("Cookie:"), sessions.cookie.value_or(QStringLiteral("yard.sid"))},
              {tr("Lifetime:"), tr("%n second(s)", nullptr, sessions.maxAge.value_or(86400))},
              {tr("Protected paths:"),
               sessions.protect.value_or(QStringList()).join(QStringLiteral(", "))},
              {tr("Sign-in page:"), sessions.loginPath.value_or(QStringLiteral("/login"))}});
}

ConnectionsPage::ConnectionsPage(ProjectDocument *document, ServerPool *pool, QWidget *parent)
    : PendingPage(document, pool, parent)
    , m_panel(new ConnectionsPanel(pool, this)) {
    addContent(m_panel);
    connect(pool, &ServerPool::activityUpdated, this, [this] {
        if (isVisible())
            refresh();
    });
}

void ConnectionsPage::retranslateUi() {
    setNotice(tr("Connections"),
              tr("Every open connection of this server: plain HTTP (keep-alive), WebSocket and "
                 "event streams, with their client, user, rooms and traffic. Kick closes the "
                 "selected ones; a WebSocket client is told why (close code 1008)."));
    m_panel->retranslateUi();
    refresh();
}

void ConnectionsPage::refresh() {
    m_panel->setServer(m_serverId);
    const ServerActivity *activity = m_pool->activity(m_serverId);
    if (!m_pool->isRunning(m_serverId) || !activity) {
        setFacts({{tr("Open connections:"), tr("the server is stopped")}});
        return;
    }
    setFacts({{tr("Open connections:"), QString::number(activity->stats.openConnections)},
              {tr("Requests served:"), QString::number(activity->stats.requests)},
              {tr("Received:"), QLocale().formattedDataSize(qint64(activity->stats.bytesIn))},
              {tr("Sent:"), QLocale().formattedDataSize(qint64(activity->stats.bytesOut))}});
}

RoomsPage::RoomsPage(ProjectDocument *document, ServerPool *pool, QWidget *parent)
    : PendingPage(document, pool, parent)
    , m_panel(new RoomsPanel(pool, this)) {
    addContent(m_panel);
}

void RoomsPage::retranslateUi() {
    setNotice(tr("Rooms"),
              tr("The chat rooms open on this server's websocket routes, with their members. "
                 "Select a room to speak in it as \"server\", close it (its members are told "
                 "and removed) or kick a member. Clients join rooms with "
                 "{\"type\":\"join\",…}."));
    m_panel->retranslateUi();
    refresh();
}

void RoomsPage::refresh() {
    m_panel->setServer(m_serverId);
    const project::ServerConfig *server = m_document->server(m_serverId);
    QStringList paths;
    if (server) {
        for (const project::RouteConfig &route : server->routes) {
            if (route.action == project::RouteAction::WebSocket)
                paths.append(route.path);
        }
    }
    setFacts({{tr("WebSocket routes:"), paths.isEmpty()
                                            ? tr("none; add a route with the websocket action")
                                            : paths.join(QStringLiteral(", "))}});
}

} // namespace yard::ui
