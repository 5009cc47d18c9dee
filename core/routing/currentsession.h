#pragma once

#include <QByteArrayView>

namespace yard::routing {

// The signed-in user of the request this worker thread is answering, for `{{session.user}}`.
// A thread-local rather than a parameter: RouteAction::handle is the interface of every action
// and most never need it; a request is answered synchronously on one thread, so the scope set by
// RouteTable around the action is exactly the request's.
class CurrentSession final {
    Q_DISABLE_COPY_MOVE(CurrentSession)

public:
    // Makes `user` (which must outlive this object) the current user until destruction.
    explicit CurrentSession(QByteArrayView user);
    ~CurrentSession();

    static QByteArrayView user(); // empty: nobody signed in

private:
    QByteArrayView m_previous;
};

} // namespace yard::routing
