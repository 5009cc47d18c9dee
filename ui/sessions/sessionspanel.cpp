#include "sessionspanel.h"

#include "adduserdialog.h"
#include "backgroundcall.h"
#include "servers/serverpool.h"
#include "sessions/sessiondatabase.h"
#include "sessiontablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace yard::ui {

SessionsPanel::SessionsPanel(ServerPool *pool, QWidget *parent)
    : QWidget(parent)
    , m_pool(pool)
    , m_model(new SessionTableModel(this))
    , m_offNotice(new QLabel(this))
    , m_error(new QLabel(this))
    , m_live(new QWidget(this))
    , m_sessionsTitle(new QLabel(m_live))
    , m_table(new QTableView(m_live))
    , m_end(new QPushButton(m_live))
    , m_endAll(new QPushButton(m_live))
    , m_usersTitle(new QLabel(m_live))
    , m_users(new QListWidget(m_live))
    , m_add(new QPushButton(m_live))
    , m_remove(new QPushButton(m_live))
    , m_timer(new QTimer(this)) {
    m_offNotice->setObjectName(QStringLiteral("sessionsOffNotice"));
    m_offNotice->setWordWrap(true);
    m_offNotice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setWordWrap(true);
    m_error->hide();
    m_table->setObjectName(QStringLiteral("sessionTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_end->setObjectName(QStringLiteral("endSession"));
    m_endAll->setObjectName(QStringLiteral("endAllSessions"));
    m_users->setObjectName(QStringLiteral("userList"));
    m_add->setObjectName(QStringLiteral("addUser"));
    m_remove->setObjectName(QStringLiteral("removeUser"));

    auto *sessionButtons = new QHBoxLayout;
    sessionButtons->addWidget(m_end);
    sessionButtons->addWidget(m_endAll);
    sessionButtons->addStretch();
    auto *userButtons = new QHBoxLayout;
    userButtons->addWidget(m_add);
    userButtons->addWidget(m_remove);
    userButtons->addStretch();
    auto *live = new QVBoxLayout(m_live);
    live->setContentsMargins(0, 0, 0, 0);
    live->addWidget(m_sessionsTitle);
    live->addWidget(m_table, 3);
    live->addLayout(sessionButtons);
    live->addWidget(m_usersTitle);
    live->addWidget(m_users, 1);
    live->addLayout(userButtons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_offNotice);
    layout->addWidget(m_error);
    layout->addWidget(m_live, 1);

    m_timer->setInterval(RefreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        refreshSessions();
        if (m_enabled)
            refreshUsers(); // `yardmaster users add` may change them while the window runs
    });
    connect(m_end, &QPushButton::clicked, this, &SessionsPanel::endSelected);
    connect(m_endAll, &QPushButton::clicked, this, &SessionsPanel::endAll);
    connect(m_add, &QPushButton::clicked, this, &SessionsPanel::addUser);
    connect(m_remove, &QPushButton::clicked, this, &SessionsPanel::removeUser);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SessionsPanel::updateButtons);
    connect(m_users, &QListWidget::itemSelectionChanged, this, &SessionsPanel::updateButtons);
    retranslateUi();
    setServer({}, false);
}

void SessionsPanel::retranslateUi() {
    m_offNotice->setText(
        tr("Sessions are off for this server. To turn them on, add a \"sessions\" block to the "
           "server in the project file (for example {\"protect\": [\"/admin\"]}); signed-in "
           "users and their sessions then appear here."));
    m_sessionsTitle->setText(tr("Signed-in sessions"));
    m_table->setAccessibleName(tr("Signed-in sessions"));
    m_end->setText(tr("End session"));
    m_end->setAccessibleName(tr("End the selected session"));
    m_endAll->setText(tr("End all"));
    m_endAll->setAccessibleName(tr("End every session of this server"));
    m_usersTitle->setText(tr("Users"));
    m_users->setAccessibleName(tr("Users who can sign in"));
    m_add->setText(tr("Add user…"));
    m_add->setAccessibleName(tr("Add a user"));
    m_remove->setText(tr("Remove user"));
    m_remove->setAccessibleName(tr("Remove the selected user"));
    m_model->retranslate();
}

std::shared_ptr<sessions::SessionDatabase> SessionsPanel::database() {
    QString error;
    auto database = m_pool->sessionDatabase(&error);
    m_error->setVisible(!database);
    if (!database)
        m_error->setText(tr("The sessions database cannot be opened: %1").arg(error));
    return database;
}

void SessionsPanel::setServer(const QString &name, bool enabled) {
    const bool changed = name != m_server || enabled != m_enabled;
    m_server = name;
    m_enabled = enabled;
    m_offNotice->setVisible(!enabled);
    m_live->setVisible(enabled);
    if (!enabled)
        m_model->setSessions({});
    if (changed && enabled && isVisible()) {
        refreshSessions();
        refreshUsers();
    }
    updateButtons();
}

void SessionsPanel::showEvent(QShowEvent *event) {
    if (m_enabled) {
        refreshSessions();
        refreshUsers();
    }
    m_timer->start();
    QWidget::showEvent(event);
}

void SessionsPanel::hideEvent(QHideEvent *event) {
    m_timer->stop();
    QWidget::hideEvent(event);
}

// In-memory only (SessionStore::list under a mutex): cheap enough for the GUI thread.
void SessionsPanel::refreshSessions() {
    if (!m_enabled)
        return;
    const auto db = database();
    if (!db)
        return;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QByteArray selected = current.isValid() ? m_model->handle(current.row()) : QByteArray();
    m_model->setSessions(db->sessions(m_server));
    const int row = m_model->rowOf(selected);
    if (row >= 0 && !m_table->selectionModel()->isRowSelected(row, {})) {
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    }
    updateButtons();
}

void SessionsPanel::refreshUsers() {
    const auto db = database();
    if (!db)
        return;
    QStringList names;
    for (const sessions::UserInfo &user : db->users())
        names.append(user.name);
    names.sort();
    QStringList shown;
    for (int row = 0; row < m_users->count(); ++row)
        shown.append(m_users->item(row)->text());
    if (names == shown) // unchanged: leave the list (and the mouse's selection) alone
        return;
    const QString selected = m_users->currentItem() ? m_users->currentItem()->text() : QString();
    m_users->clear();
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_users);
        if (name == selected)
            m_users->setCurrentItem(item);
    }
    updateButtons();
}

void SessionsPanel::updateButtons() {
    const bool selected = m_table->selectionModel()->hasSelection();
    m_end->setEnabled(selected);
    m_endAll->setEnabled(m_model->rowCount() > 0);
    m_remove->setEnabled(m_users->currentItem() && m_users->currentItem()->isSelected());
}

void SessionsPanel::endSelected() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const auto db = database();
    if (rows.isEmpty() || !db)
        return;
    db->revoke(m_server, m_model->handle(rows.first().row()));
    refreshSessions();
}

void SessionsPanel::endAll() {
    if (const auto db = database()) {
        db->revokeAll(m_server);
        refreshSessions();
    }
}

void SessionsPanel::addUser() {
    const auto db = database();
    if (!db)
        return;
    auto *dialog = new AddUserDialog(db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &SessionsPanel::refreshUsers);
    dialog->open();
}

void SessionsPanel::removeUser() {
    const auto db = database();
    if (!db || !m_users->currentItem())
        return;
    const QString name = m_users->currentItem()->text();
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Remove user"),
                        tr("Remove the user %1? Their sessions end on every server.").arg(name),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeUserConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, db, name](QAbstractButton *button) {
        if (box->standardButton(button) != QMessageBox::Yes)
            return;
        m_remove->setEnabled(false);
        runInBackground(
            this,
            [db, name] {
                QString error;
                const bool removed = db->removeUser(name, &error);
                return std::make_pair(removed, error);
            },
            [this](std::pair<bool, QString> result) {
                m_error->setVisible(!result.first);
                if (!result.first)
                    m_error->setText(tr("Could not remove the user: %1").arg(result.second));
                refreshUsers();
                refreshSessions();
            });
    });
    box->open();
}

} // namespace yard::ui
