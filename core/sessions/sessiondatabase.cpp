#include "sessiondatabase.h"

#include "passwordhash.h"
#include "sessionkeyfile.h"
#include "sessionsql.h"
#include "sessionstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QThread>
#include <QTimer>

namespace yard::sessions {

namespace {
// lupdate files a free function's tr() under its namespace: this names the context the program
// looks the text up in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(yard::sessions::SessionDatabase)
};

bool isValidUserName(const QString &name) {
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (const QChar c : name) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}
} // namespace

SessionDatabase::SessionDatabase(QByteArray key)
    : m_key(std::move(key))
    , m_sql(std::make_unique<SessionSql>()) {}

std::shared_ptr<SessionDatabase> SessionDatabase::open(const QString &dir, QString *error) {
    if (!QDir().mkpath(dir)) {
        *error = Text::tr("cannot create the folder %1").arg(dir);
        return nullptr;
    }
    const QDir folder(dir);
    QByteArray key =
        sessionkeyfile::loadOrCreate(folder.filePath(QStringLiteral("session.key")), error);
    if (key.isEmpty())
        return nullptr;
    std::shared_ptr<SessionDatabase> database(new SessionDatabase(std::move(key)));
    if (!database->start(folder.filePath(QStringLiteral("sessions.sqlite")), error))
        return nullptr;
    return database;
}

bool SessionDatabase::start(const QString &path, QString *error) {
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("yard-sessions"));
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_thread->start();
    bool opened = false;
    runBlocking([&] {
        opened = m_sql->open(path, error);
        if (!opened)
            return;
        for (SessionSql::StoredSession &stored :
             m_sql->loadSessions(QDateTime::currentMSecsSinceEpoch()))
            m_restored[stored.server].append({stored.key, stored.info});
        reloadUsers();
        auto *sweeper = new QTimer(m_context);
        QObject::connect(sweeper, &QTimer::timeout, m_context, [this] { sweep(); });
        sweeper->start(SweepIntervalMs);
        auto *reloader = new QTimer(m_context);
        QObject::connect(reloader, &QTimer::timeout, m_context, [this] { reloadUsers(); });
        reloader->start(UserReloadMs);
    });
    if (!opened)
        *error = Text::tr("cannot open %1: %2").arg(path, *error);
    return opened;
}

SessionDatabase::~SessionDatabase() {
    if (!m_thread)
        return;
    // Everything posted before this point is processed first (one queue, in order).
    runBlocking([this] {
        m_sql->close();
        delete m_context;
    });
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

template <typename Function> void SessionDatabase::runBlocking(Function function) {
    if (QThread::currentThread() == m_thread)
        function();
    else
        QMetaObject::invokeMethod(m_context, std::move(function), Qt::BlockingQueuedConnection);
}

std::shared_ptr<SessionStore> SessionDatabase::store(const QString &server) {
    const std::lock_guard lock(m_storesMutex);
    std::shared_ptr<SessionStore> &store = m_stores[server];
    if (!store) {
        store = std::make_shared<SessionStore>(server, this);
        const auto restored = m_restored.find(server);
        if (restored != m_restored.end()) {
            for (const auto &[key, info] : restored->second)
                store->restore(key, info);
            m_restored.erase(restored);
        }
    }
    return store;
}

QList<SessionInfo> SessionDatabase::sessions(const QString &server) {
    return store(server)->list();
}

bool SessionDatabase::revoke(const QString &server, const QByteArray &handle) {
    return store(server)->revoke(handle);
}

int SessionDatabase::revokeAll(const QString &server) {
    return store(server)->revokeAll();
}

bool SessionDatabase::addUser(const QString &name, const QString &password, QString *error) {
    if (!isValidUserName(name)) {
        *error = Text::tr("\"%1\" is not a user name (1 to 64 characters, no spaces)").arg(name);
        return false;
    }
    if (password.isEmpty()) {
        *error = Text::tr("the password is empty");
        return false;
    }
    const UserDirectory::Record record{passwordhash::make(password),
                                       QDateTime::currentMSecsSinceEpoch()};
    bool saved = false;
    runBlocking([&] { saved = m_sql->saveUser(name, record, error); });
    if (saved)
        m_users.insert(name, record);
    return saved;
}

bool SessionDatabase::removeUser(const QString &name, QString *error) {
    bool removed = false;
    runBlocking([&] { removed = m_sql->deleteUser(name, error); });
    if (!removed)
        return false;
    m_users.remove(name);
    const std::lock_guard lock(m_storesMutex);
    for (const auto &[server, store] : m_stores)
        store->revokeUser(name);
    return true;
}

int SessionDatabase::sweep() {
    std::vector<std::shared_ptr<SessionStore>> stores;
    {
        const std::lock_guard lock(m_storesMutex);
        for (const auto &[server, store] : m_stores)
            stores.push_back(store);
    }
    int count = 0;
    for (const auto &store : stores)
        count += store->sweep();
    // Rows of servers not running now expire in the database too.
    QMetaObject::invokeMethod(m_context, [this, now = QDateTime::currentMSecsSinceEpoch()] {
        m_sql->deleteExpired(now);
    });
    return count;
}

void SessionDatabase::flush() {
    runBlocking([] {});
}

void SessionDatabase::reloadUsers() {
    if (auto users = m_sql->loadUsers())
        m_users.replaceAll(std::move(*users));
}

void SessionDatabase::record(SessionChange change) {
    QMetaObject::invokeMethod(m_context,
                              [this, change = std::move(change)] { m_sql->apply(change); });
}

} // namespace yard::sessions
