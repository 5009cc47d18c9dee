#include "sessiondatabase.h"

#include "passwordhash.h"
#include "sessionkeyfile.h"
#include "sessionsql.h"
#include "sessionstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSemaphore>
#include <QThread>
#include <QTimer>
#include <set>

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

// The databases not yet destroyed, for closeAllAtExit.
struct Registry {
    std::mutex mutex;
    std::set<SessionDatabase *> live;
    bool routineAdded = false;
};

Registry &registry() {
    static Registry instance;
    return instance;
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
    {
        // Before the open: closeAllAtExit, should it run meanwhile, closes this one too.
        Registry &databases = registry();
        const std::lock_guard lock(databases.mutex);
        databases.live.insert(this);
    }
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
    {
        // Added after the open above, which registered Qt Sql's routine if nothing had, so that
        // ours runs before it (post routines run last added first).
        Registry &databases = registry();
        const std::lock_guard lock(databases.mutex);
        if (!databases.routineAdded) {
            qAddPostRoutine(&SessionDatabase::closeAllAtExit);
            databases.routineAdded = true;
        }
    }
    if (!opened)
        *error = Text::tr("cannot open %1: %2").arg(path, *error);
    return opened;
}

SessionDatabase::~SessionDatabase() {
    {
        // Under the registry's lock: closeAllAtExit must not return (and let Qt Sql's routine
        // run) while this one is still closing.
        Registry &databases = registry();
        const std::lock_guard lock(databases.mutex);
        databases.live.erase(this);
        shutdown();
    }
    delete m_thread;
}

// ~QCoreApplication runs its post routines before it waits for the global thread pool, and Qt
// Sql's (added when Qt Sql is first used) drops every connection: a connection the sessions
// thread still had was closed from the main thread, sqlite3_close while that thread stepped a
// statement on it (QSQLITE opens with SQLITE_OPEN_NOMUTEX), a SIGBUS in libsqlite3 when the last
// reference was held by a pool job (a background user change, a sign-in check). So every live
// database closes here first, on its own thread, after all that was handed to it; Qt Sql's
// routine then finds none of our connections, and the late ~SessionDatabase nothing to do.
void SessionDatabase::closeAllAtExit() {
    Registry &databases = registry();
    const std::lock_guard lock(databases.mutex);
    databases.routineAdded = false; // a later QCoreApplication adds it again, after Qt Sql's
    for (SessionDatabase *database : databases.live)
        database->shutdown();
}

// Closes the connection on the sessions thread, after everything handed over before, and stops
// the thread. Once only; hand() refuses from the moment it starts.
void SessionDatabase::shutdown() {
    if (!m_thread || m_closing.exchange(true))
        return;
    // A hand() that read m_closing as false has not posted yet: wait for it, so that its work is
    // queued ahead of the close (both sequentially consistent: either it sees m_closing, or this
    // sees it counted).
    while (m_handing.load() != 0)
        QThread::yieldCurrentThread();
    const auto close = [this] {
        m_sql->close();
        delete m_context; // and its timers, on their thread
    };
    if (QThread::currentThread() == m_thread)
        close();
    else
        QMetaObject::invokeMethod(m_context, close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

// No lock: session changes come from request threads (a counter both sides touch, no waiting).
template <typename Function> bool SessionDatabase::hand(Function function) {
    m_handing.fetch_add(1);
    const bool open = !m_closing.load();
    if (open)
        QMetaObject::invokeMethod(m_context, std::move(function), Qt::QueuedConnection);
    m_handing.fetch_sub(1);
    return open;
}

// False only after closeAllAtExit, when QCoreApplication has ended and no window or command is
// left to show a reason: the user changes then fail without a reason (a message of its own
// would need every catalogue updated for a text nobody can see).
template <typename Function> bool SessionDatabase::runBlocking(Function function) {
    if (QThread::currentThread() == m_thread) {
        function();
        return true;
    }
    // Released when the work has run (or, were it ever dropped unrun, when it is destroyed).
    QSemaphore done;
    if (!hand([function = std::move(function), releaser = QSemaphoreReleaser(done)]() mutable {
            function();
        }))
        return false;
    done.acquire();
    return true;
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
    hand([this, now = QDateTime::currentMSecsSinceEpoch()] { m_sql->deleteExpired(now); });
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
    hand([this, change = std::move(change)] { m_sql->apply(change); });
}

} // namespace yard::sessions
