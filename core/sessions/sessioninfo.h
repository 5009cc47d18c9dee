#pragma once

#include <QByteArray>
#include <QString>

namespace yard::sessions {

// One signed-in session as the admin API and the database see it. `handle` names the session
// without being it: the first 8 bytes of SHA-256(id) in hex. The id itself (the bearer secret
// in the cookie) is never stored, logged or shown; the database keeps SHA-256(id) (`key`).
struct SessionInfo {
    QByteArray handle;
    QString user;
    qint64 createdMs = 0; // ms since epoch
    qint64 lastSeenMs = 0;
    qint64 expiresMs = 0;
    QString client; // the client's address at sign-in
};

// What the store tells its journal (the database thread) to write behind.
struct SessionChange {
    enum class Kind { Save, Touch, Remove, RemoveAll };
    Kind kind = Kind::Save;
    QString server;
    QByteArray key; // SHA-256(id), raw; empty for RemoveAll
    SessionInfo info;
};

class SessionJournal {
public:
    virtual ~SessionJournal() = default;
    // Called from any thread (workers, the GUI); must not block on the database.
    virtual void record(SessionChange change) = 0;
};

} // namespace yard::sessions
