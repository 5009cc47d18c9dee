#pragma once

#include "sessioninfo.h"
#include "userdirectory.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <atomic>
#include <map>
#include <memory>
#include <mutex>

class QObject;
class QThread;

namespace yard::sessions {

class SessionSql;
class SessionStore;

// Sessions and users of one data folder: the cookie key (DIR/session.key, 0600), the database
// (DIR/sessions.sqlite) and the live SessionStore of each server. Everything SQL runs on this
// object's own thread; request threads only touch the in-memory stores and user directory.
//
// The admin API for the window (and `yardmaster users`):
//   sessions(server), revoke(server, handle), revokeAll(server)  — signed-in sessions
//   users(), addUser(name, password), removeUser(name)          — the dev sign-in users
// All of it may be called from any thread; user changes wait for the database (a few ms plus a
// PBKDF2 derivation), session changes do not.
//
// Expired sessions are swept every SweepIntervalMs; users are re-read every UserReloadMs, so a
// user added by `yardmaster users add` while a server runs can sign in moments later.
//
// The database closes when the last reference goes, or at the latest when QCoreApplication ends
// (see closeAllAtExit): a reference kept past that, by a job on a thread pool say, holds a closed
// database, whose user changes fail (without a reason) and session changes are dropped.
class SessionDatabase final : public SessionJournal {
    Q_DISABLE_COPY_MOVE(SessionDatabase)

public:
    static constexpr int SweepIntervalMs = 60000;
    static constexpr int UserReloadMs = 2000;

    // Opens (creating what is missing) the data folder `dir`; null with `error` on failure.
    static std::shared_ptr<SessionDatabase> open(const QString &dir, QString *error);
    ~SessionDatabase() override;

    // HMAC-SHA256 key for the cookie signature; never leaves the data folder.
    const QByteArray &cookieKey() const { return m_key; }
    // The live sessions of `server`, with those the database held at open restored. The same
    // object for the same name for as long as this database lives (hot reloads keep sessions).
    std::shared_ptr<SessionStore> store(const QString &server);
    UserDirectory &userDirectory() { return m_users; }

    QList<SessionInfo> sessions(const QString &server);
    bool revoke(const QString &server, const QByteArray &handle);
    int revokeAll(const QString &server);
    QList<UserInfo> users() const { return m_users.list(); }
    bool addUser(const QString &name, const QString &password, QString *error);
    // Also ends every session of that user, on every server.
    bool removeUser(const QString &name, QString *error);

    // Removes expired sessions now (the timer does it every SweepIntervalMs); returns how many.
    int sweep();
    // Waits until every change handed over so far is in the database.
    void flush();

    void record(SessionChange change) override;

private:
    SessionDatabase(QByteArray key);
    bool start(const QString &path, QString *error);
    // Both false, and nothing done, once the database is closed.
    template <typename Function> bool hand(Function function);
    template <typename Function> bool runBlocking(Function function);
    void shutdown();
    static void closeAllAtExit();
    void reloadUsers();

    QByteArray m_key;
    UserDirectory m_users;
    std::unique_ptr<SessionSql> m_sql; // used in m_thread only
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives in m_thread: target of the posted work
    std::atomic<bool> m_closing = false;
    std::atomic<int> m_handing = 0; // calls of hand() between their check and their post
    std::mutex m_storesMutex;
    std::map<QString, std::shared_ptr<SessionStore>> m_stores;
    std::map<QString, QList<std::pair<QByteArray, SessionInfo>>> m_restored; // by server
};

} // namespace yard::sessions
